using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jeugdhulp.Research.Coding.Projects;

namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>
/// Renders a classification for people (Markdown), spreadsheets (CSV, one row per judgment) and programs (JSON).
/// Every judgment shows its derived value, any override beside it, the rule with its counts, the segments and whose
/// accounts they are, the flag for judgments resting only on others' accounts, and whether a researcher has confirmed,
/// decided or overridden it or it is still the classifier's proposal.
/// </summary>
public static class ClassificationReport
{
    /// <summary>The columns of <see cref="ToCsv"/>.</summary>
    public static readonly IReadOnlyList<string> CsvColumns =
        ["unit", "period", "variable", "value", "derived", "override", "override_reason", "outcome", "segments", "accounts", "flag", "rule", "evidence", "status"];

    /// <summary>A readable report in Markdown.</summary>
    public static string ToMarkdown(ProjectClassification c)
    {
        var b = new StringBuilder();
        var project = c.Project;
        b.Append("# Classificatie ").Append(project.Name).Append(" (codeur: ").Append(c.Coders).AppendLine(")").AppendLine();
        if (project.Fictitious) b.AppendLine("> FICTIEF / FICTITIOUS: illustratief materiaal, geen onderzoeksgegevens.").AppendLine();
        b.Append("Codeboek ").Append(project.Codebook.Id).Append(' ').Append(project.Codebook.Version)
            .Append("; regelset ").Append(RuleSetNames.ToName(c.Rules.RuleSet))
            .Append(c.Rules.RuleSet == RuleSet.Proefschrift
                ? " (per eis naar de bedoeling van de sturing, volgen alleen met aangepaste werkwijze, hoofdeisen voeren de boventoon; aantallen zijn context)"
                : "; drempel reactie/cluster > " + Classifier.Percent(c.Rules.ResponseMajority))
            .Append(", factoren ").Append(c.Rules.FactorRule == Projects.FactorRule.Unanimous ? "unaniem" : "> " + Classifier.Percent(c.Rules.FactorMajority))
            .Append(", niet-weten is niets-doen: ").Append(c.Rules.NotKnowingIsNietsDoen ? "ja" : "nee").AppendLine(".").AppendLine();
        foreach (var u in c.Units)
        {
            b.Append("## ").Append(u.Unit.Id).Append(" — ").Append(u.Unit.Organisation).Append(" (case ").Append(u.Unit.Case).AppendLine(")").AppendLine();
            b.AppendLine("| periode | reacties (segmenten, aandeel; context) | tactieken | reactie | cluster | status | accounts | vlag |");
            b.AppendLine("|---|---|---|---|---|---|---|---|");
            foreach (var p in u.Periods)
            {
                b.Append("| ").Append(p.Period).Append(p.Label is null ? "" : $" ({p.Label})")
                    .Append(" | ").Append(Cell(string.Join(", ", p.Responses.Select(r => $"{Short(r.Response)} {r.Count} ({Classifier.Percent(r.Share)})"))))
                    .Append(" | ").Append(Cell(string.Join(", ", p.Responses.SelectMany(r => r.Tactics).Select(t => $"{Short(t.Tactic)} {t.Count}"))))
                    .Append(" | ").Append(Shown(p.Response))
                    .Append(" | ").Append(Shown(p.Cluster))
                    .Append(" | ").Append(JudgmentStatusNames.ToDutch(p.Cluster.Status))
                    .Append(" | ").Append(Accounts(p.Cluster))
                    .Append(" | ").Append(Flag(p.Cluster)).AppendLine(" |");
            }
            b.AppendLine();
            foreach (var p in u.Periods)
            {
                foreach (var d in p.Demands)
                    b.Append("- periode ").Append(p.Period).Append(", ").Append(d.IsMain ? "hoofdeis " : "kleinere eis ").Append(d.Name).Append(": ")
                        .Append(string.Join(" + ", d.Responses.Select(Short))).Append(" (").Append(d.Cluster ?? "gemengd").Append("; ")
                        .Append(d.Evidence.Length).AppendLine(" segment(en))");
                foreach (var a in p.SetAside)
                    b.Append("- periode ").Append(p.Period).Append(", terzijde (").Append(a.Rule).Append("): ").Append(a.Note).Append(": ").AppendLine(a.Evidence.ToString());
            }
            foreach (var ch in u.Changes)
                b.Append("- verandering periode ").Append(ch.FromPeriod).Append('→').Append(ch.ToPeriod).Append(": ")
                    .AppendLine(!ch.IsDetermined ? "onbepaald (gemengde of onbepaalde periode)" : ch.Change ?? "geen");
            b.Append("- cluster van de eenheid: ").Append(Shown(u.Cluster)).Append(" (").Append(u.Cluster.Rule).AppendLine(")").AppendLine();
            b.AppendLine("| factor | periode | waarde | segmenten | accounts | vlag | regel |");
            b.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var f in u.Factors.Concat(u.Periods.SelectMany(p => p.Factors).Where(f => f.Outcome != JudgmentOutcome.NoEvidence)))
                b.Append("| ").Append(f.Variable).Append(" | ").Append(f.Period?.ToString(CultureInfo.InvariantCulture) ?? "alle").Append(" | ").Append(Shown(f)).Append(" | ").Append(f.Evidence.Length)
                    .Append(" | ").Append(Accounts(f)).Append(" | ").Append(Flag(f)).Append(" | ").Append(Cell(f.Rule)).AppendLine(" |");
            b.AppendLine();
            foreach (var p in u.Periods.Where(p => p.Response.Evidence.Length > 0 || p.Response.Override is not null))
            {
                b.Append("Bewijs periode ").Append(p.Period).Append(": ").AppendLine(p.Cluster.Rule);
                foreach (var e in p.Response.Evidence) b.Append("- ").Append(Short(e.Code)).Append(": ").AppendLine(e.ToString());
                foreach (var j in new[] { p.Response, p.Cluster }.Where(j => j.Override is not null))
                    b.Append("- ").Append(JudgmentStatusNames.ToDutch(j.Status).ToUpperInvariant()).Append(' ').Append(j.Variable).Append(": ").Append(j.Override!.Value).Append(" (afgeleid: ").Append(j.Derived ?? "geen")
                        .Append("); reden: ").Append(j.Override.Reason).Append(j.Override.By is null ? "" : $" ({j.Override.By})").AppendLine();
                b.AppendLine();
            }
        }
        b.AppendLine("Regels:").AppendLine();
        foreach (var (name, description) in RuleNames.All) b.Append("- `").Append(name).Append("`: ").AppendLine(description);
        return b.ToString();
    }

    /// <summary>One row per judgment (period response and cluster, unit cluster, factors).</summary>
    public static string ToCsv(ProjectClassification c) =>
        CsvText.Write(CsvColumns, c.Units.SelectMany(u => u.Judgments).Select(j => new[]
        {
            j.Unit, j.Period?.ToString(CultureInfo.InvariantCulture) ?? "", j.Variable, j.Value ?? "", j.Derived ?? "", j.Override?.Value ?? "",
            j.Override?.Reason ?? "", Outcome(j.Outcome), j.Support.Length.ToString(CultureInfo.InvariantCulture),
            string.Join(";", j.Accounts.Select(AccountNames.ToName)), j.RestsOnlyOnOthersAccounts ? RuleNames.OthersAccountsOnly : "", j.Rule,
            string.Join(";", j.Support.Select(e => $"{e.Source}@{e.Start}-{e.End}/{e.Coder}")), JudgmentStatusNames.ToName(j.Status),
        }));

    /// <summary>The whole classification as indented JSON.</summary>
    public static string ToJson(ProjectClassification c)
    {
        var document = new
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
        return JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

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

    private static string Shown(Judgment j)
    {
        var derived = j.Outcome switch
        {
            JudgmentOutcome.NoEvidence => "geen bewijs",
            JudgmentOutcome.Mixed when j.Derived is null => "gemengd",
            JudgmentOutcome.Mixed => $"gemengd ({j.Derived})",
            _ => Short(j.Derived!),
        };
        return j.Override is { } o ? $"**{Short(o.Value)}** ({JudgmentStatusNames.ToDutch(j.Status)}; voorstel: {derived})" : derived;
    }

    private static string Accounts(Judgment j) => string.Join(", ", j.Accounts.Select(AccountNames.ToName));

    private static string Flag(Judgment j) => j.RestsOnlyOnOthersAccounts ? "⚑ alleen anderen" : "";

    private static string Short(string id) => id.StartsWith("reactie.", StringComparison.Ordinal) ? id["reactie.".Length..] : id;

    private static string Cell(string text) => text.Replace("|", "\\|");
}
