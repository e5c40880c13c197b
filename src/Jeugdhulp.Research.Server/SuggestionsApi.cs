using System.Globalization;
using Jeugdhulp.Research.Assistant;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Coding.Sources;
using Jeugdhulp.Research.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Jeugdhulp.Research.Server;

/// <summary>An accept or reject of a suggestion as the page sends it: the suggestion by id, never by offsets.</summary>
internal sealed record SuggestionRequest(string? Coder, string? Version, string? Source, string? Suggestion, string? Unit, string? Value,
    string? Demand, string? Enactment, string? Memo, string? Reason);

/// <summary>
/// The coding assistant in the workbench: the indicator lexicon's candidate passages for the open source (the very
/// <see cref="LexiconMatcher"/> and <see cref="SegmentSuggester"/> of <c>jhr suggest</c>), accepted or rejected in
/// place. An acceptance goes through <see cref="SuggestionReview.Accept"/> (the one way from suggestion to coding:
/// the coding is marked assisted with origin and score) into the coder's codings file; every decision goes to the
/// audit trail <see cref="SuggestionDecisionsFile"/>. Requests name a suggestion by its id
/// (<c>code@start-end</c>), which the server looks up among the suggestions it computes itself.
/// </summary>
internal static class SuggestionsApi
{
    public static void Map(IEndpointRouteBuilder app, WorkbenchSession session)
    {
        app.MapGet("/api/suggestions/{source}", (string source, string? coder, CancellationToken ct) =>
            WorkbenchApi.Run(async () => List(session, await session.CurrentAsync(ct), source, coder)));
        app.MapPost("/api/suggestions/accept", (HttpRequest request, CancellationToken ct) => WorkbenchApi.Run(async () =>
        {
            var body = await WorkbenchApi.Body<SuggestionRequest>(request, ct);
            return await session.WriteAsync(s => Accept(session, s, body), ct);
        }));
        app.MapPost("/api/suggestions/reject", (HttpRequest request, CancellationToken ct) => WorkbenchApi.Run(async () =>
        {
            var body = await WorkbenchApi.Body<SuggestionRequest>(request, ct);
            return await session.WriteAsync(s => Reject(session, s, body), ct);
        }));
    }

    /// <summary>A suggestion's id: its code and offsets (ids, not paths: no slash, no colon).</summary>
    private static string IdOf(CandidateSegment s) => string.Create(CultureInfo.InvariantCulture, $"{s.Code}@{s.Start}-{s.End}");

    private static IResult List(WorkbenchSession session, ProjectSnapshot snapshot, string sourceId, string? coderId)
    {
        var project = WorkbenchApi.Loaded(snapshot);
        var source = project.FindSource(WorkbenchApi.Id(sourceId, "source", project.Sources.Select(s => s.Id)))!;
        var coder = coderId is null ? null : WorkbenchApi.Id(coderId, "coder", project.Raters.Select(c => c.Id), 400);
        if (session.Matcher(project) is not { } matcher)
            return Results.Json(new { available = false, reason = $"No indicator lexicon beside the codebook ({Lexicon(project)}).", logVersion = SuggestionDecisionsFile.Version(project.Directory), suggestions = Array.Empty<object>() }, WorkbenchApi.Json);
        var warnings = new List<Diagnostic>();
        var log = SuggestionDecisionsFile.Read(project.Directory, warnings);
        var suggestions = Suggest(source, matcher).Select(s =>
        {
            var decided = log.LastOrDefault(e => e.Coder == coder && e.Source == source.Id && e.Start == s.Start && e.End == s.End && e.Code == s.Code);
            return new
            {
                id = IdOf(s), code = s.Code, label = project.Codebook.Find(s.Code)?.Label.Nl, group = project.Codebook.Path(s.Code)[0].Id, value = s.Value, score = s.Score,
                terms = s.Terms, start = s.Start, end = s.End, startLine = s.StartLine, endLine = s.EndLine, text = s.Text, origin = s.Origin,
                status = decided is null ? "open" : decided.Accepted ? "accepted" : "rejected",
            };
        });
        return Results.Json(new { available = true, logVersion = SuggestionDecisionsFile.Version(project.Directory), warnings = warnings.Select(w => w.ToString()), suggestions }, WorkbenchApi.Json);
    }

    /// <summary>The lexicon's candidate passages in a source's text, as <c>jhr suggest</c> finds them in a file; line numbers are the file's.</summary>
    internal static List<CandidateSegment> Suggest(SourceDocument source, LexiconMatcher matcher)
    {
        var text = PdfText.Analyse(source.Text.AsMemory(), source.FirstLine);
        return SegmentSuggester.Suggest(source.Id, text, matcher.Match(text));
    }

    /// <summary>Where the lexicon of the project's codebook lies: beside it, <c>NAME.lexicon.yaml</c>.</summary>
    internal static string Lexicon(CodingProject project)
    {
        var codebook = Path.Combine(project.Directory, project.CodebookPath);
        return Path.Combine(Path.GetDirectoryName(codebook) ?? project.Directory, Path.GetFileNameWithoutExtension(codebook) + ".lexicon.yaml");
    }

    private static (SourceDocument Source, string Coder, CandidateSegment Suggestion) Find(WorkbenchSession session, CodingProject project, SuggestionRequest body)
    {
        var coder = WorkbenchApi.Id(body.Coder, "coder", project.Raters.Select(c => c.Id), 400);
        var source = project.FindSource(WorkbenchApi.Id(body.Source, "source", project.Sources.Select(s => s.Id)))!;
        var matcher = session.Matcher(project) ?? throw new RefusedException(404, $"No indicator lexicon beside the codebook ({Lexicon(project)}); there are no suggestions.");
        var suggestions = Suggest(source, matcher);
        var id = WorkbenchApi.Id(body.Suggestion, "suggestion", suggestions.Select(IdOf));
        return (source, coder, suggestions.First(s => IdOf(s) == id));
    }

    private static IResult Accept(WorkbenchSession session, ProjectSnapshot snapshot, SuggestionRequest body)
    {
        var project = WorkbenchApi.Loaded(snapshot);
        var (source, coder, suggestion) = Find(session, project, body);
        if (body.Version is null) throw new RefusedException(400, $"Say which version of {ProjectCoding.CodingsFile(coder)} the acceptance is based on (version from /api/sources).");
        var enactment = WorkbenchApi.ParseEnactment(body.Enactment);
        var review = new SuggestionReview([.. project.Raters.Select(c => c.Id)], session.Clock);
        var accepted = review.Accept(suggestion, coder, source.Text, source.Id, value: WorkbenchApi.Blank(body.Value), memo: WorkbenchApi.Blank(body.Memo));
        var segment = accepted with
        {
            Unit = WorkbenchApi.Blank(body.Unit) ?? (source.Units.Length == 1 ? source.Units[0] : null),
            Demand = WorkbenchApi.Blank(body.Demand),
            Enactment = enactment,
        };
        // A trail that cannot take the entry refuses the acceptance before the coding is saved.
        var trail = SuggestionDecisionsFile.Prepare(project.Directory, SuggestionDecisionsFile.Version(project.Directory),
            SuggestionLogEntry.Of(review.Decisions[0], ProjectCoding.CodingsFile(coder), segment));
        var state = CodingsFile.Apply(project, coder, body.Version, new CodingEdit.Add(segment));
        var logVersion = SuggestionDecisionsFile.Commit(project.Directory, trail);
        return Results.Json(new { version = state.Version, logVersion, row = state.Rows.Length, key = $"{coder}/{state.Rows.Length}", assisted = segment.Assisted!.ToString() },
            WorkbenchApi.Json, statusCode: 201);
    }

    private static IResult Reject(WorkbenchSession session, ProjectSnapshot snapshot, SuggestionRequest body)
    {
        var project = WorkbenchApi.Loaded(snapshot);
        var (source, coder, suggestion) = Find(session, project, body);
        if (body.Version is null) throw new RefusedException(400, $"Say which version of {SuggestionDecisionsFile.Name} the rejection is based on (logVersion from /api/suggestions).");
        var review = new SuggestionReview([.. project.Raters.Select(c => c.Id)], session.Clock);
        var decision = review.Reject(suggestion, coder, WorkbenchApi.Blank(body.Reason));
        var logVersion = SuggestionDecisionsFile.Append(project.Directory, body.Version, SuggestionLogEntry.Of(decision));
        return Results.Json(new { logVersion }, WorkbenchApi.Json);
    }
}
