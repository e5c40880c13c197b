using System.Globalization;
using System.Text;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// Case and diacritic folding for matching Dutch text, so that "Hiërarchisch", "hierarchisch" and "HIËRARCHISCH" are
/// the same word: one table lookup per character, because the lexicon pass touches every character of a corpus.
/// </summary>
public static class TextFold
{
    /// <summary>Table value for characters that separate words (spaces, punctuation, hyphens).</summary>
    public const char Separator = '\0';

    /// <summary>Table value for characters that vanish inside a word (soft hyphen, zero-width joiners).</summary>
    public const char Transparent = '\u0001';

    private static readonly char[] Table = Build();

    /// <summary>The folded form of <paramref name="c"/>: a lower-case letter or digit without diacritics, <see cref="Separator"/> or <see cref="Transparent"/>.</summary>
    public static char Fold(char c) => Table[c];

    /// <summary>Folds a whole string: word characters folded, every run of separators becomes one space, trimmed.</summary>
    public static string FoldText(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            var f = Table[c];
            if (f == Transparent) continue;
            if (f == Separator) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(f);
        }
        return sb.ToString();
    }

    /// <summary>True when <paramref name="c"/> folds to a word character.</summary>
    public static bool IsWordChar(char c) => Table[c] > Transparent;

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c)) { table[i] = Separator; continue; }
            if (c is '\u00AD' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF') { table[i] = Transparent; continue; }
            if (!char.IsLetterOrDigit(c)) { table[i] = Separator; continue; }
            if (c < 128) { table[i] = char.ToLowerInvariant(c); continue; }
            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            var baseChar = decomposed.Length > 0 ? decomposed[0] : lower;
            table[i] = CharUnicodeInfo.GetUnicodeCategory(baseChar) is UnicodeCategory.LowercaseLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.OtherLetter
                ? baseChar : lower;
            if (c == 'ß') table[i] = 's';
            if (c is 'æ' or 'Æ') table[i] = 'a';
            if (c is 'ø' or 'Ø') table[i] = 'o';
            if (table[i] <= Transparent) table[i] = lower;
        }
        return table;
    }
}
