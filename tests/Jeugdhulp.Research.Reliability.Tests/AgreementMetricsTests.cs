using Jeugdhulp.Research.Reliability;

namespace Jeugdhulp.Research.Reliability.Tests;

public class AgreementMetricsTests
{
    [Fact]
    public void Registry_has_the_ten_documented_names()
    {
        Assert.Equal(["alpha-nominal", "alpha-ordinal", "alpha-interval", "alpha-ratio", "cohen", "cohen-linear", "cohen-quadratic", "scott", "fleiss", "agreement"],
            AgreementMetrics.Names);
    }

    [Fact]
    public void Unknown_metric_lists_the_valid_names()
    {
        var e = Assert.Throws<UnknownMetricException>(() => AgreementMetrics.Get("kappa"));
        Assert.Contains("'kappa'", e.Message);
        foreach (var name in AgreementMetrics.Names) Assert.Contains(name, e.Message);
    }

    [Fact]
    public void Names_are_case_insensitive()
    {
        Assert.Equal("alpha-ordinal", AgreementMetrics.Get(" Alpha-Ordinal ").Name);
    }

    [Theory]
    [InlineData("alpha-nominal", 113.0 / 152.0)]
    [InlineData("alpha-interval", 0.849)]
    public void Csv_and_metric_name_compute_in_one_call(string metric, double expected)
    {
        var result = AgreementMetrics.ComputeFromCsv(ReferenceData.PathOf("krippendorff2011_4coders_missing.csv"), metric);
        Assert.Equal(metric, result.Metric);
        Assert.Equal(expected, result.Value, 3e-4);
    }

    [Fact]
    public void Unknown_metric_is_reported_before_reading_the_file()
    {
        Assert.Throws<UnknownMetricException>(() => AgreementMetrics.ComputeFromCsv("/nonexistent.csv", "nope"));
    }

    [Fact]
    public void Numeric_metric_on_a_text_file_reports_line_and_column()
    {
        var e = Assert.Throws<RatingsFormatException>(() =>
            AgreementMetrics.ComputeFromCsv(ReferenceData.PathOf("krippendorff2011_nominal.csv"), "alpha-interval"));
        Assert.Equal((2, 2), (e.Line, e.Column));
        Assert.EndsWith("krippendorff2011_nominal.csv", e.File);
    }

    [Fact]
    public void Every_metric_runs_on_a_two_coder_reference_file()
    {
        foreach (var name in AgreementMetrics.Names)
        {
            var result = AgreementMetrics.ComputeFromCsv(ReferenceData.PathOf("krippendorff2011_binary.csv"), name);
            Assert.Equal(10, result.UnitsUsed);
            Assert.InRange(result.Value, -1, 1);
        }
    }

    [Fact]
    public void Scott_pi_and_nominal_alpha_agree_up_to_the_small_sample_correction()
    {
        // α = 1 − (1 − π)(n − 1)/n for two coders without missing values.
        var m = ReferenceData.Load("krippendorff2011_nominal.csv");
        var pi = ScottPi.Compute(m).Value;
        var alpha = KrippendorffAlpha.Compute(m).Value;
        Assert.Equal(1 - (1 - pi) * 23.0 / 24.0, alpha, 1e-12);
    }

    [Fact]
    public void Percent_agreement_for_two_coders_is_the_share_of_equal_units()
    {
        Assert.Equal(0.6, AgreementMetrics.Compute("agreement", ReferenceData.Load("krippendorff2011_binary.csv")).Value, 1e-15);
    }
}
