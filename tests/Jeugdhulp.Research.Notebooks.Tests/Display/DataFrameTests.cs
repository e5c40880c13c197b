using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Display;

namespace Jeugdhulp.Research.Notebooks.Tests.Display;

/// <summary>The DataFrame conversions hold the same cells as the rendered tables.</summary>
public sealed class DataFrameTests
{
    [Fact]
    public void Reproduction_becomes_a_frame_with_the_printed_layout()
    {
        var reproduction = Reproduction.Run(DisplayFixture.Study).Single(t => t.Published.Id == "9.1");

        var frame = reproduction.ToDataFrame();

        Assert.Equal(6, frame.Rows.Count);
        Assert.Equal(["#0", "Volgen", "Niet volgen", "Niets-doen", "Totaal"], frame.Columns.Select(c => c.Name));
        Assert.Equal("Case Maas", frame.Columns[0][1]);
        Assert.Equal("2", frame.Columns["Niet volgen"][1]);
    }

    [Fact]
    public void Cross_table_and_unit_table_become_frames()
    {
        var units = UnitTable.From(DisplayFixture.Study);
        var crossTab = CrossTab.Build(units, DisplayFixture.Vocabulary, "case", "cluster");

        var cross = crossTab.ToDataFrame(DisplayFixture.Vocabulary);
        var raw = units.ToDataFrame();
        var labelled = units.ToDataFrame(DisplayFixture.Vocabulary);

        Assert.Equal(6, cross.Rows.Count);
        Assert.Equal("18", cross.Columns["Totaal"][5]);
        Assert.Equal(18, raw.Rows.Count);
        Assert.Equal(units.Attributes.Length + 1, raw.Columns.Count);
        Assert.Equal(UnitExport.Columns, labelled.Columns.Select(c => c.Name));
        Assert.Equal("Rijn", labelled.Columns["case"][0]);
    }
}
