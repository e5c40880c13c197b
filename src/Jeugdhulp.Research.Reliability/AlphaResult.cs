namespace Jeugdhulp.Research.Reliability;

/// <summary>Krippendorff's alpha with its two disagreements, so α = 1 − Do/De can be checked against published intermediate values.</summary>
/// <param name="Metric">Registry name, e.g. "alpha-interval".</param>
/// <param name="Value">α, or NaN when <paramref name="ExpectedDisagreement"/> is 0.</param>
/// <param name="UnitsUsed">Pairable units (at least two values).</param>
/// <param name="PairableValues">n, the number of pairable values.</param>
/// <param name="Interval">Bootstrap interval or null.</param>
/// <param name="Level">The metric (difference function).</param>
/// <param name="ObservedDisagreement">Do.</param>
/// <param name="ExpectedDisagreement">De.</param>
public sealed record AlphaResult(string Metric, double Value, int UnitsUsed, long PairableValues, ConfidenceInterval? Interval,
        AlphaMetric Level, double ObservedDisagreement, double ExpectedDisagreement)
    : AgreementResult(Metric, Value, UnitsUsed, PairableValues, Interval);
