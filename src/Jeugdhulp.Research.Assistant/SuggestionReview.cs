using Jeugdhulp.Research.Coding.Segments;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// Where suggestions become codings: only through a coder's explicit accept. An accepted suggestion becomes an
/// ordinary <see cref="CodedSegment"/> of that coder, marked as assisted (<see cref="CodedSegment.Assisted"/>: by the
/// lexicon or the model, with the suggestion's score), which the coding CSV and the REFI-QDA export keep, so
/// reliability and audit can tell assisted codings apart. Rejections are recorded too, with the coder, so the precision
/// of the suggestions can be measured later.
/// </summary>
public sealed class SuggestionReview(IReadOnlyCollection<string>? knownCoders = null, TimeProvider? clock = null)
{
    private readonly List<SuggestionDecision> _decisions = [];
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Every decision, in order.</summary>
    public IReadOnlyList<SuggestionDecision> Decisions => _decisions;

    /// <summary>The codings produced by acceptances, in order.</summary>
    public IEnumerable<CodedSegment> AcceptedSegments => _decisions.Where(d => d.Segment is not null).Select(d => d.Segment!);

    /// <summary>True when <paramref name="segment"/> came from an accepted suggestion.</summary>
    public static bool IsAssisted(CodedSegment segment) => segment.Assisted is not null;

    /// <summary>
    /// Accepts <paramref name="suggestion"/> for <paramref name="coder"/>. <paramref name="sourceText"/> is the text the
    /// suggestion's offsets refer to (the coded text is copied from it so the coding can be re-anchored later);
    /// <paramref name="sourceId"/> defaults to the suggestion's source; <paramref name="value"/> and
    /// <paramref name="code"/> let the coder correct what was suggested; <paramref name="unit"/> names the unit where
    /// the source is about more than one.
    /// </summary>
    /// <exception cref="ArgumentException">Unknown coder, or offsets outside the text.</exception>
    public CodedSegment Accept(CandidateSegment suggestion, string coder, string sourceText, string? sourceId = null,
        string? code = null, string? value = null, string? memo = null, string? unit = null)
    {
        CheckCoder(coder);
        if (suggestion.Start < 0 || suggestion.End > sourceText.Length || suggestion.End <= suggestion.Start)
            throw new ArgumentException($"The suggestion ({suggestion.Start}-{suggestion.End}) does not lie within the source text ({sourceText.Length} characters).", nameof(sourceText));
        var start = (int)suggestion.Start;
        var end = (int)suggestion.End;
        var at = _clock.GetUtcNow();
        var segment = new CodedSegment(sourceId ?? suggestion.Source, start, end, sourceText[start..end], code ?? suggestion.Code, value ?? suggestion.Value, coder)
        {
            Unit = unit,
            Memo = memo,
            Timestamp = at,
            Assisted = new Assistance(suggestion.Origin, suggestion.Score),
        };
        _decisions.Add(new SuggestionDecision(suggestion, coder, true, at, memo, segment));
        return segment;
    }

    /// <summary>Rejects <paramref name="suggestion"/>; nothing is coded, the decision is recorded.</summary>
    public SuggestionDecision Reject(CandidateSegment suggestion, string coder, string? reason = null)
    {
        CheckCoder(coder);
        var decision = new SuggestionDecision(suggestion, coder, false, _clock.GetUtcNow(), reason, null);
        _decisions.Add(decision);
        return decision;
    }

    /// <summary>
    /// Decides every suggestion as <paramref name="coder"/> whose judgment is <paramref name="final"/>, a finished coding
    /// of the same sources: a suggestion that matches a final coding (<see cref="SuggestionEvaluation.Matches"/>) is
    /// accepted with that coding's code, value and unit (the first such coding in text order), every other suggestion
    /// is rejected with the reason. So the precision of the suggestions is the share accepted, and the accepted
    /// codings carry the assisted flag like any other acceptance.
    /// </summary>
    /// <param name="suggestions">The suggestions, decided in this order.</param>
    /// <param name="coder">Who decides.</param>
    /// <param name="final">The final coding the coder decides by.</param>
    /// <param name="sourceText">The text of a source by id (the coordinates of the suggestions and of <paramref name="final"/>).</param>
    public void DecideBy(IEnumerable<CandidateSegment> suggestions, string coder, IReadOnlyList<CodedSegment> final, Func<string, string> sourceText)
    {
        var ordered = final.OrderBy(c => c.Source, StringComparer.Ordinal).ThenBy(c => c.Start).ThenBy(c => c.End).ToList();
        foreach (var suggestion in suggestions)
        {
            if (ordered.FirstOrDefault(c => SuggestionEvaluation.Matches(suggestion, c)) is { } match)
                Accept(suggestion, coder, sourceText(suggestion.Source), code: match.Code, value: match.Value, unit: match.Unit,
                    memo: $"komt overeen met de eindcodering {match.Code}{(match.Value is null ? "" : "=" + match.Value)} @{match.Start}-{match.End} van {match.Coder}");
            else
                Reject(suggestion, coder, "geen eindcodering van deze code (of een subcode) die deze passage overlapt");
        }
    }

    private void CheckCoder(string coder)
    {
        if (string.IsNullOrWhiteSpace(coder)) throw new ArgumentException("A decision needs the coder who made it.", nameof(coder));
        if (knownCoders is not null && !knownCoders.Contains(coder))
            throw new ArgumentException($"Unknown coder '{coder}'; known: {string.Join(", ", knownCoders)}.", nameof(coder));
    }
}
