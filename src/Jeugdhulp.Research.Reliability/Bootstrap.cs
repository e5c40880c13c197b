namespace Jeugdhulp.Research.Reliability;

/// <summary>
/// Seeded nonparametric bootstrap over units, used for every coefficient's confidence interval.
/// </summary>
/// <remarks>
/// Method: let U be the units that enter the coefficient (units with at least two values; for two-coder
/// coefficients, units both coders coded). Each replicate draws |U| units from U uniformly with replacement,
/// recomputes the coefficient on that resample (including, for Krippendorff's alpha, the expected disagreement
/// and, for ordinal alpha, the ranks), and the interval is the percentile interval: the (1−level)/2 and
/// (1+level)/2 quantiles (linear interpolation between order statistics, "type 7") of the replicates.
/// Replicates whose coefficient is undefined (NaN, e.g. a resample without variation) are left out and counted in
/// <see cref="ConfidenceInterval.UndefinedReplicates"/>; if all are undefined both bounds are NaN.
/// Reproducibility: replicate i uses its own xoshiro256** stream derived from (seed, i), so the interval depends
/// only on the data and <see cref="BootstrapOptions"/>, not on thread count, runtime or machine.
/// Cost: each replicate costs |U| random draws plus one evaluation on the (collapsed) unit table.
/// </remarks>
public static class Bootstrap
{
    /// <summary>
    /// Bootstrap interval for any statistic of a ratings matrix (slow path for custom statistics: each replicate
    /// materialises the resampled matrix). Resamples all units of <paramref name="matrix"/>.
    /// </summary>
    public static ConfidenceInterval ForUnits(RatingsMatrix matrix, Func<RatingsMatrix, double> statistic, BootstrapOptions options)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(statistic);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var n = matrix.UnitCount;
        if (n == 0) throw new InsufficientDataException("bootstrap", "the matrix has no units.");
        var values = new double[options.Replicates];
        Parallel.For(0, options.Replicates, Parallelism(options), rep =>
        {
            var rng = new SplitMixRandom(options.Seed, (ulong)rep);
            var pick = new int[n];
            for (var i = 0; i < n; i++) pick[i] = rng.NextInt(n);
            values[rep] = statistic(matrix.SelectUnits(pick));
        });
        return Summarise(values, options);
    }

    /// <summary>Runs replicates over a unit table: weights per row are multinomial counts of the drawn units.</summary>
    internal static ConfidenceInterval Run(UnitTable table, Func<long[], double> evaluate, BootstrapOptions options)
    {
        options.Validate();
        var used = table.UsedUnitRows();
        var n = used.Length;
        var values = new double[options.Replicates];
        if (n == 0)
        {
            Array.Fill(values, double.NaN);
            return Summarise(values, options);
        }
        Parallel.For(0, options.Replicates, Parallelism(options),
            () => new long[table.RowCount],
            (rep, _, weights) =>
            {
                Array.Clear(weights);
                var rng = new SplitMixRandom(options.Seed, (ulong)rep);
                for (var i = 0; i < n; i++) weights[used[rng.NextInt(n)]]++;
                values[rep] = evaluate(weights);
                return weights;
            },
            _ => { });
        return Summarise(values, options);
    }

    private static ParallelOptions Parallelism(BootstrapOptions options) => new() { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };

    private static ConfidenceInterval Summarise(double[] values, BootstrapOptions options)
    {
        var defined = values.Where(v => !double.IsNaN(v)).ToArray();
        Array.Sort(defined);
        var undefined = values.Length - defined.Length;
        var alpha = 1 - options.Level;
        return new ConfidenceInterval(Quantile(defined, alpha / 2), Quantile(defined, 1 - alpha / 2), options.Level,
            options.Replicates, undefined, options.Seed);
    }

    private static double Quantile(double[] sorted, double p)
    {
        if (sorted.Length == 0) return double.NaN;
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        if (lo >= sorted.Length - 1) return sorted[^1];
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }
}
