namespace Jeugdhulp.Research.Reliability;

/// <summary>
/// Cohen's kappa for two coders, unweighted or with linear/quadratic disagreement weights over the ordered category
/// list: κ = 1 − Σ w_ij o_ij / Σ w_ij e_ij, with w_ij = 1−[i=j], |i−j| or (i−j)² (the definition scikit-learn's
/// cohen_kappa_score uses; unweighted it equals (Po − Pe)/(1 − Pe)). Only units both coders coded are used.
/// </summary>
/// <remarks>
/// Runs in one pass over the units with exact integer counts; no K×K table is built (expected weighted disagreement
/// comes from the marginals in O(K)), so many categories cost nothing extra. Weights use category positions in
/// <see cref="RatingsMatrix.Categories"/>, including categories nobody used; build the matrix from the labels
/// alone (default order) to match tools that only know the observed labels.
/// Degenerate inputs: fewer than one jointly coded unit throws <see cref="InsufficientDataException"/>; when the
/// expected (weighted) disagreement is 0 — both coders used one and the same category throughout — κ is NaN
/// (scikit-learn also returns nan).
/// </remarks>
public static class CohenKappa
{
    /// <summary>Kappa of a two-coder matrix.</summary>
    /// <exception cref="CoderCountException">The matrix does not have exactly two coders.</exception>
    public static KappaResult Compute(RatingsMatrix matrix, CohenWeighting weighting = CohenWeighting.None, BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.CoderCount != 2) throw new CoderCountException(MetricName(weighting), 2, matrix.CoderCount);
        return Compute(matrix, 0, 1, weighting, bootstrap);
    }

    /// <summary>Kappa between coders <paramref name="coderA"/> and <paramref name="coderB"/> (column indices) of any matrix.</summary>
    public static KappaResult Compute(RatingsMatrix matrix, int coderA, int coderB, CohenWeighting weighting = CohenWeighting.None, BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if ((uint)coderA >= (uint)matrix.CoderCount) throw new ArgumentOutOfRangeException(nameof(coderA));
        if ((uint)coderB >= (uint)matrix.CoderCount) throw new ArgumentOutOfRangeException(nameof(coderB));
        var name = MetricName(weighting);
        if (coderA == coderB) throw new ArgumentException("Choose two different coders.", nameof(coderB));
        var table = UnitTable.Build(matrix, [coderA, coderB]);
        var estimate = Evaluate(table, null, weighting);
        if (estimate.N == 0) throw NoPairs(name, matrix);
        var interval = bootstrap is null ? null : Bootstrap.Run(table, w => Evaluate(table, w, weighting).Kappa, bootstrap);
        return new KappaResult(name, estimate.Kappa, checked((int)estimate.N), 2 * estimate.N, interval, estimate.Po, estimate.Pe);
    }

    /// <summary>Kappa from two parallel label lists (null or blank = missing); categories are the sorted observed labels unless <paramref name="categoryOrder"/> is given.</summary>
    public static KappaResult FromLabels(IReadOnlyList<string?> coderA, IReadOnlyList<string?> coderB, CohenWeighting weighting = CohenWeighting.None,
        IReadOnlyList<string>? categoryOrder = null, BootstrapOptions? bootstrap = null) =>
        Compute(RatingsMatrix.FromPairs(coderA, coderB, categoryOrder), weighting, bootstrap);

    /// <summary>Registry name: "cohen", "cohen-linear" or "cohen-quadratic".</summary>
    public static string MetricName(CohenWeighting weighting) => weighting switch
    {
        CohenWeighting.None => "cohen",
        CohenWeighting.Linear => "cohen-linear",
        CohenWeighting.Quadratic => "cohen-quadratic",
        _ => throw new ArgumentOutOfRangeException(nameof(weighting)),
    };

    internal static InsufficientDataException NoPairs(string name, RatingsMatrix matrix) =>
        matrix.UnitCount == 0
            ? new InsufficientDataException(name, "the matrix has no units.")
            : new InsufficientDataException(name, "no unit was coded by both coders.");

    private readonly record struct Estimate(double Kappa, double Po, double Pe, long N);

    private static Estimate Evaluate(UnitTable table, long[]? weights, CohenWeighting weighting)
    {
        var p = PairCounts.Compute(table, weights);
        var n = p.N;
        if (n == 0) return new Estimate(double.NaN, double.NaN, double.NaN, 0);
        var a = p.RowTotals;
        var b = p.ColumnTotals;
        var k = a.Length;
        double observed, expected, maxWeight;
        switch (weighting)
        {
            case CohenWeighting.None:
            {
                double chance = 0;
                for (var c = 0; c < k; c++) chance += (double)a[c] * b[c];
                observed = n - p.Agreements;
                expected = (double)n * n - chance;
                maxWeight = 1;
                break;
            }
            case CohenWeighting.Linear:
            {
                // Σ_i Σ_j |i − j| a_i b_j in O(K): for each j, distances to all i below and above via prefix sums.
                long countBelow = 0, indexBelow = 0, countAbove = n, indexAbove = 0;
                for (var i = 0; i < k; i++) indexAbove += a[i] * i;
                expected = 0;
                for (var j = 0; j < k; j++)
                {
                    countAbove -= a[j];
                    indexAbove -= a[j] * j;
                    if (b[j] != 0)
                    {
                        var toJ = (j * countBelow - indexBelow) + (indexAbove - j * countAbove);
                        expected += (double)b[j] * toJ;
                    }
                    countBelow += a[j];
                    indexBelow += a[j] * j;
                }
                observed = p.AbsoluteDistance;
                maxWeight = k - 1;
                break;
            }
            case CohenWeighting.Quadratic:
            {
                // Σ_i Σ_j (i − j)² a_i b_j = N² ((μa − μb)² + σa² + σb²), centred for stability.
                var (meanA, varA) = Moments(a, n);
                var (meanB, varB) = Moments(b, n);
                var diff = meanA - meanB;
                expected = (double)n * n * (diff * diff + varA + varB);
                observed = p.SquaredDistance;
                maxWeight = (double)(k - 1) * (k - 1);
                break;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(weighting));
        }

        // Both sums are scaled like Σ w o and Σ w e with o, e as counts: expected is over N² pairs, observed over N units.
        var kappa = expected > 0 ? 1 - observed * n / expected : double.NaN;
        var po = maxWeight > 0 ? 1 - observed / (n * maxWeight) : 1;
        var pe = maxWeight > 0 ? 1 - expected / ((double)n * n * maxWeight) : 1;
        return new Estimate(kappa, po, pe, n);
    }

    private static (double Mean, double Variance) Moments(long[] counts, long n)
    {
        double sum = 0;
        for (var i = 0; i < counts.Length; i++) sum += (double)counts[i] * i;
        var mean = sum / n;
        double ss = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] == 0) continue;
            var d = i - mean;
            ss += counts[i] * d * d;
        }
        return (mean, ss / n);
    }
}
