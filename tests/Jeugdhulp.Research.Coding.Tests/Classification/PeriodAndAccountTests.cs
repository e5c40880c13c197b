using Jeugdhulp.Research.Coding.Classification;
using static Jeugdhulp.Research.Coding.Tests.Support.Evidences;

namespace Jeugdhulp.Research.Coding.Tests.Classification;

public class PeriodAndAccountTests
{
    [Fact]
    public void A_change_of_cluster_between_periods_is_reported_like_Table_9_15()
    {
        var unit = Classify([E("reactie.volgen", period: 1), E("reactie.compromis-sluiten", period: 1), E("reactie.volgen", period: 1), E("reactie.trotseren", period: 2)]);

        var change = Assert.Single(unit.Changes);
        Assert.Equal((1, 2, "volgen", "niet-volgen", "volgen>niet-volgen"), (change.FromPeriod, change.ToPeriod, change.FromCluster, change.ToCluster, change.Change));
        Assert.Equal("niet-volgen", unit.Cluster.Value); // the unit's cluster is its last period's
        Assert.StartsWith(RuleNames.UnitClusterLastPeriod, unit.Cluster.Rule);
    }

    [Fact]
    public void A_change_of_response_within_a_cluster_is_not_a_change()
    {
        var unit = Classify([E("reactie.volgen", period: 1), E("reactie.compromis-sluiten", period: 2)]);

        var change = Assert.Single(unit.Changes);
        Assert.True(change.IsDetermined);
        Assert.Null(change.Change);
    }

    [Fact]
    public void A_change_next_to_a_mixed_period_is_undetermined()
    {
        var unit = Classify([E("reactie.volgen", period: 1), E("reactie.volgen", period: 2), E("reactie.trotseren", period: 2)]);

        Assert.False(Assert.Single(unit.Changes).IsDetermined);
        Assert.Null(unit.Cluster.Value);
        Assert.Equal(JudgmentOutcome.Mixed, unit.Cluster.Outcome);
    }

    [Fact]
    public void A_judgment_resting_only_on_the_municipality_is_flagged()
    {
        var period = Classify([E("reactie.volgen", account: Account.Municipality), E("reactie.volgen", account: Account.DocumentAuthor)]).Period(1);

        Assert.True(period.Cluster.RestsOnlyOnOthersAccounts);
        Assert.Equal(new[] { Account.Municipality, Account.DocumentAuthor }, period.Cluster.Accounts.ToArray());
    }

    [Fact]
    public void A_judgment_with_one_own_account_is_not_flagged_and_lists_all_accounts()
    {
        var period = Classify([E("reactie.volgen", account: Account.Municipality), E("reactie.volgen", account: Account.Self), E("reactie.trotseren", account: Account.Self)]).Period(1);

        Assert.False(period.Cluster.RestsOnlyOnOthersAccounts);
        Assert.Equal(new[] { Account.Self, Account.Municipality }, period.Cluster.Accounts.ToArray());
    }

    [Fact]
    public void Only_the_supporting_segments_decide_the_flag()
    {
        // The organisation itself only speaks of the minority response.
        var period = Classify([E("reactie.volgen", account: Account.ThirdParty), E("reactie.volgen", account: Account.Municipality), E("reactie.trotseren", account: Account.Self)]).Period(1);
        Assert.Equal("volgen", period.Cluster.Value);
        Assert.True(period.Cluster.RestsOnlyOnOthersAccounts);
    }

    [Fact]
    public void An_override_keeps_the_derived_value_visible()
    {
        var unit = Classify([E("reactie.volgen"), E("reactie.trotseren")], [Override("cluster", "volgen")]);

        var cluster = unit.Period(1).Cluster;
        Assert.Null(cluster.Derived);
        Assert.Equal(JudgmentOutcome.Mixed, cluster.Outcome);
        Assert.Equal("volgen", cluster.Value);
        Assert.Equal("nagesprek", cluster.Override!.Reason);
        Assert.Equal("volgen", unit.Cluster.Value);
    }

    [Fact]
    public void Overriding_the_response_also_sets_its_cluster()
    {
        var period = Classify([E("reactie.volgen"), E("reactie.volgen")], [Override("reactie", "reactie.domineren")]).Period(1);

        Assert.Equal(("reactie.volgen", "reactie.domineren"), (period.Response.Derived, period.Response.Value));
        Assert.Equal(("volgen", "niet-volgen"), (period.Cluster.Derived, period.Cluster.Value));
        Assert.Contains("volgt uit de override van reactie", period.Cluster.Override!.Reason);
    }

    [Fact]
    public void A_factor_override_sits_beside_the_derived_factor()
    {
        var unit = Classify([E("kenmerk.willen.belang", "-")], [Override("kenmerk.willen.belang", "+/-", period: null)]);
        var factor = unit.Factor("kenmerk.willen.belang")!;
        Assert.Equal(("-", "+/-"), (factor.Derived, factor.Value));
    }

    [Fact]
    public void One_coder_or_all_coders_pooled()
    {
        List<Jeugdhulp.Research.Coding.Classification.Evidence> evidence = [E("reactie.volgen", coder: "coderA"), E("reactie.trotseren", coder: "coderB"), E("reactie.trotseren", coder: "coderB")];

        Assert.Equal("volgen", Classify(evidence, coders: CoderSelection.Of("coderA")).Period(1).Cluster.Value);
        Assert.Equal("niet-volgen", Classify(evidence, coders: CoderSelection.Of("coderB")).Period(1).Cluster.Value);
        Assert.Equal("niet-volgen", Classify(evidence).Period(1).Cluster.Value);
        Assert.Equal(3, Classify(evidence).Period(1).EvidenceCount);
    }

    [Fact]
    public void An_unknown_coder_is_refused()
    {
        var e = Assert.Throws<Jeugdhulp.Research.Diagnostics.InputException>(() => Classifier.Classify(Project([]), CoderSelection.Of("coderC")));
        Assert.Contains("coderC", e.Message);
    }
}
