using System.Collections.Immutable;

namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>The evidence for one response in one period: its segments (tactics included), share and tactics.</summary>
/// <param name="Response">Response id.</param>
/// <param name="Cluster">Cluster value id the response counts to.</param>
/// <param name="Count">Segments coded with the response or one of its tactics.</param>
/// <param name="Share">Count / all response segments of the period.</param>
/// <param name="Tactics">Tactics coded, most frequent first.</param>
public sealed record ResponseShare(string Response, string Cluster, int Count, double Share, ImmutableArray<TacticCount> Tactics);
