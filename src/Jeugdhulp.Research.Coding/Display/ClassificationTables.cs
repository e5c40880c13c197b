using System.Collections.Immutable;
using System.Globalization;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Rendering;

namespace Jeugdhulp.Research.Coding.Display;

/// <summary>
/// A classification as result tables (which display as HTML in a notebook and export to CSV, Markdown or xlsx with
/// the core renderers): per unit and period, per unit, per factor, the evidence behind one judgment and the
/// overrides. Values are written as the corpus README writes them: <c>gemengd</c> for mixed evidence, <c>geen</c> for
/// no evidence, and every override beside its derived value, never instead of it.
/// </summary>
public static class ClassificationTables
{
    /// <summary>The word for a judgment without evidence.</summary>
    public const string NoEvidence = "geen";
    /// <summary>The word for mixed evidence (no majority, or a tie).</summary>
    public const string Mixed = "gemengd";

    /// <summary>
    /// Per coder selection, unit and period: the responses with their segments and shares (context), the tactics, the
    /// responses per steering demand (what decides under the dissertation's method, M1/M4), the derived response and
    /// cluster, the cluster that counts (an override included), the status of that judgment (proposed, confirmed,
    /// decided, overridden) and whether the cluster rests only on others' accounts (rule A1).
    /// </summary>
    public static ResultTable Periods(params ProjectClassification[] classifications)
    {
        var rows = classifications.SelectMany(c => c.Units.SelectMany(u => u.Periods.Select(p => ImmutableArray.Create(
            new TableCell(CoderName(c)),
            new TableCell(u.Unit.Id),
            new TableCell(p.Period.ToString(CultureInfo.InvariantCulture)),
            new TableCell(p.Label ?? ""),
            new TableCell(string.Join(", ", p.Responses.Select(r => $"{Short(r.Response)} {r.Count} ({Classifier.Percent(r.Share)})"))),
            new TableCell(string.Join(", ", p.Responses.SelectMany(r => r.Tactics).Select(t => $"{Short(t.Tactic)} {t.Count}"))),
            new TableCell(string.Join("; ", p.Demands.Select(d => $"{(d.IsMain ? "hoofdeis" : "kleinere eis")} {d.Demand ?? "sturing"}: {string.Join(" + ", d.Responses.Select(Short))}")),
                Detail: string.Join("; ", p.SetAside.Select(a => $"terzijde ({a.Rule}): {a.Evidence.Segment.Text}")) is { Length: > 0 } aside ? aside : null),
            new TableCell(Derived(p.Response), Detail: p.Response.Rule),
            new TableCell(Derived(p.Cluster), Detail: p.Cluster.Rule),
            Current(p.Cluster),
            new TableCell(JudgmentStatusNames.ToDutch(p.Cluster.Status)),
            new TableCell(p.Cluster.RestsOnlyOnOthersAccounts ? "ja" : "nee", Detail: Accounts(p.Cluster)))))).ToImmutableArray();
        return new ResultTable("Reactie en cluster per eenheid en periode",
            ["codeur", "eenheid", "periode", "jaren", "reacties (segmenten, aandeel)", "tactieken", "per eis", "reactie (afgeleid)", "cluster (afgeleid)", "cluster (geldend)", "status", "alleen anderen"],
            rows, [Legend, "Wijs een cel aan voor de regel en de aantallen; alleen anderen = het cluster berust alleen op accounts van anderen (A1).",
                classifications.Any(c => c.Rules.RuleSet == Projects.RuleSet.Proefschrift)
                    ? "Regelset proefschrift: de reactie per eis beslist (hoofdeisen voeren de boventoon); de aantallen segmenten zijn context. Status: voorgesteld, bevestigd, beslist of overschreven door de onderzoeker (overrides.csv)."
                    : "Regelset segmenttelling: de aantallen segmenten beslissen (niet de methode van het proefschrift). Status: voorgesteld, bevestigd, beslist of overschreven door de onderzoeker (overrides.csv)."]);
    }

    /// <summary>
    /// Per coder selection and unit: the unit's cluster (its last period's, rule E1), the change between periods
    /// (V1) and the factor groups weten, willen, kunnen, moeten (F1/F2). Cells with an override show the value that
    /// counts; the derived value and the reason are their tooltip, and <see cref="Overrides"/> lists them.
    /// </summary>
    public static ResultTable Units(params ProjectClassification[] classifications)
    {
        var groups = new[] { "kenmerk.weten", "kenmerk.willen", "kenmerk.kunnen", "kenmerk.moeten" };
        var rows = classifications.SelectMany(c => c.Units.Select(u => (ImmutableArray<TableCell>)
            [
                new TableCell(CoderName(c)),
                new TableCell(u.Unit.Id),
                UnitCluster(u),
                new TableCell(Change(u)),
                .. groups.Select(g => u.Factor(g) is { } f ? Current(f) : new TableCell(NoEvidence)),
            ])).ToImmutableArray();
        return new ResultTable("Cluster en factorprofiel per eenheid",
            ["codeur", "eenheid", "cluster eenheid", "verandering", "weten", "willen", "kunnen", "moeten"], rows, [Legend]);
    }

    /// <summary>Every factor of one unit, groups and sub-variables in codebook order, with segments, accounts and rule.</summary>
    public static ResultTable Factors(UnitClassification unit)
    {
        var rows = unit.Factors.Select(f => ImmutableArray.Create(
            new TableCell(f.Variable),
            Current(f),
            new TableCell(Derived(f)),
            new TableCell(f.Evidence.Length.ToString(CultureInfo.InvariantCulture)),
            new TableCell(Accounts(f)),
            new TableCell(f.RestsOnlyOnOthersAccounts ? "⚑ alleen anderen" : ""),
            new TableCell(f.Rule))).ToImmutableArray();
        return new ResultTable($"Organisatiekenmerken van {unit.Unit.Id}",
            ["factor", "geldend", "afgeleid", "segmenten", "accounts", "vlag", "regel"], rows, [Legend]);
    }

    /// <summary>
    /// The segments behind one judgment: every segment the rule looked at, whether it supports the value, its code,
    /// coder, whose account it is and the quote; the notes give the rule, the override and the flag.
    /// </summary>
    public static ResultTable Evidence(Judgment judgment, Codebook? codebook = null)
    {
        var support = judgment.Support.ToHashSet();
        var shown = judgment.Evidence.Concat(judgment.Support.Where(e => !judgment.Evidence.Contains(e)))
            .OrderBy(e => e.Period).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.Coder, StringComparer.Ordinal).ToList();
        var rows = shown.Select((e, i) => ImmutableArray.Create(
            new TableCell((i + 1).ToString(CultureInfo.InvariantCulture)),
            new TableCell(support.Contains(e) ? "ja" : "nee"),
            new TableCell(e.Code, Detail: codebook?.Find(e.Code)?.Label.Nl),
            new TableCell(e.Value ?? ""),
            new TableCell(e.Coder),
            new TableCell(AccountNames.ToName(e.Account)),
            new TableCell(e.Speaker ?? ""),
            new TableCell($"{e.Source}@{e.Start}-{e.End}"),
            new TableCell(e.Quote))).ToImmutableArray();
        var notes = new List<string> { $"Regel: {judgment.Rule}" };
        if (judgment.Override is { } o) notes.Add($"Override: {o.Value} (afgeleid: {Derived(judgment)}); reden: {o.Reason}{(o.By is null ? "" : $" ({o.By}{(o.Date is null ? "" : ", " + o.Date)})")}");
        notes.Add(judgment.RestsOnlyOnOthersAccounts
            ? $"⚑ {RuleNames.OthersAccountsOnly}: dit oordeel berust alleen op accounts van anderen ({Accounts(judgment)}), niet op de organisatie zelf."
            : judgment.Support.IsEmpty ? "Geen segmenten." : $"Berust op: {Accounts(judgment)}.");
        return new ResultTable($"Bewijs voor {Subject(judgment)}: {Current(judgment).Text}",
            ["nr", "steunt", "code", "waarde", "codeur", "account", "spreker", "bron@offsets", "citaat"], rows, [.. notes]);
    }

    /// <summary>Every judgment with an override: the derived value beside the value that counts, the reason, who and when.</summary>
    public static ResultTable Overrides(params ProjectClassification[] classifications)
    {
        var rows = classifications.SelectMany(c => c.Units.SelectMany(u => u.Periods.SelectMany(p => new[] { p.Response, p.Cluster }).Concat(u.Factors))
                .Where(j => j.Override is not null)
                .Select(j => ImmutableArray.Create(
                    new TableCell(CoderName(c)),
                    new TableCell(j.Unit),
                    new TableCell(j.Period?.ToString(CultureInfo.InvariantCulture) ?? ""),
                    new TableCell(j.Variable),
                    new TableCell(Derived(j), Detail: j.Rule),
                    new TableCell(Short(j.Override!.Value)),
                    new TableCell(j.Override.Reason),
                    new TableCell(j.Override.By ?? ""),
                    new TableCell(j.Override.Date ?? ""),
                    new TableCell(j.Override.Line > 0 ? $"overrides.csv regel {j.Override.Line}" : "niet uit een bestand"))))
            .ToImmutableArray();
        return new ResultTable("Overrides: afgeleid en geldend",
            ["codeur", "eenheid", "periode", "variabele", "afgeleid", "geldend (override)", "reden", "door", "datum", "vastgelegd in"], rows,
            ["Een override van reactie zet ook het cluster van die periode, tenzij het cluster zelf een override heeft."]);
    }

    /// <summary>The columns of <see cref="Judgments"/>, one row per judgment (the CSV of <c>jhr classify</c>).</summary>
    public static readonly ImmutableArray<string> JudgmentColumns =
        ["unit", "period", "variable", "value", "derived", "override", "override_reason", "outcome", "segments", "accounts", "flag", "rule", "evidence", "status"];

    /// <summary>
    /// Every judgment (period response and cluster, unit cluster, factors) in one row with file words, for spreadsheets
    /// and scripts: value, derived value, override and its reason, outcome, segments, accounts, flag, rule, evidence, status.
    /// </summary>
    public static ResultTable Judgments(ProjectClassification classification) =>
        new("Oordelen", JudgmentColumns, [.. classification.Units.SelectMany(u => u.Judgments).Select(j => ImmutableArray.Create(
            new TableCell(j.Unit), new TableCell(j.Period?.ToString(CultureInfo.InvariantCulture) ?? ""), new TableCell(j.Variable),
            new TableCell(j.Value ?? ""), new TableCell(j.Derived ?? ""), new TableCell(j.Override?.Value ?? ""), new TableCell(j.Override?.Reason ?? ""),
            new TableCell(ClassificationJson.Outcome(j.Outcome)), new TableCell(j.Support.Length.ToString(CultureInfo.InvariantCulture)),
            new TableCell(string.Join(";", j.Accounts.Select(AccountNames.ToName))), new TableCell(j.RestsOnlyOnOthersAccounts ? RuleNames.OthersAccountsOnly : ""),
            new TableCell(j.Rule), new TableCell(string.Join(";", j.Support.Select(e => $"{e.Source}@{e.Start}-{e.End}/{e.Coder}"))),
            new TableCell(JudgmentStatusNames.ToName(j.Status))))], []);

    /// <summary>The rules of the classifier by name, so every rule named in a table can be looked up.</summary>
    public static ResultTable Rules() =>
        new("Regels", ["regel", "betekenis"], [.. RuleNames.All.Select(r => ImmutableArray.Create(new TableCell(r.Key), new TableCell(r.Value)))], []);

    /// <summary>
    /// The whole classification as a document for <c>jhr classify</c>: the rules applied, per unit and period, per unit,
    /// the overrides, the factors of every unit, every judgment, the rules and the codes of an imported project that
    /// did not count. What the notebook shows, in every output format.
    /// </summary>
    public static Document ToDocument(ProjectClassification classification, ResultTable? notUsed = null)
    {
        var project = classification.Project;
        var rules = classification.Rules;
        var settings = $"Codeboek {project.Codebook.Id} {project.Codebook.Version}; regelset {RuleSetNames.ToName(rules.RuleSet)}"
            + (rules.RuleSet == Projects.RuleSet.Proefschrift
                ? " (per eis naar de bedoeling van de sturing, volgen alleen met aangepaste werkwijze, hoofdeisen voeren de boventoon; aantallen zijn context)"
                : "; drempel reactie/cluster > " + Classifier.Percent(rules.ResponseMajority))
            + $", factoren {(rules.FactorRule == Projects.FactorRule.Unanimous ? "unaniem" : "> " + Classifier.Percent(rules.FactorMajority))}"
            + $", niet-weten is niets-doen: {(rules.NotKnowingIsNietsDoen ? "ja" : "nee")}.";
        var title = $"Classificatie {project.Name} (codeur: {classification.Coders})";
        var sections = new List<DocumentSection>
        {
            new("classificatie", title,
                [new Paragraph(settings), new TableBlock(Periods(classification)), new TableBlock(Units(classification)), new TableBlock(Overrides(classification))])
            {
                Subsections = [.. classification.Units.Select(u => new DocumentSection("factoren-" + u.Unit.Id, $"{u.Unit.Id} — {u.Unit.Organisation} (case {u.Unit.Case})",
                    [new TableBlock(Factors(u))]))],
            },
            new("oordelen", "Alle oordelen", [new TableBlock(Judgments(classification))]),
            new("regels", "Regels", [new TableBlock(Rules())]),
        };
        if (notUsed is not null) sections.Add(new DocumentSection("niet-gebruikt", notUsed.Title, [new TableBlock(notUsed)]));
        return new Document(title, "nl", [.. sections])
        {
            Notice = project.Fictitious ? "FICTIEF / FICTITIOUS: illustratief materiaal, geen onderzoeksgegevens." : null,
        };
    }

    /// <summary>The derived value as the corpus README writes it: the value, <c>gemengd</c> or <c>geen</c>.</summary>
    public static string Derived(Judgment judgment) => judgment.Outcome switch
    {
        JudgmentOutcome.NoEvidence => NoEvidence,
        JudgmentOutcome.Mixed when judgment.Derived is null => Mixed,
        _ => Short(judgment.Derived!),
    };

    private static TableCell Current(Judgment judgment) => judgment.Override is { } o
        ? new TableCell(Short(o.Value), Detail: $"override (afgeleid: {Derived(judgment)}); reden: {o.Reason}")
        : new TableCell(Derived(judgment), Detail: judgment.Rule);

    /// <summary>The unit's cluster is its last period's (E1); that period's judgment knows the derived value behind an override.</summary>
    private static TableCell UnitCluster(UnitClassification unit)
    {
        var cell = Current(unit.Periods[^1].Cluster);
        return cell with { Detail = $"{cell.Detail}; {unit.Cluster.Rule}" };
    }

    private static string Change(UnitClassification unit)
    {
        if (unit.Changes.Any(c => !c.IsDetermined)) return "onbepaald";
        var sequence = unit.Periods.Select(p => p.Cluster.Value!).Aggregate(new List<string>(), (acc, c) =>
        {
            if (acc.Count == 0 || acc[^1] != c) acc.Add(c);
            return acc;
        });
        return sequence.Count <= 1 ? "geen" : string.Join(">", sequence);
    }

    private static string Subject(Judgment j) => $"{j.Unit}{(j.Period is { } p ? $", periode {p}" : "")}, {j.Variable}";

    private static string Accounts(Judgment j) => string.Join(", ", j.Accounts.Select(AccountNames.ToName));

    private static string CoderName(ProjectClassification c) => c.Coders.Coder ?? "gepoold";

    private static string Short(string id) => id.StartsWith("reactie.", StringComparison.Ordinal) ? id["reactie.".Length..] : id;

    private const string Legend = "gemengd = gemengd bewijs (geen meerderheid of gelijke stand), nooit geforceerd; geen = geen bewijs; +/- = gemengd kenmerk.";
}
