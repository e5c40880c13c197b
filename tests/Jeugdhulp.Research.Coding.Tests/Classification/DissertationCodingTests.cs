using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Tests.Support;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Coding.Tests.Classification;

/// <summary>
/// The method proven on the dissertation itself: data/proefschrift-codering holds verbatim passages of the case
/// chapters 4-8, coded by demand, enactment, period and characteristic; classifying it by the default rule set must
/// give every unit the cluster of Table 9.1 and every period the responses of Tables 4.3, 5.3, 6.3, 7.3 and 8.3
/// (as data/unit-classification.csv and data/responses.csv record them).
/// </summary>
public class DissertationCodingTests
{
    private static readonly Lazy<CodingProject> Project = new(() => CodingProjectLoader.Load(Repo.DissertationCoding));
    private static readonly Lazy<ProjectClassification> Classified = new(() => Classifier.Classify(Project.Value, CoderSelection.Pooled));
    private static readonly Lazy<StudyData> Study = new(() => StudyDataLoader.Load(Repo.File("data"), Repo.LoadCodebook()));

    [Fact]
    public void It_loads_without_warnings_and_uses_the_dissertations_method()
    {
        Assert.Empty(Project.Value.Warnings);
        Assert.Equal(RuleSet.Proefschrift, Project.Value.Rules.RuleSet);
        Assert.Equal(Study.Value.Units.Select(u => u.Id), Project.Value.Units.Select(u => u.Id));
    }

    [Fact]
    public void All_18_units_get_the_cluster_of_Table_9_1()
    {
        var published = Study.Value.UnitValues.Where(o => o.Variable == StudyDataLoader.ClusterVariable).ToDictionary(o => o.Subject, o => o.Value);
        Assert.Equal(18, published.Count);

        var derived = Classified.Value.Units.ToDictionary(u => u.Unit.Id, u => u.Cluster.Value);

        Assert.Equal(published.OrderBy(p => p.Key), derived.OrderBy(p => p.Key));
    }

    [Fact]
    public void Every_period_gets_the_responses_of_the_case_tables()
    {
        var selfEvident = MethodRules.SelfEvident;
        var published = Study.Value.Responses.GroupBy(r => (r.Unit, r.Period)).ToDictionary(g => g.Key, g => g.ToList());
        var derived = Classified.Value.Units.SelectMany(u => u.Periods.Select(p => (u.Unit.Id, p))).ToDictionary(x => (x.Id, x.p.Period), x => x.p);

        Assert.Equal(published.Keys.Order(), derived.Keys.Order());
        foreach (var ((unit, period), rows) in published)
        {
            var p = derived[(unit, period)];
            // vanzelfsprekend volgen is described in the case tables but left out of the judgment (seed lines 3001-3004)
            var counted = rows.Where(r => r.Tactic != selfEvident).Select(r => r.Response).Order().ToList();
            Assert.True(counted.SequenceEqual(p.Deciding.Order()), $"{unit} periode {period}: tabel {string.Join(", ", counted)}, afgeleid {string.Join(", ", p.Deciding)}");
            Assert.True(rows[0].Cluster == p.Cluster.Value, $"{unit} periode {period}: tabel {rows[0].Cluster}, afgeleid {p.Cluster.Value} ({p.Cluster.Rule})");
        }
    }

    [Fact]
    public void Mixed_periods_are_explicit_researcher_judgments_with_the_dissertations_reason()
    {
        var judged = Classified.Value.Units.SelectMany(u => u.Periods).Select(p => p.Cluster).Where(j => j.Override is not null)
            .ToDictionary(j => (j.Unit, j.Period!.Value), j => j.Status);

        Assert.Equal(new Dictionary<(string, int), JudgmentStatus>
        {
            [("waal.orion", 1)] = JudgmentStatus.Decided,        // compromis and domineren (Table 7.3)
            [("ijssel.mercurius", 3)] = JudgmentStatus.Decided,  // wijkteams volgen, new stelsel vermijden/trotseren
            [("lek.jeugdkracht", 1)] = JudgmentStatus.Confirmed, // trotseren, domineren; vanzelfsprekend volgen described
        }, judged);
        Assert.All(Project.Value.Overrides, o => Assert.Contains("Zoals", o.Reason, StringComparison.Ordinal));
        // every other period's cluster follows from the rules alone
        Assert.Equal(24, Classified.Value.Units.SelectMany(u => u.Periods).Count(p => p.Cluster.Status == JudgmentStatus.Proposed && p.Cluster.Value is not null));
    }

    [Fact]
    public void Vanzelfsprekend_segments_never_decide_a_cluster()
    {
        var selfEvident = Project.Value.Evidence().Where(e => e.Code == MethodRules.SelfEvident).ToList();
        Assert.Equal(3, selfEvident.Count); // De Jeugdfirma, Pluto, Jeugdkracht
        Assert.All(Classified.Value.Units.SelectMany(u => u.Periods), p =>
        {
            Assert.DoesNotContain(p.Cluster.Support, e => e.Code == MethodRules.SelfEvident);
            Assert.DoesNotContain(p.Demands.SelectMany(d => d.Evidence), e => e.Code == MethodRules.SelfEvident);
        });
        Assert.All(selfEvident, e => Assert.Contains(Classified.Value.Find(e.Unit)!.Periods.SelectMany(p => p.SetAside), a => a.Evidence == e && a.Rule == RuleNames.SelfEvidentDescribed));

        var without = Classifier.Classify(Project.Value with { Segments = [.. Project.Value.Segments.Where(s => s.Code != MethodRules.SelfEvident)] }, CoderSelection.Pooled);
        Assert.Equal(Classified.Value.Units.Select(u => u.Cluster.Value), without.Units.Select(u => u.Cluster.Value));
        Assert.Equal(Classified.Value.Units.SelectMany(u => u.Periods).Select(p => p.Cluster.Value), without.Units.SelectMany(u => u.Periods).Select(p => p.Cluster.Value));
    }

    [Fact]
    public void Every_source_cites_the_dissertation_and_its_lines()
    {
        Assert.All(Project.Value.Sources, s =>
        {
            Assert.Contains("Sturen op transformatie van de jeugdhulp", s.Cites, StringComparison.Ordinal);
            Assert.Matches(@"^\d+-\d+(, \d+-\d+)*$", s.Lines);
        });
    }

    /// <summary>Each quoted passage occurs in the dissertation's text at the lines its source names (modulo line breaks and hyphenation).</summary>
    [SharedFileFact("seeds/003_25ecd4130e333c4f.txt")]
    public void Every_passage_occurs_verbatim_in_the_seed_at_its_lines()
    {
        var seed = File.ReadAllLines(Repo.Shared("seeds", "003_25ecd4130e333c4f.txt"));
        foreach (var source in Project.Value.Sources) SeedPassages.AssertVerbatim(source, seed);
    }
}
