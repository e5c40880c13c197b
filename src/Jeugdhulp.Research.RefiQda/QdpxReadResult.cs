using System.Collections.Immutable;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>An imported project plus everything the reader could not map exactly (show these to the user).</summary>
/// <param name="Project">The imported project.</param>
/// <param name="Issues">Data-loss and normalisation reports, in document order.</param>
public sealed record QdpxReadResult(QdaProject Project, ImmutableArray<ImportIssue> Issues);
