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

    // Krippendorff (2011) example A by hand. Of the 10 units, A=B=0 in 5, A=B=1 in 1, A=0,B=1 in 3, A=1,B=0 in 1:
    // observed agreement 6/10. Coder A says 1 twice (p = .2), coder B four times (p = .4).
    // Cohen: Pe = .8·.6 + .2·.4 = .56, κ = (.6 − .56)/(1 − .56) = 1/11. With two categories the linear and quadratic
    //   weights of a disagreement are both 0, so the weighted kappas equal the unweighted one.
    // Scott and Fleiss (two raters: Fleiss is Scott's π): pooled p(1) = 6/20 = .3, Pe = .3² + .7² = .58,
    //   π = (.6 − .58)/(1 − .58) = 1/21.
    // Alpha: 20 pairable values, α = 1 − (1 − π)(n − 1)/n = 1 − (20/21)(19/20) = 2/21 (the published 0.095). With only
    //   two values every metric's δ is one constant for the single unequal pair (interval (0−1)² = 1, ratio
    //   ((0−1)/(0+1))² = 1, ordinal (n/2)²), and a constant δ cancels in Do/De, so all four alphas are 2/21.
    [Theory]
    [InlineData("alpha-nominal", 2.0 / 21)]
    [InlineData("alpha-ordinal", 2.0 / 21)]
    [InlineData("alpha-interval", 2.0 / 21)]
    [InlineData("alpha-ratio", 2.0 / 21)]
    [InlineData("cohen", 1.0 / 11)]
    [InlineData("cohen-linear", 1.0 / 11)]
    [InlineData("cohen-quadratic", 1.0 / 11)]
    [InlineData("scott", 1.0 / 21)]
    [InlineData("fleiss", 1.0 / 21)]
    [InlineData("agreement", 0.6)]
    public void Every_metric_gives_its_hand_computed_value_on_the_two_coder_binary_reference(string metric, double expected)
    {
        var result = AgreementMetrics.ComputeFromCsv(ReferenceData.PathOf("krippendorff2011_binary.csv"), metric);
        Assert.Equal(10, result.UnitsUsed);
        Assert.Equal(expected, result.Value, 1e-12);
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
