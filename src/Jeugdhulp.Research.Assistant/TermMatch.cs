namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// One occurrence of a lexicon term in a text, with its original line numbers so it can be cited.
/// </summary>
/// <param name="Term">The term that matched.</param>
/// <param name="Start">Offset of the first matched character in the analysed text.</param>
/// <param name="End">Offset one past the last matched character.</param>
/// <param name="StartLine">Original 1-based line of the first matched word.</param>
/// <param name="EndLine">Original 1-based line of the last matched word.</param>
/// <param name="StartWord">0-based index of the first matched word among the text's words.</param>
/// <param name="EndWord">0-based index of the last matched word.</param>
public sealed record TermMatch(LexiconTerm Term, int Start, int End, int StartLine, int EndLine, int StartWord, int EndWord)
{
    /// <summary>The codebook id the term indicates.</summary>
    public string Code => Term.Code;
    /// <summary>"-" for a negated term, else null (the coder decides the value).</summary>
    public string? Value => Term.Negated ? "-" : null;
}
