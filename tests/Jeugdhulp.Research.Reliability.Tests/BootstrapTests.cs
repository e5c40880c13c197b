using Jeugdhulp.Research.Reliability;

namespace Jeugdhulp.Research.Reliability.Tests;

public class BootstrapTests
{
    private static readonly BootstrapOptions Options = new(Replicates: 500, Level: 0.95, Seed: 42);

    public static TheoryData<string> AllMetricNames() => new(AgreementMetrics.Names);

    /// <summary>
    /// A second bootstrap written out here: the replicates are taken from <see cref="Bootstrap.ForUnits"/> (which
    /// materialises each resampled matrix and runs the metric's public point estimate on it) and the percentile
    /// interval is computed by hand (type 7: h = (R−1)·p, linear interpolation between order statistics). The
    /// built-in interval (a weighted unit table, its own resampling loop and quantile code) must agree exactly.
    /// </summary>
    private static (double Lower, double Upper, int Undefined) HandBootstrap(RatingsMatrix matrix, Func<RatingsMatrix, double> statistic, BootstrapOptions options)
    {
        var replicates = new System.Collections.Concurrent.ConcurrentBag<double>();
        Bootstrap.ForUnits(matrix, m =>
        {
            var v = statistic(m);
            replicates.Add(v);
            return v;
        }, options);
        var defined = replicates.Where(v => !double.IsNaN(v)).Order().ToArray();
        double Quantile(double p)
        {
            var h = (defined.Length - 1) * p;
            var lo = (int)Math.Floor(h);
            return lo + 1 >= defined.Length ? defined[^1] : defined[lo] + (h - lo) * (defined[lo + 1] - defined[lo]);
        }
        var tail = (1 - options.Level) / 2;
        return (Quantile(tail), Quantile(1 - tail), options.Replicates - defined.Length);
    }

    [Theory]
    [MemberData(nameof(AllMetricNames))]
    public void Interval_is_the_percentile_interval_of_a_hand_written_bootstrap_and_brackets_the_estimate(string metric)
    {
        var matrix = ReferenceData.Load("anxiety.csv"); // every coder rated every unit, so all units are resampled
        if (metric is "cohen" or "cohen-linear" or "cohen-quadratic" or "scott") matrix = matrix.SelectCoders(0, 1);
        var first = AgreementMetrics.Compute(metric, matrix, Options);
        var second = AgreementMetrics.Compute(metric, matrix, Options with { MaxDegreeOfParallelism = 1 });
        var hand = HandBootstrap(matrix, m => AgreementMetrics.Compute(metric, m).Value, Options);

        Assert.NotNull(first.Interval);
        Assert.Equal(first.Interval, second.Interval);
        Assert.Equal(500, first.Interval!.Replicates);
        Assert.Equal(hand.Undefined, first.Interval.UndefinedReplicates);
        Assert.Equal(hand.Lower, first.Interval.Lower, 1e-12);
        Assert.Equal(hand.Upper, first.Interval.Upper, 1e-12);
        Assert.True(first.Interval.Lower < first.Value && first.Value < first.Interval.Upper,
            $"{metric} = {first.Value} outside [{first.Interval.Lower}, {first.Interval.Upper}]");
    }

    [Fact]
    public void Different_seeds_give_different_intervals()
    {
        var matrix = ReferenceData.Load("fleiss1971_diagnoses.csv");
        var a = KrippendorffAlpha.Compute(matrix, AlphaMetric.Nominal, Options).Interval!;
        var b = KrippendorffAlpha.Compute(matrix, AlphaMetric.Nominal, Options with { Seed = 43 }).Interval!;
        Assert.NotEqual(a.Lower, b.Lower);
    }

    [Fact]
    public void Interval_narrows_with_more_units()
    {
        var random = new Random(3);
        RatingsMatrix Study(int units) => RatingsMatrix.FromLabels(Enumerable.Range(0, units).Select(_ =>
        {
            var truth = random.Next(4);
            return (IReadOnlyList<string?>)Enumerable.Range(0, 3).Select(_ => (random.Next(3) == 0 ? random.Next(4) : truth).ToString()).ToArray();
        }).ToList());
        var small = KrippendorffAlpha.Compute(Study(40), AlphaMetric.Nominal, Options).Interval!;
        var large = KrippendorffAlpha.Compute(Study(4000), AlphaMetric.Nominal, Options).Interval!;
        Assert.True(large.Upper - large.Lower < (small.Upper - small.Lower) / 3);
    }

    [Fact]
    public void Resamples_without_variation_are_counted_as_undefined()
    {
        // Only unit 3 varies; a resample that misses it (probability (2/3)^3) has no variation.
        var matrix = RatingsMatrix.FromLabels([["a", "a"], ["a", "a"], ["a", "b"]]);
        var interval = KrippendorffAlpha.Compute(matrix, AlphaMetric.Nominal, Options).Interval!;
        Assert.InRange(interval.UndefinedReplicates, 100, 200); // (2/3)^3 ≈ 30 % of 500
    }

    [Fact]
    public void Generic_bootstrap_is_the_hand_written_percentile_interval_and_reproducible()
    {
        var matrix = ReferenceData.Load("krippendorff2011_4coders_missing.csv");
        var options = Options with { Replicates = 200 };
        var a = Bootstrap.ForUnits(matrix, m => PercentAgreement.Compute(m).Value, options);
        var b = Bootstrap.ForUnits(matrix, m => PercentAgreement.Compute(m).Value, options with { MaxDegreeOfParallelism = 1 });
        var hand = HandBootstrap(matrix, m => PercentAgreement.Compute(m).Value, options);

        Assert.Equal(a, b);
        Assert.Equal(hand.Lower, a.Lower, 1e-12);
        Assert.Equal(hand.Upper, a.Upper, 1e-12);
        Assert.Equal(0, a.UndefinedReplicates);
        Assert.True(a.Lower < a.Upper);
    }

    [Fact]
    public void Invalid_options_are_rejected()
    {
        var matrix = ReferenceData.Load("anxiety.csv");
        Assert.Throws<ArgumentOutOfRangeException>(() => FleissKappa.Compute(matrix, new BootstrapOptions(Replicates: 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => FleissKappa.Compute(matrix, new BootstrapOptions(Level: 1)));
    }
}
