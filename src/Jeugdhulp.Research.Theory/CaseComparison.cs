using System.Collections.Immutable;
using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Theory;

/// <summary>
/// The test of a comparative proposition on the case × attribute table: whether cases differ from each other
/// (between) or inside themselves (within). Undetermined values stay in the table's "onbekend" column and are not
/// counted as a distinct value.
/// </summary>
/// <param name="Table">The case × attribute cross-table (units per cell in its details).</param>
/// <param name="Holds">Between: not every case has the same distribution; within: at least one case has more than one value.</param>
/// <param name="DistinctDistributions">Number of different distributions (proportions of determined values) among the cases.</param>
/// <param name="CasesWithSeveralValues">The cases whose units take more than one determined value.</param>
/// <param name="CaseCount">Number of cases with at least one determined value.</param>
public sealed record CaseComparison(
    CrossTab Table,
    bool Holds,
    int DistinctDistributions,
    ImmutableArray<string> CasesWithSeveralValues,
    int CaseCount);
