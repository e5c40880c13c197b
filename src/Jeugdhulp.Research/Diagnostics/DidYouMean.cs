namespace Jeugdhulp.Research.Diagnostics;

/// <summary>
/// "Did you mean ...?" for an unknown id: the known ids closest to what was typed, so a typo in a code, value,
/// coder, unit or attribute costs one glance instead of a search through the codebook.
/// </summary>
public static class DidYouMean
{
    /// <summary>
    /// Up to <paramref name="max"/> candidates close to <paramref name="input"/>: within an edit distance of about a
    /// third of its length (at least 2), or whose last dotted part equals it (<c>volgen</c> for <c>reactie.volgen</c>),
    /// nearest first. Case-insensitive.
    /// </summary>
    public static IReadOnlyList<string> Closest(string input, IEnumerable<string> candidates, int max = 3)
    {
        var typed = input.Trim().ToLowerInvariant();
        if (typed.Length == 0) return [];
        var limit = Math.Max(2, typed.Length / 3);
        return [.. candidates.Distinct(StringComparer.Ordinal)
            .Select(c => (Candidate: c, Distance: Distance(typed, c.ToLowerInvariant())))
            .Where(p => p.Distance <= limit)
            .OrderBy(p => p.Distance).ThenBy(p => p.Candidate, StringComparer.Ordinal)
            .Take(max).Select(p => p.Candidate)];
    }

    /// <summary>" Did you mean 'x' or 'y'?" (with a leading space), or empty when nothing is close.</summary>
    public static string Hint(string input, IEnumerable<string> candidates)
    {
        var close = Closest(input, candidates);
        return close.Count == 0 ? "" : $" Did you mean {string.Join(" or ", close.Select(c => $"'{c}'"))}?";
    }

    /// <summary>Edit distance, where matching the last dotted part of the candidate counts as a near miss.</summary>
    private static int Distance(string typed, string candidate)
    {
        var full = EditDistance(typed, candidate);
        var dot = candidate.LastIndexOf('.');
        if (dot < 0 || typed.Contains('.')) return full;
        return Math.Min(full, EditDistance(typed, candidate[(dot + 1)..]));
    }

    /// <summary>
    /// Levenshtein distance of <paramref name="a"/> and <paramref name="b"/>; stops early and returns
    /// <see cref="int.MaxValue"/> once the distance must exceed <paramref name="bound"/> (for searching the closest of many).
    /// </summary>
    public static int EditDistance(string a, string b, int bound = int.MaxValue)
    {
        if (Math.Abs(a.Length - b.Length) > bound) return int.MaxValue;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > bound) return int.MaxValue;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
