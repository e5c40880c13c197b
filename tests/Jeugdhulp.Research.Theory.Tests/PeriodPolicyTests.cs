using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Theory.Tests.Support;

namespace Jeugdhulp.Research.Theory.Tests;

public class PeriodPolicyTests
{
    private static PropositionEvaluation Evaluate(PeriodPolicy policy) =>
        PropositionEvaluator.Evaluate(PropositionLoader.Load(Repo.File("data", "propositions.yaml")), Repo.Study, Repo.Vocabulary, policy);

    [Fact]
    public void With_last_period_values_willen_separates_every_knowing_unit()
    {
        // The last-period values agree with §9.5.2 for the six units the unit table cannot judge:
        // Saturnus willen + (2018-2020, volgen), Venus and Gezin Centraal - (2019-2020), Orion - (2018-2020),
        // Neptunus - (2016-2020); Jupiter does not know in 2018-2020 and is out of scope.
        var b2 = Evaluate(PeriodPolicy.LastPeriod)["B2"];
        Assert.Equal((14, 14), (b2.Hits, b2.Evaluated));
        Assert.Empty(b2.NotAssessable);
        Assert.Contains(b2.OutOfScope, j => j.UnitId == "waal.jupiter");
        var b1 = Evaluate(PeriodPolicy.LastPeriod)["B1"];
        Assert.Equal((18, 18), (b1.Hits, b1.Evaluated));
    }

    [Fact]
    public void Last_period_values_keep_their_provenance_and_name_the_period()
    {
        var study = StudyPeriods.WithLastPeriodValues(Repo.Study);
        var saturnus = study.ValueOf("rijn.saturnus", "kenmerk.willen")!;
        Assert.Equal("+", saturnus.Value);
        // The period is named in both languages, before the reason the data gives in that language.
        var recorded = Repo.Study.UnitValues.Single(o => o.Subject == "rijn.saturnus" && o.Variable == "kenmerk.willen" && o.Period == "2018-2020").Provenance;
        Assert.Equal("laatste periode 2018-2020: " + recorded.ReasonNl, saturnus.Provenance.ReasonIn("nl"));
        Assert.Equal("last period 2018-2020: " + recorded.Reason, saturnus.Provenance.ReasonIn("en"));
        // Values that exist without a period are untouched.
        Assert.Equal(Repo.Study.ValueOf("rijn.mars", "kenmerk.willen"), study.ValueOf("rijn.mars", "kenmerk.willen"));
        Assert.Equal(UnitTable.From(Repo.Study).Rows.Length, UnitTable.From(study).Rows.Length);
    }

    [Fact]
    public void The_deviants_of_kunnen_and_moeten_do_not_depend_on_the_period_policy()
    {
        var last = Evaluate(PeriodPolicy.LastPeriod);
        Assert.Equal(["lek.jeugdkracht", "maas.1-jeugd"], last["B3"].Deviants.Select(j => j.UnitId).Order(StringComparer.Ordinal));
        Assert.Equal(["maas.venus", "rijn.gezond-en-wel", "rijn.mars", "waal.orion"], last["B4"].Deviants.Select(j => j.UnitId).Order(StringComparer.Ordinal));
    }
}
