namespace Jeugdhulp.Research.Reliability;

/// <summary>
/// Scott's pi for two coders: π = (Po − Pe)/(1 − Pe) with Pe from the pooled category proportions of both coders
/// (coders assumed to share one distribution, unlike Cohen's kappa). Only units both coders coded are used.
/// Throws <see cref="InsufficientDataException"/> without jointly coded units; NaN when Pe = 1 (one category throughout).
/// </summary>
public static class ScottPi
{
    /// <summary>Registry name.</summary>
    public const string MetricName = "scott";

    /// <summary>Pi of a two-coder matrix.</summary>
    /// <exception cref="CoderCountException">The matrix does not have exactly two coders.</exception>
    public static KappaResult Compute(RatingsMatrix matrix, BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.CoderCount != 2) throw new CoderCountException(MetricName, 2, matrix.CoderCount);
        return Compute(matrix, 0, 1, bootstrap);
    }

    /// <summary>Pi between coders <paramref name="coderA"/> and <paramref name="coderB"/> (column indices) of any matrix.</summary>
    public static KappaResult Compute(RatingsMatrix matrix, int coderA, int coderB, BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if ((uint)coderA >= (uint)matrix.CoderCount) throw new ArgumentOutOfRangeException(nameof(coderA));
        if ((uint)coderB >= (uint)matrix.CoderCount) throw new ArgumentOutOfRangeException(nameof(coderB));
        if (coderA == coderB) throw new ArgumentException("Choose two different coders.", nameof(coderB));
        var table = UnitTable.Build(matrix, [coderA, coderB]);
        var estimate = Evaluate(table, null);
        if (estimate.N == 0) throw CohenKappa.NoPairs(MetricName, matrix);
        var interval = bootstrap is null ? null : Bootstrap.Run(table, w => Evaluate(table, w).Pi, bootstrap);
        return new KappaResult(MetricName, estimate.Pi, checked((int)estimate.N), 2 * estimate.N, interval, estimate.Po, estimate.Pe);
    }

    private readonly record struct Estimate(double Pi, double Po, double Pe, long N);

    private static Estimate Evaluate(UnitTable table, long[]? weights)
    {
        var p = PairCounts.Compute(table, weights);
        var n = p.N;
        if (n == 0) return new Estimate(double.NaN, double.NaN, double.NaN, 0);
        double pooled = 0;
        for (var c = 0; c < p.RowTotals.Length; c++)
        {
            var share = (p.RowTotals[c] + p.ColumnTotals[c]) / (2.0 * n);
            pooled += share * share;
        }
        var po = (double)p.Agreements / n;
        var pi = pooled < 1 ? (po - pooled) / (1 - pooled) : double.NaN;
        return new Estimate(pi, po, pooled, n);
    }
}
