using System.Collections.Immutable;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>
/// Turns a classification into <see cref="StudyData"/>: cases and units as in the project; per unit an observation of
/// <c>cluster</c> and of every factor (basis <c>inferred</c> with a reason naming the rule and the evidence count, or
/// <c>undetermined</c> with an empty value when there is no evidence or the cluster is mixed); and per period with a
/// known cluster the responses with evidence, the response where the emphasis lies first (as <c>data/README.md</c>
/// requires), so <c>UnitTable.ClusterSequence</c> reads the right cluster. Mixed periods get no response rows: a mixed
/// period is reported, never forced. The case-level steering judgments (<see cref="CaseSteering"/>) become the case values.
/// </summary>
public static class StudyDataBuilder
{
    /// <summary>Builds the study data.</summary>
    public static StudyData Build(ProjectClassification classification)
    {
        var project = classification.Project;
        var source = $"codering {project.Name} ({classification.Coders})";
        var file = Path.Combine(project.Directory, "project.yaml");
        var values = ImmutableArray.CreateBuilder<Observation>();
        var responses = ImmutableArray.CreateBuilder<ResponseObservation>();
        foreach (var unit in classification.Units)
        {
            values.Add(Observe(unit.Cluster, source, file));
            foreach (var factor in unit.Factors) values.Add(Observe(factor, source, file));
            foreach (var period in unit.Periods) responses.AddRange(Responses(project.Codebook, unit.Unit.Id, period, source, file));
        }
        var caseValues = classification.Cases.Select(j => Observe(j, source, file)).ToImmutableArray();
        return new StudyData(project.Directory, project.Cases, [.. project.Units.Select(u => u.Info)], caseValues, values.ToImmutable(), responses.ToImmutable(),
            [], [], project.Files) { Name = project.Name, Fictitious = project.Fictitious };
    }

    /// <summary>A judgment as an observation with provenance.</summary>
    public static Observation Observe(Judgment judgment, string source, string file)
    {
        var basis = judgment.Value is null ? Basis.Undetermined : Basis.Inferred;
        return new Observation(judgment.Unit, judgment.Variable, judgment.Period?.ToString(System.Globalization.CultureInfo.InvariantCulture), judgment.Value,
            new Provenance(source, Locations(judgment.Support), basis, Reason(judgment), Quotes(judgment.Support), file, 0) { ReasonNl = Reason(judgment) });
    }

    private static IEnumerable<ResponseObservation> Responses(Jeugdhulp.Research.Codebooks.Codebook codebook, string unit, PeriodClassification period, string source, string file)
    {
        if (period.Cluster.Value is not { } cluster) yield break;
        var chosen = period.Response.Value;
        var ordered = period.Responses
            .Where(r => period.Deciding.IsDefaultOrEmpty || period.Deciding.Contains(r.Response))
            .OrderByDescending(r => r.Response == chosen)
            .ThenByDescending(r => r.Cluster == cluster)
            .ThenByDescending(r => r.Count)
            .Select(r => (r.Response, Tactic: r.Tactics.Length > 0 && (r.Tactics.Length == 1 || r.Tactics[1].Count < r.Tactics[0].Count) ? r.Tactics[0].Tactic : null, r.Count))
            .ToList();
        if (chosen is not null && ordered.All(r => r.Response != chosen)) ordered.Insert(0, (chosen, null, 0));
        if (ordered.Count == 0 || Classifier.ClusterOf(codebook, ordered[0].Response) != cluster) yield break; // a cluster override without any response of that cluster
        var first = true;
        foreach (var (response, tactic, count) in ordered)
        {
            var support = period.Response.Evidence.Where(e => codebook.Find(e.Code) is { } entry && (entry.Id == response || entry.ParentId == response)).ToList();
            var reason = first
                ? $"nadruk: {Reason(period.Cluster)}; reactie: {Reason(period.Response)}"
                : $"secundaire reactie in periode {period.Period}: {count} segment(en); de nadruk ligt op de eerste rij";
            yield return new ResponseObservation(unit, period.Period, period.Label, response, tactic, Classifier.ClusterOf(codebook, response),
                new Provenance(source, Locations(support), Basis.Inferred, reason, Quotes(support), file, 0) { ReasonNl = reason });
            first = false;
        }
    }

    private static string Reason(Judgment j)
    {
        var reason = j.Rule;
        if (j.Override is { } o) reason = $"{RuleNames.Override}: {(o.Value.Length == 0 ? "onbepaald" : o.Value)} ({o.Reason}{(o.By is null ? "" : ", " + o.By)}; {(o.Line > 0 ? $"overrides.csv regel {o.Line}" : "niet uit een bestand")}); afgeleid: {j.Derived ?? "geen"} [{j.Rule}]";
        if (j.RestsOnlyOnOthersAccounts) reason += $"; {RuleNames.OthersAccountsOnly}: berust alleen op {string.Join(", ", j.Accounts.Select(AccountNames.ToName))}";
        return reason;
    }

    private static string Locations(IEnumerable<Evidence> evidence) => string.Join(";", evidence.Select(e => $"{e.Source}@{e.Start}-{e.End}"));

    private static string? Quotes(IEnumerable<Evidence> evidence) =>
        string.Join(" | ", evidence.Select(e => $"{e.Coder}: \"{e.Quote.Replace('\n', ' ')}\"")) is { Length: > 0 } s ? s : null;
}
