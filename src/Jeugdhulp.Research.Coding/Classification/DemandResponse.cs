using System.Collections.Immutable;

namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>
/// A unit's response to one steering demand in one period (rule M1): the responses its counted segments show and the
/// cluster they share, or none when they fall in different clusters (then the researcher judges).
/// </summary>
/// <param name="Demand">The demand id, or null for segments about the steering as a whole.</param>
/// <param name="Name">The demand's wording (or "de sturing als geheel").</param>
/// <param name="IsMain">True for a main demand (and for the steering as a whole).</param>
/// <param name="Responses">The responses shown, most segments first (the count orders, it never decides).</param>
/// <param name="Cluster">The cluster all of them belong to; null when they differ.</param>
/// <param name="Evidence">The counted segments.</param>
public sealed record DemandResponse(string? Demand, string Name, bool IsMain, ImmutableArray<string> Responses, string? Cluster, ImmutableArray<Evidence> Evidence);

/// <summary>A segment the method describes but does not count, or counts differently, with the rule and why (M2, M3).</summary>
/// <param name="Evidence">The segment.</param>
/// <param name="Rule">The rule, e.g. <c>M3-vanzelfsprekend-beschreven-niet-meegeteld</c>.</param>
/// <param name="Note">What happened to it, in Dutch.</param>
public sealed record SetAside(Evidence Evidence, string Rule, string Note);
