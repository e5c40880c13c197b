using System.Diagnostics;
using Jeugdhulp.Research.Notebooks.Tests.Runner;

namespace Jeugdhulp.Research.Notebooks.Tests.Notebooks;

/// <summary>
/// The post-Polyglot path: every notebook in notebooks/ exported as a .NET 10 file-based app runs with
/// <c>dotnet run</c>. It runs in a scratch copy of the layout (notebooks/ beside links to data/ and codebooks/), so
/// the files a notebook saves never land in the checkout.
/// </summary>
public class ExportedAppsTests
{
    public static TheoryData<string> Notebooks() =>
        [.. Directory.EnumerateFiles(Path.Combine(RunnerPaths.Root, "notebooks"), "*.ipynb").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Notebooks))]
    [Trait("Category", "ExportRun")]
    public async Task Exported_notebook_runs_as_a_file_based_app(string name)
    {
        // A scratch copy of the layout (the notebook beside links to data/, codebooks/, src/ and the build settings), so what the app saves
        // lands there; the app is written elsewhere and started from yet another folder: relative paths in the notebook
        // must still mean the notebook's neighbours.
        var folder = RunnerPaths.TempFolder();
        var notebooks = Path.Combine(folder, "layout", "notebooks");
        Directory.CreateDirectory(notebooks);
        foreach (var sibling in new[] { "data", "codebooks", "src", "Directory.Build.props", "Directory.Packages.props" })
            Directory.CreateSymbolicLink(Path.Combine(folder, "layout", sibling), Path.Combine(RunnerPaths.Root, sibling));
        File.Copy(Path.Combine(RunnerPaths.Root, "notebooks", name), Path.Combine(notebooks, name));
        var apps = Path.Combine(folder, "apps");
        var workingDirectory = Path.Combine(folder, "elsewhere");
        Directory.CreateDirectory(apps);
        Directory.CreateDirectory(workingDirectory);
        var app = Path.Combine(apps, Path.ChangeExtension(name, ".cs"));
        File.WriteAllText(app, NotebookExporter.ToFileBasedApp(Notebook.Load(Path.Combine(notebooks, name)), notebooks, apps, name));

        var start = new ProcessStartInfo("dotnet", ["run", "--file", app])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ArtifactsPath"] = Path.Combine(folder, "artifacts"); // never writes to src/*/bin
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{name}: exit {process.ExitCode}\n{await stdout}\n{await stderr}");
        var printed = (await stdout).Replace("\r\n", "\n");
        Assert.NotEmpty(printed.Trim());
        // Tables print as aligned text, never as record dumps.
        Assert.DoesNotContain("{ Title =", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("ImmutableArray", printed, StringComparison.Ordinal);
        if (name.StartsWith("04-", StringComparison.Ordinal))
            Assert.Matches(@"\nCase Waal +0 +1 +3 +4\n", printed);
    }
}
