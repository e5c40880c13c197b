using System.Text.RegularExpressions;
using Jeugdhulp.Research.Coding.Sources;

namespace Jeugdhulp.Research.Coding.Tests.Support;

/// <summary>
/// The quoted passages of a source built from a seed (lines <c>&gt; passage</c>, each followed by <c>&gt; — r. a-b</c>) and
/// the check that each occurs in the seed at the lines the front matter names, modulo line breaks and hyphenation.
/// </summary>
internal static class SeedPassages
{
    /// <summary>The passages of <paramref name="source"/> with their line ranges, in order.</summary>
    public static IReadOnlyList<(string Text, int From, int To)> Of(SourceDocument source)
    {
        var passages = Regex.Matches(source.Text, @"^> (?!—)(.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Where(t => t.Length > 1).ToList();
        var ranges = source.Lines!.Split(", ").Select(r => r.Split('-').Select(int.Parse).ToArray()).ToList();
        Assert.Equal(ranges.Count, passages.Count);
        return [.. passages.Select((p, i) => (p, ranges[i][0], ranges[i][1]))];
    }

    /// <summary>Asserts that every passage of <paramref name="source"/> is in <paramref name="seed"/> (its lines) at its range.</summary>
    public static void AssertVerbatim(SourceDocument source, string[] seed)
    {
        foreach (var (text, from, to) in Of(source))
        {
            Assert.True(from >= 1 && to <= seed.Length && from <= to, $"{source.Id}: lines {from}-{to} are outside the seed ({seed.Length} lines)");
            Assert.True(IsAt(seed, from, to, text), $"{source.Id}: \"{text}\" is not at lines {from}-{to}");
        }
    }

    /// <summary>True when <paramref name="text"/> occurs within lines <paramref name="from"/>-<paramref name="to"/> of <paramref name="seed"/>.</summary>
    public static bool IsAt(string[] seed, int from, int to, string text) =>
        Normalise(string.Join(" ", seed[(from - 1)..to])).Contains(Normalise(text), StringComparison.Ordinal);

    // Line breaks and hyphenation differ between the PDF's text and a quote; letters, digits and punctuation must not.
    private static string Normalise(string text) => Regex.Replace(text, @"[\s\-]+", "");
}
