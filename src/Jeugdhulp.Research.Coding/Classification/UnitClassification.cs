using System.Collections.Immutable;
using Jeugdhulp.Research.Coding.Projects;

namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>Everything the rules conclude about one unit: responses per period, changes, its cluster and its factor profile.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Periods">Periods in time order.</param>
/// <param name="Changes">Steps between consecutive periods.</param>
/// <param name="Cluster">The unit's cluster (rule E1: its last period's).</param>
/// <param name="Factors">weten, willen, kunnen, moeten and each sub-variable, in codebook order.</param>
public sealed record UnitClassification(
    ProjectUnit Unit, ImmutableArray<PeriodClassification> Periods, ImmutableArray<ResponseChange> Changes, Judgment Cluster, ImmutableArray<Judgment> Factors)
{
    /// <summary>Every judgment of the unit: per period response and cluster, the unit's cluster, the factors.</summary>
    public IEnumerable<Judgment> Judgments =>
        Periods.SelectMany(p => new[] { p.Response, p.Cluster }).Append(Cluster).Concat(Factors);

    /// <summary>The factor judgment of a variable, or null.</summary>
    public Judgment? Factor(string variable) => Factors.FirstOrDefault(f => f.Variable == variable);
}
