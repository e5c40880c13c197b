using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Comparison;

public class MatricesTests
{
    [Fact]
    public void Meta_matrix_lists_all_units_grouped_by_case_in_case_order()
    {
        var table = Matrices.MetaMatrix(StudyFixture.Study, StudyFixture.Vocabulary, ["cluster", "kenmerk.willen"]);
        Assert.Equal(["case", "aanbieder", "Clusters strategische reactie", "Willen"], table.Columns.ToArray());
        Assert.Equal(18, table.Rows.Length);
        var cases = table.Rows.Select(r => r[0].Text).Distinct();
        Assert.Equal(["Rijn", "Maas", "IJssel", "Waal", "Lek"], cases);
        var mars = table.Rows.Single(r => r[1].Text == "Mars");
        Assert.Equal("volgen", mars[2].Text);
        Assert.Contains("regels", mars[2].Detail);
    }

    [Fact]
    public void Steering_matrix_has_one_column_per_case_and_keeps_the_cell_text_as_evidence()
    {
        var table = Matrices.SteeringMatrix(StudyFixture.Study, StudyFixture.Vocabulary);
        Assert.Equal(["variabele", "Rijn", "Maas", "IJssel", "Waal", "Lek"], table.Columns.ToArray());
        var hierarchical = table.Rows.Single(r => r[0].Text == "Hiërarchische sturing");
        Assert.Equal("+", hierarchical[1].Text);
        Assert.Contains("Afdwingbaarheid stelsel met regels via inkoop", hierarchical[1].Detail);
    }

    [Fact]
    public void Change_table_lists_the_six_changing_units_of_table_9_15()
    {
        var table = Matrices.ChangeTable(StudyFixture.Study, StudyFixture.Vocabulary);
        Assert.Equal(6, table.Rows.Length);
        Assert.Single(table.Rows, r => r[2].Text == "van niet-volgen naar volgen");
        Assert.Equal(5, table.Rows.Count(r => r[2].Text == "van volgen naar niet-volgen"));
        Assert.Equal("van volgen naar niet-volgen: 5x; van niet-volgen naar volgen: 1x",
            string.Join("; ", table.Notes[0].Split("; ").OrderByDescending(s => s.EndsWith("5x", StringComparison.Ordinal))));
    }

    [Fact]
    public void Contrast_table_counts_values_within_followers_and_non_followers()
    {
        var table = Matrices.ContrastTable(StudyFixture.Study, StudyFixture.Vocabulary, ["kenmerk.willen"]);
        Assert.Equal(["factor", "volgen", "niet-volgen"], table.Columns.ToArray());
        var units = StudyFixture.Units;
        int Count(string cluster, string value) => units.Rows.Count(u => u["cluster"] == cluster && u["kenmerk.willen"] == value);
        Assert.Contains($"+: {Count("volgen", "+")} van 8", table.Rows[0][1].Text);
        Assert.Contains($"-: {Count("niet-volgen", "-")} van 6", table.Rows[0][2].Text);
    }

    [Theory]
    [InlineData("meta")]
    [InlineData("steering")]
    [InlineData("changes")]
    [InlineData("contrast")]
    public void Jhr_matrix_prints_each_kind_with_every_cell_of_its_table(string kind)
    {
        var vocabulary = StudyFixture.Vocabulary;
        var expected = kind switch
        {
            "meta" => Matrices.MetaMatrix(StudyFixture.Study, vocabulary, ["cluster", "kenmerk.weten", "kenmerk.willen", "kenmerk.kunnen", "kenmerk.moeten"]),
            "steering" => Matrices.SteeringMatrix(StudyFixture.Study, vocabulary),
            "changes" => Matrices.ChangeTable(StudyFixture.Study, vocabulary),
            _ => Matrices.ContrastTable(StudyFixture.Study, vocabulary, ["kenmerk.weten", "kenmerk.willen", "kenmerk.kunnen", "kenmerk.moeten"]),
        };

        var result = Jhr.Run("matrix", kind, "--format", "csv");

        Assert.True(result.ExitCode == 0, result.Error);
        var rows = Cli.StudyCommandsEndToEndTests.Csv(result.Out);
        Assert.Equal(expected.Columns.ToArray(), rows[0]);
        Assert.Equal(expected.Rows.Select(r => r.Select(c => c.Text).ToArray()), rows.Skip(1));
        Assert.True(rows.Count > 2, "a matrix of one row or less");
    }
}
