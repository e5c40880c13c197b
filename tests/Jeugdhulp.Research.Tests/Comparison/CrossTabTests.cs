using FsCheck;
using FsCheck.Fluent;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Comparison;

public class CrossTabTests
{
    private static readonly string[] Attributes =
    [
        "case", "cluster", "aanbieder.specialisatie", "aanbieder.leeftijd", "aanbieder.marktaandeel-categorie",
        "aanbieder.groeidoelstelling", "aanbieder.marktgericht", "response_changed", "kenmerk.willen",
    ];

    /// <summary>Random attribute pairs and random subsets of units (the filter) over the real study.</summary>
    private static Arbitrary<(string Row, string Column, bool[] Keep)> Cases() =>
        (from row in Gen.Elements(Attributes)
         from column in Gen.Elements(Attributes)
         from keep in Gen.ArrayOf(ArbMap.Default.GeneratorFor<bool>(), StudyFixture.Study.Units.Length)
         select (row, column, keep)).ToArbitrary();

    private static CrossTab Build((string Row, string Column, bool[] Keep) c, out int units)
    {
        var all = StudyFixture.Units;
        var keep = all.Rows.Select((r, i) => (r.Unit.Id, c.Keep[i])).Where(p => p.Item2).Select(p => p.Id).ToHashSet();
        var filtered = all.Where(r => keep.Contains(r.Unit.Id));
        units = filtered.Rows.Length;
        return CrossTab.Build(filtered, StudyFixture.Vocabulary, c.Row, c.Column);
    }

    [Fact]
    public void Grand_total_equals_the_units_after_the_filter() =>
        Prop.ForAll(Cases(), c => Build(c, out var units).GrandTotal == units).QuickCheckThrowOnFailure();

    [Fact]
    public void Row_and_column_sums_agree() =>
        Prop.ForAll(Cases(), c =>
        {
            var t = Build(c, out _);
            return Enumerable.Range(0, t.Rows.Length).Sum(t.RowTotal) == Enumerable.Range(0, t.Columns.Length).Sum(t.ColumnTotal);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Percentages_add_up_to_100_per_row_and_column() =>
        Prop.ForAll(Cases(), c =>
        {
            var t = Build(c, out _);
            var rowsOk = Enumerable.Range(0, t.Rows.Length).Where(i => t.RowTotal(i) > 0)
                .All(i => Math.Abs(Enumerable.Range(0, t.Columns.Length).Sum(j => t.RowPercent(i, j)) - 100) < 1e-9);
            var columnsOk = Enumerable.Range(0, t.Columns.Length).Where(j => t.ColumnTotal(j) > 0)
                .All(j => Math.Abs(Enumerable.Range(0, t.Rows.Length).Sum(i => t.ColumnPercent(i, j)) - 100) < 1e-9);
            return rowsOk && columnsOk;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Filter_keeps_only_the_units_of_one_case()
    {
        var result = Jhr.Run("table", "--rows", "specialisation", "--cols", "response_cluster", "--where", "case=maas", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("Mate specialisatie aanbieder \\ Clusters strategische reactie,volgen,niet-volgen,niets-doen,Totaal", lines[0]);
        Assert.Equal("Totaal,2,2,0,4", lines[^1]);
    }

    [Fact]
    public void Unknown_attribute_is_a_usage_error()
    {
        var result = Jhr.Run("table", "--rows", "kleur", "--cols", "cluster");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown attribute 'kleur'", result.Error);
    }

    [Fact]
    public void Export_units_has_one_row_per_unit_with_dutch_labels_and_empty_undetermined_cells()
    {
        var result = Jhr.Run("export", "units", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("unit,case,provider,specialisation,founded,age_class,market_share_category,growth_objective,market_oriented,response_cluster,response_changed,response_change", lines[0]);
        Assert.Equal(19, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("rijn.saturnus,Rijn,Saturnus,specialistisch,", StringComparison.Ordinal) && l.Contains(",,volgen,ja,van niet-volgen naar volgen"));
        Assert.Contains(lines, l => l.StartsWith("waal.gezond-en-wel,Waal,Gezond en Wel,laag specialistisch,", StringComparison.Ordinal) && l.Contains("niets-doen"));
        Assert.Contains(lines, l => l.Contains(",dominante gemeente,"));
    }

    [Fact]
    public void Xlsx_export_writes_a_workbook()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("jhr-xlsx-").FullName, "tabel.xlsx");
        var result = Jhr.Run("table", "--rows", "case", "--cols", "cluster", "--format", "xlsx", "--output", path);
        Assert.Equal(0, result.ExitCode);
        using var workbook = new ClosedXML.Excel.XLWorkbook(path);
        Assert.Equal(18, workbook.Worksheets.First().Cell(9, 5).GetValue<int>());
    }
}
