using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ClosedXML.Excel;
using Jeugdhulp.Research.Cli;
using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Display;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Rendering;

namespace Jeugdhulp.Research.Reports.Tests;

/// <summary>
/// <c>jhr qca</c> and <c>jhr classify</c> write through the one output pipeline: every format holds exactly the tables
/// the report and the notebooks show (one rendering of QCA, one of a classification).
/// </summary>
public sealed class QcaAndClassifyOutputTests
{
    private static readonly DateTimeOffset Date = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static (int Code, string Out, string Error) Jhr(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string Temp(string name) => Path.Combine(Directory.CreateTempSubdirectory("jhr-pipeline-").FullName, name);

    /// <summary>The QCA tables of the report (volgen on weten, willen, kunnen, moeten), as notebook 05 shows them.</summary>
    private static List<ResultTable> ReportQca() => [.. ReportFixture.Build(Date).Sections.Single(s => s.Id == "qca").Tables];

    private static string[] Qca(string format, string output) =>
        ["qca", "--outcome", "volgen", "--conditions", "weten,willen,kunnen,moeten", "--study", Path.Combine(ReportFixture.Root, "data"), "--format", format, "--output", output];

    private static List<(string Title, List<string[]> Rows)> JsonTables(string json)
    {
        using var document = JsonDocument.Parse(json);
        static IEnumerable<JsonElement> Blocks(JsonElement section) =>
            section.GetProperty("blocks").EnumerateArray().Concat(section.GetProperty("subsections").EnumerateArray().SelectMany(Blocks));
        return [.. document.RootElement.GetProperty("sections").EnumerateArray().SelectMany(Blocks)
            .Where(b => b.GetProperty("type").GetString() == "table")
            .Select(t => (t.GetProperty("title").GetString()!, t.GetProperty("rows").EnumerateArray()
                .Select(r => r.EnumerateArray().Select(c => c.ValueKind == JsonValueKind.String ? c.GetString()! : c.GetProperty("text").GetString()!).ToArray()).ToList()))];
    }

    private static void SameSheet(IXLWorksheet sheet, ResultTable table)
    {
        Assert.Equal(table.Title, sheet.Cell(1, 1).GetString());
        Assert.Equal(table.Columns, Enumerable.Range(1, table.Columns.Length).Select(j => sheet.Cell(3, j).GetString()));
        for (var i = 0; i < table.Rows.Length; i++)
            for (var j = 0; j < table.Rows[i].Length; j++)
            {
                var expected = table.Rows[i][j].Text;
                var cell = sheet.Cell(4 + i, j + 1);
                if (cell.DataType == XLDataType.Number) Assert.Equal(double.Parse(expected.TrimEnd('%'), CultureInfo.InvariantCulture), cell.GetDouble() * (expected.EndsWith('%') ? 100 : 1), 9);
                else Assert.Equal(expected, cell.GetString());
            }
    }

    [Fact]
    public void Jhr_qca_writes_the_report_s_qca_tables_in_every_format()
    {
        var tables = ReportQca();
        Assert.Equal(11, tables.Count);
        // The published-style numbers of the bundled units (notebook 05 shows the same).
        var intermediate = tables.Single(t => t.Title == "Intermediaire oplossing M1: weten*willen*kunnen + weten*willen*moeten → volgen");
        Assert.Equal(["weten*willen*kunnen", "1.000", "1.000", "0.857", "0.286"], intermediate.Rows[0].Take(5).Select(c => c.Text));
        Assert.Equal("Oplossing: M1: willen -> volgen.", tables.Single(t => t.Title == "Parsimonieuze oplossing M1: willen → volgen").Notes[0]);

        var csv = Temp("qca.csv");
        Assert.Equal(0, Jhr(Qca("csv", csv)).Code);
        Assert.Equal(string.Join("\n", tables.Select(TableRenderer.ToCsv)), File.ReadAllText(csv));
        Assert.Contains("weten*willen*kunnen,1.000,1.000,0.857,0.286,", File.ReadAllText(csv));

        var md = Temp("qca.md");
        Assert.Equal(0, Jhr(Qca("md", md)).Code);
        var markdown = File.ReadAllText(md);
        Assert.StartsWith("csQCA op de eenheidstabel: 18 eenheden, 9 geanalyseerd; uitkomst volgen, condities weten, willen, kunnen, moeten", markdown);
        Assert.All(tables, t => Assert.Contains(TableRenderer.ToMarkdown(t), markdown));

        var json = Temp("qca.json");
        Assert.Equal(0, Jhr(Qca("json", json)).Code);
        var written = JsonTables(File.ReadAllText(json));
        Assert.Equal(tables.Select(t => t.Title), written.Select(t => t.Title));
        for (var k = 0; k < tables.Count; k++)
            Assert.Equal(tables[k].Rows.Select(r => r.Select(c => c.Text).ToArray()), written[k].Rows);

        var xlsx = Temp("qca.xlsx");
        var run = Jhr(Qca("xlsx", xlsx));
        Assert.Equal((0, $"Wrote {xlsx}.\n"), (run.Code, run.Out));
        using var workbook = new XLWorkbook(xlsx);
        Assert.Equal(tables.Count + 1, workbook.Worksheets.Count);
        for (var k = 0; k < tables.Count; k++) SameSheet(workbook.Worksheet(k + 2), tables[k]);

        var refused = Jhr(["qca", "--outcome", "volgen", "--conditions", "weten", "--format", "xlsx"]);
        Assert.Equal(2, refused.Code);
        Assert.Contains("--format xlsx needs --output FILE.xlsx", refused.Error);
        Assert.Equal(2, Jhr(["qca", "--outcome", "volgen", "--conditions", "weten", "--format", "pdf"]).Code);
    }

    [Fact]
    public void Jhr_qca_on_a_csv_table_gives_the_lipset_tables_of_the_one_qca_rendering()
    {
        var csv = Temp("lipset.csv");
        Assert.Equal(0, Jhr("qca", "--data", Path.Combine(ReportFixture.Root, "data", "reference", "qca", "lipset_crisp.csv"),
            "--outcome", "SURV", "--conditions", "DEV,URB,LIT,IND,STB", "--format", "csv", "--output", csv).Code);
        var text = File.ReadAllText(csv);
        Assert.Contains("32,1,1,1,1,1,1,4,1.000,1.000,\"BE, CZ, NL, UK\"", text);
        Assert.Contains("DEV*~URB*LIT*STB,1.000,1.000,0.500,0.250,\"FI, FR, IE, SE\",", text);
        Assert.Contains("DEV*STB,1.000,1.000,1.000,1.000,\"BE, CZ, FI, FR, IE, NL, SE, UK\",", text);
    }

    private static readonly Lazy<ProjectClassification> Corpus = new(() =>
        Classifier.Classify(CodingProjectLoader.Load(Path.Combine(ReportFixture.Root, "data", "corpus")), CoderSelection.Of("coderA")));

    private static string[] Classify(string format, string output) =>
        ["classify", Path.Combine(ReportFixture.Root, "data", "corpus"), "--coder", "coderA", "--format", format, "--output", output];

    [Fact]
    public void Jhr_classify_writes_the_notebook_s_classification_tables_in_every_format()
    {
        var document = ClassificationTables.ToDocument(Corpus.Value);
        var tables = document.Tables.ToList();
        // Periods, units, overrides, the factors of each of the 4 units, all judgments, the rules.
        Assert.Equal(3 + 4 + 2, tables.Count);
        var periods = ClassificationTables.Periods(Corpus.Value);
        Assert.Equal(periods.Rows.Select(r => r.Select(c => c.Text)), tables[0].Rows.Select(r => r.Select(c => c.Text)));
        Assert.Equal(["coderA", "heidestein.reigersbos", "1", "", "volgen 1 (50 %), compromis-sluiten 1 (50 %)"], periods.Rows.Single(r => r[1].Text == "heidestein.reigersbos").Take(5).Select(c => c.Text));

        var md = Temp("classify.md");
        Assert.Equal(0, Jhr(Classify("md", md)).Code);
        var markdown = File.ReadAllText(md);
        Assert.All(tables, t => Assert.Contains(TableRenderer.ToMarkdown(t), markdown));

        var json = Temp("classify.json");
        Assert.Equal(0, Jhr(Classify("json", json)).Code);
        Assert.Equal(ClassificationJson.Write(Corpus.Value), File.ReadAllText(json));

        var csv = Temp("classify.csv");
        Assert.Equal(0, Jhr(Classify("csv", csv)).Code);
        var judgments = ClassificationTables.Judgments(Corpus.Value);
        Assert.Equal(TableRenderer.ToCsv(judgments), File.ReadAllText(csv));
        Assert.Equal(1 + (5 * 2) + 4 + (4 * 12), File.ReadAllText(csv).TrimEnd('\n').Split('\n').Length);

        var xlsx = Temp("classify.xlsx");
        Assert.Equal(0, Jhr(Classify("xlsx", xlsx)).Code);
        using var workbook = new XLWorkbook(xlsx);
        Assert.Equal(tables.Count + 1, workbook.Worksheets.Count);
        for (var k = 0; k < tables.Count; k++) SameSheet(workbook.Worksheet(k + 2), tables[k] with { Notes = [] });
        Assert.Equal("FICTIEF / FICTITIOUS: illustratief materiaal, geen onderzoeksgegevens.", workbook.Worksheet(2).Cell(3 + tables[0].Rows.Length + 2, 1).GetString());
    }
}
