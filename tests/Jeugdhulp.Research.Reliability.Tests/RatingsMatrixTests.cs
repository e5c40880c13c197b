using Jeugdhulp.Research.Reliability;

namespace Jeugdhulp.Research.Reliability.Tests;

public class RatingsMatrixTests
{
    [Fact]
    public void Numeric_labels_are_ordered_by_value_and_equal_values_are_one_category()
    {
        var m = RatingsMatrix.FromLabels([["10", "2"], ["1.0", "1"], ["2.5", null]]);
        Assert.Equal(["1.0", "2", "2.5", "10"], m.Categories);
        Assert.Equal([1.0, 2.0, 2.5, 10.0], m.CategoryValues!);
        Assert.Equal(m[1, 0], m[1, 1]);
        Assert.Equal(RatingsMatrix.Missing, m[2, 1]);
    }

    [Fact]
    public void Text_labels_are_ordered_ordinally_unless_an_order_is_given()
    {
        Assert.Equal(["hoog", "laag", "midden"], RatingsMatrix.FromLabels([["laag", "hoog"], ["midden", "laag"]]).Categories);
        var ordered = RatingsMatrix.FromLabels([["laag", "hoog"], ["midden", "laag"]], categoryOrder: ["laag", "midden", "hoog"]);
        Assert.Equal(["laag", "midden", "hoog"], ordered.Categories);
        Assert.Equal(2, ordered[0, 1]);
        Assert.False(ordered.HasNumericValues);
    }

    [Fact]
    public void Labels_outside_the_given_order_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => RatingsMatrix.FromLabels([["a", "z"]], categoryOrder: ["a", "b"]));
    }

    [Fact]
    public void Ragged_label_rows_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => RatingsMatrix.FromLabels([["a", "b"], ["a"]]));
    }

    [Fact]
    public void Codes_are_validated_and_copied()
    {
        var cells = new[] { 0, 1, -1, 2 };
        var m = RatingsMatrix.FromCodes(cells, 2, ["a", "b", "c"]);
        cells[0] = 2;
        Assert.Equal(0, m[0, 0]);
        Assert.Throws<ArgumentException>(() => RatingsMatrix.FromCodes([0, 3], 2, ["a", "b", "c"]));
        Assert.Throws<ArgumentException>(() => RatingsMatrix.FromCodes([0, 1, 2], 2, ["a", "b", "c"]));
    }

    [Fact]
    public void Codes_and_labels_give_the_same_coefficients()
    {
        var fromLabels = RatingsMatrix.FromLabels([["1", "2"], ["2", "2"], ["3", "3"], [null, "1"]]);
        var fromCodes = RatingsMatrix.FromCodes([0, 1, 1, 1, 2, 2, -1, 0], 2, ["1", "2", "3"]);
        Assert.Equal(KrippendorffAlpha.Compute(fromLabels, AlphaMetric.Interval).Value, KrippendorffAlpha.Compute(fromCodes, AlphaMetric.Interval).Value);
        Assert.Equal(CohenKappa.Compute(fromLabels).Value, CohenKappa.Compute(fromCodes).Value);
    }

    [Fact]
    public void Values_build_a_numeric_matrix()
    {
        var m = RatingsMatrix.FromValues([[1.5, 2.0], [null, 1.5]]);
        Assert.Equal([1.5, 2.0], m.CategoryValues!);
        Assert.Equal(RatingsMatrix.Missing, m[1, 0]);
    }

    [Fact]
    public void Selecting_coders_keeps_names_and_categories()
    {
        var m = RatingsMatrix.FromLabels([["a", "b", "c"]], coderNames: ["x", "y", "z"]).SelectCoders(2, 0);
        Assert.Equal(["z", "x"], m.CoderNames);
        Assert.Equal("c", m.GetLabel(0, 0));
        Assert.Equal(3, m.CategoryCount);
    }
}
