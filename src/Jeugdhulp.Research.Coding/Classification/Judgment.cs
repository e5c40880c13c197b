using System.Collections.Immutable;
using Jeugdhulp.Research.Coding.Projects;

namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>
/// One derived judgment (a period's response or cluster, a factor, a unit's cluster) with everything needed to check
/// it: the rule and its counts, every segment considered, the segments that support the value, whose accounts those
/// are, and a researcher's override if any. The derived value is never overwritten, only set beside.
/// </summary>
/// <param name="Unit">Unit id; the case id for a case-level judgment (<see cref="CaseSteering"/>).</param>
/// <param name="Period">Period, or null for unit-level judgments.</param>
/// <param name="Variable"><c>reactie</c>, <c>cluster</c> or a <c>kenmerk.*</c> id.</param>
/// <param name="Derived">The value the rules give (response id, cluster value id, +, -, +/-); null when mixed (responses, clusters) or without evidence.</param>
/// <param name="Outcome">Determined, mixed or no evidence.</param>
/// <param name="Rule">The rule and its numbers, e.g. <c>R2-meerderheid-reactie: 3 van 4 segmenten (75 %) &gt; 50 %</c>.</param>
/// <param name="Evidence">Every segment the rule looked at.</param>
/// <param name="Support">The segments behind the value (all of them when mixed).</param>
public sealed record Judgment(
    string Unit, int? Period, string Variable, string? Derived, JudgmentOutcome Outcome, string Rule,
    ImmutableArray<Evidence> Evidence, ImmutableArray<Evidence> Support)
{
    /// <summary>A researcher's override, or null.</summary>
    public Override? Override { get; init; }

    /// <summary>The value that counts: the override where there is one (an empty one: undetermined), else the derived value.</summary>
    public string? Value => Override is { } o ? (o.Value.Length == 0 ? null : o.Value) : Derived;

    /// <summary>Proposed by the rules, or confirmed, decided or overridden by a researcher.</summary>
    public JudgmentStatus Status => Override switch
    {
        null => JudgmentStatus.Proposed,
        { } o when o.Value == Derived => JudgmentStatus.Confirmed,
        _ when Derived is null => JudgmentStatus.Decided,
        _ => JudgmentStatus.Overridden,
    };

    /// <summary>Whose accounts the supporting segments are, in a fixed order.</summary>
    public ImmutableArray<Account> Accounts => [.. Support.Select(e => e.Account).Distinct().Order()];

    /// <summary>True when the judgment rests on segments but none is the organisation's own account (rule A1).</summary>
    public bool RestsOnlyOnOthersAccounts => Support.Length > 0 && Support.All(e => e.Account != Account.Self);
}
