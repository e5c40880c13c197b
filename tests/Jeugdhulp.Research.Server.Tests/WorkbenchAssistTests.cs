using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jeugdhulp.Research.Assistant;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Server.Tests.Support;

namespace Jeugdhulp.Research.Server.Tests;

/// <summary>
/// The coding assistant in the workbench: the lexicon's candidate passages for the open source, accepted or rejected
/// in place; an accepted one is an assisted coding in the coder's own file, every decision is in the audit trail.
/// </summary>
public sealed class WorkbenchAssistTests
{
    /// <summary>The suggestions as <c>jhr suggest</c>'s own classes find them in the study's source: the oracle the page must match.</summary>
    private static List<CandidateSegment> Expected(string dir)
    {
        var project = CodingProjectLoader.Load(dir);
        var lexicon = LexiconLoader.Load(Path.Combine(Prerequisite.RepositoryRoot, "codebooks", "jeugdhulp-sturing.lexicon.yaml"), project.Codebook);
        var source = project.FindSource(TestStudy.Source)!;
        var text = PdfText.Analyse(source.Text.AsMemory(), source.FirstLine);
        return SegmentSuggester.Suggest(source.Id, text, new LexiconMatcher(lexicon).Match(text));
    }

    [Fact]
    public async Task The_page_offers_the_lexicons_suggestions_for_the_open_source_and_an_accepted_one_is_an_assisted_coding_with_its_audit_trail()
    {
        var dir = TestStudy.Create();
        await using var bench = await Workbench.StartAsync(dir);
        var expected = Expected(dir);
        Assert.NotEmpty(expected);
        var listed = await bench.GetJson($"/api/suggestions/{TestStudy.Source}?coder=anna");
        Assert.True(listed.GetProperty("available").GetBoolean());
        var suggestions = listed.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Equal(expected.Select(s => $"{s.Code}@{s.Start}-{s.End} {s.Score} {s.Text}"),
            suggestions.Select(s => $"{s.GetProperty("id").GetString()} {s.GetProperty("score").GetDouble()} {s.GetProperty("text").GetString()}"));
        Assert.All(suggestions, s => Assert.Equal("open", s.GetProperty("status").GetString()));

        var first = expected[0];
        var id = $"{first.Code}@{first.Start}-{first.End}";
        var accept = await bench.Client.PostAsJsonAsync("/api/suggestions/accept", new { coder = "anna", version = CodingsFile.Absent, source = TestStudy.Source, suggestion = id, unit = TestStudy.Unit, value = first.Value ?? DefaultValue(dir, first.Code) });
        Assert.True(accept.StatusCode == HttpStatusCode.Created, await accept.Content.ReadAsStringAsync());
        var coding = Assert.Single(CodingProjectLoader.Load(dir).Segments);
        Assert.Equal((first.Code, "anna", (int)first.Start, (int)first.End, $"lexicon:{first.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}"),
            (coding.Code, coding.Coder, coding.Start, coding.End, coding.Assisted?.ToString()));
        var log = SuggestionDecisionsFile.Read(dir);
        var entry = Assert.Single(log);
        Assert.Equal((TestStudy.Source, first.Start, first.End, first.Code, "lexicon", first.Score, "anna", true), (entry.Source, entry.Start, entry.End, entry.Code, entry.Origin, entry.Score, entry.Coder, entry.Accepted));
        // The trail names the coding the acceptance became, as saved: file, code, value and unit.
        Assert.Equal(("codings/anna.csv", coding.Code, coding.Value, coding.Unit, first.StartLine, first.Terms.Length), (entry.CodedFile, entry.CodedCode, entry.CodedValue, entry.CodedUnit, entry.StartLine!.Value, entry.Terms.Length));

        if (expected.Count > 1)
        {
            var second = expected[1];
            var logVersion = (await bench.GetJson($"/api/suggestions/{TestStudy.Source}?coder=anna")).GetProperty("logVersion").GetString();
            var reject = await bench.Client.PostAsJsonAsync("/api/suggestions/reject", new { coder = "anna", version = logVersion, source = TestStudy.Source, suggestion = $"{second.Code}@{second.Start}-{second.End}", reason = "gaat over iets anders" });
            Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
            Assert.Equal([true, false], SuggestionDecisionsFile.Read(dir).Select(e => e.Accepted));
            Assert.Equal("gaat over iets anders", SuggestionDecisionsFile.Read(dir)[1].Reason);
            Assert.Single(CodingProjectLoader.Load(dir).Segments); // a rejection codes nothing
        }
        var statuses = (await bench.GetJson($"/api/suggestions/{TestStudy.Source}?coder=anna")).GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("status").GetString()).ToList();
        Assert.Equal(expected.Count > 1 ? ["accepted", "rejected", .. Enumerable.Repeat("open", expected.Count - 2)] : ["accepted"], statuses);
        // bram decides for himself: anna's decisions are hers.
        Assert.All((await bench.GetJson($"/api/suggestions/{TestStudy.Source}?coder=bram")).GetProperty("suggestions").EnumerateArray(), s => Assert.Equal("open", s.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_suggestion_is_named_by_id_a_stale_version_or_a_path_changes_nothing()
    {
        var dir = TestStudy.Create();
        await using var bench = await Workbench.StartAsync(dir);
        var first = Expected(dir)[0];
        var id = $"{first.Code}@{first.Start}-{first.End}";
        async Task<(int, string)> Refused(object body, string action = "accept")
        {
            var before = TestStudy.Hashes(dir);
            using var response = await bench.Client.PostAsJsonAsync($"/api/suggestions/{action}", body);
            Assert.Equal(before, TestStudy.Hashes(dir));
            return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()!);
        }
        var (status, error) = await Refused(new { coder = "anna", version = CodingsFile.Absent, source = TestStudy.Source, suggestion = "../../etc/passwd" });
        Assert.Equal(400, status);
        Assert.StartsWith("'../../etc/passwd' looks like a path", error);
        Assert.Equal(404, (await Refused(new { coder = "anna", version = CodingsFile.Absent, source = TestStudy.Source, suggestion = "reactie.volgen@0-5" })).Item1);
        Assert.Equal(409, (await Refused(new { coder = "anna", version = "0123456789abcdef", source = TestStudy.Source, suggestion = id, value = first.Value ?? DefaultValue(dir, first.Code) })).Item1);
        Assert.Equal(409, (await Refused(new { coder = "anna", version = "0123456789abcdef", source = TestStudy.Source, suggestion = id }, "reject")).Item1);
        Assert.Equal(400, (await Refused(new { coder = "consensus", version = CodingsFile.Absent, source = TestStudy.Source, suggestion = id })).Item1);
        using var anonymous = bench.NewClient(withToken: false);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/suggestions/{TestStudy.Source}")).StatusCode);
    }

    [Fact]
    public async Task A_trail_in_the_workbenchs_format_1_is_shown_with_a_migration_warning_and_rewritten_in_format_2_at_the_next_decision()
    {
        var dir = TestStudy.Create();
        var expected = Expected(dir);
        var first = expected[0];
        var score = first.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(dir, SuggestionDecisionsFile.Name), "source,start,end,code,origin,score,coder,decision,decided_at,reason\n" +
            $"{TestStudy.Source},{first.Start},{first.End},{first.Code},lexicon,{score},anna,rejected,2026-12-01T10:15:00.0000000+00:00,te algemeen\n");
        await using var bench = await Workbench.StartAsync(dir);
        var listed = await bench.GetJson($"/api/suggestions/{TestStudy.Source}?coder=anna");
        var warning = Assert.Single(listed.GetProperty("warnings").EnumerateArray()).GetString()!;
        Assert.StartsWith("suggestion-decisions.csv:1:0: old-format: suggestion-decisions.csv is in format 1", warning, StringComparison.Ordinal);
        Assert.Equal("rejected", listed.GetProperty("suggestions")[0].GetProperty("status").GetString()); // the old decision still counts

        if (expected.Count > 1)
        {
            var second = expected[1];
            var reject = await bench.Client.PostAsJsonAsync("/api/suggestions/reject", new { coder = "anna", version = listed.GetProperty("logVersion").GetString(), source = TestStudy.Source, suggestion = $"{second.Code}@{second.Start}-{second.End}" });
            Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
            var lines = File.ReadAllLines(Path.Combine(dir, SuggestionDecisionsFile.Name));
            Assert.Equal(string.Join(',', SuggestionDecisionsFile.Columns), lines[0]);
            Assert.Equal([("anna", "te algemeen"), ("anna", null)], SuggestionDecisionsFile.Read(dir).Select(e => (e.Coder, e.Reason)));
            Assert.Empty((await bench.GetJson($"/api/suggestions/{TestStudy.Source}?coder=anna")).GetProperty("warnings").EnumerateArray());
        }
    }

    [Fact]
    public async Task A_trail_that_does_not_read_refuses_an_acceptance_before_the_coding_is_saved()
    {
        var dir = TestStudy.Create();
        var first = Expected(dir)[0];
        File.WriteAllText(Path.Combine(dir, SuggestionDecisionsFile.Name), string.Join(',', SuggestionDecisionsFile.Columns) + "\n" +
            $"jhr-suggestion-decisions/2,{TestStudy.Source},{first.Start},{first.End},,,lexicon,{first.Code},,1,,misschien,anna,2026-12-01T10:15:00Z,,,,,\n");
        await using var bench = await Workbench.StartAsync(dir);
        var before = TestStudy.Hashes(dir);
        using var response = await bench.Client.PostAsJsonAsync("/api/suggestions/accept", new { coder = "anna", version = CodingsFile.Absent, source = TestStudy.Source, suggestion = $"{first.Code}@{first.Start}-{first.End}", unit = TestStudy.Unit, value = first.Value ?? DefaultValue(dir, first.Code) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray());
        Assert.Equal(("suggestion-decisions.csv", 2, "invalid-decision"), (problem.GetProperty("file").GetString(), problem.GetProperty("line").GetInt32(), problem.GetProperty("code").GetString()));
        Assert.Equal(before, TestStudy.Hashes(dir));
    }

    /// <summary>The first value of a code that takes one (null when it takes none).</summary>
    internal static string? DefaultValue(string dir, string code) =>
        CodingProjectLoader.Load(dir).Codebook.ValuesOf(code).Select(v => v.Id).FirstOrDefault();
}
