using Jeugdhulp.Research.Cli;

namespace Jeugdhulp.Research.Privacy.Tests;

public class CliTests
{
    private static (int Exit, string Out, string Err) Jhr(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = CliApp.Run(args, o, e);
        return (exit, o.ToString(), e.ToString());
    }

    [Fact]
    public void Pseudonymise_end_to_end_exits_0_and_the_output_loads()
    {
        using var temp = TestPaths.Temp();
        var (exit, stdout, stderr) = Jhr("pseudonymise", TestPaths.Corpus, "--key", TestPaths.CorpusKey, "--output", temp["out"]);
        Assert.True(exit == 0, stderr);
        Assert.Contains("leak check passed", stdout, StringComparison.Ordinal);
        Assert.Contains("not copied", stderr, StringComparison.Ordinal);
        var (classify, classified, classifyErr) = Jhr("classify", temp["out"]);
        Assert.True(classify == 0, classifyErr);
        Assert.Contains("noord.aanbieder-a", classified, StringComparison.Ordinal);
        Assert.DoesNotContain("Eikenhof", classified, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Pseudonymise_exits_1_on_a_key_inside_the_project_and_on_a_non_empty_output()
    {
        using var temp = TestPaths.Temp();
        var project = temp["project"];
        PseudonymiseCorpusTests.CopyDirectory(TestPaths.Corpus, project);
        File.Copy(TestPaths.CorpusKey, Path.Combine(project, "key.yaml"));
        var (exit, _, stderr) = Jhr("pseudonymise", project, "--key", Path.Combine(project, "key.yaml"), "--output", temp["out"]);
        Assert.Equal(1, exit);
        Assert.Contains("key-inside-project", stderr, StringComparison.Ordinal);

        Directory.CreateDirectory(temp["full"]);
        File.WriteAllText(temp["full/x"], "x");
        (exit, _, stderr) = Jhr("pseudonymise", TestPaths.Corpus, "--key", TestPaths.CorpusKey, "--output", temp["full"]);
        Assert.Equal(1, exit);
        Assert.Contains("output-not-empty", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Pseudonymise_exits_1_on_a_leak_with_file_line_and_column()
    {
        using var temp = TestPaths.Temp();
        File.WriteAllText(temp["key.csv"], File.ReadAllText(TestPaths.Fixture("corpus-key.csv")) + "persoon,Oliver,Auteur X\n");
        var (exit, _, stderr) = Jhr("pseudonymise", TestPaths.Corpus, "--key", temp["key.csv"], "--output", temp["out"]);
        Assert.Equal(1, exit);
        Assert.Matches(@"codebook\.yaml:\d+:\d+: leak: real name of persoon 'Oliver'", stderr);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Theory]
    [InlineData("pseudonymise")]
    [InlineData("pseudonymise", "data/corpus")]
    [InlineData("pseudonymise", "data/corpus", "--key", "k.yaml")]
    [InlineData("pseudonymise", "data/corpus", "--output", "o", "--bogus")]
    public void Pseudonymise_exits_2_on_a_wrong_command_line(params string[] args) => Assert.Equal(2, Jhr(args).Exit);
}
