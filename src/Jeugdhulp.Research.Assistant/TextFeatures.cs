using Lucene.Net.Analysis.Nl;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// The features the model reads: Dutch stems of the words of a text (folded, Lucene's Dutch stop words and numbers
/// left out) and the bigrams of consecutive stems ("gezamen afsprak"). Stems keep the model small and let
/// "afspraak" and "afspraken" count as one word, which matters with few coded segments.
/// </summary>
public static class TextFeatures
{
    private static readonly HashSet<string> StopWords = BuildStopWords();

    /// <summary>The features of <paramref name="text"/> (PDF-extracted text is analysed first: page furniture skipped, hyphenation rejoined).</summary>
    public static List<string> Extract(string text, DutchStems? stems = null)
    {
        stems ??= new DutchStems();
        var result = new List<string>();
        string? previous = null;
        foreach (var token in Tokenizer.Tokens(text))
        {
            var word = token.Text;
            if (word.Length < 2 || StopWords.Contains(word) || word.All(char.IsAsciiDigit)) { previous = null; continue; }
            var stem = stems.Stem(word);
            result.Add(stem);
            if (previous is not null) result.Add(previous + " " + stem);
            previous = stem;
        }
        return result;
    }

    private static HashSet<string> BuildStopWords()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in DutchAnalyzer.DefaultStopSet) set.Add(TextFold.FoldText(word.ToString() ?? ""));
        return set;
    }
}
