using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Tests.Support;
using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Coding.Tests.Corpus;

/// <summary>The illustrative corpus in data/corpus loads cleanly, covers the codebook and classifies as its README says.</summary>
public class CorpusTests
{
    private static readonly Lazy<CodingProject> Project = new(() => CodingProjectLoader.Load(Repo.Corpus));

    private static CoderSelection Selection(string coder) => coder == "gepoold" ? CoderSelection.Pooled : CoderSelection.Of(coder);

    /// <summary>The rows of a Markdown table between two HTML comment markers in the corpus README.</summary>
    private static List<string[]> ReadmeTable(string name)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Corpus, "README.md"));
        var start = text.IndexOf($"<!-- {name}:start -->", StringComparison.Ordinal);
        var end = text.IndexOf($"<!-- {name}:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md lacks the {name} table.");
        return text[start..end].Split('\n').Where(l => l.StartsWith('|')).Skip(2)
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
    }

    [Fact]
    public void The_corpus_loads_without_errors_or_warnings()
    {
        var (errors, warnings) = CodingProjectLoader.Validate(Repo.Corpus);
        Assert.Empty(errors);
        Assert.Empty(warnings);
        Assert.Equal(7, Project.Value.Sources.Length);
        Assert.Equal(4, Project.Value.Units.Length);
        Assert.Equal(2, Project.Value.Cases.Length);
    }

    [Fact]
    public void Every_file_of_the_corpus_is_marked_fictitious()
    {
        var project = Project.Value;
        Assert.True(project.Fictitious);
        Assert.All(project.Sources, s =>
        {
            Assert.True(s.Fictitious, s.File);
            Assert.Contains("FICTIEF / FICTITIOUS", s.FrontMatter);
            Assert.StartsWith("> FICTIEF / FICTITIOUS", s.Text);
        });
        Assert.Contains("FICTIEF / FICTITIOUS", File.ReadAllText(Path.Combine(Repo.Corpus, "README.md")));
        Assert.Contains("FICTIEF / FICTITIOUS", File.ReadAllText(Path.Combine(Repo.Corpus, "project.yaml")));
        Assert.All(project.Cases, c => Assert.Contains("FICTIEF", c.Source));
        Assert.All(project.Units, u => Assert.Contains("FICTIEF", u.Info.Source));
    }

    [Fact]
    public void The_corpus_has_interviews_and_a_document_in_two_cases_following_Appendix_4()
    {
        var sources = Project.Value.Sources;
        Assert.Contains(sources, s => s.Kind == Sources.SourceKind.Document && s.DocumentType == "inkoopdocument");
        Assert.Equal(["heidestein", "kustwijk"], sources.Select(s => s.Case).Distinct().Order());
        Assert.All(sources.Where(s => s.Kind == Sources.SourceKind.Interview), s => Assert.NotEmpty(s.Turns));
        var roles = sources.SelectMany(s => s.Speakers).Select(s => s.Role).ToHashSet();
        Assert.Superset(new HashSet<string?> { "bestuurder", "beleid", "inkoop", "uitvoering" }, roles);
        var text = string.Join("\n", sources.Select(s => s.Text));
        foreach (var theme in new[] { "Transformatie", "Sturing gemeente en reactie hierop", "Ervaringen", "willen, kunnen, moeten" })
            Assert.Contains(theme, text);
    }

    [Fact]
    public void CoderA_codes_every_response_every_tactic_but_ontsnappen_and_every_characteristic()
    {
        var codebook = Project.Value.Codebook;
        var codes = Project.Value.Segments.Where(s => s.Coder == "coderA").Select(s => s.Code).ToHashSet();
        var required = codebook.Responses.Select(r => r.Id)
            .Concat(codebook.OfKind(EntryKind.Tactic).Where(t => !t.IsExcluded).Select(t => t.Id))
            .Concat(codebook.Descendants("kenmerk").Where(e => e.Kind == EntryKind.Characteristic).Select(e => e.Id))
            .Append("kenmerk.weten").ToList();
        Assert.Equal(6 + 9 + 8 + 1, required.Count);
        var missing = required.Where(id => !codes.Contains(id) && !(codebook[id].Kind == EntryKind.Response && codes.Any(c => codebook[c].ParentId == id))).ToList();
        Assert.True(missing.Count == 0, "Not coded by coderA: " + string.Join(", ", missing));
        Assert.DoesNotContain("reactie.vermijden.ontsnappen", codes);
    }

    [Fact]
    public void Two_coders_coded_independently_and_disagree()
    {
        var segments = Project.Value.Segments;
        var a = segments.Where(s => s.Coder == "coderA").ToList();
        var b = segments.Where(s => s.Coder == "coderB").ToList();
        Assert.True(a.Count >= 25 && b.Count >= 25, $"{a.Count} and {b.Count} segments");
        var sameSpan = a.Join(b, x => (x.Source, x.Start, x.End), y => (y.Source, y.Start, y.End), (x, y) => (x, y)).ToList();
        Assert.Contains(sameSpan, p => p.x.Code == p.y.Code && p.x.Value == p.y.Value);          // agreement
        Assert.Contains(sameSpan, p => p.x.Code != p.y.Code);                                     // a different code on the same words
        Assert.Contains(sameSpan, p => p.x.Code == p.y.Code && p.x.Value != p.y.Value);          // a different value
        Assert.Contains(a, x => !b.Any(y => y.Source == x.Source && y.Start < x.End && x.Start < y.End)); // coded by A only
        Assert.Contains(b, y => !a.Any(x => x.Source == y.Source && x.Start < y.End && y.Start < x.End)); // coded by B only
    }

    [Fact]
    public void The_corpus_is_coded_for_the_dissertations_method_and_exercises_every_method_rule_and_status()
    {
        var project = Project.Value;
        Assert.Equal(RuleSet.Proefschrift, project.Rules.RuleSet);
        Assert.All(project.Cases, c => Assert.Contains(project.Demands, d => d.Case == c.Id && d.IsMain));
        Assert.All(project.Cases, c => Assert.Contains(project.Demands, d => d.Case == c.Id && !d.IsMain));
        var responses = project.Segments.Where(s => s.Code.StartsWith("reactie.", StringComparison.Ordinal)).ToList();
        Assert.All(responses.Where(s => s.Code != "reactie.niets-doen"), s => Assert.NotNull(s.Demand));
        Assert.All(responses.Where(s => s.Code.StartsWith("reactie.volgen", StringComparison.Ordinal)), s => Assert.Equal(Coding.Segments.Enactment.Practice, s.Enactment));

        var pooled = Classifier.Classify(project, CoderSelection.Pooled);
        var periods = pooled.Units.SelectMany(u => u.Periods).ToList();
        Assert.Contains(periods, p => p.SetAside.Any(a => a.Rule == RuleNames.SelfEvidentDescribed));
        Assert.Contains(periods, p => p.Cluster.Rule.StartsWith(RuleNames.MainDemandsDecide, StringComparison.Ordinal) && p.Demands.Any(d => !d.IsMain && d.Cluster != p.Cluster.Value));
        Assert.Contains(periods, p => p.Cluster.Rule.StartsWith(RuleNames.ResearcherJudges, StringComparison.Ordinal));
        var statuses = new[] { "coderA", "coderB", "gepoold" }.SelectMany(c => Classifier.Classify(project, Selection(c)).Units.SelectMany(u => u.Periods).Select(p => p.Cluster.Status));
        Assert.Equal(Enum.GetValues<JudgmentStatus>().Order(), statuses.Distinct().Order());
    }

    [Fact]
    public void The_old_counting_rules_would_let_the_segment_counts_decide_where_the_method_asks_the_researcher()
    {
        var eikenhof2 = (ClassificationRules rules) => Classifier.Classify(Project.Value, CoderSelection.Of("coderA"), rules).Find("kustwijk.eikenhof")!.Periods.Single(p => p.Period == 2).Cluster;

        var counted = eikenhof2(ClassificationRules.SegmentCounting);
        var method = eikenhof2(ClassificationRules.Default);

        Assert.Equal(("niet-volgen", JudgmentOutcome.Determined), (counted.Derived, counted.Outcome));
        Assert.StartsWith(RuleNames.ClusterMajority + ": niet-volgen 4 van 5 segmenten", counted.Rule);
        Assert.Equal(JudgmentOutcome.Mixed, method.Outcome);
        Assert.StartsWith(RuleNames.ResearcherJudges, method.Rule);
    }

    [Fact]
    public void The_corpus_classifies_per_period_as_its_README_says()
    {
        var rows = ReadmeTable("expected-periods");
        Assert.Equal(15, rows.Count);
        foreach (var row in rows)
        {
            var (coder, unit, period) = (row[0], row[1], int.Parse(row[2]));
            var p = Classifier.Classify(Project.Value, Selection(coder)).Find(unit)!.Periods.Single(x => x.Period == period);
            var actual = new[]
            {
                coder, unit, row[2],
                p.Response.Outcome == JudgmentOutcome.Mixed ? "gemengd" : p.Response.Derived?.Replace("reactie.", "") ?? "geen",
                p.Cluster.Outcome == JudgmentOutcome.Mixed ? "gemengd" : p.Cluster.Derived ?? "geen",
                p.Cluster.Value ?? "geen",
                JudgmentStatusNames.ToDutch(p.Cluster.Status),
                p.Cluster.RestsOnlyOnOthersAccounts ? "ja" : "nee",
            };
            Assert.Equal(row, actual);
        }
    }

    [Fact]
    public void The_corpus_units_and_factors_classify_as_its_README_says()
    {
        var rows = ReadmeTable("expected-units");
        Assert.Equal(12, rows.Count);
        foreach (var row in rows)
        {
            var classification = Classifier.Classify(Project.Value, Selection(row[0]));
            var unitRow = UnitTable.From(classification.ToStudyData()).Rows.Single(r => r.Unit.Id == row[1]);
            var unit = classification.Find(row[1])!;
            string Factor(string id) => unit.Factor(id)!.Value ?? "geen";
            var actual = new[]
            {
                row[0], row[1], unitRow["cluster"] ?? "geen", unitRow[UnitTable.Change] ?? "geen",
                Factor("kenmerk.weten"), Factor("kenmerk.willen"), Factor("kenmerk.kunnen"), Factor("kenmerk.moeten"),
            };
            Assert.Equal(row, actual);
        }
    }

    [Fact]
    public void The_classified_corpus_cross_tabulates_like_the_study()
    {
        var study = Classifier.Classify(Project.Value, CoderSelection.Of("coderA")).ToStudyData();
        var crossTab = CrossTab.Build(UnitTable.From(study), new Vocabulary(Project.Value.Codebook, study), "case", "cluster");
        Assert.Equal(1, crossTab.Count("kustwijk", "niet-volgen"));
        Assert.Equal(1, crossTab.Count("kustwijk", "niets-doen"));
        Assert.Equal(1, crossTab.Count("heidestein", "volgen"));
        Assert.Equal(4, crossTab.GrandTotal);
    }
}
