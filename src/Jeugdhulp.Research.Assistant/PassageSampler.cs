namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// Cuts a document into passages and draws a systematic sample (every k-th passage), so a hand-coded test set is
/// reproducible and not cherry-picked. A passage is a run of text lines that closes at the first line ending a
/// sentence once it holds <see cref="MinChars"/> characters, or anyway at <see cref="MaxChars"/>; page furniture is
/// skipped and never starts a passage.
/// </summary>
public static class PassageSampler
{
    /// <summary>A passage closes at a sentence end once it is this long.</summary>
    public const int MinChars = 300;
    /// <summary>A passage closes at this length even mid-sentence.</summary>
    public const int MaxChars = 900;

    /// <summary>All passages of <paramref name="text"/>, in order.</summary>
    public static List<Passage> Passages(PdfText text)
    {
        var result = new List<Passage>();
        var first = -1;
        var last = -1;
        var length = 0;
        for (var i = 0; i < text.LineCount; i++)
        {
            if (text.Role(i) != LineRole.Text) continue;
            var line = text.Line(i).Trim();
            if (first < 0) first = i;
            last = i;
            length += line.Length + 1;
            var sentenceEnd = line.Length > 0 && line[^1] is '.' or '!' or '?' or ':' && text.JoinsTo(i) < 0;
            if ((length >= MinChars && sentenceEnd) || length >= MaxChars)
            {
                result.Add(Close(text, first, last));
                first = -1;
                length = 0;
            }
        }
        if (first >= 0) result.Add(Close(text, first, last));
        return result;
    }

    /// <summary>Every <paramref name="every"/>-th passage, starting with the one at 0-based position <paramref name="start"/>.</summary>
    public static List<Passage> Systematic(IReadOnlyList<Passage> passages, int every, int start)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(every, 1);
        var result = new List<Passage>();
        for (var i = start; i < passages.Count; i += every) result.Add(passages[i]);
        return result;
    }

    private static Passage Close(PdfText text, int first, int last) =>
        new(text.LineNumber(first), text.LineNumber(last), text.CleanText(text.LineNumber(first), text.LineNumber(last)));
}
