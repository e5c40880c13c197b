using System.Collections.Immutable;
using System.Globalization;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Assistant;

/// <summary>Precision and recall of the suggestions of one code group (or of all of them).</summary>
/// <param name="Group">The code group (<see cref="SuggestionEvaluation.GroupOf"/>), or "totaal".</param>
/// <param name="Suggestions">Suggestions of the group.</param>
/// <param name="Correct">Of those, the suggestions that match at least one final coding.</param>
/// <param name="Codings">Final codings of the group.</param>
/// <param name="Found">Of those, the codings that at least one suggestion matches.</param>
public sealed record GroupScore(string Group, int Suggestions, int Correct, int Codings, int Found)
{
    /// <summary>Correct / Suggestions; NaN when the group got no suggestion.</summary>
    public double Precision => Suggestions == 0 ? double.NaN : (double)Correct / Suggestions;
    /// <summary>Found / Codings; NaN when the group has no final coding.</summary>
    public double Recall => Codings == 0 ? double.NaN : (double)Found / Codings;
}

/// <summary>
/// How well the assistant's suggestions on a project's own sources agree with the project's final coding, passage by
/// passage. A suggestion <b>matches</b> a final coding when both name the same source, the suggested code is the coded
/// code or an ancestor of it (the coder may narrow <c>sturing.hierarchisch</c> to <c>sturing.hierarchisch.afdwingen</c>
/// on accepting), and their spans overlap by at least one character. Precision counts suggestions that match some
/// coding; recall counts codings that some suggestion matches; both per code group and overall. Values play no part:
/// the lexicon proposes passages, the coder sets the value.
/// </summary>
/// <param name="Groups">Per code group, in ordinal order of the group.</param>
/// <param name="Origins">Per suggester (<c>lexicon</c>, <c>model</c>) over all groups: its suggestions and the codings it found on its own.</param>
/// <param name="Total">All suggestions against all codings.</param>
public sealed record SuggestionEvaluation(ImmutableArray<GroupScore> Groups, ImmutableArray<GroupScore> Origins, GroupScore Total)
{
    /// <summary>The code group of a code: its first two id segments (<c>sturing.kanaal.contract</c> → <c>sturing.kanaal</c>).</summary>
    public static string GroupOf(string code) => string.Join('.', code.Split('.').Take(2));

    /// <summary>True when <paramref name="suggestion"/> matches <paramref name="coding"/> (same source, code equal or an ancestor, overlapping span).</summary>
    public static bool Matches(CandidateSegment suggestion, CodedSegment coding) =>
        suggestion.Source == coding.Source
        && (suggestion.Code == coding.Code || coding.Code.StartsWith(suggestion.Code + ".", StringComparison.Ordinal))
        && suggestion.Start < coding.End && coding.Start < suggestion.End;

    /// <summary>
    /// Scores <paramref name="suggestions"/> against <paramref name="final"/>; a suggestion and a coding count in the group
    /// of their own code. <paramref name="origins"/> are the suggesters to report on their own (default: those present).
    /// </summary>
    public static SuggestionEvaluation Compute(IReadOnlyList<CandidateSegment> suggestions, IReadOnlyList<CodedSegment> final, IEnumerable<string>? origins = null)
    {
        var correct = suggestions.Select(s => final.Any(c => Matches(s, c))).ToList();
        var found = final.Select(c => suggestions.Any(s => Matches(s, c))).ToList();
        GroupScore Score(string group, Func<string, bool> member) => new(group,
            suggestions.Count(s => member(s.Code)),
            suggestions.Where((s, i) => member(s.Code) && correct[i]).Count(),
            final.Count(c => member(c.Code)),
            final.Where((c, i) => member(c.Code) && found[i]).Count());
        var groups = suggestions.Select(s => GroupOf(s.Code)).Concat(final.Select(c => GroupOf(c.Code))).Distinct().Order(StringComparer.Ordinal)
            .Select(g => Score(g, code => GroupOf(code) == g)).ToImmutableArray();
        var byOrigin = (origins ?? suggestions.Select(s => s.Origin).Distinct().Order(StringComparer.Ordinal)).Select(origin =>
        {
            var own = suggestions.Where(s => s.Origin == origin).ToList();
            return new GroupScore("totaal " + origin, own.Count, own.Count(s => final.Any(c => Matches(s, c))), final.Count, final.Count(c => own.Any(s => Matches(s, c))));
        }).ToImmutableArray();
        return new SuggestionEvaluation(groups, byOrigin, Score("totaal", _ => true));
    }

    /// <summary>The scores as a table: one row per code group, one per suggester, then the total.</summary>
    public ResultTable ToTable(string title)
    {
        static string F(double v) => double.IsNaN(v) ? "–" : v.ToString("0.000", CultureInfo.InvariantCulture);
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        static ImmutableArray<TableCell> Row(GroupScore g) =>
            [new(g.Group), new(N(g.Suggestions)), new(N(g.Correct)), new(F(g.Precision)), new(N(g.Codings)), new(N(g.Found)), new(F(g.Recall))];
        return new ResultTable(title, ["codegroep", "voorstellen", "juist", "precisie", "coderingen", "gevonden", "recall"],
            [.. Groups.Select(Row), .. Origins.Select(Row), Row(Total)],
            ["Juist: het voorstel overlapt een eindcodering van dezelfde bron met dezelfde code (of een subcode ervan). Gevonden: een eindcodering die een voorstel zo overlapt. – : niet te berekenen (0 voorstellen of 0 coderingen)."]);
    }
}
