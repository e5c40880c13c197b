using Jeugdhulp.Research.Coding;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Segments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Jeugdhulp.Research.Server;

/// <summary>A curation decision as the page sends it: the aligned group by id, the choice, the new coding's code (for "new"), who and why.</summary>
internal sealed record ConsensusRequest(string? Version, string? Item, string? Choice, string? By, string? Reason, string? Code, string? Value,
    string? Demand, string? Enactment);

/// <summary>
/// The curation of a consensus in the workbench: the aligned groups of the raters' codings (per source, disagreements
/// first), and a decision per group into <c>codings/consensus.csv</c> with its provenance in
/// <c>consensus-decisions.csv</c> (<see cref="ConsensusFile"/>), versioned like every other write.
/// </summary>
internal static class ConsensusApi
{
    public static void Map(IEndpointRouteBuilder app, WorkbenchSession session)
    {
        app.MapGet("/api/consensus", (string? source, CancellationToken ct) => WorkbenchApi.Run(async () => Items(await session.CurrentAsync(ct), source)));
        app.MapPost("/api/consensus", (HttpRequest request, CancellationToken ct) => WorkbenchApi.Run(async () =>
        {
            var body = await WorkbenchApi.Body<ConsensusRequest>(request, ct);
            return await session.WriteAsync(s => Decide(session, s, body), ct);
        }));
    }

    private static IResult Items(ProjectSnapshot snapshot, string? sourceId)
    {
        var project = WorkbenchApi.Loaded(snapshot);
        var source = sourceId is null ? null : WorkbenchApi.Id(sourceId, "source", project.Sources.Select(s => s.Id));
        var items = ConsensusFile.Items(project).Where(i => source is null || i.Group.Segments[0].Source == source).ToList();
        return Results.Json(new
        {
            version = ConsensusFile.Version(project.Directory),
            raters = project.Raters.Select(c => c.Id),
            total = items.Count,
            disagreements = items.Count(i => i.Disagreement),
            decided = items.Count(i => i.Decided),
            items = items.Select(i => new
            {
                id = i.Id, source = i.Group.Segments[0].Source, start = i.Group.Segments.Min(s => s.Start), end = i.Group.Segments.Max(s => s.End),
                unit = i.Group.Item.Unit, period = i.Group.Item.Period, disagreement = i.Disagreement,
                codings = i.Group.Segments.Select(e => new
                {
                    coder = e.Coder, code = e.Code, label = project.Codebook.Find(e.Code)?.Label.Nl, value = e.Value, text = e.Quote, start = e.Start, end = e.End,
                    demand = e.Demand, enactment = e.Enactment is { } en ? EnactmentNames.ToName(en) : null,
                }),
                decision = i.Decided ? new
                {
                    choice = i.Decisions[0].Choice, by = i.Decisions[0].By, reason = i.Decisions[0].Reason, at = i.Decisions[0].At,
                    taken = i.Decisions.Where(d => d.Code is not null).Select(d => new { from = d.TakenFrom, code = d.Code, value = d.Value }),
                } : null,
            }),
        }, WorkbenchApi.Json);
    }

    private static IResult Decide(WorkbenchSession session, ProjectSnapshot snapshot, ConsensusRequest body)
    {
        var project = WorkbenchApi.Loaded(snapshot);
        if (body.Version is null) throw new RefusedException(400, "Say which version of the consensus the decision is based on (version from /api/consensus).");
        var item = WorkbenchApi.Id(body.Item, "aligned group", ConsensusFile.Items(project).Select(i => i.Id));
        var by = WorkbenchApi.Id(body.By, "coder", project.Raters.Select(c => c.Id), 400);
        if (string.IsNullOrWhiteSpace(body.Choice)) throw new RefusedException(400, $"Choose: a coder's coding ({string.Join(", ", project.Raters.Select(c => c.Id))}), {ConsensusFile.Both}, {ConsensusFile.Neither} or {ConsensusFile.New}.");
        if (string.IsNullOrWhiteSpace(body.Reason)) throw new RefusedException(400, "Give a reason: the provenance of the consensus says why each decision was taken.");
        CodedSegment? coding = null;
        if (body.Choice == ConsensusFile.New)
        {
            if (string.IsNullOrWhiteSpace(body.Code)) throw new RefusedException(400, "A new coding needs a code.");
            var enactment = WorkbenchApi.ParseEnactment(body.Enactment);
            var group = ConsensusFile.Items(project).First(i => i.Id == item).Group.Segments;
            // Span, source, text are set by the curation (the group's); the unit and period are the raters'.
            coding = new CodedSegment(group[0].Source, 0, 1, "", body.Code.Trim(), WorkbenchApi.Blank(body.Value), Coder.ConsensusId)
            {
                Unit = group[0].Segment.Unit, Period = group[0].Segment.Period, Demand = WorkbenchApi.Blank(body.Demand), Enactment = enactment,
            };
        }
        var version = ConsensusFile.Decide(project, body.Version, item, body.Choice.Trim(), coding, by, body.Reason, WorkbenchApi.Now());
        return Results.Json(new { version }, WorkbenchApi.Json);
    }
}
