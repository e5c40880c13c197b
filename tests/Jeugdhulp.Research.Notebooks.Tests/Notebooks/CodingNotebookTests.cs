using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Display;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Notebooks.Tests.Display;
using Microsoft.DotNet.Interactive.Formatting;

namespace Jeugdhulp.Research.Notebooks.Tests.Notebooks;

/// <summary>
/// Notebook 02 (coding transcripts) runs headlessly and shows what the corpus README documents: the highlighted
/// transcript, the classification per unit and period and per unit, the evidence with its flag, an override beside
/// its derived value, and the cross-case tables through the comparison engine of data/.
/// </summary>
public sealed partial class CodingNotebookTests
{
    private const string FileName = "02-transcripten-coderen.ipynb";

    private static async Task<Notebook> RunAsync()
    {
        var (result, _) = await NotebookRuns.RunAsync(FileName);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        return result.Notebook;
    }

    private static string Html(Notebook notebook, string sourcePart) =>
        string.Concat(NotebookRuns.OutputsOf(notebook, sourcePart).Select(o => NotebookRuns.Data(o, "text/html")));

    private static string Stream(Notebook notebook, string sourcePart) =>
        string.Concat(NotebookRuns.OutputsOf(notebook, sourcePart).Where(o => (string?)o["output_type"] == "stream").Select(o => o["text"] switch
        {
            JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
            JsonNode text => text.GetValue<string>(),
            _ => "",
        }));

    /// <summary>The column headers and the rows (every cell, decoded) of an HTML table whose row headers need not be unique.</summary>
    private static (List<string> Header, List<string[]> Rows) Grid(string table)
    {
        var header = HeaderRegex().Matches(table[..table.IndexOf("</thead>", StringComparison.Ordinal)]).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        var body = table[table.IndexOf("<tbody>", StringComparison.Ordinal)..];
        var rows = RowRegex().Matches(body).Select(r => CellRegex().Matches(r.Groups[1].Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value)).ToArray()).ToList();
        return (header, rows);
    }

    /// <summary>The header and rows of a Markdown table between two HTML comment markers in data/corpus/README.md.</summary>
    private static (string[] Header, List<string[]> Rows) Readme(string name)
    {
        var text = File.ReadAllText(DisplayFixture.RepoFile("data", "corpus", "README.md"));
        var start = text.IndexOf($"<!-- {name}:start -->", StringComparison.Ordinal);
        var end = text.IndexOf($"<!-- {name}:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"data/corpus/README.md lacks the {name} table");
        var lines = text[start..end].Split('\n').Where(l => l.StartsWith('|')).Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
        return (lines[0], [.. lines.Skip(2)]);
    }

    /// <summary>The notebook's table cut down to the README's columns, in the README's column order.</summary>
    private static List<string[]> InReadmeColumns((List<string> Header, List<string[]> Rows) grid, string[] readmeHeader) =>
        [.. grid.Rows.Select(r => readmeHeader.Select(h => r[grid.Header.IndexOf(h)]).ToArray())];

    [Fact]
    public async Task The_transcript_is_shown_with_both_coders_passages_marked_and_the_speaker_turns_set_off()
    {
        var notebook = await RunAsync();
        var html = Html(notebook, "project.ShowSource(sourceId)");
        var root = XElement.Parse(html, LoadOptions.PreserveWhitespace);
        var text = root.Descendants("div").Single(d => (string?)d.Attribute("class") == "jhr-text");
        var marks = text.Descendants("mark").ToList();

        Assert.StartsWith("<div class=\"jhr-display jhr-coded-source\" data-source=\"kustwijk-eikenhof-beleid-2019\">", html);
        Assert.Contains("<span class=\"jhr-fictitious\">FICTIEF</span>", html);
        Assert.Contains("<caption>Gecodeerde passages (11)</caption>", html);
        Assert.Equal(11, marks.Select(m => (string)m.Attribute("data-seg")!).Distinct().Count());
        Assert.Equal(6, marks.Count(m => (string)m.Attribute("data-coder")! == "coderA"));
        Assert.Equal(5, marks.Count(m => (string)m.Attribute("data-coder")! == "coderB"));
        // Only coderA codes the refusal (README: omission); the two coders' budgetplafonds spans nest.
        var refusal = marks.Single(m => (string)m.Attribute("data-code")! == "reactie.trotseren");
        Assert.Equal(("coderA", "self", "In die nieuwe productstructuur gaan we niet mee"), ((string)refusal.Attribute("data-coder")!, (string)refusal.Attribute("data-account")!, refusal.Value));
        var balanceren = marks.Single(m => (string)m.Attribute("data-code")! == "reactie.compromis-sluiten.balanceren");
        Assert.Equal("coderB", (string)balanceren.Attribute("data-coder")!);
        var conformeren = Assert.Single(balanceren.Elements("mark"));
        Assert.Equal(("reactie.volgen.conformeren", "coderA", "de budgetplafonds hanteren we natuurlijk wel"),
            ((string)conformeren.Attribute("data-code")!, (string)conformeren.Attribute("data-coder")!, conformeren.Value));
        Assert.Equal("de budgetplafonds hanteren we natuurlijk wel, anders worden we niet betaald",
            string.Concat(balanceren.DescendantNodes().OfType<XText>().Where(t => t.Parent!.Name != "sup").Select(t => t.Value)));
        Assert.Contains("<sup class=\"jhr-tag\" data-seg=\"9\">9 reactie.trotseren @coderA</sup>", html);
        var speakers = text.Descendants("span").Where(s => (string?)s.Attribute("class") == "jhr-speaker").Select(s => s.Value).ToList();
        Assert.Equal(["**Interviewer:** ", "**Samir Bouzid (beleid):** ", "**Interviewer:** ", "**Samir Bouzid (beleid):** ", "**Interviewer:** ", "**Samir Bouzid (beleid):** "], speakers);
    }

    [Fact]
    public async Task The_classification_per_unit_and_period_and_per_unit_is_the_one_the_corpus_README_documents()
    {
        var notebook = await RunAsync();
        var html = Html(notebook, "ClassificationTables.Periods([.. perCodeur, gepoold])");
        var periods = Grid(HtmlParts.Table(html, "Reactie en cluster per eenheid en periode"));
        var (periodHeader, expectedPeriods) = Readme("expected-periods");

        Assert.Equal(15, expectedPeriods.Count);
        Assert.Equal(expectedPeriods, InReadmeColumns(periods, periodHeader));
        var kwartel = periods.Rows.Single(r => r[0] == "gepoold" && r[1] == "heidestein.kwartel");
        Assert.Equal("vermijden 5 (50 %), domineren 4 (40 %), compromis-sluiten 1 (10 %)", kwartel[periods.Header.IndexOf("reacties (segmenten, aandeel)")]);
        var eikenhof2 = periods.Rows.Single(r => r[0] == "coderA" && r[1] == "kustwijk.eikenhof" && r[2] == "2");
        Assert.Equal(["vanaf 2018", "trotseren 4 (80 %), volgen 1 (20 %)"], eikenhof2[3..5]);

        var units = Grid(HtmlParts.Table(Html(notebook, "ClassificationTables.Units([.. perCodeur, gepoold])"), "Cluster en factorprofiel per eenheid"));
        var (unitHeader, expectedUnits) = Readme("expected-units");
        Assert.Equal(12, expectedUnits.Count);
        Assert.Equal(expectedUnits, InReadmeColumns(units, unitHeader));
    }

    [Fact]
    public async Task Volgen_on_paper_becomes_verbergen_and_the_counting_rules_decide_where_the_method_asks_the_researcher()
    {
        var notebook = await RunAsync();
        var printed = Stream(notebook, "var codeurA = CoderSelection.Of(project.Coders[0].Id);");

        Assert.Contains("heidestein.reigersbos p1, 'Reigersbos Jeugdpraktijk levert per kwartaal de wachttijden aan zoals in de overeenkomst bepaald'\n", printed);
        Assert.Contains("  met aangepaste werkwijze: cluster volgen; wachttijden: volgen; tarieven: compromis-sluiten\n", printed);
        Assert.Contains("  alleen op papier:         cluster niet-volgen; wachttijden: vermijden; tarieven: compromis-sluiten\n", printed);
        Assert.Contains($"  {RuleNames.FollowingNeedsPractice}: volgen alleen op papier: voorgesteld als vermijden/verbergen (r. 2313-2315, 3018-3020)\n", printed);
        Assert.Contains($"kustwijk.eikenhof p2: segmenttelling niet-volgen ({RuleNames.ClusterMajority}), methode gemengd ({RuleNames.ResearcherJudges})\n", printed);
    }

    [Fact]
    public async Task The_evidence_of_Reigersbos_rests_only_on_others_accounts_and_is_flagged()
    {
        var notebook = await RunAsync();
        var html = Html(notebook, "ClassificationTables.Evidence(reigersbos, project.Codebook)");
        var evidence = Grid(HtmlParts.Table(html, "Bewijs voor heidestein.reigersbos, periode 1, cluster: volgen"));

        Assert.Equal(["nr", "steunt", "code", "waarde", "codeur", "account", "spreker", "bron@offsets", "citaat"], evidence.Header);
        Assert.Equal(
        [
            ["1", "nee", "reactie.compromis-sluiten.pacificeren", "", "coderA", "municipality", "Fatima El Amrani", "heidestein-gemeente-beleid-2020@587-667", "Ze hebben ingestemd met de nieuwe tarieven in ruil voor een langere contractduur"],
            ["2", "nee", "reactie.trotseren.negeren", "", "coderB", "municipality", "Fatima El Amrani", "heidestein-gemeente-beleid-2020@674-720", "de extra rapportages leveren ze gewoonweg niet"],
            ["3", "ja", "reactie.volgen.conformeren", "", "coderA", "document-author", "", "heidestein-inkoopdocument-2020@234-330", "Reigersbos Jeugdpraktijk levert per kwartaal de wachttijden aan zoals in de overeenkomst bepaald"],
        ], evidence.Rows);
        var decoded = WebUtility.HtmlDecode(html);
        Assert.Contains("Regel: M4-hoofdeisen-voeren-de-boventoon: volgen (hoofdeis afspraken over wachttijden, verantwoord per kwartaal: volgen (volgen)", decoded);
        Assert.Contains("⚑ A1-alleen-accounts-van-anderen: dit oordeel berust alleen op accounts van anderen (document-author), niet op de organisatie zelf.", decoded);
    }

    [Fact]
    public async Task The_override_in_memory_is_shown_beside_the_derived_value_and_overrides_csv_stays_as_it_is()
    {
        var notebook = await RunAsync();
        var cell = "var herzien = Classifier.Classify(herzienProject, CoderSelection.Pooled);";
        var printed = Stream(notebook, cell);
        var overrides = Grid(HtmlParts.Table(Html(notebook, cell), "Overrides: afgeleid en geldend"));

        Assert.Contains("kustwijk.eikenhof kenmerk.kunnen zonder override: +/-\n", printed);
        Assert.Contains("kustwijk.eikenhof kenmerk.kunnen met override:    - (afgeleid: +/-; F1-factor-meerderheid: gemengd ('+' 1, '-' 1) (F2-groep-bundelt-subvariabelen))\n", printed);
        Assert.Contains("overrides.csv ongewijzigd: 3 override(s) in het bestand\n", printed);
        Assert.Equal(["codeur", "eenheid", "periode", "variabele", "afgeleid", "geldend (override)", "reden", "door", "datum", "vastgelegd in"], overrides.Header);
        Assert.Equal(
        [
            ["gepoold", "kustwijk.eikenhof", "2", "cluster", "gemengd", "niet-volgen", overrides.Rows[0][6], "onderzoeker", "2024-05-14", "overrides.csv regel 3"],
            ["gepoold", "kustwijk.eikenhof", "", "kenmerk.kunnen", "+/-", "-",
                "FICTIEF: het projectteam transformatie is na een jaar opgeheven; in de periode van de laatste reactie (vanaf 2018) ontbrak dat vermogen", "onderzoeker", "2024-06-03", "niet uit een bestand"],
            ["gepoold", "heidestein.kwartel", "1", "cluster", "gemengd", "niet-volgen", overrides.Rows[2][6], "onderzoeker", "2024-05-14", "overrides.csv regel 4"],
            ["gepoold", "heidestein.reigersbos", "1", "cluster", "volgen", "volgen",
                "FICTIEF: in een nagesprek (member check) bevestigde Reigersbos zelf dat zij de afspraken volgt; de codering berust alleen op accounts van de gemeente en het inkoopdocument", "onderzoeker", "2024-05-14", "overrides.csv regel 2"],
        ], overrides.Rows);

        var factors = HtmlParts.Table(Html(notebook, "ClassificationTables.Factors(herzien.Find(voorbeeld)!)"), "Organisatiekenmerken van kustwijk.eikenhof");
        Assert.Equal(["-", "+/-", "2", "self", ""], HtmlParts.Row(factors, "kenmerk.kunnen").Take(5));
        var before = HtmlParts.Table(Html(notebook, "ClassificationTables.Factors(gepoold.Find(voorbeeld)!)"), "Organisatiekenmerken van kustwijk.eikenhof");
        Assert.Equal(["+/-", "+/-"], HtmlParts.Row(before, "kenmerk.kunnen").Take(2));
        Assert.Equal(3, CodingProjectLoader.Load(DisplayFixture.RepoFile("data", "corpus")).Overrides.Length);
    }

    [Fact]
    public async Task The_cross_case_tables_count_the_classified_units_through_the_comparison_engine()
    {
        var notebook = await RunAsync();
        var caseCluster = HtmlParts.Table(Html(notebook, "CrossTab.Build(eenheden, vocabulaire, \"case\", \"cluster\")"), "Case × cluster (voorbeeldcorpus, FICTIEF)");

        Assert.Contains("<th>volgen</th><th>niet-volgen</th><th>niets-doen</th><th>Totaal</th>", caseCluster);
        Assert.Equal(["0", "1", "1", "2"], HtmlParts.Row(caseCluster, "Kustwijk"));
        Assert.Equal(["1", "1", "0", "2"], HtmlParts.Row(caseCluster, "Heidestein"));
        Assert.Equal(["1", "2", "1", "4"], HtmlParts.Row(caseCluster, "Totaal"));
        Assert.Contains("title=\"kustwijk.eikenhof\"", caseCluster);
        // The same counts follow from the README's pooled unit clusters (the unit id starts with its case).
        var (header, units) = Readme("expected-units");
        var pooled = units.Where(r => r[0] == "gepoold").Select(r => (Case: r[1].Split('.')[0], Cluster: r[Array.IndexOf(header, "cluster eenheid")])).ToList();
        foreach (var (row, @case) in new[] { ("Kustwijk", "kustwijk"), ("Heidestein", "heidestein") })
            Assert.Equal(new[] { "volgen", "niet-volgen", "niets-doen" }.Select(c => pooled.Count(u => u.Case == @case && u.Cluster == c).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                HtmlParts.Row(caseCluster, row).Take(3));

        var kunnen = Html(notebook, "Kunnen × cluster, zonder de override{fictief}");
        var without = HtmlParts.Table(kunnen, "Kunnen × cluster, zonder de override");
        var with = HtmlParts.Table(kunnen, "Kunnen × cluster, met de override");
        Assert.Equal(["0", "0", "1", "1"], HtmlParts.Row(without, "-"));
        Assert.Equal(["0", "2", "0", "2"], HtmlParts.Row(without, "+/- (gemengd)"));
        Assert.Equal(["0", "1", "1", "2"], HtmlParts.Row(with, "-"));
        Assert.Equal(["0", "1", "0", "1"], HtmlParts.Row(with, "+/- (gemengd)"));
        Assert.Equal(["1", "0", "0", "1"], HtmlParts.Row(with, "onbekend"));
    }

    [Fact]
    public void The_kernel_formatter_finds_the_coded_source_view_by_convention()
    {
        var project = CodingProjectLoader.Load(DisplayFixture.RepoFile("data", "corpus"));
        var view = project.ShowSource("kustwijk-eikenhof-beleid-2019");

        var html = view.ToDisplayString(HtmlFormatter.MimeType);

        Assert.Equal(view.ToHtml(), html);
        Assert.StartsWith("<div class=\"jhr-display jhr-coded-source\"", html);
    }

    [GeneratedRegex("<th(?:\\s[^>]*)?>(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex HeaderRegex();

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowRegex();

    [GeneratedRegex("<t[hd](?:\\s[^>]*)?>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex CellRegex();
}
