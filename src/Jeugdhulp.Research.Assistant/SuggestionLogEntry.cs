using System.Collections.Immutable;
using Jeugdhulp.Research.Coding.Segments;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// One decision on a suggestion as the audit trail (<see cref="SuggestionDecisionsFile"/>) keeps it: what was
/// suggested, by which suggester, who decided what and when, and for an acceptance which coding it became and in which
/// file, so the precision of the suggestions can be recomputed and every assisted coding traced to its suggestion.
/// </summary>
public sealed record SuggestionLogEntry
{
    /// <summary>The source id.</summary>
    public required string Source { get; init; }
    /// <summary>The suggestion's start offset in the source's text.</summary>
    public required long Start { get; init; }
    /// <summary>Its end (exclusive).</summary>
    public required long End { get; init; }
    /// <summary>The suggestion's first line in the source file; null in rows migrated from format 1, which did not record it.</summary>
    public int? StartLine { get; init; }
    /// <summary>Its last line; null like <see cref="StartLine"/>.</summary>
    public int? EndLine { get; init; }
    /// <summary>Which suggester proposed it: <see cref="Assistance.Lexicon"/> or <see cref="Assistance.Model"/>.</summary>
    public required string Origin { get; init; }
    /// <summary>The suggested code.</summary>
    public required string Code { get; init; }
    /// <summary>The suggested value ("-" for a negated term), null when the suggester left it to the coder.</summary>
    public string? Value { get; init; }
    /// <summary>The suggestion's score (lexicon weight, or the model's probability).</summary>
    public required double Score { get; init; }
    /// <summary>The lexicon terms (or model words) behind the suggestion; empty in rows migrated from format 1.</summary>
    public ImmutableArray<string> Terms { get; init; } = [];
    /// <summary>Who decided.</summary>
    public required string Coder { get; init; }
    /// <summary>True when accepted: the coding is in <see cref="CodedFile"/>, marked assisted.</summary>
    public required bool Accepted { get; init; }
    /// <summary>When.</summary>
    public required DateTimeOffset At { get; init; }
    /// <summary>The reason for a rejection, or the memo of an acceptance.</summary>
    public string? Reason { get; init; }
    /// <summary>
    /// For an acceptance: the codings file the assisted coding was written to, relative to the folder of the audit
    /// trail (<c>codings/anna.csv</c> in a project, <c>onderzoeker-geassisteerd.csv</c> beside a review's trail).
    /// </summary>
    public string? CodedFile { get; init; }
    /// <summary>For an acceptance: the code the coder coded (the suggested one or a correction of it).</summary>
    public string? CodedCode { get; init; }
    /// <summary>For an acceptance: the value coded; null when none (or not recorded, in rows migrated from format 1).</summary>
    public string? CodedValue { get; init; }
    /// <summary>For an acceptance: the unit coded; null when none (or not recorded, in rows migrated from format 1).</summary>
    public string? CodedUnit { get; init; }

    /// <summary>
    /// The entry of a <see cref="SuggestionReview"/> decision. An acceptance names <paramref name="codedFile"/>, where its
    /// coding was written; <paramref name="coding"/> is that coding as saved when the caller completed the decision's
    /// <see cref="SuggestionDecision.Segment"/> (unit, demand) before saving it.
    /// </summary>
    /// <exception cref="ArgumentException">An acceptance without the file its coding went to.</exception>
    public static SuggestionLogEntry Of(SuggestionDecision decision, string? codedFile = null, CodedSegment? coding = null)
    {
        var s = decision.Suggestion;
        coding ??= decision.Segment;
        if (decision.Accepted && (coding is null || string.IsNullOrWhiteSpace(codedFile)))
            throw new ArgumentException("An accepted suggestion's entry names the coding it became and the file it was written to.", nameof(codedFile));
        return new SuggestionLogEntry
        {
            Source = coding?.Source ?? s.Source, Start = s.Start, End = s.End, StartLine = s.StartLine, EndLine = s.EndLine,
            Origin = s.Origin, Code = s.Code, Value = s.Value, Score = s.Score, Terms = s.Terms,
            Coder = decision.Coder, Accepted = decision.Accepted, At = decision.At, Reason = decision.Reason,
            CodedFile = decision.Accepted ? codedFile : null,
            CodedCode = decision.Accepted ? coding!.Code : null,
            CodedValue = decision.Accepted ? coding!.Value : null,
            CodedUnit = decision.Accepted ? coding!.Unit : null,
        };
    }
}
