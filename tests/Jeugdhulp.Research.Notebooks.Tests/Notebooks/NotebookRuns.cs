using System.Text.Json.Nodes;
using Jeugdhulp.Research.Notebooks.Tests.Display;

namespace Jeugdhulp.Research.Notebooks.Tests.Notebooks;

/// <summary>
/// Runs each notebook of <c>notebooks/</c> once per test run through <see cref="NotebookRunner"/>, as
/// <c>jhr notebook run</c> does, with charts written to a temporary folder instead of <c>notebooks/output</c>.
/// </summary>
public static class NotebookRuns
{
    private static readonly Dictionary<string, Lazy<Task<(NotebookRunResult Result, string OutputDirectory)>>> Runs = new(StringComparer.Ordinal);

    /// <summary>The folder with the committed notebooks.</summary>
    public static string Folder => DisplayFixture.RepoFile("notebooks");

    /// <summary>File names of every notebook in <c>notebooks/</c>.</summary>
    public static IEnumerable<object[]> All =>
        Directory.EnumerateFiles(Folder, "*.ipynb").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    /// <summary>The (cached) run of one notebook and the folder its outputs went to.</summary>
    public static Task<(NotebookRunResult Result, string OutputDirectory)> RunAsync(string fileName)
    {
        lock (Runs)
        {
            if (!Runs.TryGetValue(fileName, out var run))
                Runs[fileName] = run = new(() => Execute(fileName));
            return run.Value;
        }
    }

    /// <summary>The concatenated text of one MIME type of an output (nbformat stores it as a list of lines).</summary>
    public static string Data(JsonNode? output, string mimeType) => output?["data"]?[mimeType] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
        JsonValue value => value.GetValue<string>(),
        _ => "",
    };

    /// <summary>All outputs of the code cell whose source is, or else is the only one to contain, <paramref name="sourcePart"/>.</summary>
    public static IReadOnlyList<JsonNode> OutputsOf(Notebook notebook, string sourcePart)
    {
        var code = notebook.Cells.Where(c => c.IsCode).ToList();
        var cell = code.FirstOrDefault(c => c.Source.Trim() == sourcePart)
            ?? code.Single(c => c.Source.Contains(sourcePart, StringComparison.Ordinal));
        return [.. cell.Outputs.Select(o => o!)];
    }

    private static async Task<(NotebookRunResult, string)> Execute(string fileName)
    {
        var output = Directory.CreateTempSubdirectory("jhr-notebook-output-").FullName;
        var path = Path.Combine(Folder, fileName);
        var declares = Notebook.Load(path).Cells.Any(c => c.Tags.Contains(NotebookParameters.ParametersTag) && c.Source.Contains("outputDirectory", StringComparison.Ordinal));
        var options = new NotebookRunOptions
        {
            Parameters = declares ? new Dictionary<string, string> { ["outputDirectory"] = output } : new Dictionary<string, string>(),
        };
        var result = await NotebookRunner.RunFileAsync(path, options);
        // Kept for a human look after a failing run (not in notebooks/, which must stay without outputs).
        var executed = Path.Combine(Path.GetTempPath(), "jhr-executed-notebooks");
        Directory.CreateDirectory(executed);
        result.Notebook.Save(Path.Combine(executed, fileName));
        return (result, output);
    }
}
