using System.Text.Encodings.Web;
using System.Text.Json;
using Jeugdhulp.Research.Coding.Projects;

namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>
/// A classification as JSON for programs: every judgment with its value, derived value, override, rule, accounts and
/// evidence. The workbench's API and <c>jhr classify --format json</c> serve this same text, so a script reads one
/// shape; people read the tables of <c>ClassificationTables</c>.
/// </summary>
public static class ClassificationJson
{
    /// <summary>The whole classification as indented JSON.</summary>
    public static string Write(ProjectClassification c) => JsonSerializer.Serialize(Document(c), Indented) + "\n";

    /// <summary>
    /// The same document as <see cref="Write"/>, without indentation, as UTF-8: for the workbench's panel, which fetches
    /// it after every save (thousands of evidence segments: a third fewer bytes, no string to encode again).
    /// </summary>
    public static byte[] WriteUtf8(ProjectClassification c) => JsonSerializer.SerializeToUtf8Bytes(Document(c), Compact);

    private static object Document(ProjectClassification c)
    {
        return new
        {
            project = c.Project.Name,
            fictitious = c.Project.Fictitious,
            codebook = new { id = c.Project.Codebook.Id, version = c.Project.Codebook.Version, sha256 = c.Project.Codebook.ContentHash },
            coders = c.Coders.Coder ?? "pooled",
            rules = new
            {
                rule_set = RuleSetNames.ToName(c.Rules.RuleSet),
                response_majority = c.Rules.ResponseMajority,
                factor_majority = c.Rules.FactorMajority,
                factor_rule = c.Rules.FactorRule.ToString().ToLowerInvariant(),
                not_knowing_is_niets_doen = c.Rules.NotKnowingIsNietsDoen,
            },
            units = c.Units.Select(u => new
            {
                unit = u.Unit.Id,
                @case = u.Unit.Case,
                organisation = u.Unit.Organisation,
                actor_type = u.Unit.ActorType.ToString().ToLowerInvariant(),
                cluster = Json(u.Cluster),
                periods = u.Periods.Select(p => new
                {
                    period = p.Period,
                    label = p.Label,
                    responses = p.Responses.Select(r => new { response = r.Response, cluster = r.Cluster, segments = r.Count, share = r.Share, tactics = r.Tactics.Select(t => new { tactic = t.Tactic, segments = t.Count }) }),
                    deciding = p.Deciding,
                    demands = p.Demands.Select(d => new { demand = d.Demand, name = d.Name, main = d.IsMain, responses = d.Responses, cluster = d.Cluster, segments = d.Evidence.Length }),
                    set_aside = p.SetAside.Select(a => new { rule = a.Rule, note = a.Note, source = a.Evidence.Source, start = a.Evidence.Start, end = a.Evidence.End, code = a.Evidence.Code, quote = a.Evidence.Quote }),
                    response = Json(p.Response),
                    cluster = Json(p.Cluster),
                    factors = p.Factors.Select(Json),
                }),
                changes = u.Changes.Select(ch => new { from_period = ch.FromPeriod, to_period = ch.ToPeriod, from = ch.FromCluster, to = ch.ToCluster, change = ch.Change, determined = ch.IsDetermined }),
                factors = u.Factors.Select(Json),
            }),
        };
    }

    // One instance each: the serializer caches each type's contract per options instance; building them anew per call cost the panel tens of ms.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static object Json(Judgment j) => new
    {
        variable = j.Variable,
        value = j.Value,
        derived = j.Derived,
        outcome = Outcome(j.Outcome),
        status = JudgmentStatusNames.ToName(j.Status),
        rule = j.Rule,
        @override = j.Override is { } o ? new { value = o.Value, reason = o.Reason, by = o.By, date = o.Date, line = o.Line } : null,
        accounts = j.Accounts.Select(AccountNames.ToName),
        flagged = j.RestsOnlyOnOthersAccounts,
        evidence = j.Support.Select(e => new
        {
            source = e.Source, start = e.Start, end = e.End, code = e.Code, value = e.Value, coder = e.Coder,
            account = AccountNames.ToName(e.Account), speaker = e.Speaker, period = e.Period, quote = e.Quote,
        }),
    };

    /// <summary>The file word for an outcome.</summary>
    public static string Outcome(JudgmentOutcome outcome) => outcome switch
    {
        JudgmentOutcome.Determined => "determined",
        JudgmentOutcome.Mixed => "mixed",
        _ => "no-evidence",
    };

}
