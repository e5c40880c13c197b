namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// The manner of steering (Table 3.4) as a single label per passage, the level at which suggestions are measured
/// against hand codes: hiërarchisch, netwerk, markt or geen. Codes below a mode (its dimensions) count for the mode.
/// </summary>
public static class SteeringModes
{
    /// <summary>Label of passages without any manner of steering.</summary>
    public const string None = "geen";

    /// <summary>The labels, in the order ties are broken (the order of Table 3.4).</summary>
    public static readonly IReadOnlyList<string> Labels = ["hierarchisch", "netwerk", "markt", None];

    /// <summary>The codebook id of each mode.</summary>
    public static readonly IReadOnlyDictionary<string, string> Codes = new Dictionary<string, string>
    {
        ["hierarchisch"] = "sturing.hierarchisch",
        ["netwerk"] = "sturing.netwerk",
        ["markt"] = "sturing.markt",
    };

    /// <summary>The mode label of a codebook id (the mode or one of its dimensions), or null.</summary>
    public static string? ModeOf(string code)
    {
        foreach (var (label, id) in Codes)
            if (code == id || code.StartsWith(id + ".", StringComparison.Ordinal)) return label;
        return null;
    }

    /// <summary>
    /// The lexicon's label for a passage: the mode whose matched terms weigh most (ties: Table 3.4 order), or
    /// <see cref="None"/> when no term of any mode weighs at least <paramref name="threshold"/>.
    /// </summary>
    public static string Classify(LexiconMatcher matcher, string passage, double threshold = 1.0)
    {
        var scores = Score(matcher, passage);
        var best = None;
        var bestScore = 0.0;
        foreach (var label in Labels)
            if (label != None && scores.TryGetValue(label, out var s) && s > bestScore) { best = label; bestScore = s; }
        return bestScore >= threshold ? best : None;
    }

    /// <summary>Summed weights of the distinct matched terms per mode label.</summary>
    public static Dictionary<string, double> Score(LexiconMatcher matcher, string passage)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in matcher.Match(PdfText.Analyse(passage)).Select(m => m.Term).Distinct())
            if (ModeOf(term.Code) is { } mode) scores[mode] = scores.GetValueOrDefault(mode) + term.Weight;
        return scores;
    }
}
