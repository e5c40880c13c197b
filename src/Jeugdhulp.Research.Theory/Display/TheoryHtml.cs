using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Display;
using Jeugdhulp.Research.Rendering;

namespace Jeugdhulp.Research.Theory.Display;

/// <summary>
/// HTML views of proposition tests and unit QCAs for notebooks (and anything else that shows HTML). Like the core
/// library's <see cref="HtmlDisplay"/> every fragment is self-contained (one scoped <c>&lt;style&gt;</c>, no scripts),
/// labelled in Dutch, and built from the same <see cref="ResultTable"/>s as the CLI and the report. A red cell here
/// means "deviant units", not "differs from the publication", so the legend is this view's own.
/// </summary>
public static class TheoryHtml
{
    private const string Style =
        "<style>" +
        ".jhr-theory{font-family:system-ui,sans-serif;font-size:13px;line-height:1.4;color:#222}" +
        ".jhr-theory table{border-collapse:collapse;margin:.3rem 0}" +
        ".jhr-theory caption{text-align:left;font-weight:600;padding:.2rem 0}" +
        ".jhr-theory th,.jhr-theory td{border:1px solid #ccc;padding:.15rem .45rem;vertical-align:top}" +
        // Left-aligned, unlike the count tables of the core library: these cells hold unit lists, values and quotes.
        // The doubled class outranks .jhr-display td of core fragments on the same page.
        ".jhr-display.jhr-theory td{text-align:left}.jhr-theory thead th{background:#f3f3f3}.jhr-theory tbody th{text-align:left;font-weight:normal}" +
        ".jhr-theory td.matches{background:#eef7ee}" +
        ".jhr-theory td.differs{background:#fde2e1;color:#a00000;font-weight:700;outline:2px solid #c00000}" +
        ".jhr-theory .jhr-note{margin:.2rem 0;color:#444;font-style:italic}" +
        ".jhr-theory .jhr-scroll{overflow-x:auto;max-width:100%}" +
        ".jhr-theory details{margin:.3rem 0}.jhr-theory summary{cursor:pointer}" +
        ".jhr-theory .jhr-ok{color:#1b5e20;font-weight:600}.jhr-theory .jhr-bad{color:#a00000;font-weight:700}" +
        "</style>";

    /// <summary>One proposition: its wording and outcome, then predicted × observed (or the case table), the deviant units with their values and provenance, and the units that cannot be judged.</summary>
    public static string ToHtml(PropositionResult result, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var sb = Open("jhr-proposition");
        AppendProposition(sb, result, vocabulary);
        return Close(sb);
    }

    /// <summary>A propositions file: hit rates, the summary, then every proposition folded in a <c>&lt;details&gt;</c>.</summary>
    public static string ToHtml(PropositionEvaluation evaluation, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var sb = Open("jhr-propositions");
        sb.Append("<p><strong>").Append(E(evaluation.Set.Title?.Nl ?? evaluation.Set.Id)).Append("</strong> — ")
            .Append(evaluation.Results.Length.ToString(CultureInfo.InvariantCulture)).Append(" proposities uit <code>")
            .Append(E(Path.GetFileName(evaluation.Set.File))).Append("</code></p>");
        AppendTables(sb, [TheoryTables.HitRates(evaluation), evaluation.Summary(vocabulary)]);
        foreach (var result in evaluation.Results)
        {
            sb.Append("<details><summary><strong>").Append(E(result.Proposition.Id)).Append("</strong> ").Append(E(result.Proposition.Label.Nl))
                .Append(" — ").Append(Verdict(result, vocabulary)).Append("</summary>");
            AppendTables(sb, result.ToTables(vocabulary));
            sb.Append("</details>");
        }
        return Close(sb);
    }

    /// <summary>A unit QCA: what was analysed, then every table of <see cref="QcaTables.For(UnitQcaResult)"/>.</summary>
    public static string ToHtml(UnitQcaResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = result.Result.TruthTable;
        var sb = Open("jhr-qca");
        sb.Append("<p><strong>csQCA: uitkomst <code>").Append(E(table.Outcome.ToString())).Append("</code>, condities <code>")
            .Append(E(string.Join(", ", table.Conditions))).Append("</code></strong> — ")
            .Append(result.Data.Dataset.CaseCount.ToString(CultureInfo.InvariantCulture)).Append(" eenheden, ")
            .Append(table.Cases.Count.ToString(CultureInfo.InvariantCulture)).Append(" in de analyse</p>");
        AppendTables(sb, QcaTables.For(result));
        return Close(sb);
    }

    private static void AppendProposition(StringBuilder sb, PropositionResult result, Vocabulary vocabulary)
    {
        sb.Append("<p><strong>").Append(E(result.Proposition.Id)).Append(": ").Append(E(result.Proposition.Label.Nl)).Append("</strong><br>")
            .Append(Verdict(result, vocabulary)).Append("</p>");
        AppendTables(sb, result.ToTables(vocabulary));
    }

    /// <summary>"✓ …" when nothing contradicts the proposition, "✗ …" with the deviant units otherwise.</summary>
    private static string Verdict(PropositionResult result, Vocabulary vocabulary)
    {
        var outcome = E(result.Outcome(vocabulary));
        if (result.Comparison is { } comparison)
            return comparison.Holds ? $"<span class=\"jhr-ok\">✓</span> {outcome}" : $"<span class=\"jhr-bad\">✗</span> {outcome}";
        return result.Deviants.IsEmpty
            ? $"<span class=\"jhr-ok\">✓ geen afwijkende eenheden</span>: {outcome}"
            : $"<span class=\"jhr-bad\">✗ {result.Deviants.Length} afwijkend ({E(string.Join(", ", result.Deviants.Select(j => j.UnitId)))})</span>: {outcome}";
    }

    private static void AppendTables(StringBuilder sb, ImmutableArray<ResultTable> tables)
    {
        foreach (var table in tables)
            sb.Append("<div class=\"jhr-scroll\">").Append(TableRenderer.ToHtml(table)).Append("</div>");
        foreach (var meaning in tables.Where(t => t.Rows.Any(r => r.Any(c => c.Mark == CellMark.Differs)))
                     .Select(t => t.DiffersMeaning ?? HtmlDisplay.PublishedDiffersMeaning).Distinct(StringComparer.Ordinal))
            sb.Append("<p class=\"jhr-note\">Rood omlijnd: ").Append(E(meaning)).Append(".</p>");
        if (tables.Any(t => t.Rows.Any(r => r.Any(c => !string.IsNullOrEmpty(c.Detail)))))
            sb.Append("<p class=\"jhr-note\">Wijs een cel aan om de eenheden te zien.</p>");
    }

    private static StringBuilder Open(string kind) =>
        new StringBuilder().Append("<div class=\"").Append(HtmlDisplay.CssClass).Append(" jhr-theory ").Append(kind).Append("\" lang=\"nl\">").Append(Style);

    private static string Close(StringBuilder sb) => sb.Append("</div>").ToString();

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
