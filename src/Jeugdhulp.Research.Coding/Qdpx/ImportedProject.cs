using System.Collections.Immutable;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Coding.Qdpx;

/// <summary>
/// A REFI-QDA project converted into the files of a coding project, not yet written: the importer checks the whole
/// result with <see cref="Projects.CodingProjectLoader"/> before anything reaches the disk.
/// </summary>
/// <param name="Files">Relative path → UTF-8 content (project.yaml, cases.csv, units.csv, overrides.csv, sources/*.md, codings/imported.csv).</param>
/// <param name="Warnings">What could not be mapped (non-text sources, ...) or was defaulted.</param>
public sealed record ImportedProject(ImmutableSortedDictionary<string, string> Files, ImmutableArray<Diagnostic> Warnings)
{
    /// <summary>Relative path → bytes of files that are not text (the foreign project kept as <see cref="ForeignProject.ArchiveFile"/>).</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<byte>> Binaries { get; init; } = ImmutableSortedDictionary<string, ImmutableArray<byte>>.Empty.WithComparers(StringComparer.Ordinal);
}
