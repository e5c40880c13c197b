using Jeugdhulp.Research.Theory.Tests.Support;

namespace Jeugdhulp.Research.Theory.Tests;

public class CliTests
{
    [Fact]
    public void Propositions_runs_on_the_bundled_file_by_default_and_exits_0()
    {
        var result = JhrResult.Run("propositions", "--data", Repo.File("data"), Repo.File("data", "propositions.yaml"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("Proposities uit propositions.yaml", result.Out);
        // By default the values of the period the unit's response belongs to (B3: 12 of 14; the unit table alone gives 9 of 11).
        Assert.Contains("12 van 14 beoordeelde eenheden (86%), dekking 14 van 18 (78%)", result.Out);
        Assert.Contains("B3: afwijkende eenheden", result.Out);
    }

    [Theory]
    [InlineData("md", "| id | propositie |")]
    [InlineData("csv", "id,propositie,uitkomst")]
    [InlineData("html", "<table class=\"jhr-table jhr-wide\"><caption>Proposities uit propositions.yaml</caption>")] // long labels: the wrapping layout
    public void Propositions_render_in_every_format(string format, string expected)
    {
        var result = JhrResult.Run("propositions", Repo.File("data", "propositions.yaml"), "--data", Repo.File("data"), "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Out);
    }

    [Fact]
    public void Users_write_their_own_propositions_in_the_same_form()
    {
        var result = JhrResult.Run("propositions", Repo.Fixture("own-propositions.yaml"), "--data", Repo.File("data"), "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("id,propositie,uitkomst", result.Out, StringComparison.Ordinal);
        Assert.Contains("specialistisch,Hoog specialistische aanbieders volgen niet,", result.Out);
        Assert.Contains("onbekend-expliciet,", result.Out);
    }

    [Fact]
    public void Periods_last_is_accepted_and_reported()
    {
        var result = JhrResult.Run("propositions", Repo.File("data", "propositions.yaml"), "--data", Repo.File("data"), "--periods", "last");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("laatste periode", result.Out);
    }
}
