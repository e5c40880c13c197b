using System.Collections.ObjectModel;

namespace Jeugdhulp.Research.Reliability;

/// <summary>
/// Fleiss' kappa for any number of coders (Fleiss 1971): κ = (P̄ − P̄e)/(1 − P̄e) with P_i the proportion of agreeing
/// coder pairs in unit i, p_j the share of assignments to category j and P̄e = Σ p_j²; per category
/// κ_j = 1 − Σ_i n_ij(n − n_ij) / (N n (n − 1) p_j q_j).
/// </summary>
/// <remarks>
/// Fleiss assumes every unit has the same number of ratings n. With missing values this implementation uses each
/// unit's own count m_i: P_i = Σ_j n_ij(n_ij − 1)/(m_i(m_i − 1)), p_j = Σ_i n_ij / Σ_i m_i and
/// κ_j = 1 − Σ_i n_ij(m_i − n_ij)/(m_i − 1) / (Σ_i m_i · p_j q_j), which reduce exactly to Fleiss' formulas for complete
/// data; units with fewer than two ratings are dropped. Degenerate inputs: no such unit throws
/// <see cref="InsufficientDataException"/>; κ is NaN when P̄e = 1 (one category throughout) and κ_j is NaN for a
/// category used in all or none of the assignments.
/// </remarks>
public static class FleissKappa
{
    /// <summary>Registry name.</summary>
    public const string MetricName = "fleiss";

    /// <summary>Overall and per-category kappa, with a bootstrap interval for the overall value when requested.</summary>
    public static FleissKappaResult Compute(RatingsMatrix matrix, BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var table = UnitTable.Build(matrix);
        var counts = NominalCounts.Compute(table, null);
        var units = counts.UsedUnits();
        if (units == 0) throw KrippendorffAlpha.NoPairableUnits(MetricName, matrix);
        var totals = counts.CategoryTotals();
        long n = 0;
        foreach (var t in totals) n += t;
        var (kappa, observed, expected) = Overall(counts, totals, n, units);
        var disagreement = counts.CategoryDisagreement();
        var perCategory = new CategoryKappa[totals.Length];
        for (var j = 0; j < totals.Length; j++)
        {
            var p = (double)totals[j] / n;
            var pq = p * (1 - p);
            var kj = pq > 0 ? 1 - disagreement[j] / (n * pq) : double.NaN;
            perCategory[j] = new CategoryKappa(matrix.Categories[j], p, kj);
        }
        var interval = bootstrap is null ? null : Bootstrap.Run(table, w =>
        {
            var c = NominalCounts.Compute(table, w);
            var tot = c.CategoryTotals();
            return Overall(c, tot, tot.Sum(), c.UsedUnits()).Kappa;
        }, bootstrap);
        return new FleissKappaResult(MetricName, kappa, checked((int)units), n, interval, observed, expected, Array.AsReadOnly(perCategory));
    }

    private static (double Kappa, double Observed, double Expected) Overall(NominalCounts counts, long[] totals, long n, long units)
    {
        if (units == 0) return (double.NaN, double.NaN, double.NaN);
        var observed = counts.AgreementSum() / units;
        double expected = 0;
        foreach (var t in totals)
        {
            var p = (double)t / n;
            expected += p * p;
        }
        var kappa = expected < 1 ? (observed - expected) / (1 - expected) : double.NaN;
        return (kappa, observed, expected);
    }
}
