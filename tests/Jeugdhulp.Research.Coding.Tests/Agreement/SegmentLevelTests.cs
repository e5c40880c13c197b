using Jeugdhulp.Research.Coding.Agreement;
using static Jeugdhulp.Research.Coding.Tests.Agreement.AgreementProjects;

namespace Jeugdhulp.Research.Coding.Tests.Agreement;

public class SegmentLevelTests
{
    private static readonly string[] Units = ["u1"];

    [Fact]
    public void Identical_segments_with_the_same_codes_agree_perfectly()
    {
        var project = Project(Units, [
            new("coderA", "u1", "reactie.volgen", Start: 0, End: 50), new("coderB", "u1", "reactie.volgen", Start: 0, End: 50),
            new("coderA", "u1", "reactie.trotseren", Start: 100, End: 150), new("coderB", "u1", "reactie.trotseren", Start: 100, End: 150)]);

        var data = SegmentLevel.Build(project);

        Assert.Equal(["bron-u1@0-50", "bron-u1@100-150"], data.Items.Select(i => i.Id));
        Assert.Equal(1.0, data.Compute("alpha-nominal").Value);
        Assert.Equal(1.0, data.Compute("cohen").Value);
    }

    [Theory]
    [InlineData("0.5", true)]   // shared 60 of 100 covered: Jaccard 0.6
    [InlineData("0.6", true)]
    [InlineData("0.7", false)]
    [InlineData("60", true)]    // 60 shared characters
    [InlineData("chars:61", false)]
    public void Segments_align_by_the_configured_minimum_overlap(string rule, bool aligned)
    {
        Assert.True(SegmentOverlap.TryParse(rule, out var overlap));
        var project = Project(Units, [new("coderA", "u1", "reactie.volgen", Start: 0, End: 100), new("coderB", "u1", "reactie.volgen", Start: 40, End: 100)]);

        var data = SegmentLevel.Build(project, new SegmentLevelOptions(Overlap: overlap));

        if (aligned)
        {
            var item = Assert.Single(data.Items);
            Assert.Equal(("bron-u1@0-100", "reactie.volgen", "reactie.volgen"), (item.Id, item.Ratings[0].Label!, item.Ratings[1].Label!));
            Assert.Equal(40, item.Extent); // 100 characters in the group, 60 coded by both
        }
        else
        {
            Assert.Equal([("reactie.volgen", "absent"), ("absent", "reactie.volgen")], data.Items.Select(i => (i.Ratings[0].Label!, i.Ratings[1].Label!)));
        }
    }

    [Fact]
    public void A_long_segment_aligns_with_one_of_two_short_ones_only_and_same_codes_are_preferred()
    {
        // A codes 0-100 as volgen; B codes 0-55 as trotseren and 45-100 as volgen: both overlap A with Jaccard 0.55,
        // the same code wins, and the other B segment stands alone (A: absent).
        var project = Project(Units, [
            new("coderA", "u1", "reactie.volgen", Start: 0, End: 100),
            new("coderB", "u1", "reactie.trotseren", Start: 0, End: 55), new("coderB", "u1", "reactie.volgen", Start: 45, End: 100)]);

        var data = SegmentLevel.Build(project);

        Assert.Equal([("bron-u1@0-100", "reactie.volgen", "reactie.volgen"), ("bron-u1@0-55", "absent", "reactie.trotseren")],
            data.Items.Select(i => (i.Id, i.Ratings[0].Label!, i.Ratings[1].Label!)).OrderBy(x => x.Item1, StringComparer.Ordinal));
    }

    [Fact]
    public void Per_code_labels_are_present_or_absent_and_a_different_code_counts_as_absent()
    {
        var project = Project(Units, [
            new("coderA", "u1", "reactie.volgen.imiteren", Start: 0, End: 50), new("coderB", "u1", "reactie.volgen.conformeren", Start: 0, End: 50),
            new("coderA", "u1", "reactie.volgen", Start: 100, End: 150), new("coderB", "u1", "reactie.trotseren", Start: 100, End: 150)]);

        var volgen = SegmentLevel.Build(project, new SegmentLevelOptions(Code: "reactie.volgen"));
        var imiteren = SegmentLevel.Build(project, new SegmentLevelOptions(Code: "reactie.volgen.imiteren"));

        Assert.Equal([("present", "present"), ("present", "absent")], volgen.Items.Select(i => (i.Ratings[0].Label!, i.Ratings[1].Label!)));
        Assert.Equal(("present", "absent"), imiteren.Items.Select(i => (i.Ratings[0].Label!, i.Ratings[1].Label!)).Single());
        Assert.Throws<ArgumentException>(() => SegmentLevel.Build(project, new SegmentLevelOptions(Code: "reactie.bestaat-niet")));
    }

    [Fact]
    public void Uncoded_text_is_not_counted_by_default_and_counted_as_agreement_on_absence_in_windows_on_request()
    {
        // Source of 1000 characters. Both code 0-100; only A codes 500-600.
        var project = Project(Units, [
            new("coderA", "u1", "reactie.volgen", Start: 0, End: 100), new("coderB", "u1", "reactie.volgen", Start: 0, End: 100),
            new("coderA", "u1", "reactie.volgen", Start: 500, End: 600)]);

        var plain = SegmentLevel.Build(project, new SegmentLevelOptions(Code: "reactie.volgen"));
        var windows = SegmentLevel.Build(project, new SegmentLevelOptions(Code: "reactie.volgen", UncodedWindow: 100));

        Assert.Equal(2, plain.Items.Length);
        Assert.Equal(0.5, plain.Compute("agreement").Value);
        // No absent/absent unit: A present 2, B present 1 and absent 1: Pe = (2·1 + 0·1)/4 = 1/2, Po = 1/2: κ = 0.
        Assert.Equal(0.0, plain.Compute("cohen").Value, 12);
        // With windows of 100: the two coded groups plus the 8 windows nobody touched (100-500 and 600-1000).
        Assert.Equal(10, windows.Items.Length);
        Assert.Equal(8, windows.Items.Count(i => i.Ratings.All(r => r.Label == SegmentLevel.Absent)));
        // Po = 9/10; A present 2, absent 8; B present 1, absent 9: Pe = (2·1 + 8·9)/100 = 0.74; κ = 0.16/0.26 = 8/13.
        Assert.Equal(8.0 / 13, windows.Compute("cohen").Value, 12);
        Assert.Contains(windows.Notes, n => n.Contains("vensters van 100 tekens", StringComparison.Ordinal));
    }

    [Fact]
    public void Segments_of_different_sources_never_align()
    {
        var project = Project(["u1", "u2"], [new("coderA", "u1", "reactie.volgen", Start: 0, End: 50), new("coderB", "u2", "reactie.volgen", Start: 0, End: 50)]);

        var data = SegmentLevel.Build(project);

        Assert.Equal(["bron-u1@0-50", "bron-u2@0-50"], data.Items.Select(i => i.Id));
        Assert.Equal(2, data.Disagreements.Count());
    }
}
