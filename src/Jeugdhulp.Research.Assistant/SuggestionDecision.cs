using Jeugdhulp.Research.Coding.Segments;

namespace Jeugdhulp.Research.Assistant;

/// <summary>A coder's decision on one suggestion, kept for the audit trail whether accepted or rejected.</summary>
/// <param name="Suggestion">The suggestion decided on.</param>
/// <param name="Coder">Who decided.</param>
/// <param name="Accepted">True when accepted.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why rejected (or a memo when accepted), optional.</param>
/// <param name="Segment">The coded segment an acceptance produced; null for a rejection.</param>
public sealed record SuggestionDecision(CandidateSegment Suggestion, string Coder, bool Accepted, DateTimeOffset At, string? Reason, CodedSegment? Segment);
