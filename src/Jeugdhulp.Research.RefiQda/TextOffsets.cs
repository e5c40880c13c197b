namespace Jeugdhulp.Research.RefiQda;

/// <summary>
/// Converts between the two position units in play. REFI-QDA positions (<see cref="QdaPlainTextSelection"/>)
/// count <b>Unicode code points</b> from 0; .NET string indices count <b>UTF-16 code units</b>, where a
/// character outside the BMP (an emoji) takes two. CR LF counts as two code points. An unpaired surrogate counts
/// as one code point. End positions are exclusive, so the valid range of a position is 0..length inclusive.
/// </summary>
public static class TextOffsets
{
    /// <summary>Number of code points in <paramref name="text"/> (the largest valid REFI-QDA position).</summary>
    public static int CodePointLength(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        for (var i = 0; i < text.Length; i++, count++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }
        return count;
    }

    /// <summary>
    /// UTF-16 index (for <see cref="string.Substring(int)"/>) of code point position <paramref name="codePoint"/>.
    /// </summary>
    /// <param name="text">The source text.</param>
    /// <param name="codePoint">A REFI-QDA position in code points, 0..<see cref="CodePointLength"/>.</param>
    /// <returns>The UTF-16 code unit index, 0..text.Length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The position is negative or beyond the end of the text.</exception>
    public static int CodePointToUtf16(string text, int codePoint)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(codePoint);
        var u = 0;
        for (var cp = 0; cp < codePoint; cp++)
        {
            if (u >= text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(codePoint), codePoint, $"Position is beyond the end of the text ({CodePointLength(text)} code points).");
            }
            u += char.IsHighSurrogate(text[u]) && u + 1 < text.Length && char.IsLowSurrogate(text[u + 1]) ? 2 : 1;
        }
        return u;
    }

    /// <summary>
    /// Code point position (REFI-QDA unit) of UTF-16 index <paramref name="utf16Index"/>.
    /// </summary>
    /// <param name="text">The source text.</param>
    /// <param name="utf16Index">A .NET string index in UTF-16 code units, 0..text.Length.</param>
    /// <returns>The number of code points before that index.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside 0..text.Length.</exception>
    /// <exception cref="ArgumentException">The index falls between the two halves of a surrogate pair.</exception>
    public static int Utf16ToCodePoint(string text, int utf16Index)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(utf16Index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(utf16Index, text.Length);
        if (utf16Index > 0 && utf16Index < text.Length && char.IsHighSurrogate(text[utf16Index - 1]) && char.IsLowSurrogate(text[utf16Index]))
        {
            throw new ArgumentException($"UTF-16 index {utf16Index} splits a surrogate pair.", nameof(utf16Index));
        }
        var cp = 0;
        for (var u = 0; u < utf16Index; cp++)
        {
            u += char.IsHighSurrogate(text[u]) && u + 1 < text.Length && char.IsLowSurrogate(text[u + 1]) ? 2 : 1;
        }
        return cp;
    }

    /// <summary>The text between two code point positions (start inclusive, end exclusive), as REFI-QDA selects it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A position is outside the text or start is after end.</exception>
    public static string Slice(string text, int startCodePoint, int endCodePoint)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startCodePoint, endCodePoint);
        var start = CodePointToUtf16(text, startCodePoint);
        var end = CodePointToUtf16(text, endCodePoint);
        return text[start..end];
    }

    /// <summary>True when the UTF-16 index lies within the text and does not fall between the halves of a surrogate pair.</summary>
    public static bool IsBoundary(string text, int utf16Index)
    {
        ArgumentNullException.ThrowIfNull(text);
        return utf16Index >= 0 && utf16Index <= text.Length &&
            !(utf16Index > 0 && utf16Index < text.Length && char.IsLowSurrogate(text[utf16Index]) && char.IsHighSurrogate(text[utf16Index - 1]));
    }

    /// <summary>
    /// The text with CR LF and lone CR turned into LF (as coding projects keep it), and for every code-point position
    /// of the original (0..<see cref="CodePointLength"/>) the UTF-16 index in that text. A position inside a CR LF
    /// maps to its LF, so a selection keeps exactly the characters it covered.
    /// </summary>
    public static (string Text, int[] CodePointToUtf16) ToLineFeeds(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var map = new List<int>(original.Length + 1);
        var b = new System.Text.StringBuilder(original.Length);
        for (var i = 0; i < original.Length; i++)
        {
            map.Add(b.Length);
            var c = original[i];
            if (c == '\r')
            {
                b.Append('\n');
                if (i + 1 < original.Length && original[i + 1] == '\n')
                {
                    i++;
                    map.Add(b.Length - 1);
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]))
            {
                b.Append(c).Append(original[++i]);
            }
            else
            {
                b.Append(c);
            }
        }
        map.Add(b.Length);
        return (b.ToString(), [.. map]);
    }
}
