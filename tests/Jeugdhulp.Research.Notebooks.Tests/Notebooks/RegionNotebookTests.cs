using System.Net;
using Jeugdhulp.Research.Notebooks.Tests.Display;

namespace Jeugdhulp.Research.Notebooks.Tests.Notebooks;

/// <summary>Notebook 07: the three regions of data/regios beside the five cases, run headlessly.</summary>
public class RegionNotebookTests
{
    [Fact]
    public async Task The_regions_stand_beside_the_five_cases_and_Groningen_is_right_cell_by_cell()
    {
        var (result, _) = await NotebookRuns.RunAsync("07-eigen-regio.ipynb");
        Assert.True(result.Succeeded, result.Failure?.ToString());
        var notebook = result.Notebook;

        var html = NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "Matrices.SteeringMatrix(").Single(), "text/html");
        var matrix = HtmlParts.Table(html, "Sturingskenmerken per case");
        // Groningen's column, cell by cell: the table's text, and the heatmap's score on its stepped scale
        // (-1 = - or ontbreekt, 0 = +/- or voorgesteld, 1 = + or ingezet, 2 = a value without direction or onbekend, null = not coded).
        var groningenCells = new (string Row, string Text, double? Z)[]
        {
            ("Hiërarchische sturing", "", null), ("Afdwingbare regels", "-", -1), ("Afdwingen van regels", "", null), ("Normatieve ondersteuning regels", "", null),
            ("Informele hiërarchie", "", null), ("Netwerksturing", "+/- (gemengd)", 0), ("Gezamenlijke afspraken", "", null), ("Andere aanbieders volgen afspraken op", "", null),
            ("Draagvlak voor afspraken", "", null), ("Faciliteren uitvoering afspraken", "", null), ("Deelname aan netwerk", "", null), ("Marktsturing", "", null),
            ("Fragmentatie organisatieveld", "onbekend", 2), ("Keuze op functioneren", "", null), ("Competitie", "", null), ("Ruimte", "onbekend", 2),
            ("Adaptief vermogen", "onbekend", 2), ("Onzekerheid", "+", 1), ("Sturingsintensiteit richting de aanbieder", "weinig sturing", 2), ("Hybride sturing", "", null),
            ("Ruimte (tweezijdig)", "", null), ("Kanalen voor sturing", "-", -1), ("Contract en inkoop", "ingezet", 1), ("Bekostiging en budget", "", null),
            ("Toegang en beschikking", "ingezet", 1), ("Verwijzers", "", null), ("Regelgeving", "ontbreekt", -1), ("Informatie en verantwoording", "", null),
            ("Relationele fora", "voorgesteld", 0), ("Organisatiestructuur", "ingezet", 1), ("Netwerksturingsvorm tussen gemeenten (Provan & Kenis)", "mengvorm", 2),
            ("Aantal deelnemers", "meer dan acht deelnemers", 2), ("Vertrouwen tussen de deelnemers", "onbekend", 2), ("Consensus over de doelen", "onbekend", 2),
            ("Behoefte aan netwerksturingscompetenties", "+", 1), ("Beleden manier van sturen", "netwerk", 2), ("Uitgevoerde manier van sturen", "markt", 2),
        };
        foreach (var (row, groningen, _) in groningenCells)
        {
            var cells = HtmlParts.Row(matrix, row);
            Assert.Equal(8, cells.Count); // five cases, three regions
            Assert.Equal(groningen, WebUtility.HtmlDecode(cells[5]));
        }
        Assert.Equal("+", HtmlParts.Row(matrix, "Hiërarchische sturing")[0]); // Rijn, as Table 4.2

        // The same matrix as a heatmap: same rows and columns, Groningen's labels and scores cell by cell, plotly.js inlined once.
        var chart = NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "ChartView.SteeringHeatmap(").Single(), "text/html");
        Assert.Contains("<figure class=\"jhr-chart\"", chart);
        var trace = PlotlyTrace(chart);
        Assert.Equal("heatmap", (string?)trace["type"]);
        var columns = trace["x"]!.AsArray().Select(x => (string?)x).ToList();
        Assert.Equal(8, columns.Count);
        Assert.Equal("Groningen (RIGG) [regio's]", columns[5]);
        Assert.Equal(groningenCells.Select(c => c.Row), trace["y"]!.AsArray().Select(y => (string?)y));
        for (var i = 0; i < groningenCells.Length; i++)
        {
            Assert.Equal(groningenCells[i].Text, ((string?)trace["text"]![i]![5])!.Replace("<br>", " ", StringComparison.Ordinal)); // long labels break over lines
            Assert.Equal(groningenCells[i].Z, trace["z"]![i]![5] is { } z ? z.GetValue<double>() : null);
        }
        Assert.Equal("%{text}", (string?)trace["texttemplate"]); // the value is written in the cell, not told by colour alone
        Assert.Equal(["#D55E00", "#F0E442", "#56B4E9", "#d9d9d9"], trace["colorscale"]!.AsArray().Select(s => (string)s![1]!).Distinct());
        var all = notebook.Cells.SelectMany(c => c.Outputs).Select(o => NotebookRuns.Data(o, "text/html"));
        Assert.Equal(1, all.Sum(h => System.Text.RegularExpressions.Regex.Count(h, "<script data-jhr-library=\"plotly-")));

        var fit = WebUtility.HtmlDecode(NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "Netwerkvorm en passendheid").Single(), "text/html"));
        Assert.Contains("past niet (maximaal acht deelnemers: nee", fit, StringComparison.Ordinal);

        var behaviour = WebUtility.HtmlDecode(NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "Aanbiedersgedrag volgens anderen").Single(), "text/html"));
        Assert.Contains("wachtlijsten bij aanbieders vullen vrijgekomen ruimte", behaviour, StringComparison.Ordinal);
        Assert.DoesNotContain(">self<", behaviour, StringComparison.Ordinal);

        var register = WebUtility.HtmlDecode(NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "RecommendationRegister.ToTable(").Single(), "text/html"));
        Assert.Contains("Stel een extra controlemechanisme in op de beschikkingen", register, StringComparison.Ordinal);
    }

    /// <summary>The first trace of a Plotly.NET chart fragment (the JSON in its <c>var data = [...]</c>).</summary>
    private static System.Text.Json.Nodes.JsonNode PlotlyTrace(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, @"var data = (\[.*?\]);\s*var layout", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(match.Success, "no plotly data in the chart output");
        return System.Text.Json.Nodes.JsonNode.Parse(match.Groups[1].Value)!.AsArray()[0]!;
    }
}
