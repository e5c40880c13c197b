namespace Jeugdhulp.Research.Reliability;

/// <summary>
/// Krippendorff's alpha, α = 1 − Do/De, for any number of coders and missing values, following Krippendorff (2011),
/// "Computing Krippendorff's Alpha-Reliability": values are pairable when their unit has at least two values; units
/// with fewer are dropped. The coincidence matrix o_ck = Σ_u (pairs (c,k) in u)/(m_u − 1) is never materialised:
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>nominal: exact integer counts of disagreeing pairs per unit size m, and n_c (O(units × coders), O(categories × coders) memory);</item>
/// <item>interval: Σ_ck o_ck (c−k)² = Σ_u 2·m_u·SS_u/(m_u − 1) with SS_u the within-unit sum of squares, and
/// Σ_ck n_c n_k (c−k)² = 2·n·SS_total, both O(n) and numerically stable (centred, no values² matrix);</item>
/// <item>ordinal: δ_ck = (Σ_{g=c..k} n_g − (n_c+n_k)/2)² equals (r_k − r_c)² with mid-ranks r_c = Σ_{g&lt;c} n_g + n_c/2,
/// so ordinal alpha is interval alpha on mid-ranks (one extra pass for n_c);</item>
/// <item>ratio: δ_ck = ((c−k)/(c+k))², pairwise within units and O(distinct values²) time (O(distinct values) memory) for De.</item>
/// </list>
/// Degenerate inputs: no pairable unit (one coder, all values missing, every unit coded once) throws
/// <see cref="InsufficientDataException"/>. When De = 0 (all pairable values equal, e.g. a single category) alpha is
/// 0/0 and the result's Value is <see cref="double.NaN"/> (<see cref="AgreementResult.IsDefined"/> false), with Do and De reported.
/// </remarks>
public static class KrippendorffAlpha
{
    /// <summary>Computes alpha at the given level of measurement, with a bootstrap interval when <paramref name="bootstrap"/> is given.</summary>
    /// <exception cref="InsufficientDataException">No unit has two or more values.</exception>
    /// <exception cref="InvalidCategoryValueException">Interval/ratio metric on non-numeric categories, or ratio metric with a negative value.</exception>
    public static AlphaResult Compute(RatingsMatrix matrix, AlphaMetric metric = AlphaMetric.Nominal, BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var name = MetricName(metric);
        var values = RequireValues(matrix, metric, name);
        var table = UnitTable.Build(matrix);
        var estimate = Evaluate(table, null, metric, values);
        if (estimate.Units == 0) throw NoPairableUnits(name, matrix);
        var interval = bootstrap is null ? null : Bootstrap.Run(table, w => Evaluate(table, w, metric, values).Alpha, bootstrap);
        return new AlphaResult(name, estimate.Alpha, checked((int)estimate.Units), estimate.N, interval, metric, estimate.Do, estimate.De);
    }

    /// <summary>Registry name of the metric, e.g. "alpha-ordinal".</summary>
    public static string MetricName(AlphaMetric metric) => metric switch
    {
        AlphaMetric.Nominal => "alpha-nominal",
        AlphaMetric.Ordinal => "alpha-ordinal",
        AlphaMetric.Interval => "alpha-interval",
        AlphaMetric.Ratio => "alpha-ratio",
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };

    internal static InsufficientDataException NoPairableUnits(string name, RatingsMatrix matrix)
    {
        string reason;
        if (matrix.UnitCount == 0) reason = "the matrix has no units.";
        else if (matrix.CoderCount < 2) reason = $"the matrix has {matrix.CoderCount} coder(s); agreement needs at least two.";
        else if (!matrix.Cells.ContainsAnyExcept(RatingsMatrix.Missing)) reason = "all values are missing.";
        else reason = "no unit was coded by two or more coders, so no values can be paired.";
        return new InsufficientDataException(name, reason);
    }

    private static double[]? RequireValues(RatingsMatrix matrix, AlphaMetric metric, string name)
    {
        if (metric is AlphaMetric.Nominal or AlphaMetric.Ordinal) return null;
        var values = matrix.RawValues;
        if (values is null)
        {
            var bad = matrix.Categories.First(l => !RatingsMatrix.TryParseNumber(l, out _));
            throw new InvalidCategoryValueException(name, bad, "is not a number; interval and ratio alpha need numeric values.");
        }
        if (metric == AlphaMetric.Ratio)
        {
            for (var c = 0; c < values.Length; c++)
                if (values[c] < 0) throw new InvalidCategoryValueException(name, matrix.Categories[c], "is negative; the ratio metric needs values ≥ 0.");
        }
        return values;
    }

    private readonly record struct Estimate(double Alpha, double Do, double De, long Units, long N);

    private static Estimate Evaluate(UnitTable table, long[]? weights, AlphaMetric metric, double[]? values)
    {
        switch (metric)
        {
            case AlphaMetric.Nominal:
            {
                var counts = NominalCounts.Compute(table, weights);
                var totals = counts.CategoryTotals();
                long n = 0;
                double sumSquares = 0;
                foreach (var t in totals)
                {
                    n += t;
                    sumSquares += (double)t * t;
                }
                var expected = (double)n * n - sumSquares;
                return Finish(counts.ObservedDisagreementSum(), expected, n, counts.UsedUnits());
            }
            case AlphaMetric.Ordinal:
            {
                var totals = PairableTotals(table, weights);
                var ranks = new double[totals.Length];
                double below = 0;
                for (var c = 0; c < totals.Length; c++)
                {
                    ranks[c] = below + totals[c] / 2.0;
                    below += totals[c];
                }
                return Interval(table, weights, ranks);
            }
            case AlphaMetric.Interval:
                return Interval(table, weights, values!);
            case AlphaMetric.Ratio:
                return Ratio(table, weights, values!);
            default:
                throw new ArgumentOutOfRangeException(nameof(metric));
        }
    }

    private static Estimate Finish(double observedSum, double expectedSum, long n, long units)
    {
        if (n < 2) return new Estimate(double.NaN, double.NaN, double.NaN, units, n);
        var observed = observedSum / n;
        var expected = expectedSum / ((double)n * (n - 1));
        var alpha = expectedSum > 0 ? 1 - (n - 1) * observedSum / expectedSum : double.NaN;
        return new Estimate(alpha, observed, expected, units, n);
    }

    private static long[] PairableTotals(UnitTable table, long[]? weights)
    {
        var totals = new long[table.CategoryCount];
        var width = table.Width;
        var rows = table.Rows;
        var counts = weights ?? table.Counts;
        for (var r = 0; r < table.RowCount; r++)
        {
            var w = counts is null ? 1 : counts[r];
            if (w == 0) continue;
            var row = rows.AsSpan(r * width, width);
            var m = 0;
            foreach (var v in row) if (v >= 0) m++;
            if (m < 2) continue;
            foreach (var v in row) if (v >= 0) totals[v] += w;
        }
        return totals;
    }

    private static Estimate Interval(UnitTable table, long[]? weights, double[] x)
    {
        var totals = new long[table.CategoryCount];
        var width = table.Width;
        var rows = table.Rows;
        var counts = weights ?? table.Counts;
        double observed = 0;
        long units = 0, n = 0;
        if (width == 2)
        {
            // Two coders: Σ_{i≠j} (x_i − x_j)²/(m − 1) = 2 (a − b)².
            for (var r = 0; r < table.RowCount; r++)
            {
                var a = rows[2 * r];
                var b = rows[2 * r + 1];
                if ((a | b) < 0) continue;
                var w = counts is null ? 1 : counts[r];
                var d = x[a] - x[b];
                observed += w * 2 * d * d;
                totals[a] += w;
                totals[b] += w;
                units += w;
            }
            n = 2 * units;
        }
        else
        {
            for (var r = 0; r < table.RowCount; r++)
            {
                var w = counts is null ? 1 : counts[r];
                if (w == 0) continue;
                var row = rows.AsSpan(r * width, width);
                var m = 0;
                double sum = 0;
                foreach (var v in row)
                {
                    if (v < 0) continue;
                    m++;
                    sum += x[v];
                }
                if (m < 2) continue;
                var mean = sum / m;
                double ss = 0;
                foreach (var v in row)
                {
                    if (v < 0) continue;
                    var d = x[v] - mean;
                    ss += d * d;
                    totals[v] += w;
                }
                // Σ_{i≠j} (x_i − x_j)² = 2·m·SS within the unit.
                observed += w * (2.0 * m * ss / (m - 1));
                units += w;
                n += w * m;
            }
        }
        if (n == 0) return new Estimate(double.NaN, double.NaN, double.NaN, 0, 0);
        double total = 0;
        for (var c = 0; c < totals.Length; c++) total += totals[c] * x[c];
        var grand = total / n;
        double ssTotal = 0;
        var distinct = 0;
        for (var c = 0; c < totals.Length; c++)
        {
            if (totals[c] == 0) continue;
            distinct++;
            var d = x[c] - grand;
            ssTotal += totals[c] * d * d;
        }
        // A single value used: De is exactly 0 (guard against rounding in the centring).
        if (distinct < 2) ssTotal = 0;
        return Finish(observed, 2.0 * n * ssTotal, n, units);
    }

    private static double RatioDelta(double a, double b)
    {
        var s = a + b;
        if (s == 0) return 0;
        var d = (a - b) / s;
        return d * d;
    }

    private static Estimate Ratio(UnitTable table, long[]? weights, double[] x)
    {
        var totals = new long[table.CategoryCount];
        var width = table.Width;
        var rows = table.Rows;
        var counts = weights ?? table.Counts;
        double observed = 0;
        long units = 0, n = 0;
        for (var r = 0; r < table.RowCount; r++)
        {
            var w = counts is null ? 1 : counts[r];
            if (w == 0) continue;
            var row = rows.AsSpan(r * width, width);
            var m = 0;
            foreach (var v in row) if (v >= 0) m++;
            if (m < 2) continue;
            double pairs = 0;
            for (var i = 0; i < width; i++)
            {
                var a = row[i];
                if (a < 0) continue;
                totals[a] += w;
                for (var j = i + 1; j < width; j++)
                {
                    var b = row[j];
                    if (b >= 0 && b != a) pairs += RatioDelta(x[a], x[b]);
                }
            }
            observed += w * (2.0 * pairs / (m - 1));
            units += w;
            n += w * m;
        }
        if (n == 0) return new Estimate(double.NaN, double.NaN, double.NaN, 0, 0);
        double expected = 0;
        var used = Enumerable.Range(0, totals.Length).Where(c => totals[c] > 0).ToArray();
        for (var i = 0; i < used.Length; i++)
        {
            var c = used[i];
            for (var j = i + 1; j < used.Length; j++)
            {
                var k = used[j];
                expected += (double)totals[c] * totals[k] * RatioDelta(x[c], x[k]);
            }
        }
        return Finish(observed, 2.0 * expected, n, units);
    }
}
