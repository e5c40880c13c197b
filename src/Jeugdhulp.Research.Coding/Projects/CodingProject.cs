using System.Collections.Immutable;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Coding.Sources;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>
/// A coding project as loaded and checked by <see cref="CodingProjectLoader"/>: cases, units, sources, every coding
/// (from inline markers and CSV files, re-anchored where sources changed) resolved into evidence, and the overrides.
/// </summary>
public sealed record CodingProject
{
    /// <summary>The project folder.</summary>
    public required string Directory { get; init; }
    /// <summary>Name from <c>project.yaml</c>.</summary>
    public required string Name { get; init; }
    /// <summary>Description, optional.</summary>
    public string? Description { get; init; }
    /// <summary>True when <c>project.yaml</c> marks the project as fictitious (illustrative material).</summary>
    public bool Fictitious { get; init; }
    /// <summary>
    /// The codebook file: as written in <c>project.yaml</c> (relative to the project folder) for a path reference, the
    /// full path of the bundled file for an id-and-version reference.
    /// </summary>
    public required string CodebookPath { get; init; }
    /// <summary>How <c>project.yaml</c> names the codebook (id and version, or a path).</summary>
    public CodebookReference? CodebookReference { get; init; }
    /// <summary>True when <c>project.yaml</c> says <c>allow_new_coders: true</c>: <c>jhr code</c> may add a coder.</summary>
    public bool AllowNewCoders { get; init; }
    /// <summary>The codebook every coding was validated against.</summary>
    public required Codebook Codebook { get; init; }
    /// <summary>The coders, with <see cref="Coder.Consensus"/> last once the project has consensus codings.</summary>
    public ImmutableArray<Coder> Coders { get; init; } = [];
    /// <summary>The coders whose codings agreement compares: every coder but the consensus.</summary>
    public IEnumerable<Coder> Raters => Coders.Where(c => !c.IsConsensus);
    /// <summary>Cases (<c>cases.csv</c>).</summary>
    public ImmutableArray<CaseInfo> Cases { get; init; } = [];
    /// <summary>Units (<c>units.csv</c>).</summary>
    public ImmutableArray<ProjectUnit> Units { get; init; } = [];
    /// <summary>Sources (<c>sources/*.md</c>), in file-name order.</summary>
    public ImmutableArray<SourceDocument> Sources { get; init; } = [];
    /// <summary>The cases' steering demands (<c>demands.csv</c>), empty when the project lists none.</summary>
    public ImmutableArray<SteeringDemand> Demands { get; init; } = [];
    /// <summary>All checked codings, inline ones first (by source), then CSV ones (by file), with current offsets; <c>Classification.EvidenceResolver</c> says what each is evidence of.</summary>
    public ImmutableArray<CodedSegment> Segments { get; init; } = [];
    /// <summary>Researchers' overrides (<c>overrides.csv</c>).</summary>
    public ImmutableArray<Override> Overrides { get; init; } = [];
    /// <summary>Classification thresholds from <c>project.yaml</c>.</summary>
    public ClassificationRules Rules { get; init; } = ClassificationRules.Default;
    /// <summary>Problems that did not stop loading (UTF-16 converted, segments re-anchored, ...).</summary>
    public ImmutableArray<Diagnostic> Warnings { get; init; } = [];
    /// <summary>The files read, with hashes, for the audit trail.</summary>
    public ImmutableArray<DataFileInfo> Files { get; init; } = [];

    /// <summary>The source with this id, or null.</summary>
    public SourceDocument? FindSource(string id) => Sources.FirstOrDefault(s => s.Id == id);
    /// <summary>The unit with this id, or null.</summary>
    public ProjectUnit? FindUnit(string id) => Units.FirstOrDefault(u => u.Id == id);
    /// <summary>The demand of a case with this id, or null.</summary>
    public SteeringDemand? FindDemand(string caseId, string id) => Demands.FirstOrDefault(d => d.Case == caseId && d.Id == id);
    /// <summary>The case with this id, or null.</summary>
    public CaseInfo? FindCase(string id) => Cases.FirstOrDefault(c => c.Id == id);
}
