using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Cli;

/// <summary>With --key, every export refuses to write a real name from the key, and says where it is.</summary>
public class LeakCheckCliTests
{
    private static string Key(string realName)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("jhr-key-").FullName, "key.yaml");
        File.WriteAllText(path, $"schema: jhr-pseudonym-key/1\naanbieder:\n  {realName}: Aanbieder X\n");
        return path;
    }

    private static string Output(string name) => Path.Combine(Directory.CreateTempSubdirectory("jhr-out-").FullName, name);

    [Theory]
    [InlineData("export", "units", "--format", "csv")]
    [InlineData("table", "--rows", "provider", "--cols", "cluster", "--format", "md")]
    [InlineData("matrix", "meta", "--format", "html")]
    [InlineData("table", "--rows", "provider", "--cols", "cluster", "--format", "xlsx")]
    [InlineData("report", "--format", "html")]
    [InlineData("propositions", "--format", "md")] // once written around the leak check (TheoryCommands.Emit)
    public void Export_with_a_real_name_from_the_key_is_refused_and_nothing_is_written(params string[] command)
    {
        var output = Output(command[^1] == "xlsx" ? "uit.xlsx" : "uit.txt");
        var result = Jhr.Run([.. command, "--key", Key("Saturnus"), "--output", output]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("leak", result.Error);
        Assert.Contains("Saturnus", result.Error);
        Assert.Contains("nothing was written", result.Error);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!));
    }

    [Theory]
    [InlineData("Kustwijk", "classify", "{corpus}", "--format", "md")]
    [InlineData("Kustwijk", "qdpx", "export", "{corpus}")]
    [InlineData("Reigersbos", "agree", "{corpus}", "--disagreements", "{output}")] // the corpus's one unit-level disagreement
    [InlineData("Kustwijk", "suggest", "{corpus}")]
    public void Coding_project_exports_with_a_real_name_are_refused(string realName, params string[] command)
    {
        var output = Output(command.Contains("--disagreements") ? "verschillen.csv" : "uit.qdpx");
        var args = command.Select(a => a.Replace("{corpus}", Repo.File("data", "corpus")).Replace("{output}", output)).ToList();
        if (!command.Contains("--disagreements")) args.AddRange(["--output", output]);
        var result = Jhr.Run([.. args, "--key", Key(realName)]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(realName, result.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Printing_to_standard_output_is_checked_too()
    {
        var result = Jhr.Run("export", "units", "--key", Key("Mercurius"));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("Mercurius", result.Error);
    }

    [Fact]
    public void Export_without_any_real_name_is_written()
    {
        var output = Output("eenheden.csv");
        var result = Jhr.Run("export", "units", "--key", Key("Gemeente Zuidstad"), "--output", output);
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(output));
    }
}
