namespace Jeugdhulp.Research.Reliability;

/// <summary>
/// The metric registry: one name per coefficient so the CLI (<c>jhr agree --matrix FILE.csv --metric NAME</c>) needs a
/// single call, <see cref="ComputeFromCsv"/>. Names are matched case-insensitively; unknown names raise
/// <see cref="UnknownMetricException"/> listing the valid ones.
/// </summary>
public static class AgreementMetrics
{
    private static readonly AgreementMetric[] Registered =
    [
        new("alpha-nominal", "Krippendorff's alpha, nominal (any number of coders, missing values)", false,
            (m, b) => KrippendorffAlpha.Compute(m, AlphaMetric.Nominal, b)),
        new("alpha-ordinal", "Krippendorff's alpha, ordinal (category order)", false,
            (m, b) => KrippendorffAlpha.Compute(m, AlphaMetric.Ordinal, b)),
        new("alpha-interval", "Krippendorff's alpha, interval (numeric values)", true,
            (m, b) => KrippendorffAlpha.Compute(m, AlphaMetric.Interval, b)),
        new("alpha-ratio", "Krippendorff's alpha, ratio (numeric values >= 0)", true,
            (m, b) => KrippendorffAlpha.Compute(m, AlphaMetric.Ratio, b)),
        new("cohen", "Cohen's kappa, two coders, unweighted", false,
            (m, b) => CohenKappa.Compute(m, CohenWeighting.None, b)),
        new("cohen-linear", "Cohen's kappa, two coders, linear weights over the category order", false,
            (m, b) => CohenKappa.Compute(m, CohenWeighting.Linear, b)),
        new("cohen-quadratic", "Cohen's kappa, two coders, quadratic weights over the category order", false,
            (m, b) => CohenKappa.Compute(m, CohenWeighting.Quadratic, b)),
        new("scott", "Scott's pi, two coders", false, (m, b) => ScottPi.Compute(m, b)),
        new("fleiss", "Fleiss' kappa, any number of coders (overall; per category in the result)", false,
            (m, b) => FleissKappa.Compute(m, b)),
        new("agreement", "Percent agreement (mean pairwise agreement per unit), not chance-corrected", false,
            (m, b) => PercentAgreement.Compute(m, b)),
    ];

    /// <summary>All metric names, in registry order.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.AsReadOnly(Registered.Select(m => m.Name).ToArray());

    /// <summary>All registered metrics.</summary>
    public static IReadOnlyList<AgreementMetric> All { get; } = Array.AsReadOnly(Registered);

    /// <summary>Looks a metric up by name.</summary>
    /// <exception cref="UnknownMetricException">No metric has that name.</exception>
    public static AgreementMetric Get(string name) =>
        TryGet(name, out var metric) ? metric : throw new UnknownMetricException(name ?? "", Names);

    /// <summary>Looks a metric up by name without throwing.</summary>
    public static bool TryGet(string? name, out AgreementMetric metric)
    {
        var key = name?.Trim();
        metric = Registered.FirstOrDefault(m => string.Equals(m.Name, key, StringComparison.OrdinalIgnoreCase))!;
        return metric is not null;
    }

    /// <summary>Computes the named metric on a matrix.</summary>
    public static AgreementResult Compute(string name, RatingsMatrix matrix, BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return Get(name).Compute(matrix, bootstrap);
    }

    /// <summary>
    /// Reads a ratings CSV (see <see cref="RatingsCsv"/>) and computes the named metric: the one call behind
    /// <c>jhr agree</c>. The name is checked before the file is read; numeric metrics check cells while reading so
    /// errors carry line and column. All failures are <see cref="ReliabilityException"/>s.
    /// </summary>
    public static AgreementResult ComputeFromCsv(string path, string metricName, BootstrapOptions? bootstrap = null)
    {
        var metric = Get(metricName);
        var matrix = RatingsCsv.Read(path, new RatingsCsvOptions(RequireNumeric: metric.RequiresNumericValues));
        return metric.Compute(matrix, bootstrap);
    }
}
