using System.Globalization;

namespace Jeugdhulp.Research.Coding.Agreement;

/// <summary>
/// When two coders' segments count as coding the same passage. Either the Jaccard index of their character ranges
/// (shared characters / characters covered by either) reaches a threshold, so that short and long spans of the same
/// remark align but a short span inside a long passage about something else does not; or they share at least a number
/// of characters. Segments that do not overlap at all never align.
/// </summary>
public sealed record SegmentOverlap
{
    private SegmentOverlap(double? minimumJaccard, int? minimumCharacters)
    {
        MinimumJaccard = minimumJaccard;
        MinimumCharacters = minimumCharacters;
    }

    /// <summary>The default: Jaccard ≥ 0.5.</summary>
    public static SegmentOverlap Default { get; } = Jaccard(0.5);

    /// <summary>The Jaccard threshold, or null when the rule counts characters.</summary>
    public double? MinimumJaccard { get; }

    /// <summary>The minimum number of shared characters, or null when the rule uses Jaccard.</summary>
    public int? MinimumCharacters { get; }

    /// <summary>Align when shared / covered characters ≥ <paramref name="threshold"/> (0 &lt; threshold ≤ 1).</summary>
    public static SegmentOverlap Jaccard(double threshold) =>
        threshold > 0 && threshold <= 1 ? new(threshold, null) : throw new ArgumentOutOfRangeException(nameof(threshold), "A Jaccard threshold lies in (0, 1].");

    /// <summary>Align when at least <paramref name="characters"/> (≥ 1) characters are shared.</summary>
    public static SegmentOverlap Characters(int characters) =>
        characters >= 1 ? new(null, characters) : throw new ArgumentOutOfRangeException(nameof(characters), "At least one shared character is needed.");

    /// <summary>
    /// Parses the command-line form: a number in (0, 1] is a Jaccard threshold ("0.5"); an integer above 1 is a number
    /// of characters ("20"); "jaccard:X" and "chars:N" say it explicitly.
    /// </summary>
    public static bool TryParse(string? text, out SegmentOverlap overlap)
    {
        overlap = Default;
        var t = (text ?? "").Trim().ToLowerInvariant();
        if (t.StartsWith("jaccard:", StringComparison.Ordinal))
            return TryJaccard(t["jaccard:".Length..], out overlap);
        if (t.StartsWith("chars:", StringComparison.Ordinal))
            return TryCharacters(t["chars:".Length..], out overlap);
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 1)
        {
            overlap = Characters(n);
            return true;
        }
        return TryJaccard(t, out overlap);
    }

    private static bool TryJaccard(string t, out SegmentOverlap overlap)
    {
        overlap = Default;
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) || !(x > 0 && x <= 1)) return false;
        overlap = Jaccard(x);
        return true;
    }

    private static bool TryCharacters(string t, out SegmentOverlap overlap)
    {
        overlap = Default;
        if (!int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1) return false;
        overlap = Characters(n);
        return true;
    }

    /// <summary>Characters shared by [startA, endA) and [startB, endB).</summary>
    public static int Shared(int startA, int endA, int startB, int endB) => Math.Max(0, Math.Min(endA, endB) - Math.Max(startA, startB));

    /// <summary>Jaccard index of two ranges (0 when they do not overlap).</summary>
    public static double JaccardIndex(int startA, int endA, int startB, int endB)
    {
        var shared = Shared(startA, endA, startB, endB);
        if (shared == 0) return 0;
        return (double)shared / ((endA - startA) + (endB - startB) - shared);
    }

    /// <summary>True when the two ranges align under this rule.</summary>
    public bool Aligns(int startA, int endA, int startB, int endB)
    {
        var shared = Shared(startA, endA, startB, endB);
        if (shared == 0) return false;
        return MinimumCharacters is { } n ? shared >= n : JaccardIndex(startA, endA, startB, endB) >= MinimumJaccard!.Value;
    }

    /// <summary>"Jaccard ≥ 0.5" or "≥ 20 gedeelde tekens".</summary>
    public override string ToString() => MinimumCharacters is { } n
        ? $"≥ {n} gedeelde tekens"
        : $"Jaccard ≥ {MinimumJaccard!.Value.ToString("0.###", CultureInfo.InvariantCulture)}";
}
