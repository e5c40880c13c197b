using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using Jeugdhulp.Research.Coding.Agreement;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Tests.Support;
using Jeugdhulp.Research.Rendering;
using static Jeugdhulp.Research.Coding.Tests.Agreement.AgreementProjects;

namespace Jeugdhulp.Research.Coding.Tests.Agreement;

public class DisagreementReportTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"klik\")", "'=HYPERLINK(\"http://x\",\"klik\")")]
    [InlineData("+31 6 1234", "'+31 6 1234")]
    [InlineData("-1 voor de gemeente", "'-1 voor de gemeente")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("We doen het = goed", "We doen het = goed")]
    [InlineData("", "")]
    public void Formula_guard_prefixes_only_text_that_a_spreadsheet_would_run(string text, string expected) =>
        Assert.Equal(expected, FormulaGuard.Neutralise(text));

    private static CodingProject Project() => AgreementProjects.Project(["u1", "u2"], [
        // u1 weten: A '+' ("=HYPERLINK..."), B '-' ("-1 voor ..."): a disagreement whose values look like formulas too.
        new("coderA", "u1", "kenmerk.weten", "+", 0, 10, "=HYPERLINK(\"http://x\",\"klik\")"),
        new("coderB", "u1", "kenmerk.weten", "-", 0, 10, "-1 voor de gemeente"),
        // u2 weten: A '-' twice, B '+' once: '-' vs '+'.
        new("coderA", "u2", "kenmerk.weten", "-", 0, 10, "@iedereen weet het niet"), new("coderA", "u2", "kenmerk.weten", "-", 20, 30, "geen idee"),
        new("coderB", "u2", "kenmerk.weten", "+", 40, 50, "+ wij wisten het"),
        // u1 willen: A '+', B no evidence.
        new("coderA", "u1", "kenmerk.willen", "+", 100, 110, "gewoon tekst")]);

    [Fact]
    public void A_displayed_report_explains_its_red_cells_as_coders_disagreeing_not_as_differing_from_a_publication()
    {
        var project = Project();
        var html = Jeugdhulp.Research.Display.HtmlDisplay.ToHtml(DisagreementReport.Build([UnitLevel.Build(project, new UnitLevelOptions("weten"))], project));

        Assert.Contains("class=\"differs\"", html);
        Assert.Contains("Rood omlijnd: de waarde van een codeur bij een meningsverschil.", html);
        Assert.DoesNotContain("publicatie", html);
    }

    private static List<string[]> ParseCsv(string text)
    {
        using var parser = new CsvParser(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (parser.Read()) rows.Add(parser.Record!);
        return rows;
    }

    [Fact]
    public void Csv_export_escapes_formula_like_quotes_but_keeps_plus_and_minus_values()
    {
        var project = Project();
        var table = DisagreementReport.Build([UnitLevel.Build(project, new UnitLevelOptions("weten")), UnitLevel.Build(project, new UnitLevelOptions("willen"))], project);

        var rows = ParseCsv(TableRenderer.ToCsv(table));

        Assert.Equal(["eenheid", "periode", "niveau", "variabele / code", "plaats", "verschillende paren", "coderA", "citaat coderA", "coderB", "citaat coderB"], rows[0]);
        Assert.Equal(["u1", "", "eenheid", "kenmerk.weten", "", "1", "+", "'=HYPERLINK(\"http://x\",\"klik\")", "-", "'-1 voor de gemeente"], rows[1]);
        Assert.Equal(["u1", "", "eenheid", "kenmerk.willen", "", "1", "+", "gewoon tekst", "geen bewijs", ""], rows[2]);
        Assert.Equal(["u2", "", "eenheid", "kenmerk.weten", "", "1", "-", "'@iedereen weet het niet | geen idee", "+", "'+ wij wisten het"], rows[3]);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public void Xlsx_export_stores_values_unchanged_and_quotes_neutralised_as_text()
    {
        var project = Project();
        var table = DisagreementReport.Build([UnitLevel.Build(project, new UnitLevelOptions("weten"))], project);
        using var stream = new MemoryStream();

        TableRenderer.ToXlsx([table], stream);

        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheets.Single();
        Assert.Equal("+", sheet.Cell(4, 7).GetString());
        Assert.Equal("'=HYPERLINK(\"http://x\",\"klik\")", sheet.Cell(4, 8).GetString());
        Assert.False(sheet.Cell(4, 8).HasFormula);
        Assert.Equal("-", sheet.Cell(4, 9).GetString());
    }

    [Fact]
    public void Rows_are_ordered_by_unit_then_code_then_biggest_disagreement_first()
    {
        var project = AgreementProjects.Project(["u2", "u1"], [
            // u1: two segment disagreements on reactie.volgen, a short one (10 characters) and a long one (80 characters), and one on kenmerk.weten.
            new("coderA", "u1", "reactie.volgen", Start: 0, End: 10), new("coderA", "u1", "reactie.volgen", Start: 100, End: 180),
            new("coderB", "u1", "kenmerk.weten", "+", 300, 310),
            // u2 comes first in the project.
            new("coderB", "u2", "reactie.trotseren", Start: 0, End: 10)]);

        var table = DisagreementReport.Build([SegmentLevel.Build(project)], project);

        Assert.Equal(["bron-u2@0-10", "bron-u1@300-310", "bron-u1@100-180", "bron-u1@0-10"], table.Rows.Select(r => r[4].Text));
        Assert.Contains(table.Notes, n => n.Contains("grootste verschil eerst", StringComparison.Ordinal));
    }

    [Fact]
    public void Corpus_report_lists_each_coders_quotes_for_a_reconciliation_meeting()
    {
        var corpus = CodingProjectLoader.Load(Repo.Corpus);
        var table = DisagreementReport.Build([UnitLevel.Build(corpus), SegmentLevel.Build(corpus, new SegmentLevelOptions(Code: "reactie"))], corpus);

        Assert.Equal("FICTIEF / FICTITIOUS: illustratief materiaal, geen onderzoeksgegevens.", table.Notes[0]);
        var reigersbos = table.Rows.First(r => r[0].Text == "heidestein.reigersbos" && r[2].Text == "eenheid");
        Assert.Equal(("volgen", "niet-volgen"), (reigersbos[6].Text, reigersbos[8].Text));
        Assert.Contains("de extra rapportages leveren ze gewoonweg niet", reigersbos[9].Text);
        var kwartel = table.Rows.First(r => r[0].Text == "heidestein.kwartel" && r[2].Text == "eenheid");
        Assert.Equal(("niet-volgen", "gemengd"), (kwartel[6].Text, kwartel[8].Text));
        Assert.Contains("Naar de gemeente toe zeggen we ja", kwartel[9].Text);
        // In project order; Kwartel appears only at the unit level: both coders code response segments at the same places
        // (which responses they are differs, and under the method that makes B's main demand zorg-in-de-wijk mixed).
        Assert.Equal(["kustwijk.eikenhof", "kustwijk.de-wilg", "heidestein.kwartel", "heidestein.reigersbos"], table.Rows.Select(r => r[0].Text).Distinct());
    }
}
