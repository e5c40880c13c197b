using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Coding.Sources;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Rendering;

namespace Jeugdhulp.Research.Coding.Display;

/// <summary>
/// A coded source as HTML: the source text exactly as its offsets index it (LF line endings, markers removed), with
/// every coded passage in a <c>&lt;mark&gt;</c> that names its number, code, value, coder and whose account it is,
/// speaker labels and headings set off, and a table of the passages below. A reader checks a coding by looking at
/// the words it covers, so the text is never reflowed or rewritten, only marked.
/// </summary>
/// <remarks>
/// Segments may overlap without nesting (two coders, or one coder with crossing spans). HTML elements cannot cross,
/// so a mark is closed where another one it crosses ends and reopened right after, with the same <c>data-seg</c>
/// number; every fragment of segment <c>n</c> together holds exactly its text. All text and attribute values are
/// escaped; the fragment has no scripts and no external resources.
/// </remarks>
public static class CodedSourceHtml
{
    /// <summary>The CSS class of the outer element; the style rules are scoped to it.</summary>
    public const string CssClass = "jhr-coded-source";

    private const string Style =
        "<style>" +
        ".jhr-coded-source{font-family:system-ui,sans-serif;font-size:13px;line-height:1.4;color:#222}" +
        ".jhr-coded-source .jhr-text{white-space:pre-wrap;font-family:Georgia,serif;font-size:14px;line-height:2.1;border:1px solid #ddd;padding:.6rem .8rem;margin:.4rem 0;background:#fff}" +
        ".jhr-coded-source mark{background:transparent;color:inherit;padding:1px 0;border-bottom:2px solid #777;border-radius:2px}" +
        ".jhr-coded-source mark mark{padding-bottom:4px}.jhr-coded-source mark mark mark{padding-bottom:7px}" +
        ".jhr-coded-source .jhr-coder-0{background:rgba(255,200,0,.32)}.jhr-coded-source .jhr-coder-1{background:rgba(60,150,255,.26)}" +
        ".jhr-coded-source .jhr-coder-2{background:rgba(40,180,90,.26)}.jhr-coded-source .jhr-coder-3{background:rgba(230,90,200,.22)}" +
        ".jhr-coded-source .jhr-coder-4{background:rgba(255,120,40,.26)}.jhr-coded-source .jhr-coder-5{background:rgba(120,120,120,.22)}" +
        ".jhr-coded-source mark.jhr-fam-reactie{border-bottom-color:#c62828}.jhr-coded-source mark.jhr-fam-kenmerk{border-bottom-color:#2e7d32}" +
        ".jhr-coded-source mark.jhr-others{border-bottom-style:dotted}" +
        ".jhr-coded-source sup.jhr-tag{font-family:system-ui,sans-serif;font-size:68%;line-height:1;color:#444;background:#f1f1f1;border:1px solid #ddd;border-radius:3px;padding:0 .2em;margin:0 .1em;white-space:nowrap}" +
        ".jhr-coded-source .jhr-speaker{font-weight:700;color:#1a237e}.jhr-coded-source .jhr-heading{font-weight:700;font-size:110%}" +
        ".jhr-coded-source .jhr-note{margin:.2rem 0;color:#444}.jhr-coded-source .jhr-fictitious{color:#a00000;font-weight:700}" +
        ".jhr-coded-source table{border-collapse:collapse;margin:.3rem 0}.jhr-coded-source caption{text-align:left;font-weight:600;padding:.2rem 0}" +
        ".jhr-coded-source th,.jhr-coded-source td{border:1px solid #ccc;padding:.15rem .45rem;vertical-align:top;text-align:left}" +
        ".jhr-coded-source thead th{background:#f3f3f3}.jhr-coded-source tbody th{font-weight:normal}" +
        ".jhr-coded-source code{background:#f3f3f3;padding:0 .2em;border-radius:3px}" +
        "</style>";

    /// <summary>
    /// The HTML of <paramref name="source"/> with <paramref name="evidence"/> marked; <paramref name="codebook"/>, when
    /// given, supplies the Dutch labels of the codes.
    /// </summary>
    /// <exception cref="ArgumentException">A segment belongs to another source, lies outside the text or splits a character outside the BMP.</exception>
    public static string ToHtml(SourceDocument source, IEnumerable<Evidence> evidence, Codebook? codebook = null)
    {
        var segments = Ordered(source, evidence);
        var coders = segments.Select(e => e.Coder).Distinct().Order(StringComparer.Ordinal).ToList();
        var sb = new StringBuilder();
        sb.Append("<div class=\"jhr-display ").Append(CssClass).Append("\" data-source=\"").Append(Escape(source.Id)).Append("\">").Append(Style);
        AppendHeader(sb, source, segments, coders);
        sb.Append("<div class=\"jhr-text\">");
        Render(sb, source.Text, [.. StructureSpans(source), .. segments.Select((e, i) => SegmentSpan(e, i + 1, coders, codebook))]);
        sb.Append("</div>");
        sb.Append(TableRenderer.ToHtml(PassageTable(segments, codebook)));
        sb.Append("</div>");
        return sb.ToString();
    }

    /// <summary>
    /// The segments in reading order (start, then the longer first, then coder and code), which is also their number
    /// in the view; every segment checked against the source.
    /// </summary>
    public static ImmutableArray<Evidence> Ordered(SourceDocument source, IEnumerable<Evidence> evidence)
    {
        var list = evidence.ToList();
        foreach (var e in list)
        {
            if (e.Source != source.Id)
                throw new ArgumentException($"Segment {e.Source}@{e.Start}-{e.End} ({e.Code}, {e.Coder}) belongs to source '{e.Source}', not to '{source.Id}'.", nameof(evidence));
            if (e.Start < 0 || e.End < e.Start || e.End > source.Text.Length)
                throw new ArgumentException($"Segment {e.Source}@{e.Start}-{e.End} ({e.Code}, {e.Coder}) lies outside the text of '{source.Id}' ({source.Text.Length} UTF-16 code units).", nameof(evidence));
            if (!Jeugdhulp.Research.RefiQda.TextOffsets.IsBoundary(source.Text, e.Start) || !Jeugdhulp.Research.RefiQda.TextOffsets.IsBoundary(source.Text, e.End))
                throw new ArgumentException($"Segment {e.Source}@{e.Start}-{e.End} ({e.Code}, {e.Coder}) splits a character outside the BMP (a surrogate pair) in '{source.Id}'.", nameof(evidence));
        }
        return [.. list.OrderBy(e => e.Start).ThenByDescending(e => e.End).ThenBy(e => e.Coder, StringComparer.Ordinal)
            .ThenBy(e => e.Code, StringComparer.Ordinal).ThenBy(e => e.Value, StringComparer.Ordinal)];
    }

    /// <summary>Escapes text for HTML content and attribute values (<c>&amp; &lt; &gt; " '</c>); everything else stays readable, emoji included.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        return sb.ToString();
    }

    /// <summary>
    /// One stretch of text to wrap in tags: <paramref name="Open"/> before it, <paramref name="Close"/> after it,
    /// <paramref name="After"/> once after its last fragment. <paramref name="Order"/> breaks ties (lower = outer).
    /// </summary>
    internal sealed record Span(int Start, int End, int Order, string Open, string Close, string After);

    /// <summary>
    /// Writes <paramref name="text"/> with the spans as properly nested elements. At every boundary the spans that end
    /// there are closed, together with any span opened inside them that goes on; then the closed spans' trailers
    /// follow in <see cref="Span.Order"/>, and the interrupted spans are reopened at once, the one ending last
    /// outermost, so crossing spans become adjacent fragments.
    /// </summary>
    internal static void Render(StringBuilder sb, string text, IReadOnlyList<Span> spans)
    {
        var points = spans.SelectMany(s => new[] { s.Start, s.End }).Append(0).Append(text.Length).Distinct().Order().ToList();
        var starting = spans.ToLookup(s => s.Start);
        var open = new List<Span>();
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var reopen = new List<Span>();
            var ended = new List<Span>();
            var lowest = open.FindIndex(s => s.End == p);
            if (lowest >= 0)
                for (var k = open.Count - 1; k >= lowest; k--)
                {
                    var s = open[k];
                    sb.Append(s.Close);
                    (s.End == p ? ended : reopen).Add(s);
                    open.RemoveAt(k);
                }
            foreach (var s in ended.OrderBy(s => s.Order)) sb.Append(s.After);
            foreach (var s in reopen.Concat(starting[p]).OrderByDescending(s => s.End).ThenBy(s => s.Start).ThenBy(s => s.Order))
            {
                sb.Append(s.Open);
                if (s.End == p) sb.Append(s.Close).Append(s.After); // empty segment
                else open.Add(s);
            }
            if (i + 1 < points.Count) sb.Append(Escape(text[p..points[i + 1]]));
        }
    }

    private static IEnumerable<Span> StructureSpans(SourceDocument source)
    {
        var text = source.Text;
        var order = 0;
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            if (text[lineStart] == '#') yield return new Span(lineStart, lineEnd, order++, "<span class=\"jhr-heading\">", "</span>", "");
            lineStart = lineEnd + 1;
        }
        foreach (var turn in source.Turns)
        {
            var labelStart = turn.Start == 0 ? 0 : text.LastIndexOf('\n', turn.Start - 1) + 1;
            if (labelStart >= turn.Start) continue;
            var speaker = source.FindSpeaker(turn.Speaker);
            var who = string.Join(", ", new[] { turn.Role ?? speaker?.Role, speaker?.Organisation }.Where(x => !string.IsNullOrEmpty(x)));
            var title = who.Length == 0 ? turn.Speaker : $"{turn.Speaker} ({who})";
            yield return new Span(labelStart, turn.Start, order++,
                $"<span class=\"jhr-speaker\" data-speaker=\"{Escape(turn.Speaker)}\" title=\"{Escape(title)}\">", "</span>", "");
        }
    }

    private static Span SegmentSpan(Evidence e, int number, List<string> coders, Codebook? codebook)
    {
        var coderIndex = coders.IndexOf(e.Coder) % 6;
        var family = e.Code.Split('.')[0];
        var account = AccountNames.ToName(e.Account);
        var classes = $"jhr-seg jhr-coder-{coderIndex} jhr-fam-{Escape(family)}{(e.Account == Account.Self ? "" : " jhr-others")}";
        var title = $"[{number}] {CodeLabel(e.Code, codebook)}{(e.Value is null ? "" : " " + e.Value)} · {e.Coder} · account: {account}" +
                    $"{(e.Speaker is null ? "" : " (" + e.Speaker + ")")} · eenheid {e.Unit}, periode {e.Period} · {e.Start}-{e.End}";
        var n = number.ToString(CultureInfo.InvariantCulture);
        var open = $"<mark class=\"{classes}\" data-seg=\"{n}\" data-code=\"{Escape(e.Code)}\" data-value=\"{Escape(e.Value ?? "")}\" " +
                   $"data-coder=\"{Escape(e.Coder)}\" data-account=\"{account}\" title=\"{Escape(title)}\">";
        var tag = $"<sup class=\"jhr-tag\" data-seg=\"{n}\">{n} {Escape(e.Code)}{(e.Value is null ? "" : ":" + Escape(e.Value))} @{Escape(e.Coder)}" +
                  $"{(e.Account == Account.Self ? "" : " · " + account)}</sup>";
        return new Span(e.Start, e.End, 1000 + number, open, "</mark>", tag);
    }

    private static void AppendHeader(StringBuilder sb, SourceDocument source, ImmutableArray<Evidence> segments, List<string> coders)
    {
        sb.Append("<p><strong>").Append(Escape(source.Title ?? source.Id)).Append("</strong> <code>").Append(Escape(source.Id)).Append("</code>");
        if (source.Fictitious) sb.Append(" <span class=\"jhr-fictitious\">FICTIEF</span>");
        sb.Append("</p>");
        var facts = new List<string> { source.Kind == SourceKind.Interview ? "interview" : "document" + (source.DocumentType is { } t ? $" ({t})" : "") };
        if (source.Organisation is { } organisation) facts.Add(organisation);
        if (source.Date is { } date) facts.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        facts.Add($"case {source.Case}");
        if (!source.Units.IsEmpty) facts.Add($"{(source.Units.Length == 1 ? "eenheid" : "eenheden")} {string.Join(", ", source.Units)}");
        facts.Add($"periode {source.Period}{(source.PeriodLabel is { } label ? $" ({label})" : "")}");
        sb.Append("<p class=\"jhr-note\">").Append(Escape(string.Join(" · ", facts))).Append("</p>");
        if (!source.Speakers.IsEmpty)
            sb.Append("<p class=\"jhr-note\">Sprekers: ").Append(Escape(string.Join("; ", source.Speakers.Select(s =>
                $"{s.Name} ({string.Join(", ", new[] { s.Role, s.Organisation }.Where(x => !string.IsNullOrEmpty(x)))})")))).Append("</p>");
        sb.Append("<p class=\"jhr-note\">").Append(segments.Length.ToString(CultureInfo.InvariantCulture)).Append(" gecodeerde passages");
        if (coders.Count > 0)
        {
            sb.Append(" door ");
            for (var i = 0; i < coders.Count; i++)
                sb.Append(i == 0 ? "" : ", ").Append("<span class=\"jhr-coder-").Append(i % 6).Append("\">").Append(Escape(coders[i])).Append("</span>");
        }
        sb.Append(". Onderstreping: rood = reactie of tactiek, groen = organisatiekenmerk; gestippeld = account van anderen (gemeente, derde, documentauteur). ")
            .Append("Het nummer verwijst naar de tabel onder de tekst; wijs een markering aan voor de details. ")
            .Append("De tekst staat er precies zoals de offsets hem tellen (UTF-16, regeleinden LF, zonder markeringen).</p>");
    }

    private static ResultTable PassageTable(ImmutableArray<Evidence> segments, Codebook? codebook)
    {
        var rows = segments.Select((e, i) => ImmutableArray.Create(
            new TableCell((i + 1).ToString(CultureInfo.InvariantCulture)),
            new TableCell(e.Code, Detail: CodeLabel(e.Code, codebook)),
            new TableCell(e.Value ?? ""),
            new TableCell(e.Coder),
            new TableCell(AccountNames.ToName(e.Account)),
            new TableCell(e.Speaker ?? ""),
            new TableCell(e.Unit),
            new TableCell(e.Period.ToString(CultureInfo.InvariantCulture)),
            new TableCell($"{e.Start}-{e.End}"),
            new TableCell(e.Quote),
            new TableCell(e.Segment.Memo ?? ""))).ToImmutableArray();
        return new ResultTable($"Gecodeerde passages ({segments.Length})",
            ["nr", "code", "waarde", "codeur", "account", "spreker", "eenheid", "periode", "offsets", "citaat", "memo"], rows, []);
    }

    private static string CodeLabel(string code, Codebook? codebook) =>
        codebook?.Find(code) is { } entry ? $"{entry.Label.Nl} ({code})" : code;
}
