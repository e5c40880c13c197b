using System.IO.Compression;
using Jeugdhulp.Research.Cli;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Rendering;

namespace Jeugdhulp.Research.Privacy.Tests.Hardening;

/// <summary>
/// CSV and xlsx written by <see cref="TableRenderer"/>: a cell from a user's free text that starts with = + - @ must not
/// reach a spreadsheet as a formula, while the codebook values "+", "-" and "+/-" must survive exactly.
/// </summary>
public class FormulaInjectionTests
{
    private const string Evil = "=HYPERLINK(\"http://example.invalid/x\",\"klik\")";

    private static ResultTable Table(params string[] cells) =>
        new("t", ["a", "b"], [.. cells.Select(c => System.Collections.Immutable.ImmutableArray.Create(new TableCell("x"), new TableCell(c)))], []);

    [Fact]
    public void Codebook_values_plus_minus_survive_in_csv_and_xlsx()
    {
        var csv = TableRenderer.ToCsv(Table("+", "-", "+/-"));
        Assert.Equal(["a,b", "x,+", "x,-", "x,+/-"], csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
        var sheet = SheetXml(Table("+", "-", "+/-"));
        Assert.Contains(">+<", sheet, StringComparison.Ordinal);
        Assert.Contains(">+/-<", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_stores_a_formula_like_cell_as_text_not_as_a_formula()
    {
        var sheet = SheetXml(Table(Evil, "@SUM(1)", "+1+1", "-2+3"));
        Assert.DoesNotContain("<f>", sheet, StringComparison.Ordinal);
        Assert.DoesNotContain("<x:f>", sheet, StringComparison.Ordinal);
    }

    /// <summary>
    /// Finding: the study data's free text (here a provider name in units.csv) goes through `jhr export units --format
    /// csv` into TableRenderer.ToCsv unchanged, so a spreadsheet opening the CSV runs =HYPERLINK(...). Only the
    /// disagreement report neutralises such cells (FormulaGuard). Fails until the unit export (or ToCsv for free-text
    /// columns) neutralises them, without touching "+", "-" and "+/-".
    /// </summary>
    [Fact]
    public void Csv_export_of_units_writes_a_formula_from_free_text_as_is()
    {
        using var temp = TestPaths.Temp();
        var data = temp["data"];
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Root, "data"), "*.csv", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Path.Combine(TestPaths.Root, "data"), file);
            if (relative.StartsWith("corpus", StringComparison.Ordinal) || relative.StartsWith("reference", StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(data, relative))!);
            File.Copy(file, Path.Combine(data, relative));
        }
        var units = Path.Combine(data, "units.csv");
        File.WriteAllText(units, File.ReadAllText(units).Replace("rijn.saturnus,rijn,Saturnus,", "rijn.saturnus,rijn,\"=HYPERLINK(\"\"http://example.invalid/x\"\",\"\"klik\"\")\",", StringComparison.Ordinal));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(["export", "units", "--data", data, "--format", "csv"], stdout, stderr);
        Assert.True(exit == 0, stderr.ToString());
        var row = stdout.ToString().Split('\n').Single(l => l.StartsWith("rijn.saturnus,", StringComparison.Ordinal));
        Assert.Contains("HYPERLINK", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", row, StringComparison.Ordinal);
    }

    private static string SheetXml(ResultTable table)
    {
        using var buffer = new MemoryStream();
        TableRenderer.ToXlsx([table], buffer);
        using var zip = new ZipArchive(new MemoryStream(buffer.ToArray()));
        var parts = zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => { using var r = new StreamReader(e.Open()); return r.ReadToEnd(); });
        return string.Join("\n", parts);
    }
}
