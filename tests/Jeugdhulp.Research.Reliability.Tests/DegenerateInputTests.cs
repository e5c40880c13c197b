using Jeugdhulp.Research.Reliability;

namespace Jeugdhulp.Research.Reliability.Tests;

public class DegenerateInputTests
{
    private static RatingsMatrix M(params string?[][] rows) => RatingsMatrix.FromLabels(rows);

    public static TheoryData<string> AllMetricNames() => new(AgreementMetrics.Names);

    [Theory]
    [MemberData(nameof(AllMetricNames))]
    public void All_missing_values_throw_insufficient_data_naming_the_reason(string metric)
    {
        var matrix = M([null, null], [null, " "]);
        var e = Assert.Throws<InsufficientDataException>(() => AgreementMetrics.Compute(metric, matrix));
        Assert.Equal(metric, e.Metric);
        Assert.Contains(metric.StartsWith("cohen") || metric == "scott" ? "both coders" : "all values are missing", e.Message);
    }

    [Theory]
    [InlineData("alpha-nominal")]
    [InlineData("alpha-interval")]
    [InlineData("fleiss")]
    [InlineData("agreement")]
    public void One_coder_throws_insufficient_data(string metric)
    {
        var e = Assert.Throws<InsufficientDataException>(() => AgreementMetrics.Compute(metric, M(["1"], ["2"], ["1"])));
        Assert.Contains("at least two", e.Message);
    }

    [Theory]
    [InlineData("cohen")]
    [InlineData("cohen-quadratic")]
    [InlineData("scott")]
    public void Two_coder_coefficients_on_one_or_three_coders_throw_coder_count(string metric)
    {
        var e = Assert.Throws<CoderCountException>(() => AgreementMetrics.Compute(metric, M(["1", "2", "1"], ["2", "2", "2"])));
        Assert.Equal(2, e.Required);
        Assert.Equal(3, e.Actual);
        Assert.Throws<CoderCountException>(() => AgreementMetrics.Compute(metric, M(["1"], ["2"])));
    }

    [Theory]
    [InlineData("alpha-nominal")]
    [InlineData("alpha-ordinal")]
    [InlineData("alpha-ratio")]
    [InlineData("fleiss")]
    [InlineData("cohen")]
    public void Units_each_coded_by_a_single_coder_throw_insufficient_data(string metric)
    {
        var e = Assert.Throws<InsufficientDataException>(() => AgreementMetrics.Compute(metric, M(["1", null], [null, "2"], ["3", null])));
        Assert.Contains(metric.StartsWith("cohen") ? "both coders" : "two or more coders", e.Message);
    }

    [Theory]
    [InlineData("alpha-nominal")]
    [InlineData("alpha-ordinal")]
    [InlineData("alpha-interval")]
    [InlineData("alpha-ratio")]
    [InlineData("fleiss")]
    [InlineData("cohen")]
    [InlineData("cohen-linear")]
    [InlineData("cohen-quadratic")]
    [InlineData("scott")]
    public void A_single_category_gives_an_undefined_NaN_chance_corrected_coefficient(string metric)
    {
        var result = AgreementMetrics.Compute(metric, M(["3", "3"], ["3", "3"], ["3", null]));
        Assert.True(double.IsNaN(result.Value));
        Assert.False(result.IsDefined);
        Assert.Equal(2, result.UnitsUsed);
    }

    [Fact]
    public void Alpha_with_a_single_value_reports_zero_disagreements()
    {
        var result = KrippendorffAlpha.Compute(M(["a", "a"], ["a", "a"]));
        Assert.Equal(0, result.ObservedDisagreement);
        Assert.Equal(0, result.ExpectedDisagreement);
    }

    [Fact]
    public void Percent_agreement_with_a_single_category_is_1()
    {
        Assert.Equal(1.0, PercentAgreement.Compute(M(["a", "a"], ["a", "a"])).Value);
    }

    [Fact]
    public void Interval_alpha_on_text_labels_names_the_offending_category()
    {
        var e = Assert.Throws<InvalidCategoryValueException>(() => KrippendorffAlpha.Compute(M(["1", "high"], ["2", "2"]), AlphaMetric.Interval));
        Assert.Equal("high", e.Category);
    }

    [Fact]
    public void Ratio_alpha_refuses_negative_values()
    {
        var e = Assert.Throws<InvalidCategoryValueException>(() => KrippendorffAlpha.Compute(M(["-1", "2"], ["2", "2"]), AlphaMetric.Ratio));
        Assert.Equal("-1", e.Category);
    }

    [Fact]
    public void Fleiss_per_category_kappa_is_NaN_for_an_unused_category()
    {
        var matrix = RatingsMatrix.FromLabels([["a", "b"], ["a", "a"], ["b", "b"]], categoryOrder: ["a", "b", "c"]);
        var result = FleissKappa.Compute(matrix);
        Assert.True(double.IsNaN(result.PerCategory[2].Kappa));
        Assert.Equal(0, result.PerCategory[2].Proportion);
    }

    [Fact]
    public void Units_with_one_value_are_dropped_from_alpha_but_others_count()
    {
        var with = KrippendorffAlpha.Compute(M(["1", "1"], ["2", "1"], ["3", null], ["2", "2"]));
        var without = KrippendorffAlpha.Compute(M(["1", "1"], ["2", "1"], ["2", "2"]));
        Assert.Equal(3, with.UnitsUsed);
        Assert.Equal(6, with.PairableValues);
        Assert.Equal(without.Value, with.Value);
    }
}
