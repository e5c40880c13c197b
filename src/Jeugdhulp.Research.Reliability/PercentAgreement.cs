namespace Jeugdhulp.Research.Reliability;

/// <summary>
/// Percent agreement, not corrected for chance: the mean over units (with at least two values) of the share of
/// agreeing coder pairs in the unit. For two coders this is the share of jointly coded units with the same
/// category; for more coders it is pairwise agreement (Fleiss' P̄), not "all coders agree".
/// Throws <see cref="InsufficientDataException"/> when no unit has two values; a single category gives 1.
/// </summary>
public static class PercentAgreement
{
    /// <summary>Registry name.</summary>
    public const string MetricName = "agreement";

    /// <summary>Agreement as a proportion in [0, 1].</summary>
    public static AgreementResult Compute(RatingsMatrix matrix, BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var table = UnitTable.Build(matrix);
        var counts = NominalCounts.Compute(table, null);
        var units = counts.UsedUnits();
        if (units == 0) throw KrippendorffAlpha.NoPairableUnits(MetricName, matrix);
        var interval = bootstrap is null ? null : Bootstrap.Run(table, w =>
        {
            var c = NominalCounts.Compute(table, w);
            var used = c.UsedUnits();
            return used == 0 ? double.NaN : c.AgreementSum() / used;
        }, bootstrap);
        return new AgreementResult(MetricName, counts.AgreementSum() / units, checked((int)units), counts.CategoryTotals().Sum(), interval);
    }
}
