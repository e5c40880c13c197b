using System.Text;
using System.Text.RegularExpressions;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// Text extracted from a PDF, as it really comes: page headers and footers inside the text, page numbers on their
/// own lines, words hyphenated across line breaks. Analysing it classifies every line (<see cref="LineRole"/>) and
/// finds the hyphenated line ends, without changing the text, so that every match can still be cited by its
/// original line number.
/// </summary>
/// <remarks>
/// Rules (documented in <c>data/labelled/README.md</c> too): a page number is a short line holding only a number
/// ("12", "- 12 -", "pagina 3 van 20", "3/20"). A header or footer is a line of at most 80 characters that recurs at
/// least three times at page-like distances (median gap of at least 15 lines) and either carries a changing number
/// at its start or end ("DG58/038f 5", "DG58/038f 8", ...) or recurs about once a page (at least once per 60
/// non-blank lines). A line ending in letter + hyphen whose next text line (blank lines, page numbers and headers
/// skipped) starts with a lower-case letter continues its last word there (<c>organi-</c> / <c>saties</c>), unless
/// the hyphen is a real one: an elided compound ("wet- en regelgeving") or a hyphen prefix ("niet-", "ex-").
/// </remarks>
public sealed partial class PdfText
{
    /// <summary>Lines longer than this are never headers or footers.</summary>
    public const int MaxHeaderLength = 80;
    /// <summary>A header or footer recurs at least this often.</summary>
    public const int MinHeaderRepeats = 3;
    /// <summary>Median distance in lines between recurrences of a header (about a page).</summary>
    public const int MinHeaderGap = 15;
    /// <summary>A repeated line without a page number must recur at least once per this many non-blank lines.</summary>
    public const int LinesPerPage = 60;

    private readonly int[] _starts;
    private readonly int[] _lengths;
    private readonly LineRole[] _roles;
    private readonly int[] _joinsTo;

    private PdfText(ReadOnlyMemory<char> text, int firstLine, int[] starts, int[] lengths, LineRole[] roles, int[] joinsTo)
    {
        Text = text;
        FirstLine = firstLine;
        _starts = starts;
        _lengths = lengths;
        _roles = roles;
        _joinsTo = joinsTo;
    }

    /// <summary>The text (LF line endings), unchanged.</summary>
    public ReadOnlyMemory<char> Text { get; }
    /// <summary>The original line number of the first line (1 for a whole file; later for a section of a large file).</summary>
    public int FirstLine { get; }
    /// <summary>Number of lines.</summary>
    public int LineCount => _starts.Length;

    /// <summary>Offset of line <paramref name="index"/> (0-based) in <see cref="Text"/>.</summary>
    public int LineStart(int index) => _starts[index];
    /// <summary>Length of line <paramref name="index"/> without its LF.</summary>
    public int LineLength(int index) => _lengths[index];
    /// <summary>What line <paramref name="index"/> is.</summary>
    public LineRole Role(int index) => _roles[index];
    /// <summary>The line (0-based) the hyphenated last word of line <paramref name="index"/> continues on, or -1.</summary>
    public int JoinsTo(int index) => _joinsTo[index];
    /// <summary>The original 1-based line number of line <paramref name="index"/>.</summary>
    public int LineNumber(int index) => FirstLine + index;
    /// <summary>The text of line <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Line(int index) => Text.Span.Slice(_starts[index], _lengths[index]);

    /// <summary>The 0-based line index holding <paramref name="offset"/>.</summary>
    public int LineIndexOf(int offset)
    {
        var i = Array.BinarySearch(_starts, offset);
        return i >= 0 ? i : Math.Max(0, ~i - 1);
    }

    /// <summary>The original 1-based line number holding <paramref name="offset"/>.</summary>
    public int LineNumberOf(int offset) => FirstLine + LineIndexOf(offset);

    /// <summary>Counts of the lines per role, for reports.</summary>
    public int Count(LineRole role) => _roles.Count(r => r == role);

    /// <summary>
    /// The readable text of lines <paramref name="fromLine"/>..<paramref name="toLine"/> (original numbers, inclusive):
    /// page furniture left out, hyphenated words rejoined, lines joined by spaces. For showing and for the model.
    /// </summary>
    public string CleanText(int fromLine, int toLine)
    {
        var sb = new StringBuilder();
        var from = Math.Max(0, fromLine - FirstLine);
        var to = Math.Min(LineCount - 1, toLine - FirstLine);
        var joined = false;
        for (var i = from; i <= to; i++)
        {
            if (_roles[i] != LineRole.Text) continue;
            var line = Line(i).Trim();
            if (joined) line = line.TrimStart();
            else if (sb.Length > 0) sb.Append(' ');
            joined = _joinsTo[i] >= 0 && _joinsTo[i] <= to;
            sb.Append(joined ? line[..^1] : line);
        }
        return sb.ToString();
    }

    /// <summary>Analyses a whole document whose first line is line 1.</summary>
    public static PdfText Analyse(string text) => Analyse(text.AsMemory(), 1);

    /// <summary>Analyses <paramref name="text"/> (LF line endings) whose first line has original number <paramref name="firstLine"/>.</summary>
    public static PdfText Analyse(ReadOnlyMemory<char> text, int firstLine)
    {
        var span = text.Span;
        var starts = new List<int>(span.Length / 48 + 1);
        var pos = 0;
        while (true)
        {
            starts.Add(pos);
            var nl = span[pos..].IndexOf('\n');
            if (nl < 0) break;
            pos += nl + 1;
            if (pos == span.Length) break;
        }
        var n = starts.Count;
        var startArray = starts.ToArray();
        var lengths = new int[n];
        for (var i = 0; i < n; i++)
        {
            var end = i + 1 < n ? startArray[i + 1] - 1 : span.Length;
            if (end > startArray[i] && span[end - 1] == '\n') end--;
            lengths[i] = Math.Max(0, end - startArray[i]);
        }
        var roles = new LineRole[n];
        var keys = new ulong[n];
        var raws = new ulong[n];
        var edges = new bool[n];
        var nonBlank = 0;
        var candidates = 0;
        for (var i = 0; i < n; i++)
        {
            var line = span.Slice(startArray[i], lengths[i]).Trim();
            if (line.IsEmpty) { roles[i] = LineRole.Blank; continue; }
            nonBlank++;
            if (line.Length <= 24 && (char.IsAsciiDigit(line[^1]) || line[^1] is '-' or '–' or '—') && IsPageNumber(line)) { roles[i] = LineRole.PageNumber; continue; }
            if (line.Length > MaxHeaderLength) continue;
            (keys[i], raws[i], edges[i]) = Keys(line);
            if (keys[i] != 0) candidates++;
        }
        if (candidates >= MinHeaderRepeats)
        {
            // Group the short lines by sorting (no object per line): rule 1 on the digit-blind key, rule 2 on the exact line.
            var lines = new int[candidates];
            var sortKeys = new ulong[candidates];
            var k = 0;
            for (var i = 0; i < n; i++) if (keys[i] != 0) { lines[k] = i; sortKeys[k++] = keys[i]; }
            MarkGroups(sortKeys, lines, raws, edges, roles, rawRule: false, perPage: 0);
            k = 0;
            for (var i = 0; i < n; i++) if (keys[i] != 0) { lines[k] = i; sortKeys[k++] = raws[i]; }
            MarkGroups(sortKeys, lines, raws, edges, roles, rawRule: true, perPage: Math.Max(MinHeaderRepeats, nonBlank / LinesPerPage));
        }

        var joinsTo = new int[n];
        Array.Fill(joinsTo, -1);
        for (var i = 0; i < n; i++)
        {
            if (roles[i] != LineRole.Text) continue;
            var line = span.Slice(startArray[i], lengths[i]).TrimEnd();
            if (line.Length < 3 || !IsHyphen(line[^1]) || !char.IsLetter(line[^2])) continue;
            for (var j = i + 1; j < n && j <= i + 12; j++)
            {
                if (roles[j] != LineRole.Text) continue;
                var next = span.Slice(startArray[j], lengths[j]).TrimStart();
                if (next.Length > 0 && char.IsLower(next[0]) && !IsRealHyphen(line[..^1], next)) joinsTo[i] = j;
                break;
            }
        }
        return new PdfText(text, firstLine, startArray, lengths, roles, joinsTo);
    }

    private static bool IsHyphen(char c) => c is '-' or '\u00AD' or '\u2010';

    private static bool IsPageNumber(ReadOnlySpan<char> line) => PageNumberPattern().IsMatch(line);

    [GeneratedRegex(@"^(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:/|van|of)\s*\d{1,4})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumberPattern();

    // Key: folded text with every digit run as '#' and separators collapsed; raw: the exact line. Both FNV-1a.
    private static (ulong Key, ulong Raw, bool EdgeDigits) Keys(ReadOnlySpan<char> line)
    {
        const ulong offset = 14695981039346656037UL, prime = 1099511628211UL;
        ulong key = offset, raw = offset;
        var lastWasDigit = false;
        var lastWasSpace = false;
        var hasWord = false;
        foreach (var c in line)
        {
            raw = (raw ^ c) * prime;
            var f = TextFold.Fold(c);
            if (char.IsAsciiDigit(c))
            {
                if (!lastWasDigit) key = (key ^ '#') * prime;
                lastWasDigit = true;
                lastWasSpace = false;
                continue;
            }
            lastWasDigit = false;
            if (f <= TextFold.Transparent)
            {
                if (char.IsWhiteSpace(c)) { if (!lastWasSpace) key = (key ^ ' ') * prime; lastWasSpace = true; }
                else { key = (key ^ c) * prime; lastWasSpace = false; }
                continue;
            }
            hasWord = true;
            lastWasSpace = false;
            key = (key ^ f) * prime;
        }
        var edge = PlainNumberAtEdge(line);
        return (key == 0 || !hasWord && !edge ? 0 : key, raw, edge);
    }

    // A page number sits at the start or end of a header as a plain integer, not as a section number ("4.1.", "1.4").
    private static bool PlainNumberAtEdge(ReadOnlySpan<char> line)
    {
        var k = 0;
        while (k < line.Length && char.IsAsciiDigit(line[k])) k++;
        if (k > 0 && (k == line.Length || line[k] is not ('.' or ',' or ':' or '/'))) return true;
        var j = line.Length;
        while (j > 0 && char.IsAsciiDigit(line[j - 1])) j--;
        return j < line.Length && (j == 0 || char.IsWhiteSpace(line[j - 1]) || line[j - 1] == '|') && (j < 2 || line[j - 2] != '.');
    }

    // "wet- en regelgeving", "taak- of rolverdeling": an elided compound, not a hyphenated word.
    private static readonly string[] ElisionWords = ["en", "of", "tot", "noch", "t/m", "als"];
    // Words written with a real hyphen before a compound ("niet-gecontracteerde", "ex-cliënt").
    private static readonly string[] HyphenPrefixes = ["niet", "ex", "anti", "non", "semi", "vice", "oud", "co", "pre", "post", "extra", "sub"];

    private static bool IsRealHyphen(ReadOnlySpan<char> lineBeforeHyphen, ReadOnlySpan<char> next)
    {
        var w = lineBeforeHyphen.Length;
        while (w > 0 && char.IsLetter(lineBeforeHyphen[w - 1])) w--;
        var fragment = lineBeforeHyphen[w..];
        foreach (var p in HyphenPrefixes) if (fragment.Equals(p, StringComparison.OrdinalIgnoreCase)) return true;
        var end = 0;
        while (end < next.Length && !char.IsWhiteSpace(next[end]) && next[end] is not (',' or '.' or ';')) end++;
        var first = next[..end];
        foreach (var e in ElisionWords) if (first.Equals(e, StringComparison.Ordinal)) return true;
        return false;
    }

    // Sorts candidate lines by key and marks every group that satisfies the rule as header/footer.
    private static void MarkGroups(ulong[] sortKeys, int[] lines, ulong[] raws, bool[] edges, LineRole[] roles, bool rawRule, int perPage)
    {
        Array.Sort(sortKeys, lines);
        var from = 0;
        while (from < sortKeys.Length)
        {
            var to = from + 1;
            while (to < sortKeys.Length && sortKeys[to] == sortKeys[from]) to++;
            var count = to - from;
            if (count >= MinHeaderRepeats && (!rawRule || count >= perPage))
            {
                var group = lines.AsSpan(from, count);
                group.Sort();
                var header = MedianGap(group) >= MinHeaderGap;
                if (header && !rawRule)
                {
                    var distinct = new HashSet<ulong>();
                    foreach (var line in group) { distinct.Add(raws[line]); if (distinct.Count >= MinHeaderRepeats) break; }
                    header = edges[group[0]] && distinct.Count >= MinHeaderRepeats;
                }
                if (header) foreach (var line in group) roles[line] = LineRole.HeaderFooter;
            }
            from = to;
        }
    }

    private static int MedianGap(ReadOnlySpan<int> sortedLines)
    {
        var gaps = new int[sortedLines.Length - 1];
        for (var i = 1; i < sortedLines.Length; i++) gaps[i - 1] = sortedLines[i] - sortedLines[i - 1];
        Array.Sort(gaps);
        return gaps[gaps.Length / 2];
    }
}
