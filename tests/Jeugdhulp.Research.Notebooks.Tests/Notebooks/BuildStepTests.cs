using System.Diagnostics;
using System.Text.RegularExpressions;
using Jeugdhulp.Research.Notebooks.Tests.Display;
using Xunit.Abstractions;

namespace Jeugdhulp.Research.Notebooks.Tests.Notebooks;

/// <summary>
/// The one documented build step of a fresh clone (<c>notebooks/README.md</c>) really puts every assembly the
/// notebooks load beside each other: the runner substitutes its own copies of the toolkit assemblies, so only this
/// test exercises what a Polyglot kernel would load from <c>notebooks/lib</c>.
/// </summary>
public sealed partial class BuildStepTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Documented_publish_step_puts_every_assembly_the_notebooks_load_into_lib()
    {
        var readme = File.ReadAllText(DisplayFixture.RepoFile("notebooks", "README.md"));
        var command = PublishCommand().Match(readme);
        Assert.True(command.Success, "notebooks/README.md must document the dotnet publish step");
        Assert.Equal("dotnet publish notebooks/build/NotebookLibraries.csproj -c Release -f net8.0 -o notebooks/lib", command.Value);

        var scratch = Directory.CreateTempSubdirectory("jhr-lib-").FullName;
        var lib = Path.Combine(scratch, "lib");
        // The documented command, with the output and build folders redirected so the checkout stays untouched.
        var arguments = command.Value["dotnet ".Length..].Replace("-o notebooks/lib", $"-o \"{lib}\"", StringComparison.Ordinal)
            + $" --artifacts-path \"{Path.Combine(scratch, "artifacts")}\" -nologo";
        var (exitCode, log) = await RunAsync("dotnet", arguments, DisplayFixture.Root);
        output.WriteLine(log);
        Assert.True(exitCode == 0, $"dotnet {arguments} failed:\n{log}");

        foreach (var assembly in new[]
        {
            "Jeugdhulp.Research.dll", "Jeugdhulp.Research.Charts.dll", "Jeugdhulp.Research.Coding.dll", "Jeugdhulp.Research.Reliability.dll", "Jeugdhulp.Research.Theory.dll", "Jeugdhulp.Research.Qca.dll", "Jeugdhulp.Research.Assistant.dll", "Lucene.Net.Analysis.Common.dll", "CsvHelper.dll", "YamlDotNet.dll", "ClosedXML.dll",
            "Microsoft.Data.Analysis.dll", "Plotly.NET.dll", "FSharp.Core.dll", "DynamicObj.dll", "Giraffe.ViewEngine.dll", "Newtonsoft.Json.dll",
        })
            Assert.True(File.Exists(Path.Combine(lib, assembly)), $"{assembly} missing from the published lib/");
        foreach (var notebook in Directory.EnumerateFiles(NotebookRuns.Folder, "*.ipynb"))
            foreach (Match reference in ReferenceDirective().Matches(File.ReadAllText(notebook)))
                Assert.True(File.Exists(Path.Combine(scratch, reference.Groups[1].Value)), $"{Path.GetFileName(notebook)} references {reference.Groups[1].Value}, which the build step does not produce");
    }

    [Theory]
    [MemberData(nameof(NotebookRuns.All), MemberType = typeof(NotebookRuns))]
    public void Notebook_quotes_the_same_publish_step_as_the_README(string fileName)
    {
        // A stale command in a notebook (e.g. publishing one project) leaves lib/ without assemblies the notebook loads.
        var readme = PublishCommand().Match(File.ReadAllText(DisplayFixture.RepoFile("notebooks", "README.md"))).Value;
        var text = string.Concat(Notebook.Load(Path.Combine(NotebookRuns.Folder, fileName)).Cells.Select(c => c.Source + "\n"));
        Assert.All(PublishCommand().Matches(text), m => Assert.Equal(readme, m.Value));
    }

    private static async Task<(int ExitCode, string Log)> RunAsync(string file, string arguments, string directory)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex(@"dotnet publish \S+ -c Release -f net8\.0 -o notebooks/lib")]
    private static partial Regex PublishCommand();

    [GeneratedRegex(@"#r \\""(lib/[^""\\]+\.dll)\\""")]
    private static partial Regex ReferenceDirective();
}
