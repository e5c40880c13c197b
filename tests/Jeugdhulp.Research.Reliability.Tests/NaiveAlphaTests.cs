using FsCheck.Xunit;
using Jeugdhulp.Research.Reliability;

namespace Jeugdhulp.Research.Reliability.Tests;

/// <summary>
/// Checks the streaming alpha (collapsed rows, per-unit sums, mid-ranks) against a literal reading of Krippendorff (2011):
/// an explicit coincidence matrix and the δ² tables.
/// </summary>
[Properties(Arbitrary = [typeof(StudyArbitrary)], MaxTest = 300)]
public class NaiveAlphaTests
{
    internal static double NaiveAlpha(RatingsMatrix m, AlphaMetric metric)
    {
        var k = m.CategoryCount;
        var o = new double[k, k];
        for (var u = 0; u < m.UnitCount; u++)
        {
            var values = m.GetUnit(u).ToArray().Where(v => v >= 0).ToArray();
            if (values.Length < 2) continue;
            for (var i = 0; i < values.Length; i++)
                for (var j = 0; j < values.Length; j++)
                    if (i != j) o[values[i], values[j]] += 1.0 / (values.Length - 1);
        }
        var nc = new double[k];
        double n = 0;
        for (var c = 0; c < k; c++)
            for (var d = 0; d < k; d++)
            {
                nc[c] += o[c, d];
                n += o[c, d];
            }
        double Delta(int c, int d)
        {
            if (c == d) return 0;
            switch (metric)
            {
                case AlphaMetric.Nominal: return 1;
                case AlphaMetric.Interval: return Math.Pow(m.CategoryValues![c] - m.CategoryValues[d], 2);
                case AlphaMetric.Ratio:
                {
                    var a = m.CategoryValues![c];
                    var b = m.CategoryValues[d];
                    return a + b == 0 ? 0 : Math.Pow((a - b) / (a + b), 2);
                }
                default:
                {
                    var (lo, hi) = c < d ? (c, d) : (d, c);
                    double s = 0;
                    for (var g = lo; g <= hi; g++) s += nc[g];
                    return Math.Pow(s - (nc[c] + nc[d]) / 2, 2);
                }
            }
        }
        double observed = 0, expected = 0;
        for (var c = 0; c < k; c++)
            for (var d = 0; d < k; d++)
            {
                observed += o[c, d] * Delta(c, d);
                expected += nc[c] * nc[d] * Delta(c, d);
            }
        observed /= n;
        expected /= n * (n - 1);
        return expected == 0 ? double.NaN : 1 - observed / expected;
    }

    [Property]
    public bool Streaming_alpha_equals_coincidence_matrix_alpha(Study s)
    {
        var matrix = RatingsMatrix.FromLabels(s.Rows);
        foreach (var metric in new[] { AlphaMetric.Nominal, AlphaMetric.Ordinal, AlphaMetric.Interval, AlphaMetric.Ratio })
        {
            double ours;
            try
            {
                ours = KrippendorffAlpha.Compute(matrix, metric).Value;
            }
            catch (InsufficientDataException)
            {
                if (Enumerable.Range(0, matrix.UnitCount).Any(u => matrix.GetUnit(u).ToArray().Count(v => v >= 0) >= 2)) return false;
                continue;
            }
            var naive = NaiveAlpha(matrix, metric);
            if (double.IsNaN(naive) != double.IsNaN(ours)) return false;
            if (!double.IsNaN(naive) && Math.Abs(naive - ours) > 1e-9) return false;
        }
        return true;
    }

    [Theory]
    [InlineData(3, 6, 3000)] // at most 7^3 distinct rows: collapsed
    [InlineData(5, 3, 3000)] // collapsed, five-coder kernel
    [InlineData(7, 2, 10000)] // collapsed, generic unrolled kernel
    [InlineData(9, 6, 3000)] // too many possible rows: row by row
    public void Collapsed_and_row_by_row_evaluation_agree_with_the_coincidence_matrix(int coders, int categories, int units)
    {
        var random = new Random(7);
        var rows = Enumerable.Range(0, units).Select(_ => Enumerable.Range(0, coders)
            .Select(_ => random.Next(10) == 0 ? null : (random.Next(categories) + 1).ToString()).ToArray()).ToArray();
        var matrix = RatingsMatrix.FromLabels(rows);
        foreach (var metric in new[] { AlphaMetric.Nominal, AlphaMetric.Ordinal, AlphaMetric.Interval, AlphaMetric.Ratio })
            Assert.Equal(NaiveAlpha(matrix, metric), KrippendorffAlpha.Compute(matrix, metric).Value, 1e-10);
        var bootstrap = new BootstrapOptions(Replicates: 20, Seed: 5);
        var viaCodes = RatingsMatrix.FromCodes(matrix.Cells, coders, matrix.Categories);
        Assert.Equal(FleissKappa.Compute(matrix, bootstrap), FleissKappa.Compute(viaCodes, bootstrap), new FleissComparer());
    }

    private sealed class FleissComparer : IEqualityComparer<FleissKappaResult>
    {
        public bool Equals(FleissKappaResult? x, FleissKappaResult? y) =>
            x!.Value == y!.Value && x.Interval == y.Interval && x.PerCategory.SequenceEqual(y.PerCategory);

        public int GetHashCode(FleissKappaResult obj) => 0;
    }
}
