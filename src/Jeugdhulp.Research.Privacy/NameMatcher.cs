namespace Jeugdhulp.Research.Privacy;

/// <summary>A real name found in a text: where (UTF-16 offsets, end exclusive) and which key entry.</summary>
internal readonly record struct NameMatch(int Start, int End, KeyEntry Entry);

/// <summary>
/// Finds the key's real names in a text: case- and diacritic-insensitive, whole words only, the longest name first
/// at each position, and also when the text splits a name across a line break ("Zuid-\nstad", "Zuid\nstad") or
/// with invisible characters. A space in a name matches any run of spaces, line breaks, hyphens or underscores
/// ("De Wilg", "De\nWilg", "de-wilg" in an id); a hyphen in a name matches a hyphen, such a run, or nothing.
/// </summary>
internal sealed class NameMatcher
{
    private enum Kind : byte { Literal, Space, Hyphen }
    private readonly record struct Element(Kind Kind, char Char);
    private sealed record Pattern(KeyEntry Entry, Element[] Elements);

    private readonly Dictionary<char, Pattern[]> _byFirst;

    public NameMatcher(IEnumerable<KeyEntry> entries)
    {
        _byFirst = entries
            .Select(e => new Pattern(e, Compile(e.Name)))
            .Where(p => p.Elements.Length > 0 && p.Elements[0].Kind == Kind.Literal)
            .GroupBy(p => p.Elements[0].Char)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Elements.Length).ThenByDescending(p => p.Entry.Name.Length)
                .ThenBy(p => p.Entry.Name, StringComparer.Ordinal).ToArray());
    }

    private static Element[] Compile(string name)
    {
        var elements = new List<Element>();
        foreach (var raw in name.Trim())
        {
            var c = TextFolding.Fold(raw);
            if (TextFolding.IsIgnorable(raw) || TextFolding.IsCombining(raw)) continue;
            if (char.IsWhiteSpace(c) || c == '_')
            {
                if (elements.Count > 0 && elements[^1].Kind == Kind.Space) continue;
                if (elements.Count > 0 && elements[^1].Kind == Kind.Hyphen) { elements[^1] = new Element(Kind.Space, ' '); continue; }
                elements.Add(new Element(Kind.Space, ' '));
            }
            else if (c == '-')
            {
                if (elements.Count > 0 && elements[^1].Kind != Kind.Literal) continue;
                elements.Add(new Element(Kind.Hyphen, '-'));
            }
            else elements.Add(new Element(Kind.Literal, c));
        }
        while (elements.Count > 0 && elements[^1].Kind != Kind.Literal) elements.RemoveAt(elements.Count - 1);
        return [.. elements];
    }

    /// <summary>Every name in <paramref name="text"/>, left to right, not overlapping.</summary>
    public List<NameMatch> FindAll(string text)
    {
        var result = new List<NameMatch>();
        var i = 0;
        while (i < text.Length)
        {
            var c = TextFolding.Fold(text[i]);
            if (_byFirst.TryGetValue(c, out var patterns) && AtWordStart(text, i))
            {
                NameMatch? found = null;
                foreach (var p in patterns)
                    if (TryMatch(text, i, p.Elements) is { } end) { found = new NameMatch(i, end, p.Entry); break; }
                if (found is { } m) { result.Add(m); i = m.End; continue; }
            }
            i++;
        }
        return result;
    }

    private static bool AtWordStart(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && TextFolding.IsIgnorable(text[j])) j--;
        return j < 0 || !TextFolding.IsWordChar(TextFolding.Fold(text[j]));
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '-' or '_' || TextFolding.IsIgnorable(c) || TextFolding.Fold(c) == '-';

    /// <summary>The end of the match of <paramref name="elements"/> at <paramref name="start"/>, or null.</summary>
    private static int? TryMatch(string text, int start, Element[] elements)
    {
        var j = start;
        for (var k = 0; k < elements.Length; k++)
        {
            var e = elements[k];
            switch (e.Kind)
            {
                case Kind.Space:
                {
                    var from = j;
                    while (j < text.Length && IsSeparator(text[j])) j++;
                    if (j == from) return null;
                    break;
                }
                case Kind.Hyphen:
                    while (j < text.Length && IsSeparator(text[j])) j++;
                    break;
                default:
                {
                    if (j < text.Length && TextFolding.Fold(text[j]) == e.Char) { j = SkipCombining(text, j + 1); break; }
                    // Between two characters of a word: a line break (after an optional hyphen) or invisible characters.
                    if (k == 0 || elements[k - 1].Kind != Kind.Literal) return null;
                    var next = SkipJoin(text, j);
                    if (next == j || next >= text.Length || TextFolding.Fold(text[next]) != e.Char) return null;
                    j = SkipCombining(text, next + 1);
                    break;
                }
            }
        }
        var after = j;
        while (after < text.Length && TextFolding.IsIgnorable(text[after])) after++;
        return after < text.Length && TextFolding.IsWordChar(TextFolding.Fold(text[after])) ? null : j;
    }

    private static int SkipCombining(string text, int j)
    {
        while (j < text.Length && TextFolding.IsCombining(text[j])) j++;
        return j;
    }

    /// <summary>Skips a word split: invisible characters, or an optional hyphen, a line break and the next line's indentation.</summary>
    private static int SkipJoin(string text, int j)
    {
        var k = j;
        while (k < text.Length && TextFolding.IsIgnorable(text[k])) k++;
        var afterInvisible = k;
        if (k < text.Length && TextFolding.Fold(text[k]) == '-') k++;
        while (k < text.Length && text[k] is ' ' or '\t') k++;
        if (k < text.Length && text[k] == '\r') k++;
        if (k < text.Length && text[k] == '\n')
        {
            k++;
            while (k < text.Length && (text[k] is ' ' or '\t' or '>' || TextFolding.IsIgnorable(text[k]))) k++;
            return k;
        }
        return afterInvisible;
    }
}
