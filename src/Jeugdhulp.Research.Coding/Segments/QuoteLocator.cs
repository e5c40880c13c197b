using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Jeugdhulp.Research.Coding.Segments;

/// <summary>Where a quote occurs in a source's text: UTF-16 offsets (end exclusive) and the file line it starts on.</summary>
public sealed record QuoteMatch(int Start, int End, int Line);

/// <summary>
/// Finds a coder's quote in a source text, so nobody has to count UTF-16 offsets by hand: exact, except that any run
/// of whitespace (spaces, tabs, line breaks) in the quote matches any run of whitespace in the text, because a quote
/// copied from a wrapped transcript rarely keeps its line breaks. When the quote is not there, the closest passage
/// is offered, because the usual cause is a typo or a word changed while copying.
/// </summary>
public static class QuoteLocator
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>Every occurrence of <paramref name="quote"/> in <paramref name="text"/>, in text order; the text starts at file line <paramref name="firstLine"/>.</summary>
    public static ImmutableArray<QuoteMatch> Find(string text, string quote, int firstLine = 1)
    {
        var words = Words(quote);
        if (words.Length == 0) return [];
        var pattern = new Regex(string.Join(@"\s+", words.Select(Regex.Escape)), RegexOptions.CultureInvariant, Timeout);
        var result = ImmutableArray.CreateBuilder<QuoteMatch>();
        for (var m = pattern.Match(text); m.Success; m = pattern.Match(text, m.Index + 1))
            result.Add(new QuoteMatch(m.Index, m.Index + m.Length, LineOf(text, m.Index, firstLine)));
        return result.ToImmutable();
    }

    /// <summary>
    /// The passage of <paramref name="text"/> most like <paramref name="quote"/> (same number of words, smallest
    /// edit distance ignoring case), or null for an empty text or quote.
    /// </summary>
    public static QuoteMatch? Closest(string text, string quote, int firstLine = 1)
    {
        var target = string.Join(' ', Words(quote)).ToLowerInvariant();
        if (target.Length == 0) return null;
        var tokens = Regex.Matches(text, @"\S+", RegexOptions.None, Timeout).ToList();
        if (tokens.Count == 0) return null;
        var n = Math.Min(Words(quote).Length, tokens.Count);
        (int Distance, int From, int To)? best = null;
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var candidate = string.Join(' ', tokens.Skip(i).Take(n).Select(t => t.Value)).ToLowerInvariant();
            var distance = Jeugdhulp.Research.Diagnostics.DidYouMean.EditDistance(target, candidate, best?.Distance ?? int.MaxValue);
            if (best is null || distance < best.Value.Distance)
                best = (distance, tokens[i].Index, tokens[i + n - 1].Index + tokens[i + n - 1].Length);
        }
        return best is { } b ? new QuoteMatch(b.From, b.To, LineOf(text, b.From, firstLine)) : null;
    }

    /// <summary>The file line of an offset into a text that starts at <paramref name="firstLine"/>.</summary>
    public static int LineOf(string text, int offset, int firstLine = 1)
    {
        var line = firstLine;
        for (var i = 0; i < offset && i < text.Length; i++) if (text[i] == '\n') line++;
        return line;
    }

    private static string[] Words(string quote) => quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
