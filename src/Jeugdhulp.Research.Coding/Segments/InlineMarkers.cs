using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Coding.Segments;

/// <summary>
/// Text-native coding: codings written inside a transcript as markers, so a student can code in any editor
/// (VS Code) and keep the coding under version control.
/// <code>
/// [[kenmerk.willen.doelcongruentie:+ @coderA |we vinden dat ook belangrijk]]
/// [[reactie.trotseren.negeren @coderB p=2 account=municipality memo="volgens de inkoper" |ze doen gewoon hun eigen ding]]
/// </code>
/// A marker is <c>[[</c>, a header (code, optional <c>:value</c>, <c>@coder</c>, optional <c>unit=</c>, <c>p=</c>, <c>demand=</c>, <c>enactment=</c>,
/// <c>account=</c>, <c>at=</c>, <c>memo="…"</c>), a <c>|</c>, the coded text and <c>]]</c>. Markers may nest (a coding
/// inside another, by the same or another coder); codings that overlap without nesting cannot be written as markers
/// and are rejected by <see cref="Write"/> (keep them in a CSV file). <c>[[</c> and <c>]]</c> are reserved in sources.
/// </summary>
public static class InlineMarkers
{
    /// <summary>Opens a marker.</summary>
    public const string Open = "[[";
    /// <summary>Closes a marker.</summary>
    public const string Close = "]]";
    /// <summary>Separates the header from the coded text.</summary>
    public const char Separator = '|';

    private sealed record Pending(CodedSegment Header, int Start, int Line, int Column, int Order);

    /// <summary>
    /// Splits <paramref name="marked"/> into marker-free text and segments of <paramref name="sourceId"/>.
    /// <paramref name="firstLine"/> is the file line of the text's first line, so diagnostics point into the file.
    /// </summary>
    public static MarkerParseResult Parse(string marked, string sourceId, string fileName = "", int firstLine = 1)
    {
        var text = new StringBuilder(marked.Length);
        var errors = new List<Diagnostic>();
        var stack = new Stack<Pending>();
        var done = new List<(int Order, CodedSegment Segment)>();
        int line = firstLine, column = 1, order = 0;
        var i = 0;
        while (i < marked.Length)
        {
            if (At(marked, i, Open))
            {
                var bar = HeaderEnd(marked, i + 2);
                if (bar < 0)
                {
                    errors.Add(new Diagnostic(fileName, line, column, "marker-without-separator",
                        "'[[' opens a coding marker but no '|' follows on this line; write [[code:value @coder |coded text]] ('[[' is reserved in sources)."));
                    text.Append(Open);
                    i += 2;
                    column += 2;
                    continue;
                }
                var header = ParseHeader(marked[(i + 2)..bar], sourceId, fileName, line, column, errors);
                if (header is not null) stack.Push(new Pending(header, text.Length, line, column, order++));
                else stack.Push(new Pending(new CodedSegment(sourceId, 0, 0, "", "", null, ""), -1, line, column, order++));
                column += CountColumns(marked, i, bar + 1);
                i = bar + 1;
                continue;
            }
            if (At(marked, i, Close))
            {
                if (stack.Count == 0)
                    errors.Add(new Diagnostic(fileName, line, column, "unmatched-close", "']]' closes no marker; remove it or add the '[[code @coder |' that opens it."));
                else
                {
                    var open = stack.Pop();
                    if (open.Start >= 0)
                    {
                        if (text.Length == open.Start)
                            errors.Add(new Diagnostic(fileName, open.Line, open.Column, "empty-coding", "The marker codes no text; put the coded text between '|' and ']]'."));
                        else
                            done.Add((open.Order, open.Header with
                            {
                                Start = open.Start,
                                End = text.Length,
                                Text = text.ToString(open.Start, text.Length - open.Start),
                                Origin = new SegmentOrigin(fileName, open.Line, open.Column),
                            }));
                    }
                }
                i += 2;
                column += 2;
                continue;
            }
            var c = marked[i];
            text.Append(c);
            if (c == '\n') { line++; column = 1; }
            else if (!char.IsLowSurrogate(c)) column++;
            i++;
        }
        foreach (var open in stack)
            errors.Add(new Diagnostic(fileName, open.Line, open.Column, "unclosed-marker", "This marker is never closed with ']]'."));
        return new MarkerParseResult(text.ToString(), [.. done.OrderBy(d => d.Order).Select(d => d.Segment)],
            [.. errors.OrderBy(e => e.Line).ThenBy(e => e.Column)]);
    }

    /// <summary>
    /// Writes <paramref name="segments"/> into <paramref name="text"/> as markers; <see cref="Parse"/> gives back the same
    /// text and segments. Identical spans nest in a stable order (coder, code, value).
    /// </summary>
    /// <exception cref="InputException">Two segments overlap without nesting, a segment is empty or outside the text, or
    /// the text already contains <c>[[</c> or <c>]]</c>.</exception>
    public static string Write(string text, IEnumerable<CodedSegment> segments)
    {
        var list = segments.OrderBy(s => s.Start).ThenByDescending(s => s.End)
            .ThenBy(s => s.Coder, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal).ThenBy(s => s.Value, StringComparer.Ordinal).ToList();
        var problems = new List<Diagnostic>();
        foreach (var s in list.Where(s => s.Start < 0 || s.End > text.Length || s.Start >= s.End))
            problems.Add(Problem(s, "invalid-offsets", $"Segment {s.Start}-{s.End} of '{s.Code}' is empty or outside the text (length {text.Length})."));
        foreach (var (a, b) in Crossing(list))
            problems.Add(Problem(b, "overlapping-codings",
                $"'{b.Code}' by {b.Coder} ({b.Start}-{b.End}) overlaps '{a.Code}' by {a.Coder} ({a.Start}-{a.End}) without nesting; markers can only nest. Keep such codings in codings/*.csv."));
        if (text.Contains(Open, StringComparison.Ordinal) || text.Contains(Close, StringComparison.Ordinal))
            problems.Add(new Diagnostic(list.FirstOrDefault()?.Source ?? "", 0, 0, "reserved-brackets", "The text contains '[[' or ']]', which are reserved for markers."));
        if (problems.Count > 0) throw new InputException(problems);

        var output = new StringBuilder(text.Length + list.Count * 40);
        var open = new Stack<CodedSegment>();
        var next = 0;
        for (var position = 0; position <= text.Length; position++)
        {
            while (open.Count > 0 && open.Peek().End == position) { output.Append(Close); open.Pop(); }
            while (next < list.Count && list[next].Start == position)
            {
                output.Append(Open).Append(FormatHeader(list[next])).Append(' ').Append(Separator);
                open.Push(list[next++]);
            }
            if (position < text.Length) output.Append(text[position]);
        }
        return output.ToString();
    }

    /// <summary>Pairs of segments that overlap without one containing the other.</summary>
    public static IEnumerable<(CodedSegment First, CodedSegment Second)> Crossing(IEnumerable<CodedSegment> segments)
    {
        var list = segments.OrderBy(s => s.Start).ThenByDescending(s => s.End).ToList();
        for (var i = 0; i < list.Count; i++)
            for (var j = i + 1; j < list.Count && list[j].Start < list[i].End; j++)
                if (list[j].End > list[i].End) yield return (list[i], list[j]);
    }

    /// <summary>The canonical header of a segment's marker, e.g. <c>kenmerk.weten:- @coderA p=2</c>.</summary>
    public static string FormatHeader(CodedSegment s)
    {
        var b = new StringBuilder(s.Code);
        if (s.Value is not null) b.Append(':').Append(s.Value);
        b.Append(" @").Append(s.Coder);
        if (s.Unit is not null) b.Append(" unit=").Append(s.Unit);
        if (s.Period is { } p) b.Append(" p=").Append(p.ToString(CultureInfo.InvariantCulture));
        if (s.Demand is not null) b.Append(" demand=").Append(s.Demand);
        if (s.Enactment is { } en) b.Append(" enactment=").Append(EnactmentNames.ToName(en));
        if (s.Account is { } a) b.Append(" account=").Append(AccountNames.ToName(a));
        if (s.Timestamp is { } t) b.Append(" at=").Append(t.ToString("o", CultureInfo.InvariantCulture));
        if (s.Memo is not null) b.Append(" memo=\"").Append(s.Memo.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n")).Append('"');
        return b.ToString();
    }

    private static CodedSegment? ParseHeader(string header, string sourceId, string file, int line, int column, List<Diagnostic> errors)
    {
        var tokens = Tokenise(header);
        if (tokens is null)
        {
            errors.Add(new Diagnostic(file, line, column, "marker-header", "Unterminated quote in the marker header."));
            return null;
        }
        if (tokens.Count == 0 || tokens[0].StartsWith('@') || tokens[0].Contains('='))
        {
            errors.Add(new Diagnostic(file, line, column, "marker-header", "The marker header must start with a codebook id: [[code:value @coder |text]]."));
            return null;
        }
        var colon = tokens[0].IndexOf(':');
        var code = colon < 0 ? tokens[0] : tokens[0][..colon];
        var value = colon < 0 ? null : tokens[0][(colon + 1)..];
        string? coder = null;
        var segment = new CodedSegment(sourceId, 0, 0, "", code, string.IsNullOrEmpty(value) ? null : value, "");
        var seen = new HashSet<string>();
        foreach (var token in tokens.Skip(1))
        {
            if (token.StartsWith('@'))
            {
                if (coder is not null) { errors.Add(new Diagnostic(file, line, column, "marker-header", "A marker names one coder.")); return null; }
                coder = token[1..];
                continue;
            }
            var eq = token.IndexOf('=');
            var key = eq < 0 ? token : token[..eq];
            var raw = eq < 0 ? "" : token[(eq + 1)..];
            if (!seen.Add(key == "period" ? "p" : key))
            {
                errors.Add(new Diagnostic(file, line, column, "marker-header", $"'{key}' is given twice."));
                return null;
            }
            switch (key)
            {
                case "unit" when raw.Length > 0:
                    segment = segment with { Unit = raw };
                    break;
                case "p" or "period" when int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var period) && period >= 1:
                    segment = segment with { Period = period };
                    break;
                case "demand" when raw.Length > 0:
                    segment = segment with { Demand = raw };
                    break;
                case "enactment" when EnactmentNames.TryParse(raw, out var enactment):
                    segment = segment with { Enactment = enactment };
                    break;
                case "account" when AccountNames.TryParse(raw, out var account):
                    segment = segment with { Account = account };
                    break;
                case "at" when DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at):
                    segment = segment with { Timestamp = at };
                    break;
                case "memo" when raw.StartsWith('"'):
                    segment = segment with { Memo = Unquote(raw) };
                    break;
                default:
                    errors.Add(new Diagnostic(file, line, column, "marker-header",
                        $"'{token}' is not understood; use @coder, unit=ID, p=1, demand=ID, enactment=({string.Join("|", EnactmentNames.All)}), account=({string.Join("|", AccountNames.All)}), at=2024-03-01T10:00:00+01:00, memo=\"…\"."));
                    return null;
            }
        }
        if (string.IsNullOrEmpty(coder))
        {
            errors.Add(new Diagnostic(file, line, column, "missing-coder", "Every marker names its coder: [[code @coderA |text]]."));
            return null;
        }
        return segment with { Coder = coder };
    }

    private static List<string>? Tokenise(string header)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < header.Length; i++)
        {
            var c = header[i];
            if (quoted)
            {
                current.Append(c);
                if (c == '\\' && i + 1 < header.Length) current.Append(header[++i]);
                else if (c == '"') quoted = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (current.Length > 0) { tokens.Add(current.ToString()); current.Clear(); }
            }
            else
            {
                if (c == '"') quoted = true;
                current.Append(c);
            }
        }
        if (quoted) return null;
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    private static string Unquote(string raw)
    {
        var inner = raw.Length >= 2 && raw.EndsWith('"') ? raw[1..^1] : raw[1..];
        var b = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length)
            {
                var n = inner[++i];
                b.Append(n == 'n' ? '\n' : n);
            }
            else b.Append(inner[i]);
        }
        return b.ToString();
    }

    /// <summary>The index of the header's closing '|', or -1 when the line (or a bracket) ends first.</summary>
    private static int HeaderEnd(string s, int from)
    {
        var quoted = false;
        for (var j = from; j < s.Length; j++)
        {
            var c = s[j];
            if (c == '\n') return -1;
            if (quoted)
            {
                if (c == '\\') j++;
                else if (c == '"') quoted = false;
                continue;
            }
            if (c == '"') quoted = true;
            else if (c == Separator) return j;
            else if (At(s, j, Open) || At(s, j, Close)) return -1;
        }
        return -1;
    }

    private static int CountColumns(string s, int from, int to)
    {
        var n = 0;
        for (var j = from; j < to; j++) if (!char.IsLowSurrogate(s[j])) n++;
        return n;
    }

    private static bool At(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;

    private static Diagnostic Problem(CodedSegment s, string code, string message) =>
        s.Origin is { } o ? new Diagnostic(o.File, o.Line, o.Column, code, message) : new Diagnostic(s.Source, 0, 0, code, message);
}
