using System.Collections.Immutable;

namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>A unit's strategic response in one period: the shares of evidence and the two judgments drawn from them.</summary>
/// <param name="Period">1, 2, ... in time order.</param>
/// <param name="Label">The period's wording from the sources (<c>2015-2017</c>), if any.</param>
/// <param name="Responses">Responses with evidence, most evidence first.</param>
/// <param name="Clusters">Clusters with evidence, most evidence first.</param>
/// <param name="Response">The dominant response (variable <c>reactie</c>).</param>
/// <param name="Cluster">The emphasis cluster (variable <c>cluster</c>).</param>
public sealed record PeriodClassification(
    int Period, string? Label, ImmutableArray<ResponseShare> Responses, ImmutableArray<ClusterShare> Clusters, Judgment Response, Judgment Cluster)
{
    /// <summary>Rule set proefschrift: the response per steering demand (M1), main demands first.</summary>
    public ImmutableArray<DemandResponse> Demands { get; init; } = [];
    /// <summary>The responses of the deciding demands, emphasis first (M4); under segmenttelling all responses with evidence.</summary>
    public ImmutableArray<string> Deciding { get; init; } = [];
    /// <summary>Segments described but not counted as they were coded (vanzelfsprekend, volgen without adapted practice), with why.</summary>
    public ImmutableArray<SetAside> SetAside { get; init; } = [];
    /// <summary>Rule set proefschrift: the factors in this period only (M6), so a switch can be explained by the period's factors.</summary>
    public ImmutableArray<Judgment> Factors { get; init; } = [];

    /// <summary>All response segments of the period.</summary>
    public int EvidenceCount => Responses.Sum(r => r.Count);
}
