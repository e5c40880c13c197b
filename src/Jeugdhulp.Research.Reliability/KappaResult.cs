namespace Jeugdhulp.Research.Reliability;

/// <summary>A chance-corrected agreement (Cohen, Scott, Fleiss) with its observed and expected agreement, for reporting and checking.</summary>
/// <param name="Metric">Registry name, e.g. "cohen-linear".</param>
/// <param name="Value">κ or π; NaN when expected agreement is 1 (for weighted kappa: expected weighted disagreement 0).</param>
/// <param name="UnitsUsed">Units used.</param>
/// <param name="PairableValues">Values in the used units.</param>
/// <param name="Interval">Bootstrap interval or null.</param>
/// <param name="ObservedAgreement">Po (for weighted kappa: 1 − observed weighted disagreement / maximal weight).</param>
/// <param name="ExpectedAgreement">Pe (for weighted kappa: 1 − expected weighted disagreement / maximal weight).</param>
public record KappaResult(string Metric, double Value, int UnitsUsed, long PairableValues, ConfidenceInterval? Interval,
        double ObservedAgreement, double ExpectedAgreement)
    : AgreementResult(Metric, Value, UnitsUsed, PairableValues, Interval);
