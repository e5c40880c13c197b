namespace Jeugdhulp.Research.Assistant;

/// <summary>One word of a text, folded, with where it stands: for the model, the tests and anything that wants a list.</summary>
/// <param name="Text">Folded form (lower case, no diacritics, hyphenation rejoined).</param>
/// <param name="Index">0-based position among the words of the text.</param>
/// <param name="Start">Offset of its first character in the text.</param>
/// <param name="End">Offset one past its last character.</param>
/// <param name="Line">Original 1-based line number of its first character.</param>
public readonly record struct Token(string Text, int Index, int Start, int End, int Line);
