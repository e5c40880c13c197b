using System.Globalization;
using ClosedXML.Excel;
using Jeugdhulp.Research.Cli;

namespace Jeugdhulp.Research.Reports.Tests;

/// <summary>
/// <c>jhr report --format md|latex|xlsx</c> from the command line. Each file must carry every section title, every
/// table title and the published counts of Table 9.4 (data/published/table-9.4.csv, read here as the independent
/// source); the layout is the renderers' business and is not asserted.
/// </summary>
public sealed class ReportCliFormatsTests
{
    private static readonly DateTimeOffset Date = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static (int Code, string Out, string Error, string Path) Run(string format)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("jhr-report-cli-").FullName, "rapport." + format);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(["report", Path.Combine(ReportFixture.Root, "data"), "--output", path, "--format", format], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString(), path);
    }

    /// <summary>The published Table 9.4 rows: specialisation × cluster counts as printed in the dissertation.</summary>
    private static List<(string Row, string Column, int Count)> PublishedTable94() =>
        File.ReadAllLines(Path.Combine(ReportFixture.Root, "data", "published", "table-9.4.csv")).Skip(1)
            .Select(l => l.Split(',')).Select(c => (c[0], c[1], int.Parse(c[2], CultureInfo.InvariantCulture))).ToList();

    [Theory]
    [InlineData("md")]
    [InlineData("latex")]
    public void Text_formats_carry_every_section_every_table_title_and_the_published_counts(string format)
    {
        var report = ReportFixture.Build(Date);

        var (code, stdout, stderr, path) = Run(format);

        Assert.True(code == 0, stderr);
        Assert.Contains($"{report.Sections.Length} sections", stdout);
        var text = File.ReadAllText(path);
        // LaTeX carries the sections that have tables (charts and prose-only parts are for html and md).
        foreach (var section in report.Sections.Where(s => format == "md" || !s.Tables.IsEmpty)) Assert.Contains(Escape(section.Title, format), text);
        foreach (var table in report.Tables)
            Assert.Contains(Escape(table.Title.Split(':')[0], format), text);
        // Each published row of Table 9.4 appears as a row of counts in the reproduced table.
        foreach (var row in PublishedTable94().GroupBy(r => r.Row))
        {
            var counts = row.Select(r => r.Count.ToString(CultureInfo.InvariantCulture)).ToArray();
            var separator = format == "md" ? " | " : " & ";
            Assert.Contains(Escape(row.Key, format) + separator + string.Join(separator, counts), text);
        }
    }

    private static string Escape(string text, string format) =>
        format == "latex" ? text.Replace("&", @"\&").Replace("%", @"\%").Replace("_", @"\_").Replace("#", @"\#") : text;

    [Fact]
    public void Xlsx_has_a_sheet_per_table_with_the_published_counts()
    {
        var report = ReportFixture.Build(Date);

        var (code, _, stderr, path) = Run("xlsx");

        Assert.True(code == 0, stderr);
        using var workbook = new XLWorkbook(path);
        Assert.Equal(report.Tables.Count() + 3, workbook.Worksheets.Count); // + the index, the units per cell and provenance
        var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetFormattedString()).ToHashSet();
        foreach (var section in report.Sections.Where(s => !s.Tables.IsEmpty)) Assert.Contains(cells, c => c.Contains(section.Tables[0].Title.Split(':')[0], StringComparison.Ordinal));
        var sheet94 = workbook.Worksheets.First(s => s.Name.StartsWith("Tabel 9.4 ", StringComparison.Ordinal));
        foreach (var (row, column, count) in PublishedTable94())
        {
            var rowCell = sheet94.Column(1).CellsUsed().First(c => c.GetFormattedString() == row);
            var header = sheet94.CellsUsed().First(c => c.GetFormattedString() == column && c.Address.RowNumber < rowCell.Address.RowNumber);
            Assert.Equal(count.ToString(CultureInfo.InvariantCulture), sheet94.Cell(rowCell.Address.RowNumber, header.Address.ColumnNumber).GetFormattedString());
        }
    }
}
