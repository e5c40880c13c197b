using System.Diagnostics;

namespace Jeugdhulp.Research.Notebooks.Tests.Runner;

public class NotebookExporterTests
{
    private static string Export(string outputDirectory) =>
        NotebookExporter.ToFileBasedApp(Notebook.Load(RunnerPaths.Fixture("export-app.ipynb")), RunnerPaths.Fixtures, outputDirectory, "export-app.ipynb");

    [Fact]
    public void The_export_is_a_file_based_app_with_project_and_package_directives()
    {
        var app = Export(RunnerPaths.Fixtures);
        var lines = app.Split('\n');

        Assert.Equal("#:project ../../../../src/Jeugdhulp.Research/Jeugdhulp.Research.csproj", lines[0]);
        Assert.Equal("#:package YamlDotNet@16.3.0", lines[1]);
        Assert.Contains("#:property ImplicitUsings=disable", lines);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("#r", StringComparison.Ordinal) || l.StartsWith("#!", StringComparison.Ordinal));
        // Usings at the top (the kernel's, then the cells'), markdown as comments, trailing expressions displayed.
        Assert.True(Array.IndexOf(lines, "using YamlDotNet.Serialization;") < Array.FindIndex(lines, l => l.StartsWith("var name", StringComparison.Ordinal)));
        Assert.Contains("using System.Collections;", lines);
        Assert.Contains("// # Export fixture", lines);
        Assert.Contains("display(yaml.Trim());", lines);
        Assert.Contains("display(shares.Sum(s => s.Value));", lines);
        // Types after all statements, the display helper last.
        Assert.True(Array.FindIndex(lines, l => l.StartsWith("record Share", StringComparison.Ordinal)) > Array.IndexOf(lines, "display(shares.Sum(s => s.Value));"));
        Assert.Contains("static class NotebookDisplay", app);
    }

    [Fact]
    public void The_app_runs_in_the_notebooks_folder_so_relative_data_paths_keep_their_meaning()
    {
        var notebook = PolyglotMetadata.CreateNotebook();
        notebook.AddCell(PolyglotMetadata.CreateCodeCell("var data = \"../data\";"));

        var app = NotebookExporter.ToFileBasedApp(notebook, "/repo/notebooks", "/repo/out/apps");

        var line = app.Split('\n').Single(l => l.Contains("SetCurrentDirectory", StringComparison.Ordinal));
        Assert.Equal("System.IO.Directory.SetCurrentDirectory(NotebookDisplay.Folder(\"../../notebooks\"));", line);
        Assert.True(app.IndexOf(line, StringComparison.Ordinal) < app.IndexOf("var data", StringComparison.Ordinal));
    }

    [Fact]
    public void Unsupported_magic_cannot_be_exported()
    {
        var notebook = PolyglotMetadata.CreateNotebook();
        notebook.AddCell(PolyglotMetadata.CreateCodeCell("var x = 1;"));
        notebook.AddCell(PolyglotMetadata.CreateCodeCell("// timing\n#!time\nx"));

        var error = Assert.Throws<InvalidDataException>(() => NotebookExporter.ToFileBasedApp(notebook, ".", "."));

        Assert.StartsWith("cell 2, line 2: magic command '#!time'", error.Message);
    }

    [Fact]
    public void Markers_become_directives_relative_to_the_output()
    {
        var notebook = PolyglotMetadata.CreateNotebook();
        notebook.AddCell(PolyglotMetadata.CreateCodeCell("// #:project ../src/Jeugdhulp.Research.Charts/Jeugdhulp.Research.Charts.csproj\n// #:package Plotly.NET@6.0.0\nvar x = 1;"));

        var app = NotebookExporter.ToFileBasedApp(notebook, "/repo/notebooks", "/repo/out/apps");

        Assert.StartsWith("#:project ../../src/Jeugdhulp.Research.Charts/Jeugdhulp.Research.Charts.csproj\n#:package Plotly.NET@6.0.0\n", app);
    }

    [Fact]
    public void A_toolkit_assembly_referenced_from_a_lib_folder_maps_to_its_project()
    {
        var notebook = PolyglotMetadata.CreateNotebook();
        notebook.AddCell(PolyglotMetadata.CreateCodeCell("#r \"lib/Jeugdhulp.Research.Charts.dll\"\n#r \"lib/Other.dll\""));

        var lines = NotebookExporter.ToFileBasedApp(notebook, RunnerPaths.Fixtures, RunnerPaths.Fixtures).Split('\n');

        Assert.Equal("#:project ../../../../src/Jeugdhulp.Research.Charts/Jeugdhulp.Research.Charts.csproj", lines[0]);
        Assert.Contains("// #r \"lib/Other.dll\" (no file-based-app equivalent: add a // #:project marker)", lines);
    }

    /// <summary>Builds and runs the exported app with the .NET 10 SDK: slow (restore and build), so one test only.</summary>
    [Fact]
    [Trait("Category", "ExportRun")]
    public async Task The_exported_fixture_app_runs_with_dotnet_run()
    {
        var folder = RunnerPaths.TempFolder();
        var file = Path.Combine(folder, "export-app.cs");
        File.WriteAllText(file, Export(folder));

        var start = new ProcessStartInfo("dotnet", ["run", "--file", file])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Build outputs (the referenced toolkit project's too) go to a private artifacts folder, never to src/*/bin.
        start.Environment["ArtifactsPath"] = Path.Combine(folder, "artifacts");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        var (stdout, stderr) = (await stdoutTask, await stderrTask);

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{stdout}\n{stderr}");
        const string expected = "Maas: 50%\nRijn: 25%\nJeugdhulp.Research\nn: 2\n0.75\n";
        Assert.EndsWith(expected, stdout.Replace("\r\n", "\n"));
        // The same values as the headless runner shows for the notebook itself (its plain-text outputs).
        var run = await NotebookRunner.RunFileAsync(RunnerPaths.Fixture("export-app.ipynb"));
        Assert.Null(run.Failure);
        var shown = string.Concat(run.Notebook.Cells.SelectMany(c => c.Outputs).Select(o => o!["output_type"]!.GetValue<string>() == "stream"
            ? string.Concat(o["text"]!.AsArray().Select(l => l!.GetValue<string>()))
            : string.Concat(o["data"]!["text/plain"]!.AsArray().Select(l => l!.GetValue<string>())) + "\n"));
        Assert.Equal(expected, shown);
    }
}
