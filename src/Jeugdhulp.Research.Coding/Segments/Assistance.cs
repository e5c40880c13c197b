using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Jeugdhulp.Research.Coding.Segments;

/// <summary>
/// Marks a coding that a coder made by accepting a suggestion of the coding assistant: which suggester proposed it and
/// with what score. Kept on the coding itself (not in the memo) so reliability and audit can set assisted codings apart
/// without parsing free text, and so the coder's own memo stays the coder's.
/// </summary>
/// <param name="By">The suggester: <see cref="Lexicon"/> or <see cref="Model"/> (lower-case letters and '-').</param>
/// <param name="Score">The suggestion's score: summed term weights for the lexicon, the posterior probability for the model.</param>
public sealed record Assistance(string By, double Score)
{
    /// <summary>Suggested by the indicator lexicon.</summary>
    public const string Lexicon = "lexicon";
    /// <summary>Suggested by the model trained on coded segments.</summary>
    public const string Model = "model";

    /// <summary>The written form, <c>by:score</c> (e.g. <c>lexicon:2.5</c>), as in the CSV column and the REFI-QDA tag; the score round-trips exactly.</summary>
    public override string ToString() => By + ":" + Score.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Reads the written form <c>by:score</c>; false when it is not one.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Assistance? assistance)
    {
        assistance = null;
        if (text is null) return false;
        var colon = text.IndexOf(':');
        if (colon <= 0) return false;
        var by = text[..colon];
        if (!by.All(c => c is (>= 'a' and <= 'z') or '-')) return false;
        if (!double.TryParse(text[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var score) || !double.IsFinite(score)) return false;
        assistance = new Assistance(by, score);
        return true;
    }
}
