using System.Collections.Immutable;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// An indicator lexicon: Dutch search terms per codebook id, a companion file of a codebook
/// (<c>codebooks/*.lexicon.yaml</c>, loaded by <see cref="LexiconLoader"/>). Kept beside the codebook rather than in it
/// so researchers can tune search terms without touching the codebook's version.
/// </summary>
public sealed class Lexicon
{
    /// <summary>Creates a lexicon from parsed entries.</summary>
    public Lexicon(string codebookId, int window, IEnumerable<LexiconEntry> entries, string file = "")
    {
        CodebookId = codebookId;
        Window = window;
        Entries = [.. entries];
        File = file;
        Terms = [.. Entries.SelectMany(e => e.Terms)];
    }

    /// <summary>The codebook the ids belong to.</summary>
    public string CodebookId { get; }
    /// <summary>Default window in words for NEAR and before.</summary>
    public int Window { get; }
    /// <summary>Entries in file order.</summary>
    public ImmutableArray<LexiconEntry> Entries { get; }
    /// <summary>All terms, in file order.</summary>
    public ImmutableArray<LexiconTerm> Terms { get; }
    /// <summary>The file it was read from, if any.</summary>
    public string File { get; }

    /// <summary>The entry of <paramref name="code"/>, or null.</summary>
    public LexiconEntry? Find(string code) => Entries.FirstOrDefault(e => e.Code == code);

    /// <summary>A lexicon with only the entries whose code is one of <paramref name="codes"/> or a descendant (id prefix <c>code.</c>).</summary>
    public Lexicon Restrict(IReadOnlyCollection<string> codes) =>
        new(CodebookId, Window, Entries.Where(e => codes.Any(c => e.Code == c || e.Code.StartsWith(c + ".", StringComparison.Ordinal))), File);

    /// <summary>
    /// Every distinct word of every term as a literal (wildcards without the <c>*</c>), e.g. for a <c>grep -F -f</c>
    /// baseline. Stemmed words are given as written, so the literal list finds fewer inflections than the lexicon.
    /// </summary>
    public IReadOnlyList<string> LiteralWords() =>
        [.. Terms.SelectMany(t => t.First.Concat(t.Second)).Select(w => w.Text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Every phrase of every term as one literal (words joined by a space, cut after the first wildcard, without the
    /// <c>*</c>): the fair <c>grep -F -f</c> baseline for a phrase search. <see cref="LiteralWords"/> breaks phrases
    /// such as "via het wijkteam" into words, and a word like "het" then makes grep hit almost every line.
    /// </summary>
    public IReadOnlyList<string> LiteralPhrases() =>
        [.. Terms.SelectMany(t => t.Second.IsDefaultOrEmpty ? [t.First] : new[] { t.First, t.Second })
            .Select(phrase => string.Join(' ', phrase.Take(phrase.TakeWhile(w => !w.IsPrefix).Count() + 1).Select(w => w.Text)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
