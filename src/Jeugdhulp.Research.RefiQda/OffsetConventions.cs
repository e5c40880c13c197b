using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>
/// Decides how a producer counted line breaks. REFI-QDA counts code points (CR LF = 2), but some tools count
/// CR LF as one position, and raw CR LF inside inline XML text reaches us as LF after XML line-break
/// normalisation while the producer counted two. Evidence: positions out of range, boundaries inside a CR LF pair
/// (no coder selects half a line break), and selection names that quote the start of the selected text
/// (ATLAS.ti names quotations that way). Spec-conform data without contrary evidence is never changed.
/// </summary>
internal static partial class OffsetConventions
{
    internal sealed record Outcome(ImmutableArray<QdaPlainTextSelection> Selections, string? Note, int? BadIndex);

    public static Outcome Resolve(string text, bool inline, IReadOnlyList<QdaPlainTextSelection> selections)
    {
        var index = new CodePointIndex(text);
        var asIs = Candidate.Identity(index.Length);
        var candidates = new List<(Candidate Candidate, string Note)>();
        if (text.Contains("\r\n", StringComparison.Ordinal))
        {
            candidates.Add((new Candidate(index.CrLfAsOneToCodePoints()),
                "selection positions count CR LF as one position; converted to code points (CR LF = 2)."));
        }
        else if (inline && text.Contains('\n', StringComparison.Ordinal))
        {
            candidates.Add((new Candidate(LfCountedAsTwo(text)),
                "selection positions count line breaks as CR LF (2 positions) while the inline text has LF after XML parsing; converted."));
        }

        var identityValid = asIs.AllInRange(selections);
        var splits = identityValid ? selections.Count(s => index.SplitsCrLf(s.StartPosition) || index.SplitsCrLf(s.EndPosition)) : 0;
        var identityScore = identityValid ? NameScore(text, asIs, selections) : -1;

        foreach (var (candidate, note) in candidates)
        {
            if (!candidate.AllInRange(selections)) continue;
            var score = NameScore(text, candidate, selections);
            var better = !identityValid || score > identityScore || (splits > 0 && score >= identityScore);
            if (better)
            {
                return new Outcome([.. selections.Select(s => s with
                {
                    StartPosition = candidate.Map(s.StartPosition),
                    EndPosition = candidate.Map(s.EndPosition),
                })], note, null);
            }
        }
        if (identityValid)
        {
            return new Outcome([.. selections], null, null);
        }
        var bad = selections.Select((s, i) => (s, i)).First(x => !asIs.InRange(x.s)).i;
        return new Outcome([], null, bad);
    }

    /// <summary>Map from positions in a text where each LF was CR LF to positions in the LF text.</summary>
    private static int[] LfCountedAsTwo(string text)
    {
        var map = new List<int>();
        var cp = 0;
        for (var u = 0; u < text.Length; cp++)
        {
            map.Add(cp);
            if (text[u] == '\n') map.Add(cp); // the CR the producer counted
            u += char.IsHighSurrogate(text[u]) && u + 1 < text.Length && char.IsLowSurrogate(text[u + 1]) ? 2 : 1;
        }
        map.Add(cp);
        return [.. map];
    }

    /// <summary>Number of selections whose name quotes the start of the text the candidate selects.</summary>
    private static int NameScore(string text, Candidate candidate, IReadOnlyList<QdaPlainTextSelection> selections)
    {
        var score = 0;
        foreach (var s in selections)
        {
            var name = Normalise(s.Name ?? "").TrimEnd('.', '…').TrimEnd();
            if (name.Length < 3) continue;
            var selected = Normalise(TextOffsets.Slice(text, candidate.Map(s.StartPosition), candidate.Map(s.EndPosition)));
            if (selected.Length > 0 && (selected.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(selected, StringComparison.Ordinal)))
            {
                score++;
            }
        }
        return score;
    }

    private static string Normalise(string s) => Whitespace().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed class Candidate(int[]? map, int length = 0)
    {
        public static Candidate Identity(int length) => new(null, length);

        private int Length => map is null ? length : map.Length - 1;

        public int Map(int p) => map is null ? p : map[p];

        public bool InRange(QdaPlainTextSelection s) => s.StartPosition >= 0 && s.StartPosition <= s.EndPosition && s.EndPosition <= Length;

        public bool AllInRange(IReadOnlyList<QdaPlainTextSelection> selections) => selections.All(InRange);
    }
}
