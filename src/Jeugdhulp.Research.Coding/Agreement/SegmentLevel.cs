using System.Collections.Immutable;
using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;

namespace Jeugdhulp.Research.Coding.Agreement;

/// <summary>Options of <see cref="SegmentLevel"/>.</summary>
/// <param name="Code">Only segments coded with this id or anything below it (e.g. <c>reactie.volgen</c>); labels are then <see cref="SegmentLevel.Present"/>/<see cref="SegmentLevel.Absent"/>. Null: all codes, labels are the code ids.</param>
/// <param name="Coders">The coders to compare (default: all, in project order).</param>
/// <param name="Overlap">When two segments align (default Jaccard ≥ 0.5).</param>
/// <param name="UncodedWindow">
/// Null (default): text nobody coded is not counted. A size N: every source is cut into windows of N characters, and
/// each window that no compared coder coded becomes one unit on which all coders say <see cref="SegmentLevel.Absent"/>
/// (agreement on absence).
/// </param>
public sealed record SegmentLevelOptions(string? Code = null, IReadOnlyList<string>? Coders = null, SegmentOverlap? Overlap = null, int? UncodedWindow = null);

/// <summary>
/// Agreement on where codes are applied. Per source, the compared coders' segments (restricted to a code and the codes
/// below it, or all codes) are aligned: candidate pairs of segments by different coders that meet the overlap rule are
/// joined greedily, best pair first (same code before different code, then higher Jaccard, then text order), as long as
/// no group gets two segments of the same coder. Each group is one rating unit; a coder without a segment in the group
/// codes <see cref="Absent"/>. A segment that aligns with nothing is a group of its own.
/// </summary>
/// <remarks>
/// Text that no coder coded is, by default, not counted: agreement is then about the passages somebody found worth
/// coding, and a coefficient cannot be inflated by long uncoded stretches. <see cref="SegmentLevelOptions.UncodedWindow"/>
/// adds agreement on absence in fixed-size windows for those who want the QDA-tool view; the value then depends on the
/// window size, which is why it is not the default.
/// </remarks>
public static class SegmentLevel
{
    /// <summary>Label of a coder without a segment in an aligned group.</summary>
    public const string Absent = "absent";
    /// <summary>Label of a coder with a segment of the code in an aligned group (code filter given).</summary>
    public const string Present = "present";

    /// <summary>Aligns and rates the segments of <paramref name="project"/>.</summary>
    /// <exception cref="ArgumentException">Unknown code or coder, or a window size below 1.</exception>
    public static AgreementData Build(CodingProject project, SegmentLevelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        options ??= new SegmentLevelOptions();
        var overlap = options.Overlap ?? SegmentOverlap.Default;
        var code = CheckCode(project, options.Code);
        if (options.UncodedWindow is < 1) throw new ArgumentOutOfRangeException(nameof(options), "The window for uncoded text must be at least 1 character.");
        var (coders, groups) = Aligned(project, options);
        var items = ImmutableArray.CreateBuilder<AgreementItem>();
        foreach (var source in project.Sources)
        {
            items.AddRange(groups.Where(g => g.Segments[0].Source == source.Id).Select(g => g.Item));
            if (options.UncodedWindow is { } size)
            {
                var segments = groups.Where(g => g.Segments[0].Source == source.Id).SelectMany(g => g.Segments).ToList();
                var length = source.Text.Length;
                for (var start = 0; start < length; start += size)
                {
                    var end = Math.Min(start + size, length);
                    if (segments.Any(s => SegmentOverlap.Shared(start, end, s.Start, s.End) > 0)) continue;
                    items.Add(new AgreementItem($"{source.Id}@{start}-{end}", string.Join(";", source.Units), null, code ?? "alle codes", $"{source.Id}@{start}-{end}",
                        [.. coders.Select(c => new CoderRating(c, Absent, []))], 0));
                }
            }
        }
        return new AgreementData(AgreementLevel.Segment, code ?? "alle codes", coders, UniqueIds(items),
        [
            $"Segmentniveau: segmenten per bron uitgelijnd bij {overlap}; een codeur zonder overlappend segment codeert '{Absent}'. {(code is null ? "Labels: de code van elke codeur." : $"Alleen {code} en onderliggende codes; labels '{Present}'/'{Absent}'.")}",
            options.UncodedWindow is { } w
                ? $"Ongecodeerde tekst telt als overeenstemming op afwezigheid: vensters van {w} tekens die geen codeur codeerde."
                : "Ongecodeerde tekst telt niet mee.",
        ]);
    }

    /// <summary>
    /// The aligned groups of segments, source by source, each with the rating unit it becomes (ids as in
    /// <see cref="Build"/> without uncoded windows), so a disagreement can be traced to the very codings behind it
    /// (the curation of a consensus walks these).
    /// </summary>
    /// <exception cref="ArgumentException">Unknown code or coder.</exception>
    public static (ImmutableArray<string> Coders, ImmutableArray<AlignedGroup> Groups) Aligned(CodingProject project, SegmentLevelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        options ??= new SegmentLevelOptions();
        var overlap = options.Overlap ?? SegmentOverlap.Default;
        var coders = UnitLevel.SelectCoders(project, options.Coders);
        var code = CheckCode(project, options.Code);
        var evidence = project.Evidence().Where(e => coders.Contains(e.Coder) && Matches(e.Code, code)).ToList();
        var groups = new List<(AgreementItem Item, ImmutableArray<Evidence> Segments)>();
        foreach (var source in project.Sources)
        {
            var segments = evidence.Where(e => e.Source == source.Id)
                .OrderBy(e => e.Start).ThenBy(e => e.End).ThenBy(e => coders.IndexOf(e.Coder)).ThenBy(e => e.Code, StringComparer.Ordinal).ToList();
            foreach (var group in Align(segments, overlap, code is null))
                groups.Add((GroupItem(source.Id, group, coders, code), [.. group]));
        }
        var unique = UniqueIds(groups.Select(g => g.Item));
        return (coders, [.. groups.Select((g, i) => new AlignedGroup(unique[i], g.Segments))]);
    }

    /// <summary>Makes row ids unique (a coder may code one span twice with different codes) by numbering repeats.</summary>
    internal static ImmutableArray<AgreementItem> UniqueIds(IEnumerable<AgreementItem> items)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. items.Select(i =>
        {
            var n = seen[i.Id] = seen.GetValueOrDefault(i.Id) + 1;
            return n == 1 ? i : i with { Id = $"{i.Id}#{n}" };
        })];
    }

    /// <summary>True when <paramref name="code"/> is <paramref name="filter"/> or below it (any code when the filter is null).</summary>
    public static bool Matches(string code, string? filter) =>
        filter is null || code == filter || code.StartsWith(filter + ".", StringComparison.Ordinal);

    internal static string? CheckCode(CodingProject project, string? code)
    {
        if (code is null) return null;
        var trimmed = code.Trim();
        if (project.Codebook.Find(trimmed) is null)
            throw new ArgumentException($"'{code}' is not an id in codebook {project.Codebook.Id} {project.Codebook.Version}.", nameof(code));
        return trimmed;
    }

    /// <summary>Greedy constrained alignment of one source's segments (see the class remarks).</summary>
    internal static List<List<Evidence>> Align(IReadOnlyList<Evidence> segments, SegmentOverlap overlap, bool preferSameCode)
    {
        var candidates = new List<(int A, int B, bool Same, double Jaccard)>();
        for (var i = 0; i < segments.Count; i++)
            for (var j = i + 1; j < segments.Count; j++)
            {
                var (a, b) = (segments[i], segments[j]);
                if (a.Coder == b.Coder || !overlap.Aligns(a.Start, a.End, b.Start, b.End)) continue;
                candidates.Add((i, j, preferSameCode && a.Code == b.Code, SegmentOverlap.JaccardIndex(a.Start, a.End, b.Start, b.End)));
            }
        candidates.Sort((x, y) =>
        {
            var c = y.Same.CompareTo(x.Same);
            if (c != 0) return c;
            c = y.Jaccard.CompareTo(x.Jaccard);
            if (c != 0) return c;
            c = x.A.CompareTo(y.A);
            return c != 0 ? c : x.B.CompareTo(y.B);
        });
        var groupOf = Enumerable.Range(0, segments.Count).ToArray();
        var members = Enumerable.Range(0, segments.Count).Select(i => new List<int> { i }).ToArray();
        foreach (var (a, b, _, _) in candidates)
        {
            var (ga, gb) = (groupOf[a], groupOf[b]);
            if (ga == gb) continue;
            if (members[ga].Any(x => members[gb].Any(y => segments[x].Coder == segments[y].Coder))) continue;
            var (keep, drop) = ga < gb ? (ga, gb) : (gb, ga);
            foreach (var m in members[drop]) groupOf[m] = keep;
            members[keep].AddRange(members[drop]);
            members[drop].Clear();
        }
        return members.Where(m => m.Count > 0).Select(m => m.Order().Select(i => segments[i]).ToList()).ToList();
    }

    private static AgreementItem GroupItem(string source, List<Evidence> group, ImmutableArray<string> coders, string? code)
    {
        var start = group.Min(s => s.Start);
        var end = group.Max(s => s.End);
        var ratings = coders.Select(c => group.FirstOrDefault(s => s.Coder == c) is { } s
            ? new CoderRating(c, code is null ? s.Code : Present, [UnitLevel.Flatten(s.Quote)])
            : new CoderRating(c, Absent, [])).ToImmutableArray();
        // Characters in dispute: the group's span minus what every compared coder coded in common.
        var commonStart = coders.All(c => group.Any(s => s.Coder == c)) ? group.Max(s => s.Start) : 0;
        var commonEnd = coders.All(c => group.Any(s => s.Coder == c)) ? group.Min(s => s.End) : 0;
        var extent = (end - start) - Math.Max(0, commonEnd - commonStart);
        var subject = code ?? string.Join(" / ", group.Select(s => s.Code).Distinct().Order(StringComparer.Ordinal));
        var unit = string.Join(";", group.Select(s => s.Unit).Distinct());
        var periods = group.Select(s => s.Period).Distinct().ToList();
        return new AgreementItem($"{source}@{start}-{end}", unit, periods.Count == 1 ? periods[0] : null, subject, $"{source}@{start}-{end}", ratings, extent);
    }
}

/// <summary>One aligned group of segments (at most one per coder) and the rating unit it is in the agreement data.</summary>
/// <param name="Item">The rating unit (its id, location, and each coder's label).</param>
/// <param name="Segments">The codings in the group, in text order.</param>
public sealed record AlignedGroup(AgreementItem Item, ImmutableArray<Evidence> Segments);
