using System.Net;
using Jeugdhulp.Research.Notebooks.Tests.Display;

namespace Jeugdhulp.Research.Notebooks.Tests.Notebooks;

/// <summary>
/// The notebooks in <c>notebooks/</c>: committed clean (Polyglot C# metadata, no outputs), runnable headlessly from
/// a fresh build, and producing the tables and charts their narrative promises.
/// </summary>
public sealed class NotebookTests
{
    [Theory]
    [MemberData(nameof(NotebookRuns.All), MemberType = typeof(NotebookRuns))]
    public void Notebook_is_committed_as_a_clean_Polyglot_CSharp_notebook(string fileName)
    {
        var path = Path.Combine(NotebookRuns.Folder, fileName);
        var notebook = Notebook.Load(path);

        Assert.Empty(NotebookLint.Check(notebook));
        Assert.All(notebook.Cells.Where(c => c.IsCode), c => Assert.Empty(c.Outputs));
        Assert.All(notebook.Cells.Where(c => c.IsCode), c => Assert.Null(c.ExecutionCount));
        var first = notebook.Cells.First(c => c.IsCode).Source;
        Assert.StartsWith("#r \"lib/Jeugdhulp.Research.dll\"\n#r \"lib/Jeugdhulp.Research.Charts.dll\"", first);
        Assert.Single(notebook.Cells, c => c.Tags.Contains(NotebookParameters.ParametersTag));
        Assert.Matches(@"^\d\d-[a-z0-9-]+\.ipynb$", fileName);
        // Saved as VS Code saves it, so a run by VS Code or by jhr leaves no formatting diff.
        Assert.Equal(File.ReadAllText(path), notebook.ToJson());
    }

    [Theory]
    [MemberData(nameof(NotebookRuns.All), MemberType = typeof(NotebookRuns))]
    public async Task Notebook_runs_headlessly_without_errors_and_its_outputs_stay_offline(string fileName)
    {
        var (result, _) = await NotebookRuns.RunAsync(fileName);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        var code = result.Notebook.Cells.Where(c => c.IsCode).ToList();
        Assert.Equal(code.Count, result.ExecutedCells);
        Assert.All(code, c => Assert.DoesNotContain(c.Outputs, o => (string?)o!["output_type"] == "error"));
        Assert.All(code, c => Assert.All(c.Outputs, o => Assert.DoesNotMatch("<script[^>]+src=\"https?:", NotebookRuns.Data(o, "text/html"))));
    }

    [Fact]
    public async Task Codebook_notebook_shows_the_browsable_tree_and_the_framework_tables()
    {
        var (result, _) = await NotebookRuns.RunAsync("01-codeboek-verkennen.ipynb");
        Assert.True(result.Succeeded, result.Failure?.ToString());
        var notebook = result.Notebook;

        var tree = NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "CodebookLoader.Load(codebookPath)").Single(), "text/html");
        Assert.StartsWith("<div class=\"jhr-display jhr-codebook\"", tree);
        Assert.Contains("<details><summary><strong>Koppeling met Oliver (1991)</strong>", tree);

        var responses = NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "Strategische reacties (Tabel 3.3)").Single(), "text/html");
        var table = HtmlParts.Tables(responses).Single();
        Assert.Equal("Volgen", HtmlParts.Row(table, "Volgen")[1]);
        Assert.Equal("vanzelfsprekend, imiteren, conformeren", HtmlParts.Row(table, "Volgen")[0]);
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Count(table[table.IndexOf("<tbody>", StringComparison.Ordinal)..], "<tr><th>"));

        var clusters = HtmlParts.Tables(NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "Clusters en de reacties").Single(), "text/html")).Single();
        Assert.Equal("Volgen, Compromis sluiten", HtmlParts.Row(clusters, "Volgen")[0]);
        Assert.Equal("Vermijden, Trotseren, Domineren", HtmlParts.Row(clusters, "Niet-volgen")[0]);

        var characteristics = NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "Organisatiekenmerken (Tabel 3.5)").Single(), "text/html");
        Assert.Contains("<th>Weten (inductief)</th>", characteristics);
        var oliver = NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "Oliver (1991) en deze studie").Single(), "text/html");
        Assert.Contains("Domineren", oliver);
    }

    [Fact]
    public async Task Cross_case_notebook_reproduces_table_9_1_beside_the_published_counts()
    {
        var (result, _) = await NotebookRuns.RunAsync("04-cross-case-vergelijking.ipynb");
        Assert.True(result.Succeeded, result.Failure?.ToString());
        var notebook = result.Notebook;

        var html = NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "reproducties.Length > 0 ? reproducties[0]").Single(), "text/html");
        Assert.Contains("Alle 24 cellen gelijk", html);
        var reproduced = HtmlParts.Table(html, "Tabel 9.1:");
        var published = HtmlParts.Table(html, "Gepubliceerd");
        foreach (var (row, counts) in new (string, string[])[]
        {
            ("Case Rijn", ["4", "0", "0", "4"]), ("Case Maas", ["2", "2", "0", "4"]), ("Case IJssel", ["2", "1", "0", "3"]),
            ("Case Waal", ["0", "1", "3", "4"]), ("Case Lek", ["0", "2", "1", "3"]), ("Totaal", ["8", "6", "4", "18"]),
        })
        {
            Assert.Equal(counts, HtmlParts.Row(reproduced, row));
            Assert.Equal(counts, HtmlParts.Row(published, row));
        }

        var overview = NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "Gepubliceerde teltabellen, nagerekend").Single(), "text/html");
        Assert.Contains("10 van 10 tabellen exact gereproduceerd.", WebUtility.HtmlDecode(overview));
        var others = NotebookRuns.OutputsOf(notebook, "display(reproductie)");
        Assert.Equal(9, others.Count);
        Assert.All(others, o => Assert.Contains("✓ gereproduceerd", NotebookRuns.Data(o, "text/html")));
    }

    [Fact]
    public async Task Cross_case_notebook_asks_new_questions_and_draws_and_saves_three_charts()
    {
        var (result, output) = await NotebookRuns.RunAsync("04-cross-case-vergelijking.ipynb");
        Assert.True(result.Succeeded, result.Failure?.ToString());
        var notebook = result.Notebook;

        var willen = HtmlParts.Table(NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "\"kenmerk.willen\", \"cluster\"").Single(), "text/html"), "Willen × cluster");
        Assert.Equal("18", HtmlParts.Row(willen, "Totaal")[^1]);
        // The dissertation's finding in the data: willen separates followers from the rest.
        Assert.Equal(["7", "0", "0", "7"], HtmlParts.Row(willen, "+"));
        Assert.Equal(["0", "2", "4", "6"], HtmlParts.Row(willen, "-"));
        var size = HtmlParts.Table(NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "\"aanbieder.omvang\", \"cluster\"").Single(), "text/html"), "Omvang × cluster");
        Assert.Equal(["50.0%", "20.0%", "30.0%", "100.0%"], HtmlParts.Row(size, "groot (> 40 miljoen)"));
        var filtered = NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "var filter = ").Single(), "text/html");
        Assert.Contains("Filter: aanbieder.leeftijd=oud", filtered);
        Assert.Equal("9", HtmlParts.Row(HtmlParts.Table(filtered, "Specialisatie × cluster"), "Totaal")[^1]);

        foreach (var (call, trace) in new[] { ("ChartView.ResponsesPerCase(study, codebook)", "bar"), ("ChartView.FactorProfiles(study, codebook)", "heatmap"), ("ChartView.ResponseChanges(study, codebook)", "sankey") })
        {
            var chart = NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, call).Single(), "text/html");
            Assert.Contains("<figure class=\"jhr-chart\"", chart);
            Assert.Contains($"\"type\":\"{trace}\"", chart);
        }
        // plotly.js once per executed notebook, in the first chart's output: the later charts share it.
        var html = notebook.Cells.SelectMany(c => c.Outputs).Select(o => NotebookRuns.Data(o, "text/html")).ToList();
        Assert.Equal(1, html.Sum(h => System.Text.RegularExpressions.Regex.Count(h, "<script data-jhr-library=\"plotly-")));
        Assert.Contains("data-jhr-library", NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "ChartView.ResponsesPerCase(study, codebook)").Single(), "text/html"));
        var bytes = System.Text.Encoding.UTF8.GetByteCount(notebook.ToJson());
        Assert.True(bytes < 5_000_000, $"executed notebook is {bytes:N0} bytes");
        Assert.Equal(["factorprofielen.html", "reacties-per-case.html", "veranderingen.html"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(NotebookRuns.Folder, "output")), "tests must not write into notebooks/output");
    }
}
