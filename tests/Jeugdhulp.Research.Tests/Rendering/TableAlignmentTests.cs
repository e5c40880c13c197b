using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Rendering;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Rendering;

/// <summary>Counts line up on their digits; names, values and reasons read as text, in every text format.</summary>
public class TableAlignmentTests
{
    private static ResultTable Table9_1 => CrossTab.Build(StudyFixture.Units, StudyFixture.Vocabulary, "case", "cluster").ToTable(StudyFixture.Vocabulary);

    private static ResultTable MetaMatrix => Matrices.MetaMatrix(StudyFixture.Study, StudyFixture.Vocabulary, ["cluster", "kenmerk.willen"]);

    [Fact]
    public void Count_columns_are_numeric_and_text_columns_are_not()
    {
        Assert.Equal([false, true, true, true, true], TableRenderer.NumericColumns(Table9_1).Take(5));
        Assert.All(TableRenderer.NumericColumns(MetaMatrix), Assert.False);
    }

    [Fact]
    public void Plain_text_pads_counts_on_the_left_and_text_on_the_right()
    {
        var lines = TableRenderer.ToText(MetaMatrix).Split('\n');
        var mars = lines.Single(l => l.Contains("Mars", StringComparison.Ordinal));
        var saturnus = lines.Single(l => l.Contains("Saturnus", StringComparison.Ordinal));
        // The cluster column starts at the same place on every row, whatever the length of the provider's name.
        Assert.Equal(saturnus.IndexOf("volgen", StringComparison.Ordinal), mars.IndexOf("volgen", StringComparison.Ordinal));

        var counts = TableRenderer.ToText(Table9_1).Split('\n');
        var rijn = counts.Single(l => l.StartsWith("Rijn", StringComparison.Ordinal));
        var header = counts[1];
        // Rijn has 4 followers: the digit ends where the right-aligned header "volgen" ends.
        Assert.Equal(header.IndexOf("volgen", StringComparison.Ordinal) + "volgen".Length - 1, rijn.IndexOf('4'));
    }

    [Fact]
    public void Markdown_and_LaTeX_align_the_same_columns_right()
    {
        Assert.Contains("|---|---|---|---|", TableRenderer.ToMarkdown(MetaMatrix));
        Assert.Contains("|---|---:|---:|", TableRenderer.ToMarkdown(Table9_1));
        Assert.Contains("\\begin{tabular}{llll}", TableRenderer.ToLatex(MetaMatrix));
        Assert.Contains("\\begin{tabular}{lrrr", TableRenderer.ToLatex(Table9_1));
    }
}
