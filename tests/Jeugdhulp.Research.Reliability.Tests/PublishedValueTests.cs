using Jeugdhulp.Research.Reliability;

namespace Jeugdhulp.Research.Reliability.Tests;

/// <summary>Published values from data/reference/reliability/README.md.</summary>
public class PublishedValueTests
{
    private static double Alpha(string file, AlphaMetric metric) => KrippendorffAlpha.Compute(ReferenceData.Load(file), metric).Value;

    [Fact]
    public void Alpha_nominal_on_Krippendorff_2011_binary_example_is_0_095()
    {
        var value = Alpha("krippendorff2011_binary.csv", AlphaMetric.Nominal);
        Assert.Equal(0.095, Math.Round(value, 3));
        Assert.Equal(0.095238, Math.Round(value, 6));
    }

    [Fact]
    public void Alpha_nominal_on_Krippendorff_2011_nominal_example_is_0_692()
    {
        var value = Alpha("krippendorff2011_nominal.csv", AlphaMetric.Nominal);
        Assert.Equal(0.692, Math.Round(value, 3));
        Assert.Equal(0.691964, Math.Round(value, 6));
    }

    [Fact]
    public void Alpha_nominal_on_Krippendorff_2011_example_is_0_743()
    {
        var result = KrippendorffAlpha.Compute(ReferenceData.Load("krippendorff2011_4coders_missing.csv"));
        Assert.Equal(0.743, Math.Round(result.Value, 3));
        Assert.Equal(113.0 / 152.0, result.Value, 1e-12);
    }

    [Fact]
    public void Alpha_nominal_on_Krippendorff_2011_example_has_published_intermediate_values()
    {
        var matrix = ReferenceData.Load("krippendorff2011_4coders_missing.csv");
        var result = KrippendorffAlpha.Compute(matrix);
        Assert.Equal(40, result.PairableValues);
        Assert.Equal(11, result.UnitsUsed); // unit 12 has a single value
        Assert.Equal(1.0 / 5.0, result.ObservedDisagreement, 1e-12);
        Assert.Equal(152.0 / 195.0, result.ExpectedDisagreement, 1e-12);
        Assert.Equal(["1", "2", "3", "4", "5"], matrix.Categories);
    }

    [Fact]
    public void Alpha_ordinal_on_Krippendorff_2011_example_is_0_815() =>
        Assert.Equal(0.815, Math.Round(Alpha("krippendorff2011_4coders_missing.csv", AlphaMetric.Ordinal), 3));

    [Fact]
    public void Alpha_interval_on_Krippendorff_2011_example_is_0_849() =>
        Assert.Equal(0.849, Math.Round(Alpha("krippendorff2011_4coders_missing.csv", AlphaMetric.Interval), 3));

    [Fact]
    public void Alpha_ratio_on_Krippendorff_2011_example_is_0_797() =>
        Assert.Equal(0.797, Math.Round(Alpha("krippendorff2011_4coders_missing.csv", AlphaMetric.Ratio), 3));

    [Fact]
    public void Fleiss_kappa_on_Fleiss_1971_diagnoses_is_0_430()
    {
        var result = FleissKappa.Compute(ReferenceData.Load("fleiss1971_diagnoses.csv"));
        Assert.Equal(0.430, Math.Round(result.Value, 3));
        Assert.Equal(0.430245, Math.Round(result.Value, 6));
        Assert.Equal(0.555556, Math.Round(result.ObservedAgreement, 6));
        Assert.Equal(0.219938, Math.Round(result.ExpectedAgreement, 6));
        Assert.Equal(30, result.UnitsUsed);
        Assert.Equal(180, result.PairableValues);
    }

    [Fact]
    public void Fleiss_per_category_kappas_on_Fleiss_1971_diagnoses_match_the_paper()
    {
        var result = FleissKappa.Compute(ReferenceData.Load("fleiss1971_diagnoses.csv"));
        Assert.Equal(["1", "2", "3", "4", "5"], result.PerCategory.Select(c => c.Category));
        Assert.Equal([0.245, 0.245, 0.520, 0.471, 0.566], result.PerCategory.Select(c => Math.Round(c.Kappa, 3)));
    }

    [Fact]
    public void Cohen_kappa_between_raters_2_and_3_of_Fleiss_diagnoses_is_0_631()
    {
        var result = CohenKappa.Compute(ReferenceData.Load("fleiss1971_diagnoses.csv"), 1, 2);
        Assert.Equal(0.631, Math.Round(result.Value, 3));
    }

    [Theory]
    [InlineData(CohenWeighting.None, 0.119497)]
    [InlineData(CohenWeighting.Linear, 0.189189)]
    [InlineData(CohenWeighting.Quadratic, 0.296765)]
    public void Cohen_kappa_on_anxiety_raters_1_and_2_matches_published_value(CohenWeighting weighting, double expected)
    {
        var result = CohenKappa.Compute(ReferenceData.Load("anxiety.csv"), 0, 1, weighting);
        Assert.Equal(expected, Math.Round(result.Value, 6));
        Assert.Equal(20, result.UnitsUsed);
    }

    [Fact]
    public void Cohen_kappa_on_anxiety_raters_1_and_2_to_four_decimals_is_0_1195_0_1892_0_2968()
    {
        var matrix = ReferenceData.Load("anxiety.csv");
        Assert.Equal(0.1195, Math.Round(CohenKappa.Compute(matrix, 0, 1).Value, 4));
        Assert.Equal(0.1892, Math.Round(CohenKappa.Compute(matrix, 0, 1, CohenWeighting.Linear).Value, 4));
        Assert.Equal(0.2968, Math.Round(CohenKappa.Compute(matrix, 0, 1, CohenWeighting.Quadratic).Value, 4));
    }

    // The published values with the decimals the source prints, checked to exactly those decimals (0.40 to two).
    // By hand: (20, 5, 10, 15): Po = 35/50 = .70, Pe = .5·.6 + .5·.4 = .50, κ = .20/.50 = .40.
    [Theory]
    [InlineData(20, 5, 10, 15, 0.40, 2)]
    [InlineData(45, 15, 25, 15, 0.1304, 4)]
    [InlineData(25, 35, 5, 35, 0.2593, 4)]
    public void Cohen_kappa_on_published_2x2_tables(int yesYes, int yesNo, int noYes, int noNo, double expected, int decimals)
    {
        var a = new List<string?>();
        var b = new List<string?>();
        void Add(int count, string x, string y)
        {
            for (var i = 0; i < count; i++)
            {
                a.Add(x);
                b.Add(y);
            }
        }
        Add(yesYes, "yes", "yes");
        Add(yesNo, "yes", "no");
        Add(noYes, "no", "yes");
        Add(noNo, "no", "no");
        var result = CohenKappa.FromLabels(a, b);
        Assert.Equal(expected, Math.Round(result.Value, decimals));
    }
}
