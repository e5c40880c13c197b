namespace Jeugdhulp.Research.Coding.Agreement;

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

    /// <summary>The text with a leading apostrophe when it could be read as a formula; otherwise unchanged.</summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LooksLikeFormula(text) ? "'" + text : text;
    }
}
