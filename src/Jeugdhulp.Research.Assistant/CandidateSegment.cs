using System.Collections.Immutable;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// A passage suggested for a code: a sentence window around one or more lexicon matches, with its score and the terms
/// that matched, so a coder can judge it quickly and cite it by line. A suggestion only: nothing is coded until a
/// coder accepts it (<see cref="SuggestionReview"/>).
/// </summary>
public sealed record CandidateSegment
{
    /// <summary>The source (file path as listed, or source id).</summary>
    public required string Source { get; init; }
    /// <summary>UTF-16 offset of the window's first character in the source's text.</summary>
    public required long Start { get; init; }
    /// <summary>UTF-16 offset one past the window's last character.</summary>
    public required long End { get; init; }
    /// <summary>Original 1-based first line.</summary>
    public required int StartLine { get; init; }
    /// <summary>Original 1-based last line.</summary>
    public required int EndLine { get; init; }
    /// <summary>The suggested codebook id.</summary>
    public required string Code { get; init; }
    /// <summary>"-" when every match was a negated term, else null (the coder sets the value).</summary>
    public string? Value { get; init; }
    /// <summary>Sum of the weights of the distinct matched terms, plus a quarter per repeated match.</summary>
    public required double Score { get; init; }
    /// <summary>The distinct terms that matched, as written in the lexicon, in order of first match.</summary>
    public required ImmutableArray<string> Terms { get; init; }
    /// <summary>The window's readable text (page furniture left out, hyphenation rejoined).</summary>
    public required string Text { get; init; }
    /// <summary>Where the suggestion came from: "lexicon" or "model".</summary>
    public string Origin { get; init; } = "lexicon";
}
