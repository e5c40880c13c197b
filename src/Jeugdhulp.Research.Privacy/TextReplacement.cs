using System.Text;

namespace Jeugdhulp.Research.Privacy;

/// <summary>One name replaced: where it was in the original text and where its pseudonym is in the new text.</summary>
/// <param name="OriginalStart">First UTF-16 unit of the real name in the original text.</param>
/// <param name="OriginalEnd">One past its last unit.</param>
/// <param name="NewStart">First unit of the pseudonym in the new text.</param>
/// <param name="NewEnd">One past its last unit.</param>
/// <param name="Entry">The key entry that matched.</param>
public sealed record Replacement(int OriginalStart, int OriginalEnd, int NewStart, int NewEnd, KeyEntry Entry);

/// <summary>
/// A text with its names replaced, and the map from old offsets to new ones: a pseudonym of another length than the
/// name shifts every later offset, and coded segments must keep pointing at the same words.
/// </summary>
public sealed class PseudonymisedText
{
    internal PseudonymisedText(string original, string text, IReadOnlyList<Replacement> replacements)
    {
        Original = original;
        Text = text;
        Replacements = replacements;
    }

    /// <summary>The text before.</summary>
    public string Original { get; }
    /// <summary>The text after.</summary>
    public string Text { get; }
    /// <summary>The replacements, in text order.</summary>
    public IReadOnlyList<Replacement> Replacements { get; }

    /// <summary>
    /// Maps a segment start: an offset inside a replaced name moves to the pseudonym's start, so a segment never
    /// begins in the middle of a pseudonym (and never keeps half a real name).
    /// </summary>
    public int MapStart(int offset) => Map(offset, start: true);

    /// <summary>Maps a segment end (exclusive): an offset inside a replaced name moves to the pseudonym's end.</summary>
    public int MapEnd(int offset) => Map(offset, start: false);

    private int Map(int offset, bool start)
    {
        var delta = 0;
        foreach (var r in Replacements)
        {
            if (offset <= r.OriginalStart) break;
            if (offset < r.OriginalEnd) return start ? r.NewStart : r.NewEnd;
            delta = r.NewEnd - r.OriginalEnd;
        }
        return offset + delta;
    }
}

/// <summary>Applies a <see cref="PseudonymKey"/> to text.</summary>
public static class Pseudonymiser
{
    /// <summary>Replaces every real name of the key in <paramref name="text"/> by its pseudonym.</summary>
    public static PseudonymisedText Apply(string text, PseudonymKey key) => Apply(text, key, slug: false);

    /// <summary>
    /// Replaces names inside an identifier or file name (<c>kustwijk.eikenhof</c>, <c>de-wilg</c>) by the pseudonym
    /// written as an id: lower case, without diacritics, spaces as hyphens (<c>gemeente-a.aanbieder-1</c>).
    /// </summary>
    public static string ApplyToId(string id, PseudonymKey key) => Apply(id, key, slug: true).Text;

    /// <summary>A pseudonym written as an id.</summary>
    public static string Slug(string pseudonym)
    {
        var b = new StringBuilder();
        foreach (var raw in pseudonym)
        {
            var c = TextFolding.Fold(raw);
            if (TextFolding.IsWordChar(c) && c < 128) b.Append(c);
            else if (b.Length > 0 && b[^1] != '-') b.Append('-');
        }
        return b.ToString().Trim('-');
    }

    private static PseudonymisedText Apply(string text, PseudonymKey key, bool slug)
    {
        var matches = key.Matcher.FindAll(text);
        if (matches.Count == 0) return new PseudonymisedText(text, text, []);
        var b = new StringBuilder(text.Length + 16 * matches.Count);
        var replacements = new List<Replacement>(matches.Count);
        var last = 0;
        foreach (var m in matches)
        {
            b.Append(text, last, m.Start - last);
            var newStart = b.Length;
            b.Append(slug ? Slug(m.Entry.Pseudonym) : m.Entry.Pseudonym);
            replacements.Add(new Replacement(m.Start, m.End, newStart, b.Length, m.Entry));
            last = m.End;
        }
        b.Append(text, last, text.Length - last);
        return new PseudonymisedText(text, b.ToString(), replacements);
    }
}
