using Jeugdhulp.Research.Reliability;

namespace Jeugdhulp.Research.Reliability.Tests;

public class RatingsCsvTests
{
    private static RatingsFormatException Fails(string content, RatingsCsvOptions? options = null) =>
        Assert.Throws<RatingsFormatException>(() => RatingsCsv.Read(new StringReader(content), "ratings.csv", options));

    [Fact]
    public void Reads_unit_ids_coder_names_and_missing_cells()
    {
        var m = RatingsCsv.Read(new StringReader("unit,A,B\nu1,1,\nu2, 2 ,1\n"), "ratings.csv");
        Assert.Equal(["A", "B"], m.CoderNames);
        Assert.Equal(["u1", "u2"], m.UnitIds);
        Assert.Null(m.GetLabel(0, 1));
        Assert.Equal("2", m.GetLabel(1, 0));
    }

    [Fact]
    public void Reference_file_loads_with_missing_values()
    {
        var m = ReferenceData.Load("krippendorff2011_4coders_missing.csv");
        Assert.Equal(12, m.UnitCount);
        Assert.Equal(4, m.CoderCount);
        Assert.Null(m.GetLabel(11, 0));
        Assert.Equal("3", m.GetLabel(11, 1));
    }

    [Fact]
    public void Empty_file_is_reported_with_the_file_name()
    {
        var e = Fails("");
        Assert.Equal("ratings.csv", e.File);
        Assert.Contains("empty", e.Message);
        Assert.StartsWith("ratings.csv: ", e.Message);
    }

    [Fact]
    public void Duplicate_unit_id_is_reported_with_line_and_column()
    {
        var e = Fails("unit,A,B\n1,a,b\n2,a,a\n1,b,b\n");
        Assert.Equal(4, e.Line);
        Assert.Equal(1, e.Column);
        Assert.Contains("duplicate unit id '1' (first on line 2)", e.Message);
        Assert.StartsWith("ratings.csv:4:1: ", e.Message);
    }

    [Fact]
    public void Ragged_row_is_reported_with_its_line()
    {
        var e = Fails("unit,A,B\n1,a,b\n2,a\n");
        Assert.Equal(3, e.Line);
        Assert.Contains("ragged row: 2 fields but the header has 3", e.Message);
    }

    [Fact]
    public void Non_numeric_value_for_numeric_metrics_is_reported_with_line_and_column()
    {
        var e = Fails("unit,A,B\n1,1,2\n2,3,veel\n", new RatingsCsvOptions(RequireNumeric: true));
        Assert.Equal((3, 3), (e.Line, e.Column));
        Assert.Contains("'veel' of coder 'B' is not a number", e.Message);
    }

    [Fact]
    public void Line_numbers_count_blank_lines()
    {
        var e = Fails("unit,A,B\n\n1,a,b\n\n1,a,b\n");
        Assert.Equal(5, e.Line);
    }

    [Fact]
    public void Header_with_only_a_unit_column_is_rejected()
    {
        Assert.Contains("only one column", Fails("unit\n1\n").Message);
    }

    [Fact]
    public void Duplicate_coder_names_are_rejected()
    {
        var e = Fails("unit,A,A\n1,a,b\n");
        Assert.Equal((1, 3), (e.Line, e.Column));
    }

    [Fact]
    public void Empty_unit_id_is_rejected()
    {
        var e = Fails("unit,A,B\n,a,b\n");
        Assert.Equal((2, 1), (e.Line, e.Column));
    }

    [Fact]
    public void Quoted_fields_with_commas_are_one_cell()
    {
        var m = RatingsCsv.Read(new StringReader("unit,A,B\n1,\"x, y\",z\n"), "ratings.csv");
        Assert.Equal("x, y", m.GetLabel(0, 0));
    }

    [Fact]
    public void Missing_file_is_a_ratings_format_error()
    {
        var e = Assert.Throws<RatingsFormatException>(() => RatingsCsv.Read("/nonexistent/ratings.csv"));
        Assert.Contains("/nonexistent/ratings.csv", e.Message);
    }

    [Fact]
    public void Category_order_rejects_unknown_values_with_location()
    {
        var e = Fails("unit,A,B\n1,laag,hoog\n2,laag,heel hoog\n", new RatingsCsvOptions(CategoryOrder: ["laag", "midden", "hoog"]));
        Assert.Equal((3, 3), (e.Line, e.Column));
    }
}
