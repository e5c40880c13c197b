namespace Jeugdhulp.Research.Coding.Segments;

/// <summary>
/// Finds a coded segment again after its source was edited (a typo fixed, a paragraph added): first the stored
/// offsets, then the occurrence of the coded text nearest to them if that is unique, otherwise it reports.
/// A coding is never silently moved onto a different passage.
/// </summary>
public static class Reanchoring
{
    /// <summary>Re-anchors the coded <paramref name="quote"/> stored at <paramref name="start"/>..<paramref name="end"/> in <paramref name="text"/>.</summary>
    public static AnchorResult Reanchor(string text, int start, int end, string quote)
    {
        if (start >= 0 && end <= text.Length && start <= end && end - start == quote.Length
            && string.CompareOrdinal(text, start, quote, 0, quote.Length) == 0 && Jeugdhulp.Research.RefiQda.TextOffsets.IsBoundary(text, start) && Jeugdhulp.Research.RefiQda.TextOffsets.IsBoundary(text, end))
            return new AnchorResult(AnchorStatus.Exact, start, end, Occurrences(text, quote).Count);
        if (quote.Length == 0) return new AnchorResult(AnchorStatus.NotFound, start, end, 0);
        var occurrences = Occurrences(text, quote);
        if (occurrences.Count == 0) return new AnchorResult(AnchorStatus.NotFound, start, end, 0);
        var best = occurrences.Min(o => Math.Abs(o - start));
        var nearest = occurrences.Where(o => Math.Abs(o - start) == best).ToList();
        return nearest.Count == 1
            ? new AnchorResult(AnchorStatus.Moved, nearest[0], nearest[0] + quote.Length, occurrences.Count)
            : new AnchorResult(AnchorStatus.Ambiguous, start, end, occurrences.Count);
    }

    private static List<int> Occurrences(string text, string quote)
    {
        var result = new List<int>();
        if (quote.Length == 0) return result;
        for (var i = text.IndexOf(quote, StringComparison.Ordinal); i >= 0; i = text.IndexOf(quote, i + 1, StringComparison.Ordinal))
            result.Add(i);
        return result;
    }
}
