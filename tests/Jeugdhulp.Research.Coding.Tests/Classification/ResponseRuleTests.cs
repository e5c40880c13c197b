using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Classification;
using static Jeugdhulp.Research.Coding.Tests.Support.Evidences;

namespace Jeugdhulp.Research.Coding.Tests.Classification;

/// <summary>The rules of §3.4 and §9.1 on hand-built evidence sets.</summary>
public class ResponseRuleTests
{
    [Theory]
    [InlineData("reactie.niets-doen", "niets-doen")]
    [InlineData("reactie.volgen", "volgen")]
    [InlineData("reactie.compromis-sluiten", "volgen")]
    [InlineData("reactie.vermijden", "niet-volgen")]
    [InlineData("reactie.trotseren", "niet-volgen")]
    [InlineData("reactie.domineren", "niet-volgen")]
    public void Each_response_classifies_into_its_cluster(string response, string cluster)
    {
        var period = Classify([E(response), E(response)]).Period(1);

        Assert.Equal(response, period.Response.Value);
        Assert.Equal(JudgmentOutcome.Determined, period.Response.Outcome);
        Assert.Equal(cluster, period.Cluster.Value);
    }

    [Fact]
    public void Compromis_sluiten_counts_as_volgen_together_with_volgen()
    {
        var period = Classify([E("reactie.compromis-sluiten.balanceren"), E("reactie.volgen.conformeren"), E("reactie.trotseren")]).Period(1);

        Assert.Null(period.Response.Value); // 1 of 3 each: no response has a majority
        Assert.Equal(JudgmentOutcome.Mixed, period.Response.Outcome);
        Assert.Equal("volgen", period.Cluster.Value); // but volgen + compromis = 2 of 3
        Assert.Contains("volgen 2 van 3", period.Cluster.Rule);
    }

    [Fact]
    public void A_tactic_counts_as_evidence_for_its_response_and_is_listed()
    {
        var period = Classify([E("reactie.vermijden.verbergen"), E("reactie.vermijden.bufferen"), E("reactie.vermijden.verbergen"), E("reactie.volgen")]).Period(1);

        Assert.Equal("reactie.vermijden", period.Response.Value);
        var share = period.Responses[0];
        Assert.Equal(("reactie.vermijden", 3, 0.75), (share.Response, share.Count, share.Share));
        Assert.Equal(new[] { new TacticCount("reactie.vermijden.verbergen", 2), new TacticCount("reactie.vermijden.bufferen", 1) }, share.Tactics.ToArray());
        Assert.Equal(3, period.Response.Support.Length);
        Assert.Equal(4, period.Response.Evidence.Length);
    }

    [Fact]
    public void Niets_doen_coded_directly_is_niets_doen()
    {
        var period = Classify([E("reactie.niets-doen")]).Period(1);
        Assert.Equal(("reactie.niets-doen", "niets-doen"), (period.Response.Value, period.Cluster.Value));
    }

    [Fact]
    public void Not_knowing_without_any_response_evidence_is_niets_doen()
    {
        var period = Classify([E("kenmerk.weten", "-"), E("kenmerk.moeten.afhankelijkheid", "-")]).Period(1);

        Assert.Equal("reactie.niets-doen", period.Response.Value);
        Assert.Equal("niets-doen", period.Cluster.Value);
        Assert.StartsWith(RuleNames.NotKnowing, period.Cluster.Rule);
        Assert.Single(period.Cluster.Support);
    }

    [Fact]
    public void Not_knowing_is_niets_doen_only_when_the_rule_is_on()
    {
        var period = Classify([E("kenmerk.weten", "-")], rules: ClassificationRules.SegmentCounting with { NotKnowingIsNietsDoen = false }).Period(1);
        Assert.Equal(JudgmentOutcome.NoEvidence, period.Cluster.Outcome);
        Assert.Null(period.Cluster.Value);
    }

    [Fact]
    public void Not_knowing_does_not_override_response_evidence()
    {
        var period = Classify([E("kenmerk.weten", "-"), E("reactie.volgen")]).Period(1);
        Assert.Equal("reactie.volgen", period.Response.Value);
    }

    [Fact]
    public void Without_evidence_the_period_is_undetermined()
    {
        var unit = Classify([]);
        Assert.Equal(JudgmentOutcome.NoEvidence, unit.Period(1).Cluster.Outcome);
        Assert.Null(unit.Cluster.Value);
        Assert.All(unit.Factors, f => Assert.Equal(JudgmentOutcome.NoEvidence, f.Outcome));
    }

    [Fact]
    public void Tied_clusters_are_reported_as_mixed_never_forced()
    {
        var period = Classify([E("reactie.volgen"), E("reactie.trotseren")]).Period(1);

        Assert.Equal(JudgmentOutcome.Mixed, period.Response.Outcome);
        Assert.Equal(JudgmentOutcome.Mixed, period.Cluster.Outcome);
        Assert.Null(period.Cluster.Value);
        Assert.Equal(2, period.Cluster.Support.Length);
        Assert.Contains("gemengd", period.Cluster.Rule);
    }

    [Fact]
    public void Exactly_half_is_not_a_majority_but_a_lower_threshold_is_configurable()
    {
        List<Jeugdhulp.Research.Coding.Classification.Evidence> evidence = [E("reactie.vermijden"), E("reactie.vermijden"), E("reactie.trotseren"), E("reactie.volgen")];

        Assert.Equal(JudgmentOutcome.Mixed, Classify(evidence).Period(1).Response.Outcome);
        var lower = Classify(evidence, rules: ClassificationRules.SegmentCounting with { ResponseMajority = 0.4 }).Period(1);
        Assert.Equal("reactie.vermijden", lower.Response.Value);
        Assert.Equal("niet-volgen", lower.Cluster.Value);
    }

    [Fact]
    public void A_tie_for_first_place_is_mixed_even_above_a_low_threshold()
    {
        var period = Classify([E("reactie.vermijden"), E("reactie.trotseren")], rules: ClassificationRules.SegmentCounting with { ResponseMajority = 0.3 }).Period(1);
        Assert.Equal(JudgmentOutcome.Mixed, period.Response.Outcome);
        Assert.Equal("niet-volgen", period.Cluster.Value);
    }

    [Fact]
    public void Excluded_tactics_do_not_count_even_if_they_slip_into_the_evidence()
    {
        var period = Classify([E("reactie.vermijden.ontsnappen"), E("reactie.volgen")]).Period(1);
        Assert.Equal(1, period.EvidenceCount);
        Assert.Equal("reactie.volgen", period.Response.Value);
    }
}
