using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Comparison;

/// <summary>The main job: chapter 9's count tables regenerated from the unit data.</summary>
public class ReproductionTests
{
    public static TheoryData<string> PublishedTables() => [.. StudyFixture.Study.PublishedTables.Select(t => t.Id)];

    [Fact]
    public void All_listed_chapter_9_tables_are_bundled()
    {
        Assert.Equal(["9.1", "9.4", "9.6", "9.8", "9.10", "9.11", "9.12", "9.13", "9.14", "9.15"],
            StudyFixture.Study.PublishedTables.Select(t => t.Id));
    }

    [Theory]
    [MemberData(nameof(PublishedTables))]
    public void Every_printed_cell_is_reproduced_from_unit_data(string table)
    {
        var result = Reproduction.Reproduce(StudyFixture.Study, StudyFixture.Units, StudyFixture.Study.PublishedTables.Single(t => t.Id == table));
        Assert.NotEmpty(result.Cells);
        Assert.All(result.Cells, c => Assert.True(c.Matches, $"Tabel {table} {c.Row} × {c.Column}: {c.Reproduced} ≠ {c.Published}"));
    }

    [Fact]
    public void Table_9_1_response_per_case_has_the_published_counts()
    {
        var tab = CrossTab.Build(StudyFixture.Units, StudyFixture.Vocabulary, "case", "cluster");
        int[][] published =
        [
            [4, 0, 0], // Rijn
            [2, 2, 0], // Maas
            [2, 1, 0], // IJssel
            [0, 1, 3], // Waal
            [0, 2, 1], // Lek
        ];
        Assert.Equal(["rijn", "maas", "ijssel", "waal", "lek"], tab.Rows.Select(r => r.Id));
        Assert.Equal(["volgen", "niet-volgen", "niets-doen"], tab.Columns.Select(c => c.Id));
        Assert.Equal(published, tab.Counts.Select(r => r.ToArray()).ToArray());
        Assert.Equal((8, 6, 4, 18), (tab.ColumnTotal(0), tab.ColumnTotal(1), tab.ColumnTotal(2), tab.GrandTotal));
    }

    [Fact]
    public void Table_9_14_keeps_the_undetermined_units_as_onbekend()
    {
        var tab = CrossTab.Build(StudyFixture.Units, StudyFixture.Vocabulary, "aanbieder.marktgericht", "cluster");
        Assert.Equal(["marktgericht", "niet-marktgericht", null], tab.Rows.Select(r => r.Id));
        Assert.Equal([[5, 1, 3], [0, 5, 0], [3, 0, 1]], tab.Counts.Select(r => r.ToArray()).ToArray());
        Assert.Equal("onbekend", tab.Rows[2].Label);
    }

    [Fact]
    public void Table_9_15_counts_five_changes_to_niet_volgen_and_one_back()
    {
        var changes = StudyFixture.Study.Units
            .SelectMany(u => UnitTable.ClusterChanges(StudyFixture.Study.ResponsesOf(u.Id)).Select(c => (u.Case, c)))
            .ToList();
        Assert.Equal(5, changes.Count(c => c.c == "volgen>niet-volgen"));
        Assert.Equal(["ijssel", "lek", "maas", "maas", "waal"], changes.Where(c => c.c == "volgen>niet-volgen").Select(c => c.Case).Order());
        Assert.Equal(["rijn"], changes.Where(c => c.c == "niet-volgen>volgen").Select(c => c.Case));
    }

    [Fact]
    public void Jhr_reproduce_on_the_bundled_data_exits_0_and_says_so()
    {
        var result = Jhr.Run("reproduce");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Alle 10 tabellen (125 cellen) exact gereproduceerd.", result.Out);
        Assert.Contains("inconsistentie I01", result.Out);
        Assert.Contains("berust op: maas.1-jeugd aanbieder.specialisatie = specialistisch [forced-by-counts", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Editing_one_unit_value_makes_reproduce_name_exactly_the_differing_cells_and_exit_1()
    {
        var data = StudyFixture.CopyOfData();
        // Mars becomes laag specialistisch instead of hoog specialistisch: Tables 9.4 and 9.12 change.
        StudyFixture.Edit(data, "unit-classification.csv", "rijn.mars,aanbieder.specialisatie,,hoog-specialistisch", "rijn.mars,aanbieder.specialisatie,,laag-specialistisch");

        var result = Jhr.Run("reproduce", "--data", data);

        Assert.Equal(1, result.ExitCode);
        var differing = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf(':')]).ToList();
        Assert.Equal(
        [
            "Tabel 9.4, Laag specialistisch × Volgen", "Tabel 9.4, Laag specialistisch × Totaal",
            "Tabel 9.4, Hoog specialistisch × Volgen", "Tabel 9.4, Hoog specialistisch × Totaal",
            "Tabel 9.12, Hoog specialistisch × Oud", "Tabel 9.12, Hoog specialistisch × Totaal",
            "Tabel 9.12, Laag specialistisch × Oud", "Tabel 9.12, Laag specialistisch × Totaal",
        ], differing);
        Assert.Contains("Tabel 9.4, Laag specialistisch × Volgen: gereproduceerd 4, gepubliceerd 3 (eenheden: rijn.mars,", result.Error);
        Assert.Contains("2 van 10 tabellen wijken af: 8 van 125 cellen", result.Out);
    }
}
