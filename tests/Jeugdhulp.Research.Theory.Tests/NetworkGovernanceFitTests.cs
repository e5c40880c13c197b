using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Theory;
using Jeugdhulp.Research.Theory.Tests.Support;

namespace Jeugdhulp.Research.Theory.Tests;

/// <summary>The Provan &amp; Kenis contingencies as the Groningen advice states them (seed 000 lines 810-855).</summary>
public class NetworkGovernanceFitTests
{
    private static ModeFit FitOf(NetworkContingencies c, string mode) => NetworkGovernanceFit.Assess(c).Single(a => a.Mode == mode).Fit;

    [Fact]
    public void Shared_governance_fits_a_small_trusting_network_that_agrees_and_needs_no_network_competencies()
    {
        var small = new NetworkContingencies(MoreThanEight: false, Trust: true, GoalConsensus: true, CompetenciesNeeded: false);
        Assert.Equal(ModeFit.Fits, FitOf(small, "samensturing"));
        Assert.Equal(ModeFit.DoesNotFit, FitOf(small, "leidende-organisatie"));
        Assert.Equal(ModeFit.DoesNotFit, FitOf(small, "netwerkorganisatie"));
    }

    [Fact]
    public void A_large_network_needing_competencies_fits_a_lead_organisation_even_with_little_trust_and_consensus()
    {
        var large = new NetworkContingencies(MoreThanEight: true, Trust: false, GoalConsensus: false, CompetenciesNeeded: true);
        Assert.Equal(ModeFit.Fits, FitOf(large, "leidende-organisatie"));
        Assert.Equal(ModeFit.DoesNotFit, FitOf(large, "netwerkorganisatie")); // needs consensus on goals
        Assert.Equal(ModeFit.DoesNotFit, FitOf(large, "samensturing"));
    }

    [Fact]
    public void Groningen_from_its_coding_shared_governance_does_not_fit_and_the_network_organisation_waits_on_goal_consensus()
    {
        var project = CodingProjectLoader.Load(Repo.File("data", "regios"));
        var study = Classifier.Classify(project, CoderSelection.Pooled).ToStudyData();
        var groningen = NetworkGovernanceFit.FromCaseValues(study, "groningen");

        Assert.Equal(new NetworkContingencies(true, null, null, true), groningen);
        var assessed = NetworkGovernanceFit.Assess(groningen).ToDictionary(a => a.Mode);
        Assert.Equal(ModeFit.DoesNotFit, assessed["samensturing"].Fit);
        Assert.Equal(ModeFit.Fits, assessed["leidende-organisatie"].Fit);
        Assert.Equal(ModeFit.Undetermined, assessed["netwerkorganisatie"].Fit);
        Assert.Equal(["meer dan acht deelnemers: ja", "consensus over de doelen: onbekend", "netwerksturingscompetenties nodig: ja"], assessed["netwerkorganisatie"].Reasons.ToArray());
    }
}
