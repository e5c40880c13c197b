using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Assistant.Tests;

/// <summary>
/// The one audit trail of decisions on suggestions (<c>suggestion-decisions.csv</c>), written by <c>jhr review --save</c>
/// and the workbench alike: what it keeps survives a round trip, the workbench's format 1 is still read (and migrated at
/// the next decision), and a file it cannot trust is refused with file, line and what to do, with nothing written.
/// </summary>
public sealed class SuggestionDecisionsFileTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("jhr-decisions-");

    public void Dispose() => _dir.Delete(true);

    private string TrailPath => Path.Combine(_dir.FullName, SuggestionDecisionsFile.Name);

    /// <summary>The review of data/regios committed beside the study.</summary>
    private static string Committed => Repo.File("data", "regios", "assistent");

    /// <summary>The workbench's trail before format 2, as its writer wrote it: an acceptance and a rejection by anna of suggestions in data/regios.</summary>
    private const string Format1 =
        "source,start,end,code,origin,score,coder,decision,decided_at,reason\n" +
        "groningen-samenwerking,1304,1371,sturing.onzekerheid,lexicon,2,anna,accepted,2026-12-01T10:15:00.0000000+00:00,\n" +
        "groningen-inleiding,0,181,sturing.kanalen,lexicon,1,anna,rejected,2026-12-01T10:16:30.0000000+00:00,\"gaat over inkoop, niet over kanalen\"\n";

    private InputException Refused(string content)
    {
        File.WriteAllText(TrailPath, content);
        var version = SuggestionDecisionsFile.Version(_dir.FullName);
        var error = Assert.Throws<InputException>(() => SuggestionDecisionsFile.Read(_dir.FullName));
        // An append to a file that does not read writes nothing either.
        Assert.Throws<InputException>(() => SuggestionDecisionsFile.Append(_dir.FullName, version, Entry()));
        Assert.Equal(content, File.ReadAllText(TrailPath));
        return error;
    }

    private static SuggestionLogEntry Entry() => new()
    {
        Source = "zhz-huidig-model", Start = 313, End = 442, Origin = "lexicon", Code = "sturing.hierarchisch", Score = 4, Coder = "anna",
        Accepted = false, At = new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void The_committed_review_of_the_three_regions_survives_a_round_trip_through_the_one_writer_and_reader()
    {
        var committed = SuggestionDecisionsFile.Read(Committed);
        Assert.Equal(80, committed.Length);
        var accepted = committed.Where(d => d.Accepted).ToList();
        Assert.Equal(["sturing.onzekerheid", "sturing.hierarchisch.afdwingen", "sturing.hierarchisch.afdwingen"], accepted.Select(d => d.CodedCode));
        var zhz = accepted[2];
        Assert.Equal(("zhz-huidig-model", 313L, 442L, (int?)14, (int?)14, "lexicon", "sturing.hierarchisch", 4.0), (zhz.Source, zhz.Start, zhz.End, zhz.StartLine, zhz.EndLine, zhz.Origin, zhz.Code, zhz.Score));
        Assert.Equal(["verantwoording", "controle*", "aansturing", "aansturen"], zhz.Terms.AsEnumerable());
        Assert.Equal(("onderzoeker-geassisteerd.csv", "+", "zhz.aanbieders"), (zhz.CodedFile, zhz.CodedValue, zhz.CodedUnit));
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 15, 15, 27, TimeSpan.Zero).AddTicks(2019906), zhz.At);

        // Written again and read back: the same file, the same entries.
        SuggestionDecisionsFile.Save(_dir.FullName, committed);
        Assert.Equal(File.ReadAllText(Path.Combine(Committed, SuggestionDecisionsFile.Name)), File.ReadAllText(TrailPath));
        var again = SuggestionDecisionsFile.Read(_dir.FullName);
        Assert.Equal(committed, again, new SameEntry());
    }

    [Fact]
    public void Reasons_with_commas_quotes_and_line_breaks_a_model_suggestion_and_a_missing_value_survive_a_round_trip()
    {
        var entries = new[]
        {
            Entry() with { Reason = "\"te algemeen\", zegt de codeur;\nzie memo", Value = "-", StartLine = 14, EndLine = 15, Terms = ["niet ... regels", "toezicht"] },
            Entry() with { Origin = "model", Score = 0.905, Accepted = true, CodedFile = "codings/anna.csv", CodedCode = "sturing.hierarchisch.afdwingen", CodedValue = "+", CodedUnit = "zhz.aanbieders", Reason = "overgenomen" },
            Entry() with { Accepted = true, CodedFile = "codings/anna.csv", CodedCode = "sturing.hierarchisch" }, // a code without a value, no unit
        };
        var version = SuggestionDecisionsFile.Save(_dir.FullName, entries);
        Assert.Equal(SuggestionDecisionsFile.Version(_dir.FullName), version);
        var read = SuggestionDecisionsFile.Read(_dir.FullName);
        Assert.Equal(entries, read, new SameEntry());
        Assert.Equal(["niet ... regels", "toezicht"], read[0].Terms.AsEnumerable());
    }

    [Fact]
    public void The_workbenchs_format_1_is_read_with_a_migration_warning_and_the_next_decision_rewrites_it_in_format_2()
    {
        File.WriteAllText(TrailPath, Format1);
        var warnings = new List<Diagnostic>();
        var read = SuggestionDecisionsFile.Read(_dir.FullName, warnings);
        var warning = Assert.Single(warnings);
        Assert.Equal(("suggestion-decisions.csv", "old-format"), (warning.File, warning.Code));
        Assert.Contains("format 1", warning.Message, StringComparison.Ordinal);
        Assert.Contains("the next decision saved rewrites the whole file in jhr-suggestion-decisions/2", warning.Message, StringComparison.Ordinal);
        Assert.Equal([true, false], read.Select(e => e.Accepted));
        // The workbench put every accepted coding in the coder's own codings file with the suggested code; the rest format 1 did not record.
        Assert.Equal(("codings/anna.csv", "sturing.onzekerheid", (string?)null, (string?)null, (int?)null), (read[0].CodedFile, read[0].CodedCode, read[0].CodedValue, read[0].CodedUnit, read[0].StartLine));
        Assert.Equal((null, null, "gaat over inkoop, niet over kanalen"), (read[1].CodedFile, read[1].CodedCode, read[1].Reason));
        Assert.Empty(read[1].Terms);

        var version = SuggestionDecisionsFile.Append(_dir.FullName, SuggestionDecisionsFile.Version(_dir.FullName), Entry());
        Assert.Equal(SuggestionDecisionsFile.Version(_dir.FullName), version);
        var lines = File.ReadAllLines(TrailPath);
        Assert.Equal(string.Join(',', SuggestionDecisionsFile.Columns), lines[0]);
        Assert.Equal(
            "jhr-suggestion-decisions/2,groningen-samenwerking,1304,1371,,,lexicon,sturing.onzekerheid,,2,,accepted,anna,2026-12-01T10:15:00.0000000+00:00,,codings/anna.csv,sturing.onzekerheid,,",
            lines[1]);
        warnings.Clear();
        Assert.Equal([.. read, Entry()], SuggestionDecisionsFile.Read(_dir.FullName, warnings), new SameEntry());
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_malformed_row_is_refused_with_the_file_its_line_and_column_and_every_problem_at_once()
    {
        var header = string.Join(',', SuggestionDecisionsFile.Columns);
        var good = SuggestionDecisionsFile.Write([Entry() with { Reason = "twee\nregels" }]).Split('\n', 2)[1]; // a row spanning lines 2-3
        var error = Refused(header + "\n" + good +
            "jhr-suggestion-decisions/2,zhz-huidig-model,442,313,,,oracle,sturing.hierarchisch,,veel,,maybe,anna,gisteren,,,,,\n" +
            "jhr-suggestion-decisions/2,zhz-huidig-model,313,442,,,lexicon,sturing.hierarchisch,,4,,rejected,anna,2026-12-07T12:00:00Z,,codings/anna.csv,,,\n");
        Assert.Equal(
        [
            "suggestion-decisions.csv:4:7: invalid-origin",
            "suggestion-decisions.csv:4:4: empty-span",
            "suggestion-decisions.csv:4:10: not-a-number",
            "suggestion-decisions.csv:4:12: invalid-decision",
            "suggestion-decisions.csv:4:14: invalid-timestamp",
            "suggestion-decisions.csv:5:16: coding-of-rejection",
        ], error.Diagnostics.Select(d => $"{d.File}:{d.Line}:{d.Column}: {d.Code}"));
        Assert.Contains("must be accepted or rejected", error.Message, StringComparison.Ordinal);

        var ragged = Refused(header + "\nzhz-huidig-model,313,442\n");
        Assert.Equal(("suggestion-decisions.csv", 2, "ragged-row"), (ragged.Diagnostics[0].File, ragged.Diagnostics[0].Line, ragged.Diagnostics[0].Code));
    }

    [Fact]
    public void An_acceptance_must_name_the_coding_it_became_inside_the_trails_folder()
    {
        var header = string.Join(',', SuggestionDecisionsFile.Columns);
        const string row = "jhr-suggestion-decisions/2,zhz-huidig-model,313,442,14,14,lexicon,sturing.hierarchisch,,4,,accepted,anna,2026-12-07T12:00:00Z,,";
        Assert.Equal("missing-coding", Refused($"{header}\n{row},,,\n").Diagnostics.Single().Code);
        foreach (var hostile in new[] { "../../elders/anna.csv", "/elders/anna.csv", "C:/anna.csv", "codings\\anna.csv", "codings/anna.txt" })
        {
            var error = Refused($"{header}\n{row}{hostile},sturing.hierarchisch,+,\n").Diagnostics.Single();
            Assert.Equal(("invalid-file", 2), (error.Code, error.Line));
        }
    }

    [Fact]
    public void A_trail_in_an_unknown_format_version_is_refused_naming_the_line_and_the_format_this_version_reads()
    {
        var newer = SuggestionDecisionsFile.Write([Entry()]).Replace("jhr-suggestion-decisions/2,", "jhr-suggestion-decisions/3,", StringComparison.Ordinal);
        var error = Refused(newer).Diagnostics.Single();
        Assert.Equal(("suggestion-decisions.csv", 2, 1, "unknown-schema"), (error.File, error.Line, error.Column, error.Code));
        Assert.Contains("'jhr-suggestion-decisions/3' is not a format this version of jhr reads (jhr-suggestion-decisions/2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_review_trail_before_format_2_is_refused_with_how_to_write_it_again()
    {
        var old = "source,start,end,start_line,end_line,origin,code,value,score,matched_terms,decision,coder,at,reason,coded_code,coded_value,coded_unit\n" +
            "groningen-inleiding,0,181,15,15,lexicon,sturing.kanalen,,1,inkooporganisatie,rejected,onderzoeker,2026-12-07T15:15:27.2008294+00:00,geen eindcodering,,,\n";
        var error = Refused(old).Diagnostics.Single();
        Assert.Equal(("suggestion-decisions.csv", 1, "old-review-format"), (error.File, error.Line, error.Code));
        Assert.Contains("Run 'jhr review PROJECT --coder NAME --save DIR' again", error.Message, StringComparison.Ordinal);
        Assert.Equal("missing-column", Refused("source,start,end\nzhz-huidig-model,313,442\n").Diagnostics.Single().Code);
    }

    [Fact]
    public void An_append_on_a_stale_version_writes_nothing_and_no_file_reads_as_an_empty_trail()
    {
        Assert.Empty(SuggestionDecisionsFile.Read(_dir.FullName));
        Assert.Equal(CodingsFile.Absent, SuggestionDecisionsFile.Version(_dir.FullName));
        var first = SuggestionDecisionsFile.Append(_dir.FullName, CodingsFile.Absent, Entry());
        var before = File.ReadAllText(TrailPath);
        var stale = Assert.Throws<StaleVersionException>(() => SuggestionDecisionsFile.Append(_dir.FullName, CodingsFile.Absent, Entry() with { Coder = "bram" }));
        Assert.Equal((CodingsFile.Absent, first), (stale.Expected, stale.Actual));
        Assert.Equal(before, File.ReadAllText(TrailPath));
        SuggestionDecisionsFile.Append(_dir.FullName, first, Entry() with { Coder = "bram" });
        Assert.Equal(["anna", "bram"], SuggestionDecisionsFile.Read(_dir.FullName).Select(e => e.Coder));
    }

    [Fact]
    public void An_acceptance_without_the_file_its_coding_went_to_cannot_be_logged()
    {
        var suggestion = new CandidateSegment { Source = "a", Start = 0, End = 4, StartLine = 1, EndLine = 1, Code = "sturing.netwerk", Score = 1, Terms = ["samen"], Text = "samen" };
        var review = new SuggestionReview(["anna"]);
        review.Accept(suggestion, "anna", "samen werken");
        Assert.Throws<ArgumentException>(() => SuggestionLogEntry.Of(review.Decisions[0]));
        var entry = SuggestionLogEntry.Of(review.Decisions[0], "codings/anna.csv");
        Assert.Equal(("codings/anna.csv", "sturing.netwerk", (string?)null), (entry.CodedFile, entry.CodedCode, entry.CodedValue));
    }

    /// <summary>Entries equal field by field, their terms by content (an <see cref="System.Collections.Immutable.ImmutableArray{T}"/> compares by reference).</summary>
    private sealed class SameEntry : IEqualityComparer<SuggestionLogEntry>
    {
        public bool Equals(SuggestionLogEntry? x, SuggestionLogEntry? y) => x! with { Terms = [] } == y! with { Terms = [] } && x.Terms.SequenceEqual(y.Terms);
        public int GetHashCode(SuggestionLogEntry obj) => 0;
    }
}
