using System.Globalization;
using System.Text;

namespace Jeugdhulp.Research.Privacy;

/// <summary>
/// Folds characters for name matching: lower case, diacritics removed (é → e, ï → i), typographic apostrophes to
/// <c>'</c>. One character in, one out, so positions in the folded view are positions in the original text.
/// </summary>
internal static class TextFolding
{
    private static readonly Lazy<char[]> Table = new(Build);

    public static char Fold(char c) => Table.Value[c];

    /// <summary>Letters and digits make words; everything else separates them.</summary>
    public static bool IsWordChar(char folded) => char.IsLetterOrDigit(folded);

    /// <summary>Invisible characters a name may be split by to hide it (soft hyphen, zero-width space/joiners, BOM).</summary>
    public static bool IsIgnorable(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>A combining mark (the diaeresis of a decomposed "ë"): skipped after a letter when matching.</summary>
    public static bool IsCombining(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    public static string Fold(string s)
    {
        var chars = new char[s.Length];
        for (var i = 0; i < s.Length; i++) chars[i] = Fold(s[i]);
        return new string(chars);
    }

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = c;
            if (char.IsSurrogate(c) || c < 'A') continue;
            if (c is '\u2018' or '\u2019' or '\u02BC' or '`' or '\u00B4') { table[i] = '\''; continue; }
            if (c is '\u2010' or '\u2011' or '\u2012' or '\u2013') { table[i] = '-'; continue; }
            string decomposed;
            try { decomposed = c.ToString().Normalize(NormalizationForm.FormKD); }
            catch (ArgumentException) { continue; }
            foreach (var d in decomposed)
                if (CharUnicodeInfo.GetUnicodeCategory(d) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
                {
                    table[i] = char.ToLowerInvariant(d);
                    break;
                }
            if (table[i] == c) table[i] = char.ToLowerInvariant(c);
        }
        return table;
    }
}
