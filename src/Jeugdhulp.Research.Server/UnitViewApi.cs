using Jeugdhulp.Research.Coding.Agreement;
using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Jeugdhulp.Research.Server;

/// <summary>
/// The disagreement view of one unit: each coder's classification per period (response and cluster, as
/// <c>jhr classify --coder X</c> gives it) side by side with the consensus's once there is one, whether the coders agree
/// on each period as the reliability library rates it (<see cref="UnitLevel"/>), the unit-level coefficients that
/// <c>jhr agree</c> prints (over all units, and the share of agreeing periods of this unit), and the unit's sources with
/// their open disagreement groups, which the page links to the curation of that source.
/// </summary>
internal static class UnitViewApi
{
    public static void Map(IEndpointRouteBuilder app, WorkbenchSession session) =>
        app.MapGet("/api/units/{id}", (string id, CancellationToken ct) => WorkbenchApi.Run(async () => Unit(await session.CurrentAsync(ct), id)));

    private static IResult Unit(ProjectSnapshot snapshot, string id)
    {
        var project = WorkbenchApi.Loaded(snapshot);
        var unit = project.Units.First(u => u.Id == WorkbenchApi.Id(id, "unit", project.Units.Select(u => u.Id)));
        var raters = project.Raters.Select(c => c.Id).ToList();
        var hasConsensus = project.Segments.Any(s => s.Coder == Coder.ConsensusId);
        List<string> columns = hasConsensus ? [.. raters, Coder.ConsensusId] : raters;
        // The same classification as `jhr classify --coder X` (overrides included): what each coder's codings lead to.
        var classified = columns.Select(c => Classifier.Classify(project, CoderSelection.Of(c)).Find(unit.Id)!).ToList();

        var coders = WorkbenchApi.CodersWhoCoded(project);
        List<AgreementData> levels = coders.Count < 2 ? [] : new[] { UnitLevel.Cluster, UnitLevel.Response }
            .Select(v => UnitLevel.Build(project, new UnitLevelOptions(v, coders))).ToList();
        AgreementItem? Rated(string variable, int period) =>
            levels.FirstOrDefault(l => l.Variable == (variable == UnitLevel.Cluster ? UnitLevel.Cluster : UnitLevel.Response))?.Items
                .FirstOrDefault(i => i.Unit == unit.Id && i.Period == period);

        object Cells(string variable, int period) => new
        {
            agree = Rated(variable, period) is { } item && item.Ratings.Count(r => r.Label is not null) >= 2 ? !item.IsDisagreement : (bool?)null,
            cells = columns.Select((coder, i) =>
            {
                var p = classified[i].Periods.FirstOrDefault(x => x.Period == period);
                var judgment = p is null ? null : variable == UnitLevel.Cluster ? p.Cluster : p.Response;
                return new
                {
                    coder,
                    consensus = coder == Coder.ConsensusId,
                    value = judgment?.Value,
                    derived = judgment?.Derived,
                    outcome = judgment is null ? ClassificationJson.Outcome(JudgmentOutcome.NoEvidence) : ClassificationJson.Outcome(judgment.Outcome),
                    status = judgment is null ? null : JudgmentStatusNames.ToName(judgment.Status),
                    segments = judgment?.Support.Length ?? 0,
                    rating = Rated(variable, period)?.Ratings.FirstOrDefault(r => r.Coder == coder)?.Label,
                };
            }),
        };

        var periods = classified.SelectMany(u => u.Periods).GroupBy(p => p.Period).OrderBy(g => g.Key).ToList();
        var items = ConsensusFile.Items(project).Where(i => i.Group.Segments.Any(s => s.Unit == unit.Id)).ToList();
        return Results.Json(new
        {
            unit = new { id = unit.Id, @case = unit.Case, organisation = unit.Organisation },
            raters,
            columns = columns.Select(c => new { coder = c, consensus = c == Coder.ConsensusId }),
            periods = periods.Select(g => new
            {
                period = g.Key,
                label = g.Select(p => p.Label).FirstOrDefault(l => l is not null),
                response = Cells(UnitLevel.Response, g.Key),
                cluster = Cells(UnitLevel.Cluster, g.Key),
            }),
            agreement = new
            {
                available = levels.Count > 0,
                reason = levels.Count > 0 ? null : WorkbenchApi.NoAgreement(coders),
                coders,
                levels = levels.Select(d =>
                {
                    var mine = d with { Items = [.. d.Items.Where(i => i.Unit == unit.Id)] };
                    return new
                    {
                        level = AgreementData.LevelName(d.Level),
                        variable = d.Variable,
                        items = d.Items.Length,
                        metrics = WorkbenchApi.MetricsFor(coders.Count).Select(m => WorkbenchApi.Metric(d, m)),
                        unit = new { items = mine.Items.Length, disagreements = mine.Disagreements.Count(), agreement = WorkbenchApi.Metric(mine, "agreement") },
                    };
                }),
            },
            sources = project.Sources.Where(s => s.Units.Contains(unit.Id)).Select(s =>
            {
                var mine = items.Where(i => i.Group.Segments[0].Source == s.Id).ToList();
                return new
                {
                    id = s.Id, title = s.Title, period = s.Period, groups = mine.Count, disagreements = mine.Count(i => i.Disagreement),
                    decided = mine.Count(i => i.Disagreement && i.Decided),
                    open = mine.Where(i => i.Disagreement && !i.Decided).Select(i => new
                    {
                        id = i.Id, start = i.Group.Segments.Min(e => e.Start), end = i.Group.Segments.Max(e => e.End), period = i.Group.Item.Period,
                        codings = i.Group.Segments.Select(e => new { coder = e.Coder, code = e.Code, value = e.Value, text = e.Quote }),
                    }),
                };
            }),
        }, WorkbenchApi.Json);
    }
}
