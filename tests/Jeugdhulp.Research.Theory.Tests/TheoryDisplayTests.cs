using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Qca;
using Jeugdhulp.Research.Theory.Display;
using Jeugdhulp.Research.Theory.Tests.Support;

namespace Jeugdhulp.Research.Theory.Tests;

/// <summary>The display tables and HTML views of proposition tests and QCAs (what notebook 05 shows).</summary>
public class TheoryDisplayTests
{
    private static readonly Lazy<PropositionEvaluation> Evaluation = new(() =>
        PropositionEvaluator.Evaluate(PropositionLoader.Load(Repo.File("data", "propositions.yaml")), Repo.Study, Repo.Vocabulary, PeriodPolicy.UnitLevel));

    private static string[] Row(ResultTable table, string header) =>
        [.. table.Rows.Single(r => r[0].Text == header).Skip(1).Select(c => c.Text)];

    private static QcaResult Lipset(QcaOptions? options = null) =>
        QcaAnalysis.Run(CrispCsv.Read(Repo.File("data", "reference", "qca", "lipset_crisp.csv")),
            options ?? new QcaOptions("SURV", ["DEV", "URB", "LIT", "IND", "STB"]));

    [Fact]
    public void Hit_rates_count_every_judgement_of_the_rule_propositions_to_three_decimals()
    {
        var table = TheoryTables.HitRates(Evaluation.Value);
        // The comparative expectations E1 and E2 judge cases, not units.
        Assert.Equal(["E3", "E3.1", "E3.2", "E3.3", "E3.4", "E3.5", "E3.6", "E3.7", "E3.8", "E4", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B10"], table.Rows.Select(r => r[0].Text));
        Assert.Equal(["9", "2", "4", "3", "0.818", "0.611", "maas.1-jeugd, lek.jeugdkracht"], Row(table, "B3"));
        Assert.Equal(["8", "4", "2", "4", "0.667", "0.667", "rijn.mars, rijn.gezond-en-wel, maas.venus, waal.orion"], Row(table, "B4"));
        Assert.Equal(["10", "1", "4", "3", "0.909", "0.611", "maas.1-jeugd"], Row(table, "B8"));
        var b2 = table.Rows.Single(r => r[0].Text == "B2");
        Assert.Equal("lek.neptunus, maas.gezin-centraal, maas.venus, rijn.saturnus, waal.jupiter, waal.orion",
            string.Join(", ", b2[3].Detail!.Split(", ").Order(StringComparer.Ordinal)));
        Assert.Equal("9 / 18", b2[6].Detail);
    }

    [Fact]
    public void Proposition_view_marks_deviant_cells_with_its_own_legend_not_the_publication_legend()
    {
        var vocabulary = Repo.Vocabulary;
        var html = Evaluation.Value["B4"].ToView(vocabulary).ToHtml();
        Assert.StartsWith("<div class=\"jhr-display jhr-theory jhr-proposition\" lang=\"nl\"><style>", html);
        Assert.Contains("✗ 4 afwijkend (rijn.mars, rijn.gezond-en-wel, maas.venus, waal.orion)", html);
        Assert.Contains("<caption>B4: afwijkende eenheden</caption>", html);
        Assert.Contains("Rood omlijnd: cellen met afwijkende eenheden", html);
        Assert.DoesNotContain("publicatie", html);
        Assert.DoesNotContain("<script", html);

        var clean = Evaluation.Value["B2"].ToView(vocabulary).ToHtml();
        Assert.Contains("✓ geen afwijkende eenheden", clean);
        Assert.DoesNotContain("Rood omlijnd", clean);

        var all = Evaluation.Value.ToView(vocabulary);
        Assert.Equal(22, System.Text.RegularExpressions.Regex.Count(all.ToHtml(), "<details>")); // E1-E4, E3.1-E3.8, B1-B10
        Assert.Equal("Trefferpercentages per propositie", all.ToTables()[0].Title);
    }

    [Fact]
    public void Truth_table_and_solutions_of_the_lipset_data_show_the_published_rows_fit_and_assumptions()
    {
        var result = Lipset();
        var truth = QcaTables.TruthTable(result.TruthTable);
        Assert.Equal(["1", "2", "5", "6", "22", "23", "24", "31", "32"], truth.Rows.Select(r => r[0].Text));
        Assert.Equal(["1", "1", "1", "1", "1", "1", "4", "1.000", "1.000", "BE, CZ, NL, UK"], Row(truth, "32"));
        Assert.Equal(["1", "0", "1", "1", "0", "0", "1", "0.000", "0.000", "AU"], Row(truth, "23"));
        Assert.Contains("9 geobserveerde rijen, 23 logische restrijen (remainders), 18 eenheden in de analyse.", truth.Notes);
        Assert.Contains("Tegenstrijdige rijen: geen.", truth.Notes);
        Assert.Equal(32, QcaTables.TruthTable(result.TruthTable, includeRemainders: true).Rows.Length);

        var conservative = Assert.Single(QcaTables.Solution(result.Conservative, result.TruthTable));
        Assert.Equal("Conservatieve oplossing M1: DEV*~URB*LIT*STB + DEV*LIT*IND*STB → SURV", conservative.Title);
        Assert.Equal(["1.000", "1.000", "0.500", "0.250"], Row(conservative, "DEV*~URB*LIT*STB").Take(4));
        Assert.Equal(["1.000", "1.000", "0.750", "0.500"], Row(conservative, "DEV*LIT*IND*STB").Take(4));
        Assert.Equal(["1.000", "1.000", "1.000", "", "", ""], Row(conservative, "M1"));

        var model = Assert.Single(result.Parsimonious.Models);
        var assumptions = QcaTables.Assumptions(result.Parsimonious, model, result.TruthTable);
        Assert.Equal("Parsimonieuze oplossing M1: vereenvoudigende aannames", assumptions.Title);
        Assert.Equal(["18", "20", "26", "28", "30"], assumptions.Rows.Select(r => r[0].Text));
        Assert.Equal(["1", "0", "0", "0", "1", "DEV*~URB*~LIT*~IND*STB"], Row(assumptions, "18"));
        Assert.Equal(["1", "1", "1", "0", "1", "DEV*URB*LIT*~IND*STB"], Row(assumptions, "30"));
        Assert.Contains("Vereenvoudigende aannames (restrijen): 18, 20, 26, 28, 30.", Assert.Single(QcaTables.Solution(result.Parsimonious, result.TruthTable)).Notes);

        var necessity = QcaTables.Necessity(result.Necessity, result.TruthTable.Outcome);
        Assert.Equal(10, necessity.Rows.Length);
        Assert.Equal("1.000", Row(necessity, "DEV")[0]);
    }

    [Fact]
    public void Contradictory_rows_and_missing_values_are_reported_not_hidden()
    {
        var csv = "case,X,Z,Y\na,1,0,1\nb,1,0,0\nc,0,0,0\nd,,1,1\n";
        var data = CrispCsv.Parse(new StringReader(csv), "klein.csv");
        var result = QcaAnalysis.Run(data, new QcaOptions("Y", ["X", "Z"]) { InclusionCut = 0.8, ExclusionCut = 0.2 });
        var truth = QcaTables.TruthTable(result.TruthTable);
        Assert.Equal(["1", "0", "C", "2", "0.500", "0.500", "a, b"], Row(truth, "3"));
        Assert.Contains("Tegenstrijdige rijen: rij 3 (1 van 2 eenheden met Y).", truth.Notes);
        Assert.Contains("Uitgesloten eenheden (ontbrekende waarden): d (X).", truth.Notes);
        var none = Assert.Single(QcaTables.Solution(result.Conservative, result.TruthTable));
        Assert.Equal("Conservatieve oplossing: geen oplossing", none.Title);
        Assert.Empty(none.Rows);

        var qca = UnitQca.Run(Repo.Study, Repo.Vocabulary, new UnitQcaRequest("volgen", ["weten", "willen", "kunnen", "moeten"]));
        var membership = QcaTables.Membership(qca.Data, qca.Result.TruthTable);
        Assert.Equal(["volgen", "weten", "willen", "kunnen", "moeten", "in de analyse"], membership.Columns.Skip(1));
        Assert.Equal(["0", "1", "0", "0", "", "nee"], Row(membership, "ijssel.mercurius"));
        Assert.Equal(9, membership.Rows.Count(r => r[^1].Text == "ja"));
        var tables = qca.ToTables();
        Assert.Equal(["Kalibratie naar crisp sets", "Ontbrekende waarden na kalibratie", "Crisp-lidmaatschap per eenheid",
            "Richtingsverwachtingen (intermediate solution)", "Waarheidstabel voor volgen", "Noodzakelijkheid voor volgen"], tables.Take(6).Select(t => t.Title));
        Assert.Equal(5, tables.Length - 6); // conservative; parsimonious + assumptions; intermediate + easy counterfactuals
        Assert.StartsWith("<div class=\"jhr-display jhr-theory jhr-qca\"", qca.ToHtml());
    }
}
