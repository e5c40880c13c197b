namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>
/// Whether a judgment is still the classifier's proposal or has been judged by a researcher (<c>overrides.csv</c>).
/// The classifier proposes; the researcher confirms, decides a mixed proposal, or overrides, always with a reason.
/// </summary>
public enum JudgmentStatus
{
    /// <summary>The rules' proposal, not (yet) judged by a researcher.</summary>
    Proposed,
    /// <summary>A researcher confirmed the proposed value, with a reason.</summary>
    Confirmed,
    /// <summary>The rules proposed no value (mixed or no evidence) and a researcher decided, with a reason.</summary>
    Decided,
    /// <summary>A researcher set another value than proposed, with a reason.</summary>
    Overridden,
}

/// <summary>The words of <see cref="JudgmentStatus"/> in files (English) and reports (Dutch).</summary>
public static class JudgmentStatusNames
{
    /// <summary>File word: proposed, confirmed, decided, overridden.</summary>
    public static string ToName(JudgmentStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>Dutch: voorgesteld, bevestigd, beslist, overschreven.</summary>
    public static string ToDutch(JudgmentStatus status) => status switch
    {
        JudgmentStatus.Confirmed => "bevestigd",
        JudgmentStatus.Decided => "beslist",
        JudgmentStatus.Overridden => "overschreven",
        _ => "voorgesteld",
    };
}
