using Jeugdhulp.Research.Reliability;

namespace Jeugdhulp.Research.Reliability.Tests;

public class BootstrapTests
{
    private static readonly BootstrapOptions Options = new(Replicates: 500, Level: 0.95, Seed: 42);

    public static TheoryData<string> AllMetricNames() => new(AgreementMetrics.Names);

    [Theory]
    [MemberData(nameof(AllMetricNames))]
    public void Same_seed_gives_the_same_interval_and_it_brackets_the_estimate(string metric)
    {
        var matrix = ReferenceData.Load("anxiety.csv");
        if (metric is "cohen" or "cohen-linear" or "cohen-quadratic" or "scott") matrix = matrix.SelectCoders(0, 1);
        var first = AgreementMetrics.Compute(metric, matrix, Options);
        var second = AgreementMetrics.Compute(metric, matrix, Options with { MaxDegreeOfParallelism = 1 });
        Assert.NotNull(first.Interval);
        Assert.Equal(first.Interval, second.Interval);
        Assert.True(first.Interval!.Lower <= first.Interval.Upper);
        Assert.InRange(first.Value, first.Interval.Lower - 0.15, first.Interval.Upper + 0.15);
        Assert.Equal(500, first.Interval.Replicates);
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
    public void Generic_bootstrap_matches_the_built_in_one_in_spirit_and_is_reproducible()
    {
        var matrix = ReferenceData.Load("krippendorff2011_4coders_missing.csv");
        var a = Bootstrap.ForUnits(matrix, m => PercentAgreement.Compute(m).Value, Options with { Replicates = 200 });
        var b = Bootstrap.ForUnits(matrix, m => PercentAgreement.Compute(m).Value, Options with { Replicates = 200 });
        Assert.Equal(a, b);
        Assert.InRange(a.Lower, 0, 1);
    }

    [Fact]
    public void Invalid_options_are_rejected()
    {
        var matrix = ReferenceData.Load("anxiety.csv");
        Assert.Throws<ArgumentOutOfRangeException>(() => FleissKappa.Compute(matrix, new BootstrapOptions(Replicates: 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => FleissKappa.Compute(matrix, new BootstrapOptions(Level: 1)));
    }
}
