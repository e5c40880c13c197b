using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;
using static Jeugdhulp.Research.Coding.Tests.Support.Evidences;

namespace Jeugdhulp.Research.Coding.Tests.Classification;

public class FactorRuleTests
{
    [Fact]
    public void The_profile_has_weten_willen_kunnen_moeten_and_every_sub_variable()
    {
        var factors = Classify([]).Factors.Select(f => f.Variable).ToList();
        Assert.Equal(
        [
            "kenmerk.weten", "kenmerk.willen", "kenmerk.willen.sociale-legitimiteit", "kenmerk.willen.belang", "kenmerk.willen.doelcongruentie",
            "kenmerk.willen.legitimiteit-sturing", "kenmerk.kunnen", "kenmerk.kunnen.interne-organisatie", "kenmerk.kunnen.conflicterende-druk",
            "kenmerk.moeten", "kenmerk.moeten.afhankelijkheid", "kenmerk.moeten.vrijwillige-verspreiding",
        ], factors);
    }

    [Fact]
    public void A_factor_takes_the_majority_value_else_it_is_mixed()
    {
        var unit = Classify([E("kenmerk.willen.belang", "+"), E("kenmerk.willen.belang", "+"), E("kenmerk.willen.belang", "-"),
            E("kenmerk.willen.doelcongruentie", "+"), E("kenmerk.willen.doelcongruentie", "-")]);

        Assert.Equal(("+", JudgmentOutcome.Determined), (unit.Factor("kenmerk.willen.belang")!.Value, unit.Factor("kenmerk.willen.belang")!.Outcome));
        Assert.Equal(("+/-", JudgmentOutcome.Mixed), (unit.Factor("kenmerk.willen.doelcongruentie")!.Value, unit.Factor("kenmerk.willen.doelcongruentie")!.Outcome));
        Assert.Equal(JudgmentOutcome.NoEvidence, unit.Factor("kenmerk.kunnen")!.Outcome);
    }

    [Fact]
    public void Unanimity_is_the_stricter_alternative()
    {
        var unit = Classify([E("kenmerk.willen.belang", "+"), E("kenmerk.willen.belang", "+"), E("kenmerk.willen.belang", "-")],
            rules: ClassificationRules.SegmentCounting with { FactorRule = FactorRule.Unanimous });
        Assert.Equal("+/-", unit.Factor("kenmerk.willen.belang")!.Value);
        Assert.StartsWith(RuleNames.FactorUnanimous, unit.Factor("kenmerk.willen.belang")!.Rule);
    }

    [Fact]
    public void A_group_pools_its_sub_variables_and_indicators_count_for_their_characteristic()
    {
        var unit = Classify([E("kenmerk.moeten.afhankelijkheid.marktaandeel", "+"), E("kenmerk.moeten.afhankelijkheid", "+"), E("kenmerk.moeten.vrijwillige-verspreiding", "-")]);

        Assert.Equal("+", unit.Factor("kenmerk.moeten.afhankelijkheid")!.Value);
        Assert.Equal(2, unit.Factor("kenmerk.moeten.afhankelijkheid")!.Evidence.Length);
        var moeten = unit.Factor("kenmerk.moeten")!;
        Assert.Equal(("+", 3), (moeten.Value, moeten.Evidence.Length));
        Assert.Contains(RuleNames.GroupPoolsSubVariables, moeten.Rule);
    }

    [Fact]
    public void Factors_span_all_periods_of_the_unit()
    {
        var unit = Classify([E("kenmerk.willen.doelcongruentie", "+", period: 1), E("kenmerk.willen.doelcongruentie", "-", period: 2)]);
        Assert.Equal("+/-", unit.Factor("kenmerk.willen.doelcongruentie")!.Value);
    }

    [Fact]
    public void Factor_judgments_are_flagged_like_responses()
    {
        var unit = Classify([E("kenmerk.weten", "+", account: Account.Municipality)]);
        Assert.True(unit.Factor("kenmerk.weten")!.RestsOnlyOnOthersAccounts);
    }
}
