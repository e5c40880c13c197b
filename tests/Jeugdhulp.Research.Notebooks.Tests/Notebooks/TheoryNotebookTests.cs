using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jeugdhulp.Research.Notebooks.Tests.Display;
using Jeugdhulp.Research.Theory;
using Jeugdhulp.Research.Theory.Display;
using Microsoft.DotNet.Interactive.Formatting;

namespace Jeugdhulp.Research.Notebooks.Tests.Notebooks;

/// <summary>
/// Notebook 05 (expectations and QCA) runs headlessly and shows the dissertation's expectations tested on the 18 units
/// and a crisp-set QCA of volgen. The expected values were computed independently of the toolkit, from
/// data/unit-factors.csv and data/unit-classification.csv (rows without a period) with a short script: the rules of
/// data/propositions.yaml applied by hand, and the truth table, necessity and a brute-force minimisation over all 81
/// terms of four conditions. The deviant units equal those of BundledPropositionsTests in the Theory tests.
/// </summary>
public sealed partial class TheoryNotebookTests
{
    private const string FileName = "05-verwachtingen-en-qca.ipynb";

    private static async Task<Notebook> Run()
    {
        var (result, _) = await NotebookRuns.RunAsync(FileName);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        return result.Notebook;
    }

    private static string Html(Notebook notebook, string sourcePart) =>
        string.Concat(NotebookRuns.OutputsOf(notebook, sourcePart).Select(o => NotebookRuns.Data(o, "text/html")));

    /// <summary>What a cell wrote to the console (stream outputs).</summary>
    private static string Text(Notebook notebook, string sourcePart) =>
        string.Concat(NotebookRuns.OutputsOf(notebook, sourcePart).Select(o => o["text"] switch
        {
            JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
            JsonValue value => value.GetValue<string>(),
            _ => "",
        }));

    /// <summary>The text of an HTML fragment without tags, decoded: notes and headings sit outside the tables.</summary>
    private static string Plain(string html) => WebUtility.HtmlDecode(Tags().Replace(html, ""));

    /// <summary>The row headers of a table's body, in order.</summary>
    private static string[] RowHeaders(string table) =>
        [.. BodyRowHeader().Matches(table[table.IndexOf("<tbody>", StringComparison.Ordinal)..]).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [Fact]
    public async Task Hit_rates_and_deviant_units_of_every_proposition_are_those_computed_from_the_data()
    {
        var notebook = await Run();
        var overview = Html(notebook, "toetsing.ToView(vocabulaire)");
        var rates = HtmlParts.Table(overview, "Trefferpercentages per propositie");
        Assert.Equal(["E3", "E3.1", "E3.2", "E3.3", "E3.4", "E3.5", "E3.6", "E3.7", "E3.8", "E4", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B10"], RowHeaders(rates));
        // hits, deviant, not assessable, out of scope, hit rate, coverage, deviant units
        // By default the values of the period the response belongs to (ResponsePeriodPropositionsTests in the theory
        // tests pin the same counts through the library: B1 18/18, B2 14/14, E3.1 10/12 with Venus and Gezin Centraal).
        Assert.Equal(["7", "0", "6", "5", "1.000", "0.389", ""], HtmlParts.Row(rates, "E3"));
        Assert.Equal(["10", "2", "6", "0", "0.833", "0.667", "maas.venus, maas.gezin-centraal"], HtmlParts.Row(rates, "E3.1"));
        Assert.Equal(["7", "0", "6", "5", "1.000", "0.389", ""], HtmlParts.Row(rates, "E3.7"));
        Assert.Equal(["5", "0", "13", "0", "1.000", "0.278", ""], HtmlParts.Row(rates, "E4"));
        Assert.Equal(["18", "0", "0", "0", "1.000", "1.000", ""], HtmlParts.Row(rates, "B1"));
        Assert.Equal(["14", "0", "0", "4", "1.000", "0.778", ""], HtmlParts.Row(rates, "B2"));
        Assert.Equal(["12", "2", "0", "4", "0.857", "0.778", "maas.1-jeugd, lek.jeugdkracht"], HtmlParts.Row(rates, "B3"));
        Assert.Equal(["9", "4", "0", "5", "0.692", "0.722", "rijn.mars, rijn.gezond-en-wel, maas.venus, waal.orion"], HtmlParts.Row(rates, "B4"));
        Assert.Equal(["11", "0", "7", "0", "1.000", "0.611", ""], HtmlParts.Row(rates, "B5"));
        Assert.Equal(["1", "4", "0", "13", "0.200", "0.278", "rijn.gezond-en-wel, waal.jupiter, waal.gezond-en-wel, lek.gezond-en-wel"], HtmlParts.Row(rates, "B7"));
        // B8 (r. 13342-13344): Rijn follows under adequate steering, elsewhere willen and kunnen decide; the one deviant
        // is 1 Jeugd (compromis sluiten counts as volgen although it is not able, as in B3).
        Assert.Equal(["11", "1", "2", "4", "0.917", "0.667", "maas.1-jeugd"], HtmlParts.Row(rates, "B8"));
        var b8 = Html(notebook, "toetsing[\"B8\"].ToView(vocabulaire)");
        Assert.Contains("✗ 1 afwijkend (maas.1-jeugd)", b8);
        Assert.Contains("<caption>B8: niet te beoordelen</caption>", b8);
        // B9 and B10 (r. 13281-13284) test the responses of the response period, not the cluster: the 12 units without a
        // coalition do not dominate, Neptunus and Jeugdkracht (coalition) do; the losers Mercurius and Orion defy, the
        // winners Pluto, Gezond en Wel IJssel and 1 Jeugd do not (BundledPropositionsTests pins the units).
        Assert.Equal(["14", "0", "4", "0", "1.000", "0.778", ""], HtmlParts.Row(rates, "B9"));
        Assert.Equal(["5", "0", "13", "0", "1.000", "0.278", ""], HtmlParts.Row(rates, "B10"));
        var b9 = Html(notebook, "toetsing[\"B9\"].ToView(vocabulaire)");
        Assert.Contains("✓ geen afwijkende eenheden", b9);
        Assert.Equal(["maas.1-jeugd", "waal.praktijk-jeugdklasse", "waal.gezond-en-wel", "lek.gezond-en-wel"], RowHeaders(HtmlParts.Table(b9, "B9: niet te beoordelen")));
        Assert.Contains("voorspeld × waargenomen reactie van de periode", Plain(b9));
        Assert.Contains("<caption>B10: niet te beoordelen</caption>", Html(notebook, "toetsing[\"B10\"].ToView(vocabulaire)"));
        var conditions = HtmlParts.Table(Html(notebook, "Title = \"De acht voorwaarden van verwachting 3\""), "De acht voorwaarden van verwachting 3");
        Assert.Equal(["E3.1", "E3.2", "E3.3", "E3.4", "E3.5", "E3.6", "E3.7", "E3.8"], RowHeaders(conditions));
        Assert.Equal(["3", "3", "10", "2", "0.500", "0.333", "waal.jupiter, waal.praktijk-jeugdklasse, lek.jeugdkracht"], HtmlParts.Row(conditions, "E3.8"));
        var summary = HtmlParts.Table(overview, "Proposities uit propositions.yaml");
        Assert.Equal("ja: 5 verschillende verdelingen van cluster over 5 cases", HtmlParts.Row(summary, "E1")[1]);
        Assert.Equal("ja: 4 van 5 cases met meer dan één cluster (Maas, IJssel, Waal, Lek)", HtmlParts.Row(summary, "E2")[1]);

        foreach (var id in new[] { "E3", "E4", "B1", "B2" })
        {
            var html = Html(notebook, $"toetsing[\"{id}\"].ToView(vocabulaire)");
            Assert.Contains("✓ geen afwijkende eenheden", html);
            Assert.DoesNotContain("afwijkende eenheden</caption>", html);
            Assert.DoesNotContain("class=\"differs\"", html);
        }
        var within = HtmlParts.Table(Html(notebook, "toetsing[\"E2\"].ToView(vocabulaire)"), "E2: ");
        Assert.Equal(["4", "0", "0", "4"], HtmlParts.Row(within, "Rijn"));

        var b3 = Html(notebook, "toetsing[\"B3\"].ToView(vocabulaire)");
        var b3Deviants = HtmlParts.Table(b3, "B3: afwijkende eenheden");
        Assert.Equal(["maas.1-jeugd", "lek.jeugdkracht"], RowHeaders(b3Deviants));
        var oneJeugd = HtmlParts.Row(b3Deviants, "maas.1-jeugd");
        Assert.Equal(["niet-volgen", "volgen", "", "kenmerk.weten=+; kenmerk.kunnen=-; cluster=volgen"], oneJeugd.Take(4));
        Assert.Contains("kenmerk.kunnen: §5.8 Samenvatting en conclusies, regels 6633-6634", oneJeugd[4]);
        Assert.Equal(["volgen", "niet-volgen", "", "kenmerk.weten=+; kenmerk.kunnen=+; cluster=niet-volgen"], HtmlParts.Row(b3Deviants, "lek.jeugdkracht").Take(4));
        var b3Cross = HtmlParts.Table(b3, "B3: Bevinding");
        // Saturnus (volgen) and Venus, Gezin Centraal and Orion (niet-volgen) take part with the factors of their last period.
        Assert.Equal(["7", "1", "0", "8", "7"], HtmlParts.Row(b3Cross, "voorspeld: volgen"));
        Assert.Equal(["1", "5", "0", "6", "5"], HtmlParts.Row(b3Cross, "voorspeld: niet-volgen"));
        Assert.Contains("<td class=\"differs\" title=\"lek.jeugdkracht\">1</td>", b3Cross);
        Assert.Contains("Rood omlijnd: cellen met afwijkende eenheden", b3);
        Assert.DoesNotContain("publicatie", b3);

        var b4 = Html(notebook, "toetsing[\"B4\"].ToView(vocabulaire)");
        var b4Deviants = HtmlParts.Table(b4, "B4: afwijkende eenheden");
        Assert.Equal(["rijn.mars", "rijn.gezond-en-wel", "maas.venus", "waal.orion"], RowHeaders(b4Deviants));
        Assert.Equal(["niet-volgen", "volgen"], HtmlParts.Row(b4Deviants, "rijn.mars").Take(2));
        Assert.Equal(["volgen", "niet-volgen"], HtmlParts.Row(b4Deviants, "waal.orion").Take(2));
        // Neptunus and Jupiter, not assessable with whole-period values only, are judged with their last period's.
        Assert.DoesNotContain("B4: niet te beoordelen", b4);

        // With values for the whole period only, the six units whose willen or weten differ per period drop out of B1/B2
        // (the counts TheoryDisplayTests pins for PeriodPolicy.UnitLevel); the deviants stay.
        var whole = HtmlParts.Table(Html(notebook, "TheoryTables.HitRates(helePeriode)"), "Trefferpercentages met alleen waarden voor de hele periode");
        Assert.Equal(["17", "0", "1", "0", "1.000", "0.944", ""], HtmlParts.Row(whole, "B1"));
        Assert.Equal(["9", "0", "6", "3", "1.000", "0.500", ""], HtmlParts.Row(whole, "B2"));
        Assert.Equal(["9", "2", "4", "3", "0.818", "0.611", "maas.1-jeugd, lek.jeugdkracht"], HtmlParts.Row(whole, "B3"));
        Assert.Equal(["8", "4", "2", "4", "0.667", "0.667", "rijn.mars, rijn.gezond-en-wel, maas.venus, waal.orion"], HtmlParts.Row(whole, "B4"));
    }

    [Fact]
    public async Task An_own_proposition_written_in_the_notebook_is_evaluated_and_a_typo_is_reported_with_its_position()
    {
        var notebook = await Run();
        var own = Html(notebook, "var eigenYaml = ");
        Assert.Contains("✗ 1 afwijkend (maas.gezin-centraal): 7 van 8 beoordeelde eenheden (88%), dekking 8 van 18 (44%)", Plain(own));
        var deviants = HtmlParts.Table(own, "L1: afwijkende eenheden");
        Assert.Equal(["maas.gezin-centraal"], RowHeaders(deviants));
        Assert.Equal(["volgen", "niet-volgen", "", "kenmerk.weten=+; kenmerk.willen.legitimiteit-sturing=+; cluster=niet-volgen"],
            HtmlParts.Row(deviants, "maas.gezin-centraal").Take(4));
        var cross = HtmlParts.Table(own, "L1: Legitimiteit");
        Assert.Equal(["3", "1", "0", "4", "3"], HtmlParts.Row(cross, "voorspeld: volgen"));
        Assert.Equal(["0", "4", "0", "4", "4"], HtmlParts.Row(cross, "voorspeld: niet volgen")); // Orion's last period: not legitimate
        Assert.Contains("Bron: §9.5.2, regels 13326-13327", Plain(own));

        var error = Text(notebook, "catch (InputException fout)");
        Assert.StartsWith("eigen-propositie.yaml:13:15: unknown-attribute: Unknown attribute 'kenmerk.willen.legitimiteit'", error);
    }

    [Fact]
    public async Task Qca_of_volgen_reports_calibration_truth_table_necessity_and_the_three_solutions_exactly()
    {
        var notebook = await Run();
        var calibration = Html(notebook, "var qca = UnitQca.Run(");
        var missing = HtmlParts.Table(calibration, "Ontbrekende waarden na kalibratie");
        Assert.Equal(14, RowHeaders(missing).Length);
        Assert.Equal(["moeten", "+/-", "regel: +/- → ontbreekt"], HtmlParts.Row(missing, "ijssel.mercurius"));
        var membership = HtmlParts.Table(calibration, "Crisp-lidmaatschap per eenheid");
        Assert.Equal(["1", "1", "1", "0", "1", "ja"], HtmlParts.Row(membership, "maas.1-jeugd"));
        Assert.Equal(["1", "1", "", "", "1", "nee"], HtmlParts.Row(membership, "rijn.saturnus"));
        Assert.Equal(9, Regex.Count(membership, "<td>ja</td>"));

        var truthHtml = Html(notebook, "QcaTables.TruthTable(waarheidstabel)");
        var truth = HtmlParts.Table(truthHtml, "Waarheidstabel voor volgen");
        Assert.Equal(["3", "11", "14", "15", "16"], RowHeaders(truth));
        // weten willen kunnen moeten | OUT n incl PRI | units
        Assert.Equal(["0", "0", "1", "0", "0", "1", "0.000", "0.000", "waal.gezond-en-wel"], HtmlParts.Row(truth, "3"));
        Assert.Equal(["1", "0", "1", "0", "0", "1", "0.000", "0.000", "lek.jeugdkracht"], HtmlParts.Row(truth, "11"));
        Assert.Equal(["1", "1", "0", "1", "1", "1", "1.000", "1.000", "maas.1-jeugd"], HtmlParts.Row(truth, "14"));
        Assert.Equal(["1", "1", "1", "0", "1", "2", "1.000", "1.000", "rijn.mars, rijn.gezond-en-wel"], HtmlParts.Row(truth, "15"));
        Assert.Equal(["1", "1", "1", "1", "1", "4", "1.000", "1.000", "rijn.de-jeugdfirma, maas.juveniele, ijssel.pluto, ijssel.gezond-en-wel"], HtmlParts.Row(truth, "16"));
        Assert.Contains("5 geobserveerde rijen, 11 logische restrijen (remainders), 9 eenheden in de analyse.", Plain(truthHtml));
        Assert.Contains("Tegenstrijdige rijen: geen.", Plain(truthHtml));
        Assert.Contains("Uitgesloten eenheden (ontbrekende waarden): rijn.saturnus (willen, kunnen); maas.venus (willen); maas.gezin-centraal (willen, kunnen); "
            + "ijssel.mercurius (moeten); waal.orion (willen, kunnen); waal.jupiter (weten, kunnen); waal.praktijk-jeugdklasse (kunnen); "
            + "lek.neptunus (willen, moeten); lek.gezond-en-wel (kunnen).", Plain(truthHtml));

        var necessity = HtmlParts.Table(Html(notebook, "QcaTables.Necessity("), "Noodzakelijkheid voor volgen");
        Assert.Equal(["1.000", "0.500", "0.875"], HtmlParts.Row(necessity, "weten"));
        Assert.Equal(["1.000", "1.000", "1.000"], HtmlParts.Row(necessity, "willen"));
        Assert.Equal(["0.857", "0.333", "0.750"], HtmlParts.Row(necessity, "kunnen"));
        Assert.Equal(["0.714", "1.000", "1.000"], HtmlParts.Row(necessity, "moeten"));
        Assert.Equal(["0.000", "0.778", "0.000"], HtmlParts.Row(necessity, "~willen"));

        const string Complex = "weten*willen*kunnen + weten*willen*moeten → volgen";
        var conservative = HtmlParts.Table(Html(notebook, "QcaTables.Solution(qca.Result.Conservative"), $"Conservatieve oplossing M1: {Complex}");
        Assert.Equal(["weten*willen*kunnen", "weten*willen*moeten", "M1"], RowHeaders(conservative));
        Assert.Equal(["1.000", "1.000", "0.857", "0.286"], HtmlParts.Row(conservative, "weten*willen*kunnen").Take(4));
        Assert.Equal(["1.000", "1.000", "0.714", "0.143"], HtmlParts.Row(conservative, "weten*willen*moeten").Take(4));
        Assert.Equal(["1.000", "1.000", "1.000", "", "", ""], HtmlParts.Row(conservative, "M1"));
        Assert.Equal("rijn.de-jeugdfirma, maas.1-jeugd, maas.juveniele, ijssel.pluto, ijssel.gezond-en-wel", HtmlParts.Row(conservative, "weten*willen*moeten")[4]);

        var parsimoniousHtml = Html(notebook, "QcaTables.Solution(qca.Result.Parsimonious");
        var parsimonious = HtmlParts.Table(parsimoniousHtml, "Parsimonieuze oplossing M1: willen → volgen");
        Assert.Equal(["willen", "M1"], RowHeaders(parsimonious));
        Assert.Equal(["1.000", "1.000", "1.000", "1.000"], HtmlParts.Row(parsimonious, "willen").Take(4));
        Assert.Equal(["1.000", "1.000", "1.000"], HtmlParts.Row(parsimonious, "M1").Take(3));
        Assert.Contains("Vereenvoudigende aannames (restrijen): 5, 6, 7, 8, 13.", Plain(parsimoniousHtml));
        var assumptions = HtmlParts.Table(parsimoniousHtml, "Parsimonieuze oplossing M1: vereenvoudigende aannames");
        Assert.Equal(["5", "6", "7", "8", "13"], RowHeaders(assumptions));
        Assert.Equal(["1", "1", "0", "0", "weten*willen*~kunnen*~moeten"], HtmlParts.Row(assumptions, "13"));
        Assert.Equal(["0", "1", "0", "0", "~weten*willen*~kunnen*~moeten"], HtmlParts.Row(assumptions, "5"));

        var intermediateHtml = Html(notebook, "QcaTables.Solution(qca.Result.Intermediate");
        var intermediate = HtmlParts.Table(intermediateHtml, $"Intermediaire oplossing M1: {Complex}");
        Assert.Equal(["1.000", "1.000", "0.857", "0.286"], HtmlParts.Row(intermediate, "weten*willen*kunnen").Take(4));
        Assert.Equal(["1.000", "1.000", "0.714", "0.143"], HtmlParts.Row(intermediate, "weten*willen*moeten").Take(4));
        Assert.Equal(["1.000", "1.000", "1.000"], HtmlParts.Row(intermediate, "M1").Take(3));
        Assert.Contains("Eenvoudige contrafactische aannames (easy counterfactuals): geen.", Plain(intermediateHtml));

        var rStyle = Text(notebook, "model.ToLine(solution.Outcome)");
        Assert.Contains("Conservatieve oplossing: M1: weten*willen*kunnen + weten*willen*moeten -> volgen", rStyle);
        Assert.Contains("Parsimonieuze oplossing: M1: willen -> volgen (restrijen 5, 6, 7, 8, 13)", rStyle);
        Assert.Contains("Intermediaire oplossing: M1: weten*willen*kunnen + weten*willen*moeten -> volgen", rStyle);
    }

    [Fact]
    public async Task Qca_with_the_last_period_analyses_fourteen_units_and_finds_the_same_solutions()
    {
        var notebook = await Run();
        var html = Html(notebook, "var qcaLaatstePeriode = ");
        Assert.StartsWith("<div class=\"jhr-display jhr-theory jhr-qca\"", html);
        Assert.Contains("18 eenheden, 14 in de analyse", Plain(html));
        var truth = HtmlParts.Table(html, "Waarheidstabel voor volgen");
        Assert.Equal(["3", "9", "10", "11", "14", "15", "16"], RowHeaders(truth));
        Assert.Equal(["1", "0", "0", "1", "0", "2", "0.000", "0.000", "maas.venus, waal.orion"], HtmlParts.Row(truth, "10"));
        var conservative = HtmlParts.Table(html, "Conservatieve oplossing M1: weten*willen*kunnen + weten*willen*moeten → volgen");
        Assert.Equal(["1.000", "1.000", "0.875", "0.250"], HtmlParts.Row(conservative, "weten*willen*kunnen").Take(4));
        Assert.Equal(["1.000", "1.000", "0.750", "0.125"], HtmlParts.Row(conservative, "weten*willen*moeten").Take(4));
        Assert.Equal(["1.000", "1.000", "1.000", "1.000"], HtmlParts.Row(HtmlParts.Table(html, "Parsimonieuze oplossing M1: willen → volgen"), "willen").Take(4));
        Assert.Equal(["5", "6", "7", "8", "13"], RowHeaders(HtmlParts.Table(html, "Parsimonieuze oplossing M1: vereenvoudigende aannames")));
        Assert.Equal(["1.000", "1.000", "1.000"],
            HtmlParts.Row(HtmlParts.Table(html, "Intermediaire oplossing M1: weten*willen*kunnen + weten*willen*moeten → volgen"), "M1").Take(3));
        Assert.Contains("Eenvoudige contrafactische aannames (easy counterfactuals): geen.", Plain(html));
    }

    [Fact]
    public void The_kernel_formatter_finds_the_proposition_and_qca_views_by_convention()
    {
        var vocabulary = DisplayFixture.Vocabulary;
        var evaluation = PropositionEvaluator.Evaluate(PropositionLoader.Load(DisplayFixture.RepoFile("data", "propositions.yaml")), DisplayFixture.Study, vocabulary);

        var b3 = evaluation["B3"].ToView(vocabulary).ToDisplayString(HtmlFormatter.MimeType);
        Assert.StartsWith("<div class=\"jhr-display jhr-theory jhr-proposition\"", b3);
        Assert.Equal(["maas.1-jeugd", "lek.jeugdkracht"], RowHeaders(HtmlParts.Table(b3, "B3: afwijkende eenheden")));
        var all = evaluation.ToView(vocabulary).ToDisplayString(HtmlFormatter.MimeType);
        Assert.StartsWith("<div class=\"jhr-display jhr-theory jhr-propositions\"", all);
        Assert.Equal(22, Regex.Count(all, "<details>")); // one per proposition: E1-E4 with E3.1-E3.8, B1-B10

        var qca = UnitQca.Run(DisplayFixture.Study, vocabulary, new UnitQcaRequest("volgen", ["weten", "willen", "kunnen", "moeten"]));
        var html = qca.ToDisplayString(HtmlFormatter.MimeType);
        Assert.Equal(qca.ToHtml(), html);
        Assert.Equal(["1.000", "1.000", "1.000", "1.000"], HtmlParts.Row(HtmlParts.Table(html, "Parsimonieuze oplossing M1: willen → volgen"), "willen").Take(4));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("<tr><th[^>]*>(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex BodyRowHeader();
}
