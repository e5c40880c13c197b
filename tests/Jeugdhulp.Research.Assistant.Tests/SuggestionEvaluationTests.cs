using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Segments;

namespace Jeugdhulp.Research.Assistant.Tests;

/// <summary>
/// Precision and recall of the assistant's suggestions against a final coding, passage by passage: first on a
/// hand-made example whose every number is worked out below, then on the three regions of data/regios.
/// </summary>
public sealed class SuggestionEvaluationTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("jhr-review-");

    public void Dispose() => _dir.Delete(true);

    private static CandidateSegment Suggestion(string source, int start, int end, string code, string origin = "lexicon") => new()
    {
        Source = source, Start = start, End = end, StartLine = 1, EndLine = 1, Code = code, Score = 1.5, Terms = ["term"], Text = "", Origin = origin,
    };

    private static CodedSegment Coding(string source, int start, int end, string code, string? value = null) =>
        new(source, start, end, new string('x', end - start), code, value, "onderzoeker");

    // Final coding: four codings in two groups.
    //   c1 a 10-20 sturing.hierarchisch.afdwingen +   (group sturing.hierarchisch)
    //   c2 a 50-60 sturing.hierarchisch               (group sturing.hierarchisch)
    //   c3 b  0-30 sturing.netwerk                    (group sturing.netwerk)
    //   c4 b 40-45 sturing.kanaal.contract            (group sturing.kanaal)
    // Suggestions:
    //   s1 a  0-15 sturing.hierarchisch  overlaps c1 (ancestor code)            -> correct
    //   s2 a 20-50 sturing.hierarchisch  touches c1 and c2 but overlaps neither -> wrong
    //   s3 a 55-70 sturing.hierarchisch.afdwingen overlaps c2, but c2's code is the parent, not a sub-code -> wrong
    //   s4 b  5-10 sturing.netwerk       overlaps c3                            -> correct (model)
    //   s5 b 20-25 sturing.netwerk       overlaps c3 again                      -> correct, c3 counted once for recall
    //   s6 a 10-20 sturing.netwerk       right span, wrong source for c3       -> wrong
    //   s7 b 40-45 sturing.markt         c4's span, other code                  -> wrong
    // sturing.hierarchisch: 3 suggestions, 1 correct (1/3); codings 2, found 1 (c1) -> recall 1/2
    // sturing.markt: 1 suggestion, 0 correct; no codings -> recall undefined
    // sturing.kanaal: no suggestions -> precision undefined; 1 coding, 0 found -> recall 0
    // sturing.netwerk: 3 suggestions, 2 correct (2/3); 1 coding found -> recall 1
    // total: 7 suggestions, 3 correct (3/7); 4 codings, 2 found (c1, c3) -> 1/2
    // lexicon alone: s1, s2, s3, s5, s6, s7: 6 suggestions, 2 correct; found c1 and c3 -> 2 of 4
    // model alone: s4: 1 suggestion, 1 correct; found c3 -> 1 of 4
    private static readonly CodedSegment[] Final =
    [
        Coding("a", 10, 20, "sturing.hierarchisch.afdwingen", "+"), Coding("a", 50, 60, "sturing.hierarchisch"),
        Coding("b", 0, 30, "sturing.netwerk", "+/-") with { Unit = "b.gemeente" }, Coding("b", 40, 45, "sturing.kanaal.contract", "ingezet"),
    ];

    private static readonly CandidateSegment[] Suggested =
    [
        Suggestion("a", 0, 15, "sturing.hierarchisch"), Suggestion("a", 20, 50, "sturing.hierarchisch"), Suggestion("a", 55, 70, "sturing.hierarchisch.afdwingen"),
        Suggestion("b", 5, 10, "sturing.netwerk", "model"), Suggestion("b", 20, 25, "sturing.netwerk"), Suggestion("a", 10, 20, "sturing.netwerk"),
        Suggestion("b", 40, 45, "sturing.markt"),
    ];

    [Fact]
    public void A_suggestion_matches_a_coding_of_the_same_source_with_the_same_code_or_a_sub_code_and_an_overlapping_span()
    {
        Assert.Equal([true, false, false, true, true, false, false], Suggested.Select(s => Final.Any(c => SuggestionEvaluation.Matches(s, c))));
        Assert.Equal("sturing.kanaal", SuggestionEvaluation.GroupOf("sturing.kanaal.contract"));
        Assert.Equal("reactie.volgen", SuggestionEvaluation.GroupOf("reactie.volgen"));
        Assert.Equal("sturing", SuggestionEvaluation.GroupOf("sturing"));
    }

    [Fact]
    public void Precision_and_recall_per_code_group_per_suggester_and_overall_on_a_hand_made_example()
    {
        var evaluation = SuggestionEvaluation.Compute(Suggested, Final);
        // Counts as tuples: the records' undefined precision or recall (NaN) would make a structural comparison fail.
        static (string, int, int, int, int) Counts(GroupScore g) => (g.Group, g.Suggestions, g.Correct, g.Codings, g.Found);
        Assert.Equal(
        [
            ("sturing.hierarchisch", 3, 1, 2, 1), ("sturing.kanaal", 0, 0, 1, 0),
            ("sturing.markt", 1, 0, 0, 0), ("sturing.netwerk", 3, 2, 1, 1),
        ], evaluation.Groups.Select(Counts));
        Assert.Equal(("totaal", 7, 3, 4, 2), Counts(evaluation.Total));
        Assert.Equal(3.0 / 7, evaluation.Total.Precision);
        Assert.Equal(0.5, evaluation.Total.Recall);
        Assert.Equal(1.0 / 3, evaluation.Groups[0].Precision);
        Assert.True(double.IsNaN(evaluation.Groups[1].Precision));
        Assert.True(double.IsNaN(evaluation.Groups[2].Recall));
        Assert.Equal([("totaal lexicon", 6, 2, 4, 2), ("totaal model", 1, 1, 4, 1)], evaluation.Origins.Select(Counts));

        var table = evaluation.ToTable("voorbeeld");
        Assert.Equal(["totaal", "7", "3", "0.429", "4", "2", "0.500"], table.Rows[^1].Select(c => c.Text));
        Assert.Equal(["sturing.kanaal", "0", "0", "–", "1", "0", "0.000"], table.Rows[1].Select(c => c.Text));
    }

    [Fact]
    public void Deciding_by_the_final_coding_accepts_exactly_the_matching_suggestions_as_assisted_codings_and_records_every_rejection()
    {
        var texts = new Dictionary<string, string> { ["a"] = new string('a', 80), ["b"] = new string('b', 80) };
        var at = new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
        var review = new SuggestionReview(["onderzoeker"], new FixedClock(at));
        review.DecideBy(Suggested, "onderzoeker", Final, id => texts[id]);

        Assert.Equal([true, false, false, true, true, false, false], review.Decisions.Select(d => d.Accepted));
        var accepted = review.AcceptedSegments.ToList();
        // The coder takes the final coding's code, value and unit; the span stays the suggestion's; the flag says who proposed it.
        Assert.Equal(("sturing.hierarchisch.afdwingen", "+", (string?)null, 0, 15), (accepted[0].Code, accepted[0].Value, accepted[0].Unit, accepted[0].Start, accepted[0].End));
        Assert.Equal(("sturing.netwerk", "+/-", "b.gemeente"), (accepted[1].Code, accepted[1].Value, accepted[1].Unit));
        Assert.Equal([new Assistance("lexicon", 1.5), new Assistance("model", 1.5), new Assistance("lexicon", 1.5)], accepted.Select(s => s.Assisted));
        Assert.All(accepted, s => Assert.Equal("onderzoeker", s.Coder));
        Assert.All(review.Decisions.Where(d => !d.Accepted), d => Assert.StartsWith("geen eindcodering", d.Reason, StringComparison.Ordinal));

        var csv = SuggestionDecisionsFile.Write(review.Decisions.Select(d => SuggestionLogEntry.Of(d, "geassisteerd.csv"))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', SuggestionDecisionsFile.Columns), csv[0]);
        Assert.Equal(8, csv.Length);
        Assert.StartsWith("jhr-suggestion-decisions/2,a,0,15,1,1,lexicon,sturing.hierarchisch,,1.5,term,accepted,onderzoeker,2026-12-07T12:00:00.0000000+00:00,", csv[1], StringComparison.Ordinal);
        Assert.EndsWith(",geassisteerd.csv,sturing.hierarchisch.afdwingen,+,", csv[1], StringComparison.Ordinal);
        Assert.StartsWith("jhr-suggestion-decisions/2,a,20,50,1,1,lexicon,sturing.hierarchisch,,1.5,term,rejected,", csv[2], StringComparison.Ordinal);
        Assert.EndsWith(",geen eindcodering van deze code (of een subcode) die deze passage overlapt,,,,", csv[2], StringComparison.Ordinal);

        // Accepted codings survive the coding CSV with their flag.
        var diagnostics = new Coding.CodingDiagnostics();
        var path = Path.Combine(_dir.FullName, "geassisteerd.csv");
        File.WriteAllText(path, CodingCsv.Write(accepted));
        Assert.Equal(accepted.Select(s => s.Assisted), CodingCsv.Read(path, diagnostics).Select(s => s.Assisted));
    }

    [Fact]
    public void On_the_three_regions_the_lexicon_finds_3_of_59_final_codings_with_3_of_80_suggestions_right()
    {
        var save = Path.Combine(_dir.FullName, "assistent");
        Directory.CreateDirectory(save);
        File.WriteAllText(Path.Combine(save, "beslissingen.csv"), "source,start,end\n"); // a trail of an earlier version of jhr review
        var (code, stdout, stderr) = Jhr.Run("review", Repo.File("data", "regios"), "--coder", "onderzoeker", "--model", Repo.File("data", "proefschrift-codering"),
            "--save", save, "--format", "csv");
        Assert.True(code == 0, stderr);
        Assert.Contains("beslissingen.csv is this trail in the format before jhr-suggestion-decisions/2, which nothing reads any more; suggestion-decisions.csv replaces it, so delete it.", stderr, StringComparison.Ordinal);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[0], r => string.Join(',', r[1..]));
        Assert.Equal("80,3,0.038,59,3,0.051", rows["totaal"]);
        Assert.Equal("80,3,0.038,59,3,0.051", rows["totaal lexicon"]);
        Assert.Equal("0,0,–,59,0,0.000", rows["totaal model"]); // trained on the dissertation's coded chapters, the model proposes nothing at p ≥ 0.5
        Assert.Equal("21,2,0.095,5,2,0.400", rows["sturing.hierarchisch"]);
        Assert.Equal("7,1,0.143,3,1,0.333", rows["sturing.onzekerheid"]);
        Assert.Equal("16,0,0.000,2,0,0.000", rows["sturing.netwerk"]);
        Assert.Equal("0,0,–,17,0,0.000", rows["sturing.kanaal"]); // the channels (added in codebook 1.3.0) have no lexicon terms yet
        Assert.Equal("0,0,–,9,0,0.000", rows["aanbieder.gedrag-volgens-anderen"]);

        // The audit trail: every suggestion decided by onderzoeker; the accepted ones are assisted codings that anchor in their source.
        var project = CodingProjectLoader.Load(Repo.File("data", "regios"));
        var decisions = SuggestionDecisionsFile.Read(save);
        Assert.Equal(80, decisions.Length);
        Assert.All(decisions, d => Assert.Equal("onderzoeker", d.Coder));
        Assert.Equal(3, decisions.Count(d => d.Accepted));
        Assert.All(decisions.Where(d => d.Accepted), d => Assert.Equal("onderzoeker-geassisteerd.csv", d.CodedFile));
        var assisted = CodingCsv.Read(Path.Combine(save, "onderzoeker-geassisteerd.csv"), new Coding.CodingDiagnostics());
        Assert.Equal(["sturing.hierarchisch.afdwingen", "sturing.hierarchisch.afdwingen", "sturing.onzekerheid"], assisted.Select(s => s.Code).Order(StringComparer.Ordinal));
        Assert.All(assisted, s =>
        {
            Assert.Equal(Assistance.Lexicon, s.Assisted!.By);
            Assert.Equal(project.FindSource(s.Source)!.Text[s.Start..s.End], s.Text);
        });
        // Each accepted decision names the coding it became, and that coding is in the file it names.
        Assert.Equal(decisions.Where(d => d.Accepted).Select(d => (d.Source, (int)d.Start, (int)d.End, d.CodedCode, d.CodedValue, d.CodedUnit)),
            assisted.Select(s => (s.Source, s.Start, s.End, (string?)s.Code, s.Value, s.Unit)));

        // The review committed beside the study is this run (apart from the time of each decision), and its README reports these figures.
        static string[] WithoutTime(IEnumerable<SuggestionLogEntry> entries) => SuggestionDecisionsFile.Write(entries.Select(e => e with { At = DateTimeOffset.UnixEpoch })).Split('\n');
        var committed = SuggestionDecisionsFile.Read(Repo.File("data", "regios", "assistent"));
        Assert.Equal(WithoutTime(decisions), WithoutTime(committed));
        Assert.Equal(File.ReadAllText(Repo.File("data", "regios", "assistent", SuggestionDecisionsFile.Name)), SuggestionDecisionsFile.Write(committed)); // as the writer writes it
        Assert.False(File.Exists(Repo.File("data", "regios", "assistent", "beslissingen.csv"))); // the trail before format 2, migrated
        var readme = File.ReadAllText(Repo.File("data", "regios", "README.md"));
        Assert.Contains("| totaal | 80 | 3 | 0,038 | 59 | 3 | 0,051 |", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("Nog niet gedaan", readme, StringComparison.Ordinal);
        // The final coding is untouched: the review is kept out of codings/.
        Assert.Equal(59, project.Segments.Length);
        Assert.All(project.Segments, s => Assert.Null(s.Assisted));
    }

    [Fact]
    public void Review_refuses_an_unknown_coder_the_projects_own_codings_folder_and_the_project_folder_whose_trail_is_the_workbenchs()
    {
        var (code, _, stderr) = Jhr.Run("review", Repo.File("data", "regios"), "--coder", "anna");
        Assert.Equal(2, code);
        Assert.Contains("unknown coder 'anna'", stderr, StringComparison.Ordinal);
        var (code2, _, stderr2) = Jhr.Run("review", Repo.File("data", "regios"), "--coder", "onderzoeker", "--save", Repo.File("data", "regios", "codings"));
        Assert.Equal(2, code2);
        Assert.Contains("not the project's codings/ folder", stderr2, StringComparison.Ordinal);
        var (code3, _, stderr3) = Jhr.Run("review", Repo.File("data", "regios"), "--coder", "onderzoeker", "--save", Repo.File("data", "regios"));
        Assert.Equal(2, code3);
        Assert.Contains("not the project's own folder; its suggestion-decisions.csv is the workbench's trail", stderr3, StringComparison.Ordinal);
        Assert.False(File.Exists(Repo.File("data", "regios", SuggestionDecisionsFile.Name)));
    }

    private sealed class FixedClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }
}
