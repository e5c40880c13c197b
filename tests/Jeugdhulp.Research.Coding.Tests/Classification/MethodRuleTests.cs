using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Segments;
using static Jeugdhulp.Research.Coding.Tests.Support.Evidences;

namespace Jeugdhulp.Research.Coding.Tests.Classification;

/// <summary>
/// Rule set proefschrift (the default): the dissertation's method, each test citing the seed lines
/// (../shared/seeds/003_25ecd4130e333c4f.txt) of the rule it checks.
/// </summary>
public class MethodRuleTests
{
    private static readonly Enactment Practice = Enactment.Practice;

    [Fact]
    public void The_dissertations_method_is_the_default_rule_set()
    {
        Assert.Equal(RuleSet.Proefschrift, ClassificationRules.Default.RuleSet);
        Assert.Equal(RuleSet.Segmenttelling, ClassificationRules.SegmentCounting.RuleSet);
    }

    /// <summary>Seed lines 2974-2980: "in ieder geval wel ... de belangrijkste institutionele eisen" / "niet-volgen voert de boventoon".</summary>
    [Fact]
    public void Ten_minor_demand_segments_do_not_outvote_one_main_demand_segment()
    {
        var evidence = Enumerable.Range(0, 10).Select(_ => D("reactie.volgen.conformeren", "rapportage", Practice))
            .Append(D("reactie.trotseren.negeren", "arrangementen")).ToList();

        var period = ClassifyByMethod(evidence).Period(1);

        Assert.Equal("niet-volgen", period.Cluster.Value);
        Assert.Equal("reactie.trotseren", period.Response.Value);
        Assert.Equal(JudgmentOutcome.Determined, period.Cluster.Outcome);
        Assert.StartsWith(RuleNames.MainDemandsDecide, period.Cluster.Rule);
        Assert.Contains("context (beslist niet): 11 segment(en): volgen 10, trotseren 1", period.Cluster.Rule);
        Assert.Equal(["reactie.trotseren"], period.Deciding.ToArray());
    }

    /// <summary>Seed lines 2179-2182: the response per demand, by the intent of the steering.</summary>
    [Fact]
    public void The_response_is_judged_per_demand_and_each_demand_is_reported()
    {
        var period = ClassifyByMethod([
            D("reactie.volgen.conformeren", "arrangementen", Practice),
            D("reactie.trotseren", "tarief"),
            D("reactie.vermijden.bufferen", "rapportage")]).Period(1);

        Assert.Equal(["arrangementen", "rapportage", "tarief"], period.Demands.Select(d => d.Demand));
        Assert.Equal([true, false, false], period.Demands.Select(d => d.IsMain));
        Assert.Equal(["volgen", "niet-volgen", "niet-volgen"], period.Demands.Select(d => d.Cluster));
        Assert.Equal("volgen", period.Cluster.Value); // the main demand is followed; smaller parts are not
        Assert.Equal("reactie.volgen", period.Response.Value);
    }

    /// <summary>Seed lines 3018-3020: "Voor volgen was de maatstaf dat de aanbieder de werkwijze heeft aangepast".</summary>
    [Fact]
    public void Volgen_without_adapted_practice_is_not_volgen()
    {
        var period = ClassifyByMethod([D("reactie.volgen.conformeren", "arrangementen", Enactment.Intention), D("reactie.volgen", "arrangementen")]).Period(1);

        Assert.Null(period.Cluster.Value);
        Assert.Equal(JudgmentOutcome.NoEvidence, period.Cluster.Outcome);
        Assert.Equal(2, period.SetAside.Length);
        Assert.All(period.SetAside, a => Assert.Equal(RuleNames.FollowingNeedsPractice, a.Rule));
        Assert.Contains(period.SetAside, a => a.Note.Contains("voornemen", StringComparison.Ordinal));
    }

    /// <summary>Table 3.3, seed lines 2313-2315: "In documenten staat dat aanbieder aan eisen voldoet, maar werkwijze is niet aangepast" is verbergen.</summary>
    [Fact]
    public void Volgen_on_paper_only_is_proposed_as_verbergen()
    {
        var period = ClassifyByMethod([D("reactie.volgen.conformeren", "arrangementen", Enactment.Paper, account: Account.DocumentAuthor)]).Period(1);

        Assert.Equal("reactie.vermijden", period.Response.Value);
        Assert.Equal("niet-volgen", period.Cluster.Value);
        Assert.Equal(JudgmentStatus.Proposed, period.Cluster.Status);
        Assert.Contains(period.Responses.Single().Tactics, t => t.Tactic == "reactie.vermijden.verbergen");
        Assert.Contains("verbergen", period.SetAside.Single().Note, StringComparison.Ordinal);
    }

    /// <summary>Seed lines 3001-3004: vanzelfsprekend volgen "buiten beschouwing gelaten ... Wel is het beschreven".</summary>
    [Fact]
    public void Vanzelfsprekend_is_described_but_never_decides()
    {
        var evidence = Enumerable.Range(0, 5).Select(_ => D("reactie.volgen.vanzelfsprekend", "arrangementen", Practice))
            .Append(D("reactie.trotseren", "arrangementen")).ToList();

        var period = ClassifyByMethod(evidence).Period(1);

        Assert.Equal("niet-volgen", period.Cluster.Value);
        Assert.Equal(5, period.SetAside.Count(a => a.Rule == RuleNames.SelfEvidentDescribed));
        Assert.DoesNotContain(period.Responses, r => r.Response == "reactie.volgen");

        var onlySelfEvident = ClassifyByMethod([D("reactie.volgen.vanzelfsprekend", "arrangementen", Practice)]).Period(1);
        Assert.Null(onlySelfEvident.Cluster.Value);
    }

    /// <summary>Seed lines 2979-2980 and Table 7.3 (Orion, compromis and domineren): main demands in different clusters need the researcher.</summary>
    [Fact]
    public void Main_demands_in_different_clusters_are_mixed_until_the_researcher_decides()
    {
        Evidence[] evidence = [D("reactie.compromis-sluiten", null), D("reactie.domineren", "arrangementen")];

        var proposed = ClassifyByMethod(evidence).Period(1);
        Assert.Equal(JudgmentOutcome.Mixed, proposed.Cluster.Outcome);
        Assert.StartsWith(RuleNames.ResearcherJudges, proposed.Cluster.Rule);
        Assert.Equal(JudgmentStatus.Proposed, proposed.Cluster.Status);

        var decided = ClassifyByMethod(evidence, [Override("cluster", "volgen", reason: "compromis op de hoofdzaak")]).Period(1);
        Assert.Equal("volgen", decided.Cluster.Value);
        Assert.Equal(JudgmentStatus.Decided, decided.Cluster.Status);
    }

    [Fact]
    public void A_researcher_confirms_a_proposal_by_giving_the_same_value_with_a_reason()
    {
        var unit = ClassifyByMethod([D("reactie.trotseren", "arrangementen")], [Override("cluster", "niet-volgen", reason: "zoals tabel 4.3")]);

        Assert.Equal(JudgmentStatus.Confirmed, unit.Period(1).Cluster.Status);
        Assert.Equal(JudgmentStatus.Proposed, unit.Period(1).Response.Status);
        var overridden = ClassifyByMethod([D("reactie.trotseren", "arrangementen")], [Override("cluster", "volgen")]);
        Assert.Equal(JudgmentStatus.Overridden, overridden.Period(1).Cluster.Status);
    }

    /// <summary>Seed lines 2974-2980: minor demands decide only when no main demand has evidence, and say so.</summary>
    [Fact]
    public void Minor_demands_decide_only_without_main_demand_evidence_and_are_flagged()
    {
        var period = ClassifyByMethod([D("reactie.vermijden", "rapportage"), D("reactie.vermijden", "tarief")]).Period(1);

        Assert.Equal("niet-volgen", period.Cluster.Value);
        Assert.Contains("alleen kleinere eisen", period.Cluster.Rule, StringComparison.Ordinal);
    }

    /// <summary>Seed lines 12478-12480 (doelcongruentie "geen rol") and 3005-3006 (vrijwillige verspreiding not in the analysis).</summary>
    [Fact]
    public void Doelcongruentie_and_vrijwillige_verspreiding_are_kept_apart_from_willen_and_moeten()
    {
        var unit = ClassifyByMethod([
            E("kenmerk.willen.doelcongruentie", "+"), E("kenmerk.willen.doelcongruentie", "+"), E("kenmerk.willen.legitimiteit-sturing", "-"),
            E("kenmerk.moeten.vrijwillige-verspreiding", "+"), E("kenmerk.moeten.afhankelijkheid", "-")]);

        Assert.Equal("-", unit.Factor("kenmerk.willen")!.Value);
        Assert.Equal("+", unit.Factor(Classifier.GoalCongruence)!.Value);
        Assert.Contains(RuleNames.FactorsApart, unit.Factor("kenmerk.willen")!.Rule, StringComparison.Ordinal);
        Assert.Equal("-", unit.Factor("kenmerk.moeten")!.Value);
    }

    /// <summary>Table 9.6 ("Saturnus (in eerste instantie)"): factors per period explain a switch.</summary>
    [Fact]
    public void Factors_are_judged_per_period_as_well()
    {
        var unit = ClassifyByMethod([
            D("reactie.trotseren", "arrangementen", period: 1), E("kenmerk.willen.legitimiteit-sturing", "-", period: 1),
            D("reactie.volgen", "arrangementen", Practice, period: 2), E("kenmerk.willen.legitimiteit-sturing", "+", period: 2)]);

        Assert.Equal("-", unit.Period(1).Factors.Single(f => f.Variable == "kenmerk.willen").Value);
        Assert.Equal("+", unit.Period(2).Factors.Single(f => f.Variable == "kenmerk.willen").Value);
        Assert.Equal(2, unit.Period(2).Factors.Single(f => f.Variable == "kenmerk.willen").Period);
        Assert.Equal("+/-", unit.Factor("kenmerk.willen")!.Value); // over the unit: one of each
        Assert.Equal("volgen", unit.Cluster.Value);
    }

    [Fact]
    public void The_old_counting_rules_remain_available_by_name()
    {
        var evidence = Enumerable.Range(0, 10).Select(_ => D("reactie.volgen.conformeren", "rapportage", Practice))
            .Append(D("reactie.trotseren.negeren", "arrangementen")).ToList();

        var counted = Classify(evidence, rules: ClassificationRules.SegmentCounting).Period(1);

        Assert.Equal("volgen", counted.Cluster.Value); // 10 of 11: the count decides, which the method forbids
        Assert.StartsWith(RuleNames.ClusterMajority, counted.Cluster.Rule);
    }
}
