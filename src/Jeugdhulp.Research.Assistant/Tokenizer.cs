namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// Splits analysed PDF text into folded words: page numbers, headers and footers skipped, hyphenated words rejoined
/// (<c>organi-</c> + <c>saties</c> = <c>organisaties</c>), every word keeping its offset and line. One pass, one
/// table lookup per character, no allocation per word.
/// </summary>
public static class Tokenizer
{
    /// <summary>Longest word kept in full; longer runs are cut (no lexicon term is that long).</summary>
    public const int MaxWordLength = 128;

    /// <summary>Feeds every word of <paramref name="text"/> to <paramref name="sink"/>, in order.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Scan<TSink>(PdfText text, ref TSink sink) where TSink : struct, ITokenSink
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        var span = text.Text.Span;
        var length = 0;
        var start = -1;
        var startLine = -1;
        var end = 0;
        var i = 0;
        var from = 0;
        while (i < text.LineCount)
        {
            if (text.Role(i) != LineRole.Text) { i++; from = 0; continue; }
            var lineStart = text.LineStart(i);
            var line = span.Slice(lineStart, text.LineLength(i));
            var join = text.JoinsTo(i);
            var last = join >= 0 ? line.TrimEnd().Length - 1 : line.Length; // a joined line loses its hyphen
            for (var k = from; k < last; k++)
            {
                var f = TextFold.Fold(line[k]);
                if (f > TextFold.Transparent)
                {
                    if (start < 0) { start = lineStart + k; startLine = i; length = 0; }
                    if (length < MaxWordLength) buffer[length++] = f;
                    end = lineStart + k + 1;
                }
                else if (f == TextFold.Separator && start >= 0)
                {
                    sink.Token(buffer[..length], start, end, startLine);
                    start = -1;
                }
            }
            if (join >= 0 && start >= 0)
            {
                // The word goes on at the start of the joined line (lines in between are page furniture or blank).
                i = join;
                var next = span.Slice(text.LineStart(i), text.LineLength(i));
                from = next.Length - next.TrimStart().Length;
                continue;
            }
            if (start >= 0) { sink.Token(buffer[..length], start, end, startLine); start = -1; }
            i++;
            from = 0;
        }
        if (start >= 0) sink.Token(buffer[..length], start, end, startLine);
    }

    /// <summary>The words of <paramref name="text"/> as a list.</summary>
    public static List<Token> Tokens(PdfText text)
    {
        var sink = new ListSink(text, []);
        Scan(text, ref sink);
        return sink.Tokens;
    }

    /// <summary>The words of a plain string (analysed as PDF text whose first line is 1).</summary>
    public static List<Token> Tokens(string text) => Tokens(PdfText.Analyse(text));

    private struct ListSink(PdfText text, List<Token> tokens) : ITokenSink
    {
        public readonly List<Token> Tokens = tokens;

        public readonly void Token(ReadOnlySpan<char> folded, int start, int end, int lineIndex) =>
            Tokens.Add(new Token(folded.ToString(), Tokens.Count, start, end, text.LineNumber(lineIndex)));
    }
}
