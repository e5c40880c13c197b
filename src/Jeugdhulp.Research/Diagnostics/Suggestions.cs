namespace Jeugdhulp.Research.Diagnostics;

/// <summary>
/// "Did you mean ...?" for a name a user mistyped: the closest known names by edit distance (case- and
/// diacritic-insensitive), so an error message points at the fix instead of only listing everything.
/// </summary>
public static class Suggestions
{
    /// <summary>The known names within a small edit distance of <paramref name="written"/>, closest first (at most three).</summary>
    public static IReadOnlyList<string> Closest(string written, IEnumerable<string> known)
    {
        var target = Normalise(written);
        if (target.Length == 0) return [];
        var limit = Math.Max(1, Math.Min(3, target.Length / 3 + 1));
        return known.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(k => (Name: k, Key: Normalise(k)))
            .Select(k => (k.Name, Distance: k.Key.StartsWith(target, StringComparison.Ordinal) && target.Length >= 3 ? 0 : Distance(target, k.Key)))
            .Where(k => k.Distance <= limit)
            .OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal)
            .Take(3).Select(k => k.Name).ToList();
    }

    /// <summary>" Did you mean 'x' or 'y'?" or an empty string.</summary>
    public static string DidYouMean(string written, IEnumerable<string> known)
    {
        var closest = Closest(written, known);
        return closest.Count == 0 ? "" : $" Did you mean {string.Join(" or ", closest.Select(c => $"'{c}'"))}?";
    }

    private static string Normalise(string s)
    {
        var decomposed = s.Trim().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
    }

    /// <summary>Levenshtein distance with two rows.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
