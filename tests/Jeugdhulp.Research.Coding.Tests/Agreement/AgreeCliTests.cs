using Jeugdhulp.Research.Coding.Agreement;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Tests.Support;

namespace Jeugdhulp.Research.Coding.Tests.Agreement;

public class AgreeCliTests
{
    private static string Reference(string file) => Repo.File("data", "reference", "reliability", file);

    [Theory]
    [InlineData("krippendorff2011_nominal.csv", "alpha-nominal = 0.691964")]
    [InlineData("krippendorff2011_binary.csv", "alpha-nominal = 0.095238")]
    [InlineData("krippendorff2011_4coders_missing.csv", "alpha-nominal = 0.743421")] // 113/152
    public void Matrix_prints_the_published_value(string file, string expected)
    {
        var result = Jhr.Run("agree", "--matrix", Reference(file), "--metric", "alpha-nominal");

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.Contains(expected, result.Out);
        Assert.Contains("eenheden gebruikt: ", result.Out);
    }

    [Fact]
    public void Matrix_with_several_metrics_and_a_bootstrap_is_reproducible()
    {
        string[] args = ["agree", "--matrix", Reference("fleiss1971_diagnoses.csv"), "--metric", "fleiss", "alpha-nominal", "--bootstrap", "200", "--seed", "42"];
        var first = Jhr.Run(args);
        var second = Jhr.Run(args);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("fleiss = 0.430245", first.Out);
        Assert.Contains("95% bootstrap-interval [", first.Out);
        Assert.Contains("200 replicaties, seed 42", first.Out);
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public void Unknown_metric_is_a_usage_error_listing_the_names()
    {
        var result = Jhr.Run("agree", "--matrix", Reference("anxiety.csv"), "--metric", "kappa");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown metric 'kappa'", result.Error);
        Assert.Contains("alpha-nominal, alpha-ordinal, alpha-interval, alpha-ratio, cohen, cohen-linear, cohen-quadratic, scott, fleiss, agreement", result.Error);
    }

    [Fact]
    public void A_malformed_ratings_file_is_invalid_input_with_file_and_line()
    {
        var file = Path.Combine(Repo.TempDirectory(), "ratings.csv");
        File.WriteAllText(file, "unit,a,b\n1,x,y\n2,x\n");

        var result = Jhr.Run("agree", "--matrix", file, "--metric", "cohen");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}:3:", result.Error);
        Assert.Contains("ragged row", result.Error);
    }

    [Fact]
    public void A_coefficient_that_needs_two_coders_on_three_is_invalid_input()
    {
        var result = Jhr.Run("agree", "--matrix", Reference("anxiety.csv"), "--metric", "cohen");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("needs exactly 2 coders", result.Error);
    }

    [Theory]
    [InlineData()]
    [InlineData("PROJECT", "--matrix", "x.csv")]
    [InlineData("PROJECT", "--level", "words")]
    [InlineData("PROJECT", "--variable", "bestaat-niet")]
    [InlineData("PROJECT", "--coders", "coderA,coderZ")]
    [InlineData("PROJECT", "--min-overlap", "1.5")]
    [InlineData("PROJECT", "--disagreements", "out.txt")]
    public void Command_line_mistakes_are_usage_errors(params string[] args)
    {
        var result = Jhr.Run(["agree", .. args.Select(a => a == "PROJECT" ? Repo.Corpus : a)]);
        Assert.Equal(2, result.ExitCode);
        Assert.NotEqual("", result.Error);
    }

    [Fact]
    public void Project_unit_level_prints_every_default_coefficient_and_the_treatment()
    {
        var result = Jhr.Run("agree", Repo.Corpus);

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.Contains("eenheid: cluster (coderA, coderB; 5 eenheden)", result.Out);
        Assert.Contains("agreement = 0.600000", result.Out);      // CorpusAgreementTests computes these by hand
        Assert.Contains("alpha-nominal = 0.513514  (eenheden gebruikt: 5, waarden: 10)", result.Out);
        Assert.Contains("cohen = 0.473684", result.Out);
        Assert.Contains("scott = 0.459459", result.Out);
        Assert.Contains("Gemengd: eigen categorie", result.Out);
        Assert.Contains("Meningsverschillen: 2 van 5 eenheden.", result.Out);
    }

    [Fact]
    public void Project_segment_and_presence_levels_and_disagreement_files()
    {
        var folder = Repo.TempDirectory();
        var csv = Path.Combine(folder, "verschillen.csv");
        var xlsx = Path.Combine(folder, "verschillen.xlsx");

        var segment = Jhr.Run("agree", Repo.Corpus, "--level", "segment", "--variable", "reactie", "--min-overlap", "0.5", "--uncoded-window", "100",
            "--metric", "alpha-nominal", "--disagreements", csv);
        var presence = Jhr.Run("agree", Repo.Corpus, "--level", "presence", "--coders", "coderA,coderB", "--metric", "alpha-nominal", "--disagreements", xlsx);

        // The CLI reports what the library computes with the same options (the values themselves are pinned, as a
        // regression snapshot, in CorpusAgreementTests).
        var corpus = CodingProjectLoader.Load(Repo.Corpus);
        var segmentAlpha = SegmentLevel.Build(corpus, new SegmentLevelOptions(Code: "reactie", UncodedWindow: 100)).Compute("alpha-nominal").Value;
        var presenceAlpha = PresenceLevel.Build(corpus, new PresenceLevelOptions(Coders: ["coderA", "coderB"])).Compute("alpha-nominal").Value;
        Assert.Equal(0, segment.ExitCode);
        Assert.Contains($"alpha-nominal = {segmentAlpha.ToString("0.000000", System.Globalization.CultureInfo.InvariantCulture)}", segment.Out);
        Assert.Contains("vensters van 100 tekens", segment.Out);
        Assert.StartsWith("eenheid,periode,niveau,variabele / code,plaats,verschillende paren,coderA,citaat coderA,coderB,citaat coderB", File.ReadAllText(csv));
        Assert.Equal(0, presence.ExitCode);
        Assert.Contains($"alpha-nominal = {presenceAlpha.ToString("0.000000", System.Globalization.CultureInfo.InvariantCulture)}", presence.Out);
        Assert.True(new FileInfo(xlsx).Length > 0);
    }
}
