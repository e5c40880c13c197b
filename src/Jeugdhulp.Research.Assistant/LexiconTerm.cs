using System.Collections.Immutable;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// One search term of a code, parsed, with where it was written so a coder can see why a passage was suggested and
/// fix the term in the file.
/// </summary>
public sealed record LexiconTerm
{
    /// <summary>The codebook id the term indicates.</summary>
    public required string Code { get; init; }
    /// <summary>The term as written.</summary>
    public required string Text { get; init; }
    /// <summary>Phrase, NEAR or before (negation).</summary>
    public required TermKind Kind { get; init; }
    /// <summary>The phrase (for NEAR and before: the first phrase).</summary>
    public required ImmutableArray<LexiconWord> First { get; init; }
    /// <summary>The second phrase of NEAR and before; empty for a phrase.</summary>
    public ImmutableArray<LexiconWord> Second { get; init; } = [];
    /// <summary>Maximum distance in words for NEAR (between the last words) and before (from the end of the first to the start of the second).</summary>
    public int Window { get; init; }
    /// <summary>True for terms listed under <c>negated</c>: a match suggests the code with value "-" and cancels plain matches of the code at the same word.</summary>
    public bool Negated { get; init; }
    /// <summary>What a match adds to a candidate segment's score: 1 for one word, 1.5 for longer phrases and combinations (more specific).</summary>
    public double Weight => Kind == TermKind.Phrase && First.Length == 1 ? 1.0 : 1.5;
    /// <summary>1-based line in the lexicon file.</summary>
    public int Line { get; init; }
    /// <summary>1-based column in the lexicon file.</summary>
    public int Column { get; init; }

    /// <summary>The term as written.</summary>
    public override string ToString() => Text;
}
