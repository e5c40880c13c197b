namespace Jeugdhulp.Research.Coding.Segments;

/// <summary>
/// Converts between the UTF-16 offsets used in memory and files of this library and the Unicode code-point offsets of
/// REFI-QDA. They differ after every character outside the Basic Multilingual Plane (emoji, some CJK), which counts as
/// two UTF-16 code units but one code point; getting this wrong shifts every later selection in a QDA tool.
/// </summary>
public static class TextOffsets
{
    /// <summary>The code-point offset of a UTF-16 offset.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside the text or splits a surrogate pair.</exception>
    public static int ToCodePoints(string text, int utf16Offset)
    {
        CheckBoundary(text, utf16Offset);
        var count = 0;
        for (var i = 0; i < utf16Offset; i++)
            if (!char.IsLowSurrogate(text[i]) || i == 0 || !char.IsHighSurrogate(text[i - 1])) count++;
        return count;
    }

    /// <summary>The UTF-16 offset of a code-point offset.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset is beyond the end of the text.</exception>
    public static int FromCodePoints(string text, int codePointOffset)
    {
        if (codePointOffset < 0) throw new ArgumentOutOfRangeException(nameof(codePointOffset), "Offsets are never negative.");
        var i = 0;
        for (var cp = 0; cp < codePointOffset; cp++)
        {
            if (i >= text.Length) throw new ArgumentOutOfRangeException(nameof(codePointOffset), $"Code point {codePointOffset} is beyond the end of the text ({cp} code points).");
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        }
        return i;
    }

    /// <summary>True when the offset lies within the text and does not fall between the halves of a surrogate pair.</summary>
    public static bool IsBoundary(string text, int utf16Offset) =>
        utf16Offset >= 0 && utf16Offset <= text.Length &&
        !(utf16Offset > 0 && utf16Offset < text.Length && char.IsLowSurrogate(text[utf16Offset]) && char.IsHighSurrogate(text[utf16Offset - 1]));

    private static void CheckBoundary(string text, int offset)
    {
        if (!IsBoundary(text, offset))
            throw new ArgumentOutOfRangeException(nameof(offset), $"UTF-16 offset {offset} is outside the text (length {text.Length}) or splits a character.");
    }
}
