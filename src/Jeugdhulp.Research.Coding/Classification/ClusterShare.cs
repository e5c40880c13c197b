namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>The evidence for one cluster in one period: the segments of all its responses.</summary>
/// <param name="Cluster">Cluster value id (volgen, niet-volgen, niets-doen).</param>
/// <param name="Count">Segments.</param>
/// <param name="Share">Count / all response segments of the period.</param>
public sealed record ClusterShare(string Cluster, int Count, double Share);
