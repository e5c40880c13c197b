namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// One word of a lexicon term. A plain word matches every word with the same Dutch stem ("regels" finds "regel");
/// a word written with a trailing <c>*</c> matches every word that starts with it ("afdwing*" finds "afdwingbaar").
/// </summary>
/// <param name="Text">The folded word (lower case, no diacritics), without the <c>*</c>.</param>
/// <param name="IsPrefix">True for a wildcard word.</param>
/// <param name="Stem">The stem plain words are compared by; null for wildcard words.</param>
public sealed record LexiconWord(string Text, bool IsPrefix, string? Stem)
{
    /// <summary>True when the folded text word <paramref name="word"/> matches, given its stem.</summary>
    public bool Matches(string word, string stem) => IsPrefix ? word.StartsWith(Text, StringComparison.Ordinal) : stem == Stem;

    /// <summary>As written in a lexicon.</summary>
    public override string ToString() => IsPrefix ? Text + "*" : Text;
}
