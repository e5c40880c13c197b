namespace Jeugdhulp.Research.RefiQda;

/// <summary>Precomputed code point ↔ UTF-16 map of one text, so many selections convert in O(1) each.</summary>
internal sealed class CodePointIndex
{
    private readonly string text;
    private readonly int[]? starts; // UTF-16 index of each code point, plus text.Length; null when no surrogate pairs.

    public CodePointIndex(string text)
    {
        this.text = text;
        var length = TextOffsets.CodePointLength(text);
        Length = length;
        if (length != text.Length)
        {
            starts = new int[length + 1];
            var u = 0;
            for (var cp = 0; cp < length; cp++)
            {
                starts[cp] = u;
                u += char.IsHighSurrogate(text[u]) && u + 1 < text.Length && char.IsLowSurrogate(text[u + 1]) ? 2 : 1;
            }
            starts[length] = text.Length;
        }
    }

    /// <summary>Code point length.</summary>
    public int Length { get; }

    public int ToUtf16(int codePoint) => starts is null ? codePoint : starts[codePoint];

    /// <summary>True when code point position p lies between the CR and LF of a CR LF pair.</summary>
    public bool SplitsCrLf(int p)
    {
        if (p <= 0 || p >= Length) return false;
        var u = ToUtf16(p);
        return text[u - 1] == '\r' && text[u] == '\n';
    }

    /// <summary>
    /// Maps positions counted with CR LF as one position to code points: element j is the code point position of
    /// "one-convention" position j. Length of the result is (code points − CR LF pairs) + 1.
    /// </summary>
    public int[] CrLfAsOneToCodePoints()
    {
        var map = new List<int>(Length + 1);
        var cp = 0;
        for (var u = 0; u < text.Length;)
        {
            map.Add(cp);
            if (text[u] == '\r' && u + 1 < text.Length && text[u + 1] == '\n')
            {
                u += 2;
                cp += 2;
            }
            else
            {
                u += char.IsHighSurrogate(text[u]) && u + 1 < text.Length && char.IsLowSurrogate(text[u + 1]) ? 2 : 1;
                cp++;
            }
        }
        map.Add(cp);
        return [.. map];
    }
}
