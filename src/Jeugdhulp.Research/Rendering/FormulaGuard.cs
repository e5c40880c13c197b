namespace Jeugdhulp.Research.Rendering;

/// <summary>
/// Neutralises spreadsheet formula injection in free-text cells (quotes from transcripts) before they are exported to
/// CSV or xlsx: a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c> (or a tab or carriage return, which some
/// spreadsheet programs skip before such a character) gets a leading apostrophe, so a quote like
/// <c>=HYPERLINK(...)</c> is shown as text instead of being run when a colleague opens the file.
/// </summary>
/// <remarks>
/// Apply it only to free text. Codebook values such as <c>+</c>, <c>-</c> and <c>+/-</c> are data and must stay exactly
/// as they are, or the exported table no longer matches the codebook.
/// </remarks>
public static class FormulaGuard
{
    private const string Triggers = "=+-@\t\r";

    /// <summary>True when a spreadsheet could read <paramref name="text"/> as a formula.</summary>
    public static bool LooksLikeFormula(string? text) => !string.IsNullOrEmpty(text) && Triggers.Contains(text[0], StringComparison.Ordinal);

    /// <summary>The codebook's plus/minus values and labels: data that starts with a trigger character but is no formula.</summary>
    public static readonly IReadOnlySet<string> PlusMinusValues = new HashSet<string>(StringComparer.Ordinal) { "+", "-", "+/-", "+/- (gemengd)" };

    /// <summary>
    /// For a cell of any table: neutralises text that could run as a formula, but keeps numbers (<c>-3</c>, <c>+0.5</c>)
    /// and the codebook's plus/minus values, which are data. Every CSV the toolkit writes goes through this.
    /// </summary>
    public static string ForSpreadsheet(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!LooksLikeFormula(text) || PlusMinusValues.Contains(text)) return text;
        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) ? text : "'" + text;
    }

    /// <summary>The text with a leading apostrophe when it could be read as a formula; otherwise unchanged.</summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LooksLikeFormula(text) ? "'" + text : text;
    }
}
