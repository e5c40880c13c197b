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
        foreach (var (row, groningen) in new (string, string)[]
        {
            ("Hiërarchische sturing", ""), ("Afdwingbare regels", "-"), ("Afdwingen van regels", ""), ("Normatieve ondersteuning regels", ""),
            ("Informele hiërarchie", ""), ("Netwerksturing", "+/- (gemengd)"), ("Gezamenlijke afspraken", ""), ("Andere aanbieders volgen afspraken op", ""),
            ("Draagvlak voor afspraken", ""), ("Faciliteren uitvoering afspraken", ""), ("Deelname aan netwerk", ""), ("Marktsturing", ""),
            ("Fragmentatie organisatieveld", "onbekend"), ("Keuze op functioneren", ""), ("Competitie", ""), ("Ruimte", "onbekend"),
            ("Adaptief vermogen", "onbekend"), ("Onzekerheid", "+"), ("Sturingsintensiteit richting de aanbieder", "weinig sturing"), ("Hybride sturing", ""),
            ("Ruimte (tweezijdig)", ""), ("Kanalen voor sturing", "-"), ("Contract en inkoop", "ingezet"), ("Bekostiging en budget", ""),
            ("Toegang en beschikking", "ingezet"), ("Verwijzers", ""), ("Regelgeving", "ontbreekt"), ("Informatie en verantwoording", ""),
            ("Relationele fora", "voorgesteld"), ("Organisatiestructuur", "ingezet"), ("Netwerksturingsvorm tussen gemeenten (Provan & Kenis)", "mengvorm"),
            ("Aantal deelnemers", "meer dan acht deelnemers"), ("Vertrouwen tussen de deelnemers", "onbekend"), ("Consensus over de doelen", "onbekend"),
            ("Behoefte aan netwerksturingscompetenties", "+"), ("Beleden manier van sturen", "netwerk"), ("Uitgevoerde manier van sturen", "markt"),
        })
        {
            var cells = HtmlParts.Row(matrix, row);
            Assert.Equal(8, cells.Count); // five cases, three regions
            Assert.Equal(groningen, WebUtility.HtmlDecode(cells[5]));
        }
        Assert.Equal("+", HtmlParts.Row(matrix, "Hiërarchische sturing")[0]); // Rijn, as Table 4.2

        var fit = WebUtility.HtmlDecode(NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "Netwerkvorm en passendheid").Single(), "text/html"));
        Assert.Contains("past niet (maximaal acht deelnemers: nee", fit, StringComparison.Ordinal);

        var behaviour = WebUtility.HtmlDecode(NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "Aanbiedersgedrag volgens anderen").Single(), "text/html"));
        Assert.Contains("wachtlijsten bij aanbieders vullen vrijgekomen ruimte", behaviour, StringComparison.Ordinal);
        Assert.DoesNotContain(">self<", behaviour, StringComparison.Ordinal);

        var register = WebUtility.HtmlDecode(NotebookRuns.Data(NotebookRuns.OutputsOf(notebook, "RecommendationRegister.ToTable(").Single(), "text/html"));
        Assert.Contains("Stel een extra controlemechanisme in op de beschikkingen", register, StringComparison.Ordinal);
    }
}
