
namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>
/// The configurable parameters of the classification rules (<c>classification:</c> in <c>project.yaml</c>): which rule
/// set applies and its thresholds, so two researchers who disagree can each state theirs and get reproducible results.
/// The rules themselves are named in <c>Classification.RuleNames</c>.
/// </summary>
public sealed record ClassificationRules
{
    /// <summary>The defaults: the dissertation's method (<see cref="RuleSet.Proefschrift"/>); strict majority (&gt; 50 %) for factors; not knowing means niets-doen.</summary>
    public static readonly ClassificationRules Default = new();

    /// <summary>The old segment-counting rules (R2/R3 majorities), kept for studies that state them explicitly.</summary>
    public static readonly ClassificationRules SegmentCounting = new() { RuleSet = RuleSet.Segmenttelling };

    /// <summary>Which rules decide a period's response and cluster; default the dissertation's method.</summary>
    public RuleSet RuleSet { get; init; } = RuleSet.Proefschrift;

    /// <summary>Rule set <see cref="RuleSet.Segmenttelling"/> only: a response (or cluster) is dominant when its share of the period's response segments exceeds this.</summary>
    public double ResponseMajority { get; init; } = 0.5;
    /// <summary>A factor value is the unit's when its share of the factor's segments exceeds this (rule <see cref="FactorRule.Majority"/>).</summary>
    public double FactorMajority { get; init; } = 0.5;
    /// <summary>Majority or unanimity for factors.</summary>
    public FactorRule FactorRule { get; init; } = FactorRule.Majority;
    /// <summary>
    /// When true, a period without any response segment but with <c>kenmerk.weten</c> judged <c>-</c> is niets-doen:
    /// the provider does not know what the municipality expects (§3.4, §9.1).
    /// </summary>
    public bool NotKnowingIsNietsDoen { get; init; } = true;
}
