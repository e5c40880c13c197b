namespace Jeugdhulp.Research.Reliability;

/// <summary>
/// The result of an agreement coefficient: immutable so it can be cached, compared in tests and written to reports.
/// </summary>
/// <param name="Metric">Registry name of the coefficient (e.g. "alpha-nominal").</param>
/// <param name="Value">The coefficient; NaN when it is undefined for these data (e.g. no variation: every pairable value is the same).</param>
/// <param name="UnitsUsed">Units that entered the computation (units with at least two values; for two-coder coefficients, units both coders coded).</param>
/// <param name="PairableValues">Values in the used units (Krippendorff's n; 2 × units for two-coder coefficients).</param>
/// <param name="Interval">Bootstrap confidence interval, or null when none was requested.</param>
public record AgreementResult(string Metric, double Value, int UnitsUsed, long PairableValues, ConfidenceInterval? Interval)
{
    /// <summary>False when the coefficient is undefined (NaN) for these data.</summary>
    public bool IsDefined => !double.IsNaN(Value);
}
