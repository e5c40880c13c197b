using System.Text.Json.Nodes;

namespace Jeugdhulp.Research.Notebooks.Tests.Runner;

public class NotebookLintTests
{
    [Fact]
    public void Missing_Polyglot_metadata_and_non_CSharp_cells_are_reported_with_their_cell()
    {
        var problems = NotebookLint.Check(Notebook.Load(RunnerPaths.Fixture("lint-missing-metadata.ipynb"))).Select(p => p.ToString()).ToList();

        Assert.Contains(problems, p => p.StartsWith("notebook: metadata.language_info.name must be \"polyglot-notebook\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("notebook: metadata.polyglot_notebook.kernelInfo is missing", StringComparison.Ordinal));
        Assert.Contains("cell 2 (id 'bare'): metadata.polyglot_notebook.kernelName is missing (VS Code writes \"csharp\").", problems);
        Assert.Contains("cell 3 (id 'fs'): is a 'fsharp' cell; notebooks hold C# only.", problems);
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void An_output_that_loads_scripts_from_the_internet_is_reported()
    {
        var problems = NotebookLint.Check(Notebook.Load(RunnerPaths.Fixture("lint-internet-script.ipynb")));

        Assert.All(problems, p => Assert.Equal(2, p.CellNumber));
        Assert.Contains(problems, p => p.Message.Contains("require.config path https://cdn.plot.ly/plotly-2.27.0.min", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("<script src=\"https://cdn.jsdelivr.net/npm/mermaid/dist/mermaid.min.js\">", StringComparison.Ordinal));
        Assert.Equal(2, problems.Count);
    }

    [Theory]
    [InlineData("<script src=\"https://unpkg.com/lib.js\"></script>", true)]
    [InlineData("<script src='//cdn.example.org/lib.js'></script>", true)]
    [InlineData("<script>import('https://esm.sh/d3')</script>", true)]
    [InlineData("<p>see https://cdnjs.cloudflare.com/x.js</p>", false)]
    [InlineData("<script>var u = \"https://cdn.plot.ly/plotly.min.js\"; var t = '<a href=\"https://cdn.example.org\">';</script>", false)]
    [InlineData("<img src=\"https://cdn.example.org/pixel.gif\">", true)]
    [InlineData("<link rel=\"stylesheet\" href=\"https://cdn.example.org/x.css\">", true)]
    [InlineData("<iframe srcdoc=\"&lt;script src=&quot;https://cdn.plot.ly/plotly.min.js&quot;&gt;&lt;/script&gt;\"></iframe>", true)]
    [InlineData("<script>var x = 1;</script><a href=\"https://example.org\">bron</a>", false)]
    public void Only_remote_scripts_count(string html, bool reported)
    {
        var notebook = PolyglotMetadata.CreateNotebook();
        var cell = PolyglotMetadata.CreateCodeCell("x");
        cell.Outputs.Add(new JsonObject { ["data"] = new JsonObject { ["text/html"] = html }, ["metadata"] = new JsonObject(), ["output_type"] = "display_data" });
        notebook.AddCell(cell);

        Assert.Equal(reported, NotebookLint.Check(notebook).Count > 0);
    }

    [Fact]
    public void The_runners_own_chart_output_passes()
    {
        // Inline plotly.js is full of URL strings (its CDN, MathJax, topojson); none of them loads anything.
        var notebook = PolyglotMetadata.CreateNotebook();
        var cell = PolyglotMetadata.CreateCodeCell("ChartView.ResponseChanges(study, codebook)");
        var html = Jeugdhulp.Research.Charts.ChartView.ResponseChanges(Display.DisplayFixture.Study, Display.DisplayFixture.Codebook).ToHtml();
        Assert.Contains("https://cdn.plot.ly", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        cell.Outputs.Add(new JsonObject { ["data"] = new JsonObject { ["text/html"] = html }, ["metadata"] = new JsonObject(), ["output_type"] = "display_data" });
        notebook.AddCell(cell);

        Assert.Empty(NotebookLint.Check(notebook));
    }

    [Fact]
    public void A_magic_command_for_another_language_is_reported()
    {
        var notebook = PolyglotMetadata.CreateNotebook();
        notebook.AddCell(PolyglotMetadata.CreateCodeCell("#!pwsh\nGet-ChildItem"));

        var problem = Assert.Single(NotebookLint.Check(notebook));
        Assert.Equal("cell 1: starts with '#!pwsh'; only C# (#!csharp) cells are allowed.", problem.ToString());
    }
}
