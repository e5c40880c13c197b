using System.Collections.ObjectModel;

namespace Jeugdhulp.Research.Reliability;

/// <summary>Fleiss' kappa with P̄, P̄e and the per-category kappas reported in Fleiss (1971).</summary>
/// <param name="Metric">"fleiss".</param>
/// <param name="Value">κ; NaN when P̄e is 1.</param>
/// <param name="UnitsUsed">Units with at least two assignments.</param>
/// <param name="PairableValues">Assignments in those units.</param>
/// <param name="Interval">Bootstrap interval or null.</param>
/// <param name="ObservedAgreement">P̄, mean pairwise agreement per unit.</param>
/// <param name="ExpectedAgreement">P̄e = Σ p_j².</param>
/// <param name="PerCategory">κ_j for every category in matrix order.</param>
public sealed record FleissKappaResult(string Metric, double Value, int UnitsUsed, long PairableValues, ConfidenceInterval? Interval,
        double ObservedAgreement, double ExpectedAgreement, ReadOnlyCollection<CategoryKappa> PerCategory)
    : KappaResult(Metric, Value, UnitsUsed, PairableValues, Interval, ObservedAgreement, ExpectedAgreement);
