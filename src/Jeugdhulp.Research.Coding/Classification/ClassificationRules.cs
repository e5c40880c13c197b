using Jeugdhulp.Research.Coding.Projects;

namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>
/// The configurable parameters of the classification rules (<c>classification:</c> in <c>project.yaml</c>). The rules
/// themselves are named in <see cref="RuleNames"/>; these only set thresholds, so two researchers who disagree about a
/// threshold can each state theirs and get reproducible results.
/// </summary>
public sealed record ClassificationRules
{
    /// <summary>The defaults: strict majority (&gt; 50 %) for responses and factors; not knowing means niets-doen.</summary>
    public static readonly ClassificationRules Default = new();

    /// <summary>A response (or cluster) is dominant when its share of the period's response segments exceeds this.</summary>
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
