using System.Globalization;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Cli;

/// <summary>
/// <c>jhr table --measure</c>, <c>jhr matrix --vars</c> and <c>jhr qca --n-cut</c> end to end. Expected numbers are
/// counted here from the unit table (or derived by hand in the comments), and output is read as CSV cells or as
/// lines holding the expected content, so a renderer's layout may change without breaking these.
/// </summary>
public sealed class StudyCommandsEndToEndTests
{
    private static readonly string[] Cases = ["rijn", "maas", "ijssel", "waal", "lek"];
    private static readonly string[] Clusters = ["volgen", "niet-volgen", "niets-doen"];

    /// <summary>Cells of a CSV text (quotes handled; a leading apostrophe, the spreadsheet-formula guard, dropped).</summary>
    internal static List<string[]> Csv(string text)
    {
        var rows = new List<string[]>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var cells = new List<string>();
            var cell = new System.Text.StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else cell.Append(c);
                }
                else if (c == '"') quoted = true;
                else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
                else if (c != '\r') cell.Append(c);
            }
            cells.Add(cell.ToString());
            rows.Add([.. cells.Select(x => x.StartsWith('\'') ? x[1..] : x)]);
        }
        return rows;
    }

    private static double Percent(string cell) =>
        double.Parse(cell.Replace("%", "").Replace(',', '.').Trim(), CultureInfo.InvariantCulture);

    private static int Count(string @case, string cluster) =>
        StudyFixture.Units.Rows.Count(u => u.Unit.Case == @case && u["cluster"] == cluster);

    [Fact]
    public void Table_with_row_percentages_divides_each_count_by_its_case_total()
    {
        var result = Jhr.Run("table", "--rows", "case", "--cols", "response_cluster", "--measure", "row%", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.Error);
        var rows = Csv(result.Out);
        Assert.Equal(["volgen", "niet-volgen", "niets-doen"], rows[0][1..4]);
        for (var r = 0; r < Cases.Length; r++)
        {
            var total = Clusters.Sum(c => Count(Cases[r], c));
            Assert.Equal(Cases[r], rows[r + 1][0].ToLowerInvariant());
            for (var c = 0; c < Clusters.Length; c++)
                Assert.Equal(Math.Round(100.0 * Count(Cases[r], Clusters[c]) / total, 1), Percent(rows[r + 1][c + 1]));
            Assert.Equal(100.0, Percent(rows[r + 1][4]));
        }
        // By hand from Table 9.4's counts: Maas 2-2-0 of 4 -> 50 %, 50 %, 0 %; IJssel 2-1-0 of 3 -> 66.7 %, 33.3 %.
        Assert.Equal([50.0, 50.0, 0.0], rows[2][1..4].Select(Percent));
        Assert.Equal([66.7, 33.3, 0.0], rows[3][1..4].Select(Percent));
    }

    [Fact]
    public void Table_with_column_percentages_divides_each_count_by_its_cluster_total()
    {
        var result = Jhr.Run("table", "--rows", "case", "--cols", "response_cluster", "--measure", "col%", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.Error);
        var rows = Csv(result.Out);
        for (var c = 0; c < Clusters.Length; c++)
        {
            var total = Cases.Sum(k => Count(k, Clusters[c]));
            for (var r = 0; r < Cases.Length; r++)
                Assert.Equal(Math.Round(100.0 * Count(Cases[r], Clusters[c]) / total, 1), Percent(rows[r + 1][c + 1]));
            Assert.Equal(100.0, Percent(rows[Cases.Length + 1][c + 1]));
        }
        // By hand: 8 followers, 4 of them in Rijn -> 50 %; 4 niets-doeners, 3 in Waal -> 75 %.
        Assert.Equal(50.0, Percent(rows[1][1]));
        Assert.Equal(75.0, Percent(rows[4][3]));
    }

    [Fact]
    public void Matrix_meta_with_vars_shows_exactly_those_attributes_for_every_unit()
    {
        var result = Jhr.Run("matrix", "meta", "--vars", "kenmerk.willen,kenmerk.kunnen", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.Error);
        var rows = Csv(result.Out);
        Assert.Equal(["case", "aanbieder", "Clusters strategische reactie", "Willen", "Kunnen"], rows[0]);
        Assert.Equal(18, rows.Count - 1);
        foreach (var unit in StudyFixture.Units.Rows)
        {
            var row = Assert.Single(rows, r => r[0].ToLowerInvariant() == unit.Unit.Case && r[1] == unit.Unit.Provider);
            Assert.Equal(unit["cluster"], row[2]);
            // Undetermined: empty where nothing is recorded, 'onbekend' where the source marks it undetermined.
            Assert.Contains(row[3], (string[])(unit["kenmerk.willen"] is { } willen ? [willen] : ["", "onbekend"]));
            Assert.Contains(row[4], (string[])(unit["kenmerk.kunnen"] is { } kunnen ? [kunnen] : ["", "onbekend"]));
        }
    }

    [Fact]
    public void Matrix_contrast_with_vars_counts_each_value_within_followers_and_non_followers()
    {
        var result = Jhr.Run("matrix", "contrast", "--vars", "kenmerk.kunnen", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.Error);
        var rows = Csv(result.Out);
        Assert.Equal(["factor", "volgen", "niet-volgen"], rows[0]);
        var row = Assert.Single(rows.Skip(1));
        Assert.Equal("Kunnen", row[0]);
        foreach (var (cluster, cell) in new[] { ("volgen", row[1]), ("niet-volgen", row[2]) })
        {
            var units = StudyFixture.Units.Rows.Where(u => u["cluster"] == cluster).ToList();
            foreach (var value in new[] { "+", "-" })
            {
                var n = units.Count(u => u["kenmerk.kunnen"] == value);
                if (n > 0) Assert.Contains($"{value}: {n} van {units.Count}", cell);
            }
        }
    }

    private static JhrResult Qca(int nCut) => Jhr.Run("qca", "--outcome", "volgen", "--conditions", "weten,willen,kunnen,moeten", "--n-cut", nCut.ToString(CultureInfo.InvariantCulture));

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void Qca_n_cut_2_turns_the_rows_with_one_case_into_remainders_and_changes_the_solutions()
    {
        // Nine units have all four conditions. The truth table (weten willen kunnen moeten -> volgen, n):
        // 0010 -> 0 (1), 1010 -> 0 (1), 1101 -> 1 (1), 1110 -> 1 (2), 1111 -> 1 (4).
        // --n-cut 1: five observed rows; conservative 1110 + 1111 + 1101 = weten*willen*kunnen + weten*willen*moeten.
        // --n-cut 2: only 1110 and 1111 are observed (2 rows, 14 remainders); they differ only in moeten, so the
        // conservative solution is weten*willen*kunnen; with no negative row left, the parsimonious one is 1 (a tautology).
        var one = Qca(1);
        var two = Qca(2);

        Assert.True(one.ExitCode == 0, one.Error);
        Assert.True(two.ExitCode == 0, two.Error);
        Assert.Contains("5 geobserveerde rijen, 11 logische restrijen (remainders), 9 eenheden in de analyse.", one.Out);
        Assert.Contains("2 geobserveerde rijen, 14 logische restrijen (remainders), 9 eenheden in de analyse.", two.Out);
        Assert.Contains("Oplossing: M1: weten*willen*kunnen + weten*willen*moeten -> volgen.", Lines(one.Out));
        Assert.Contains("Oplossing: M1: willen -> volgen.", Lines(one.Out));
        Assert.Contains("Oplossing: M1: weten*willen*kunnen -> volgen.", Lines(two.Out));
        Assert.DoesNotContain("weten*willen*moeten", two.Out);
        Assert.Contains("Oplossing: M1: 1 -> volgen.", Lines(two.Out));
        // The three single-case rows keep their cases but get no output value.
        foreach (var unit in new[] { "waal.gezond-en-wel", "lek.jeugdkracht", "maas.1-jeugd" })
        {
            Assert.Contains(Lines(two.Out), l => l.EndsWith(unit, StringComparison.Ordinal) && l.Contains(" ? ", StringComparison.Ordinal));
            Assert.DoesNotContain(Lines(one.Out), l => l.EndsWith(unit, StringComparison.Ordinal) && l.Contains(" ? ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Qca_n_cut_below_1_is_a_usage_error()
    {
        var result = Qca(0);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("n-cut", result.Error);
    }
}
