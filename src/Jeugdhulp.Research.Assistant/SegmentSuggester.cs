namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// Turns lexicon matches into candidate segments: each match is widened to its sentence (back to the previous and on
/// to the next '.', '!' or '?' followed by white space, at most <see cref="MaxReach"/> characters either way), and
/// overlapping windows of the same code are merged, adding up their scores.
/// </summary>
public static class SegmentSuggester
{
    /// <summary>How far a window reaches beyond its match, in characters, when no sentence end is found.</summary>
    public const int MaxReach = 400;

    /// <summary>Candidate segments of one analysed section, ordered by start line, then code.</summary>
    public static List<CandidateSegment> Suggest(string source, PdfText text, IReadOnlyList<TermMatch> matches, long offset = 0)
    {
        var result = new List<CandidateSegment>();
        foreach (var group in matches.GroupBy(m => m.Code, StringComparer.Ordinal))
        {
            var windows = new List<(int From, int To, TermMatch Match)>();
            foreach (var m in group) windows.Add((SentenceStart(text.Text.Span, m.Start), SentenceEnd(text.Text.Span, m.End), m));
            windows.Sort((a, b) => a.From != b.From ? a.From.CompareTo(b.From) : a.To.CompareTo(b.To));
            var i = 0;
            while (i < windows.Count)
            {
                var from = windows[i].From;
                var to = windows[i].To;
                var members = new List<TermMatch> { windows[i].Match };
                i++;
                while (i < windows.Count && windows[i].From <= to)
                {
                    to = Math.Max(to, windows[i].To);
                    members.Add(windows[i].Match);
                    i++;
                }
                var startLine = text.LineNumberOf(from);
                var endLine = text.LineNumberOf(Math.Max(from, to - 1));
                var distinct = members.OrderBy(m => m.Start).Select(m => m.Term).Distinct().ToList();
                result.Add(new CandidateSegment
                {
                    Source = source,
                    Start = offset + from,
                    End = offset + to,
                    StartLine = startLine,
                    EndLine = endLine,
                    Code = group.Key,
                    Value = members.All(m => m.Value == "-") ? "-" : null,
                    Score = Math.Round(distinct.Sum(t => t.Weight) + 0.25 * (members.Count - distinct.Count), 2),
                    Terms = [.. distinct.Select(t => t.Text)],
                    Text = text.CleanText(startLine, endLine),
                });
            }
        }
        result.Sort((a, b) => a.StartLine != b.StartLine ? a.StartLine.CompareTo(b.StartLine) : string.CompareOrdinal(a.Code, b.Code));
        return result;
    }

    private static bool IsSentenceEnd(ReadOnlySpan<char> text, int i) =>
        text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]));

    private static int SentenceStart(ReadOnlySpan<char> text, int matchStart)
    {
        var limit = Math.Max(0, matchStart - MaxReach);
        for (var i = matchStart - 1; i >= limit; i--)
            if (IsSentenceEnd(text, i)) return SkipSpace(text, i + 1);
        if (limit == 0) return SkipSpace(text, 0);
        var nl = text[limit..matchStart].IndexOf('\n');
        return SkipSpace(text, nl >= 0 ? limit + nl + 1 : limit);
    }

    private static int SentenceEnd(ReadOnlySpan<char> text, int matchEnd)
    {
        var limit = Math.Min(text.Length, matchEnd + MaxReach);
        for (var i = matchEnd; i < limit; i++)
            if (IsSentenceEnd(text, i)) return i + 1;
        if (limit == text.Length) return TrimEnd(text, limit);
        var nl = text[matchEnd..limit].LastIndexOf('\n');
        return TrimEnd(text, nl >= 0 ? matchEnd + nl : limit);
    }

    private static int SkipSpace(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static int TrimEnd(ReadOnlySpan<char> text, int i)
    {
        while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
        return i;
    }
}
