using Jeugdhulp.Research.Coding.Agreement;
using Jeugdhulp.Research.Reliability;
using static Jeugdhulp.Research.Coding.Tests.Agreement.AgreementProjects;

namespace Jeugdhulp.Research.Coding.Tests.Agreement;

public class UnitLevelTests
{
    private static readonly string[] Units = ["u1", "u2", "u3", "u4"];

    private static IEnumerable<C> Responses(string coder, params string[] responses) =>
        responses.SelectMany((r, i) => Twice(coder, Units[i], r));

    [Fact]
    public void Perfect_agreement_on_the_cluster_gives_alpha_and_kappa_1()
    {
        var project = Project(Units, [
            .. Responses("coderA", "reactie.volgen", "reactie.trotseren", "reactie.niets-doen", "reactie.volgen.conformeren"),
            .. Responses("coderB", "reactie.volgen", "reactie.domineren", "reactie.niets-doen", "reactie.compromis-sluiten")]);

        var data = UnitLevel.Build(project);

        Assert.Equal(["u1/p1", "u2/p1", "u3/p1", "u4/p1"], data.Items.Select(i => i.Id));
        Assert.Equal(1.0, data.Compute("alpha-nominal").Value);
        Assert.Equal(1.0, data.Compute("cohen").Value);
        Assert.Empty(data.Disagreements);
    }

    [Fact]
    public void One_swapped_unit_gives_the_kappa_computed_by_hand()
    {
        // coderA: volgen, volgen, niet-volgen, niets-doen; coderB: volgen, niet-volgen, niet-volgen, niets-doen.
        // Po = 3/4; marginals A (2, 1, 1), B (1, 2, 1) over (volgen, niet-volgen, niets-doen): Pe = (2·1 + 1·2 + 1·1)/16 = 5/16;
        // κ = (12/16 − 5/16)/(11/16) = 7/11.
        var project = Project(Units, [
            .. Responses("coderA", "reactie.volgen", "reactie.volgen", "reactie.trotseren", "reactie.niets-doen"),
            .. Responses("coderB", "reactie.volgen", "reactie.vermijden", "reactie.trotseren", "reactie.niets-doen")]);

        var data = UnitLevel.Build(project);

        Assert.Equal(7.0 / 11, data.Compute("cohen").Value, 12);
        Assert.Equal(0.75, data.Compute("agreement").Value, 12);
        var disagreement = Assert.Single(data.Disagreements);
        Assert.Equal(("u2", 1, "volgen", "niet-volgen"), (disagreement.Unit, disagreement.Period!.Value, disagreement.Ratings[0].Label!, disagreement.Ratings[1].Label!));
        Assert.Equal(2, disagreement.Ratings[0].Quotes.Length);
    }

    [Fact]
    public void Response_variable_compares_the_detailed_response()
    {
        var project = Project(Units, [
            .. Responses("coderA", "reactie.volgen", "reactie.trotseren"),
            .. Responses("coderB", "reactie.compromis-sluiten", "reactie.trotseren")]);

        var cluster = UnitLevel.Build(project);
        var response = UnitLevel.Build(project, new UnitLevelOptions("response"));

        Assert.Equal(["volgen", "niet-volgen", "geen bewijs", "geen bewijs"], cluster.Items.Select(i => i.Ratings[1].Label));
        Assert.Empty(cluster.Disagreements);
        Assert.Equal(["reactie.volgen", "reactie.compromis-sluiten"], response.Disagreements.Single().Ratings.Select(r => r.Label));
    }

    [Fact]
    public void Mixed_and_no_evidence_are_categories_by_default_and_missing_on_request()
    {
        // u1: A volgen, B mixed (volgen 1, trotseren 1); u2: A trotseren, B no evidence; u3, u4: both niets-doen.
        var project = Project(Units, [
            .. Responses("coderA", "reactie.volgen", "reactie.trotseren", "reactie.niets-doen", "reactie.niets-doen"),
            new("coderB", "u1", "reactie.volgen", Start: 0, End: 10), new("coderB", "u1", "reactie.trotseren", Start: 20, End: 30),
            .. Twice("coderB", "u3", "reactie.niets-doen"), .. Twice("coderB", "u4", "reactie.niets-doen")]);

        var asCategories = UnitLevel.Build(project);
        var asMissing = UnitLevel.Build(project, new UnitLevelOptions(Mixed: JudgmentTreatment.Missing, NoEvidence: JudgmentTreatment.Missing));

        Assert.Equal(["gemengd", "geen bewijs"], asCategories.Items.Take(2).Select(i => i.Ratings[1].Label));
        Assert.Equal(2, asCategories.Disagreements.Count());
        Assert.Equal(0.5, asCategories.Compute("agreement").Value);
        Assert.Equal([null, null], asMissing.Items.Take(2).Select(i => i.Ratings[1].Label));
        var alpha = asMissing.Compute("alpha-nominal");
        Assert.Equal(2, alpha.UnitsUsed); // u1 and u2 have one value each and are not pairable
        Assert.False(alpha.IsDefined); // u3, u4: niets-doen throughout, no variation
        Assert.Empty(asMissing.Disagreements);
    }

    [Fact]
    public void A_factor_is_rated_per_unit_with_mixed_as_plus_minus()
    {
        var project = Project(Units, [
            .. Twice("coderA", "u1", "kenmerk.weten", "+"), .. Twice("coderB", "u1", "kenmerk.weten", "+"),
            .. Twice("coderA", "u2", "kenmerk.weten", "-"),
            new("coderB", "u2", "kenmerk.weten", "+", 0, 10), new("coderB", "u2", "kenmerk.weten", "-", 20, 30)]);

        var data = UnitLevel.Build(project, new UnitLevelOptions("weten"));

        Assert.Equal("kenmerk.weten", data.Variable);
        Assert.Equal(["u1", "u2", "u3", "u4"], data.Items.Select(i => i.Id));
        Assert.Equal(["-", "+/-"], data.Items[1].Ratings.Select(r => r.Label));
        Assert.Equal(["geen bewijs", "geen bewijs"], data.Items[3].Ratings.Select(r => r.Label));
    }

    [Fact]
    public void Unknown_variables_and_coders_are_rejected_with_the_valid_names()
    {
        var project = Project(Units, []);
        Assert.Contains("kenmerk.willen", Assert.Throws<ArgumentException>(() => UnitLevel.Build(project, new UnitLevelOptions("wllen"))).Message);
        Assert.Contains("coderA, coderB", Assert.Throws<ArgumentException>(() => UnitLevel.Build(project, new UnitLevelOptions(Coders: ["coderC"]))).Message);
        Assert.True(UnitLevel.TryResolveVariable(project.Codebook, "willen.belang", out var v) && v == "kenmerk.willen.belang");
    }

    [Fact]
    public void Three_coders_give_a_three_column_matrix_for_fleiss_and_alpha()
    {
        var project = Project(Units, [
            .. Responses("coderA", "reactie.volgen", "reactie.trotseren", "reactie.niets-doen", "reactie.volgen"),
            .. Responses("coderB", "reactie.volgen", "reactie.trotseren", "reactie.niets-doen", "reactie.volgen"),
            .. Responses("coderC", "reactie.volgen", "reactie.trotseren", "reactie.niets-doen", "reactie.trotseren")], ["coderA", "coderB", "coderC"]);

        var data = UnitLevel.Build(project);

        Assert.Equal(3, data.ToMatrix().CoderCount);
        Assert.Equal(2, Assert.Single(data.Disagreements).DisagreeingPairs);
        Assert.Throws<CoderCountException>(() => data.Compute("cohen"));
        Assert.InRange(data.Compute("fleiss").Value, 0.5, 1);
    }
}
