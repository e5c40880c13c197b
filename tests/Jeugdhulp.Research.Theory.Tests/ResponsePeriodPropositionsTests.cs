using Jeugdhulp.Research.Theory.Tests.Support;

namespace Jeugdhulp.Research.Theory.Tests;

/// <summary>
/// Issue #15 item 5: by default a proposition is tested with the values of the period the unit's response belongs to
/// (the chapter-9 cluster is the last period's), so the non-followers whose factors are coded per period take part;
/// expectation 3 is tested condition by condition.
/// </summary>
public class ResponsePeriodPropositionsTests
{
    private static readonly Lazy<PropositionEvaluation> Default = new(() =>
        PropositionEvaluator.Evaluate(PropositionLoader.Load(Repo.File("data", "propositions.yaml")), Repo.Study, Repo.Vocabulary));

    [Fact]
    public void The_default_period_is_the_period_of_the_response()
    {
        Assert.Equal(PeriodPolicy.ResponsePeriod, Default.Value.Periods);
        // B2 (r. 13322-13323): willen separates followers from non-followers, now judged on 14 units, still without exception.
        var b2 = Default.Value["B2"];
        Assert.Equal((14, 14), (b2.Hits, b2.Evaluated));
        Assert.Empty(b2.Deviants);
        // B1: Jupiter's weten of 2018-2020 (its niets-doen period) is '-'.
        Assert.Equal((18, 18), (Default.Value["B1"].Hits, Default.Value["B1"].Evaluated));
    }

    [Fact]
    public void Expectation_3_is_tested_on_each_of_its_eight_conditions()
    {
        var conditions = Default.Value.Results.Where(r => r.Proposition.Id.StartsWith("E3.", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, conditions.Count);
        Assert.All(conditions, r => Assert.Contains("13231-13293", r.Proposition.Source!.Lines, StringComparison.Ordinal));
        Assert.Equal(["maas.gezin-centraal", "maas.venus"], Default.Value["E3.1"].Deviants.Select(j => j.UnitId).Order(StringComparer.Ordinal));
        Assert.Equal((10, 12), (Default.Value["E3.1"].Hits, Default.Value["E3.1"].Evaluated));
        Assert.Equal((7, 7), (Default.Value["E3.7"].Hits, Default.Value["E3.7"].Evaluated));
    }

    [Fact]
    public void Steering_intensity_explains_doing_nothing()
    {
        // B5 (r. 13214, 12446-12447): no steering on the niets-doeners of Waal and Lek; Maas and IJssel steer little but
        // their providers cannot escape the steering.
        var b5 = Default.Value["B5"];
        Assert.Equal((11, 11), (b5.Hits, b5.Evaluated));
    }
}
