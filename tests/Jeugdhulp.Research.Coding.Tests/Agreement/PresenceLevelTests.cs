using Jeugdhulp.Research.Coding.Agreement;
using static Jeugdhulp.Research.Coding.Tests.Agreement.AgreementProjects;

namespace Jeugdhulp.Research.Coding.Tests.Agreement;

public class PresenceLevelTests
{
    private static readonly string[] Units = ["u1", "u2", "u3", "u4"];

    [Fact]
    public void Presence_of_one_code_per_source_is_1_or_0_and_counts_codes_below_it()
    {
        var project = Project(Units, [
            new("coderA", "u1", "reactie.volgen.imiteren"), new("coderB", "u1", "reactie.volgen", Start: 300, End: 400),
            new("coderA", "u2", "reactie.volgen"),
            new("coderB", "u3", "reactie.volgen.conformeren")]);

        var data = PresenceLevel.Build(project, new PresenceLevelOptions(Code: "reactie.volgen"));

        Assert.Equal(["bron-u1", "bron-u2", "bron-u3", "bron-u4"], data.Items.Select(i => i.Id));
        Assert.Equal([("1", "1"), ("1", "0"), ("0", "1"), ("0", "0")], data.Items.Select(i => (i.Ratings[0].Label!, i.Ratings[1].Label!)));
        // Po = 2/4; both coders 1 twice of 4: Pe = (2·2 + 2·2)/16 = 1/2; κ = 0.
        Assert.Equal(0.0, data.Compute("cohen").Value, 12);
    }

    [Fact]
    public void All_codes_gives_one_row_per_source_and_code_any_coder_used()
    {
        var project = Project(["u1", "u2"], [
            new("coderA", "u1", "reactie.volgen"), new("coderB", "u1", "reactie.volgen"),
            new("coderA", "u2", "kenmerk.weten", "+")]);

        var perSource = PresenceLevel.Build(project);
        var perUnit = PresenceLevel.Build(project, new PresenceLevelOptions(Scope: PresenceScope.Unit));

        Assert.Equal(["bron-u1|kenmerk.weten", "bron-u1|reactie.volgen", "bron-u2|kenmerk.weten", "bron-u2|reactie.volgen"], perSource.Items.Select(i => i.Id));
        Assert.Equal(["u1|kenmerk.weten", "u1|reactie.volgen", "u2|kenmerk.weten", "u2|reactie.volgen"], perUnit.Items.Select(i => i.Id));
        Assert.Equal("bron-u2|kenmerk.weten", Assert.Single(perSource.Disagreements).Id);
        Assert.Equal(0.75, perSource.Compute("agreement").Value);
    }
}
