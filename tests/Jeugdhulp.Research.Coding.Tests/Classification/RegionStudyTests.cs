using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Tests.Support;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Coding.Tests.Classification;

/// <summary>
/// data/regios: three real regions (Groningen, Zuid-Holland-Zuid, Waadhoeke) as a study made with jhr init and jhr code,
/// from verbatim passages of the regional documents in ../shared/seeds (000, 002, 001). The steering of each region is
/// judged per case from its codings (CaseSteering); where the documents support no value, overrides.csv says why.
/// </summary>
public class RegionStudyTests
{
    private static readonly Lazy<CodingProject> Project = new(() => CodingProjectLoader.Load(Repo.Regions));
    private static readonly Lazy<ProjectClassification> Classified = new(() => Classifier.Classify(Project.Value, CoderSelection.Pooled));

    private static readonly Dictionary<string, string> SeedOf = new()
    {
        ["groningen"] = "000_8cfe1021f1bcaf43.txt",
        ["waadhoeke"] = "001_20f9e82cac9f5b42.txt",
        ["zhz"] = "002_3c421990c5501ff6.txt",
    };

    [Fact]
    public void It_loads_cleanly_with_the_three_regions_and_their_responding_actors()
    {
        Assert.Empty(Project.Value.Warnings);
        Assert.Equal(["groningen", "zhz", "waadhoeke"], Project.Value.Cases.Select(c => c.Id));
        Assert.Equal(ActorType.Municipality, Project.Value.FindUnit("zhz.hardinxveld-giessendam")!.ActorType);
        Assert.Equal(ActorType.Municipality, Project.Value.FindUnit("zhz.alblasserdam")!.ActorType);
        Assert.Equal(59, Project.Value.Segments.Length);
        Assert.All(Project.Value.Segments, s => Assert.Equal("onderzoeker", s.Coder));
    }

    [Fact]
    public void Every_source_names_its_seed_lines_title_author_and_date()
    {
        Assert.All(Project.Value.Sources, s =>
        {
            Assert.Equal(SeedOf[s.Case], s.Seed);
            Assert.Matches(@"^\d+-\d+(, \d+-\d+)*$", s.Lines);
            Assert.False(string.IsNullOrWhiteSpace(s.Title));
            Assert.False(string.IsNullOrWhiteSpace(s.Organisation));
            // AEF's report carries no date; its note says how the year was inferred
            if (s.Date is null) Assert.Contains("het jaar 2020 is afgeleid", s.FrontMatter, StringComparison.Ordinal);
        });
        Assert.Equal(new DateOnly(2019, 11, 4), Project.Value.FindSource("groningen-inleiding")!.Date);
        Assert.Equal(new DateOnly(2024, 5, 29), Project.Value.FindSource("waadhoeke-voorstellen")!.Date);
    }

    /// <summary>Each passage occurs in the seed it names, at the lines it names (modulo line breaks and hyphenation).</summary>
    [SharedFileFact("seeds/002_3c421990c5501ff6.txt")]
    public void Every_passage_occurs_verbatim_in_its_seed_at_its_lines()
    {
        var seeds = SeedOf.Values.ToDictionary(f => f, f => File.ReadAllLines(Repo.Shared("seeds", f)));
        var passages = 0;
        foreach (var source in Project.Value.Sources)
        {
            SeedPassages.AssertVerbatim(source, seeds[source.Seed!]);
            passages += SeedPassages.Of(source).Count;
        }
        Assert.Equal(39, passages);
    }

    [Fact]
    public void Every_coded_quote_lies_inside_a_passage()
    {
        foreach (var segment in Project.Value.Segments)
        {
            var source = Project.Value.FindSource(segment.Source)!;
            Assert.Contains(SeedPassages.Of(source), p => p.Text.Contains(segment.Text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Each_region_has_at_least_five_steering_variables_with_evidence()
    {
        var withEvidence = Classified.Value.Cases
            .Where(j => j.Variable.StartsWith("sturing.", StringComparison.Ordinal) && j.Value is not null && !j.Support.IsEmpty)
            .GroupBy(j => j.Unit).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["groningen"] = 15, ["zhz"] = 16, ["waadhoeke"] = 12 }, withEvidence);
        // the dissertation's own steering variables (Table 3.4 and the method issue), not only the extensions
        var core = Classified.Value.Cases.Where(j => j.Value is not null && !j.Support.IsEmpty && Project.Value.Codebook.Find(j.Variable)!.Source.Seed is null
                && j.Variable.StartsWith("sturing.", StringComparison.Ordinal))
            .GroupBy(j => j.Unit).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(core.Values, n => Assert.True(n >= 5));
        Assert.Equal(3, core.Count);
    }

    [Fact]
    public void Groningens_steering_is_what_its_quotes_say()
    {
        var groningen = Classified.Value.Cases.Where(j => j.Unit == "groningen").ToDictionary(j => j.Variable);
        Assert.Equal("+/-", groningen["sturing.netwerk"].Value);
        Assert.Equal("weinig", groningen["sturing.intensiteit"].Value);
        Assert.Equal("-", groningen["sturing.kanalen"].Value);
        Assert.Equal("-", groningen["sturing.hierarchisch.afdwingbare-regels"].Value);
        Assert.Equal("+", groningen["sturing.onzekerheid"].Value);
        Assert.Equal("mengvorm", groningen["sturing.netwerkvorm"].Value);
        Assert.Equal("meer-dan-8", groningen["sturing.netwerkvorm.deelnemers"].Value);
        Assert.Equal("netwerk", groningen["sturing.modus-beleden"].Value);
        Assert.Equal("markt", groningen["sturing.modus-uitgevoerd"].Value);
        Assert.Equal("open-house", groningen["gemeente.inkoopmodel"].Value);
        Assert.Contains("een mengvorm zien van ‘samensturing’ en ‘sturing door een netwerkorganisatie’", groningen["sturing.netwerkvorm"].Support.Single().Quote, StringComparison.Ordinal);
        Assert.StartsWith(RuleNames.CaseSingle, groningen["sturing.onzekerheid"].Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plus_and_a_minus_segment_give_plus_minus_as_in_the_dissertation()
    {
        var afdwingen = Classified.Value.Cases.Single(j => j.Unit == "zhz" && j.Variable == "sturing.hierarchisch.afdwingen");
        Assert.Equal("+/-", afdwingen.Value);
        Assert.Equal($"{RuleNames.CasePlusAndMinus}: + (1), - (1)", afdwingen.Rule);
    }

    [Fact]
    public void Every_undetermined_steering_value_has_a_reason()
    {
        var undetermined = Classified.Value.Cases.Where(j => j.Value is null).ToList();
        Assert.Equal(14, undetermined.Count);
        Assert.All(undetermined, j =>
        {
            Assert.NotNull(j.Override);
            Assert.True(j.Override!.Reason.Length > 40, $"{j.Unit} {j.Variable}: the reason must say why the documents support no value");
            Assert.Equal(JudgmentStatus.Decided, j.Status);
        });
        // as data: basis undetermined, an empty value and the reason
        var study = Classified.Value.ToStudyData();
        var rows = study.CaseValues.Where(o => o.Value is null).ToList();
        Assert.Equal(14, rows.Count);
        Assert.All(rows, o =>
        {
            Assert.Equal(Basis.Undetermined, o.Provenance.Basis);
            Assert.Contains(RuleNames.Override + ": onbepaald", o.Provenance.Reason, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Provider_behaviour_is_always_someone_elses_account_and_flagged_as_such()
    {
        var providers = Project.Value.Units.Where(u => u.ActorType == ActorType.Provider).Select(u => u.Id).ToHashSet();
        var behaviour = Project.Value.Evidence().Where(e => providers.Contains(e.Unit) && (e.Code == "aanbieder.gedrag-volgens-anderen" || e.Code.StartsWith("reactie.", StringComparison.Ordinal))).ToList();
        Assert.Equal(10, behaviour.Count);
        Assert.All(behaviour, e => Assert.Equal(Account.DocumentAuthor, e.Account));

        var zhz = Classified.Value.Find("zhz.aanbieders")!;
        Assert.Equal("volgen", zhz.Cluster.Value);
        Assert.True(zhz.Periods.Single().Cluster.RestsOnlyOnOthersAccounts);
        var observation = Classified.Value.ToStudyData().UnitValues.Single(o => o.Subject == "zhz.aanbieders" && o.Variable == StudyDataLoader.ClusterVariable);
        Assert.Contains(RuleNames.OthersAccountsOnly + ": berust alleen op document-author", observation.Provenance.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Municipalities_responding_to_the_region_are_classified_by_the_same_method()
    {
        // Hardinxveld-Giessendam takes the initiative (a changed practice); Alblasserdam prepares (an intention, not counted: M2)
        Assert.Equal("volgen", Classified.Value.Find("zhz.hardinxveld-giessendam")!.Cluster.Value);
        var alblasserdam = Classified.Value.Find("zhz.alblasserdam")!;
        Assert.Null(alblasserdam.Cluster.Value);
        Assert.Contains(alblasserdam.Periods.Single().SetAside, a => a.Rule == RuleNames.FollowingNeedsPractice);
    }
}
