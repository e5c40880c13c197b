namespace Jeugdhulp.Research.Assistant;

/// <summary>Receives the words of a text one by one (implemented by structs so the tokenizer loop is inlined).</summary>
public interface ITokenSink
{
    /// <summary>
    /// One word: <paramref name="folded"/> is its folded form (valid only during the call); <paramref name="start"/> and
    /// <paramref name="end"/> are offsets into the text (end exclusive; for a word hyphenated across lines, end is on the
    /// later line); <paramref name="lineIndex"/> is the 0-based line of its first character.
    /// </summary>
    void Token(ReadOnlySpan<char> folded, int start, int end, int lineIndex);
}
