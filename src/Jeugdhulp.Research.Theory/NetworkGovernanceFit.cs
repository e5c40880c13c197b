using System.Collections.Immutable;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Theory;

/// <summary>The contingencies of Provan &amp; Kenis (2007) for one network; null = the sources do not say.</summary>
/// <param name="MoreThanEight">More than eight participants.</param>
/// <param name="Trust">Enough trust among the participants.</param>
/// <param name="GoalConsensus">Enough consensus on the network's goals.</param>
/// <param name="CompetenciesNeeded">Network-level competencies are needed to govern the network.</param>
public sealed record NetworkContingencies(bool? MoreThanEight, bool? Trust, bool? GoalConsensus, bool? CompetenciesNeeded);

/// <summary>How well a network-governance mode fits the contingencies.</summary>
public enum ModeFit
{
    /// <summary>Every condition the mode needs is known and met.</summary>
    Fits,
    /// <summary>A known condition contradicts the mode.</summary>
    DoesNotFit,
    /// <summary>No known condition contradicts it, but one it needs is unknown.</summary>
    Undetermined,
}

/// <summary>The fit of one mode, with the conditions that decide it (Dutch, for reports and notebooks).</summary>
/// <param name="Mode">Value id of <c>sturing.netwerkvorm</c>: samensturing, leidende-organisatie or netwerkorganisatie.</param>
/// <param name="Fit">Fits, does not fit or undetermined.</param>
/// <param name="Reasons">One line per condition: met, not met, or unknown.</param>
public sealed record ModeAssessment(string Mode, ModeFit Fit, ImmutableArray<string> Reasons);

/// <summary>
/// The network-governance fit check of the Groningen advice (seed 000 §3.1, lines 810-855, after Provan &amp; Kenis
/// 2007): samensturing works with enough trust among at most eight participants, goal consensus and no need for
/// network competencies; a lead organisation with more than eight, less trust and less consensus, but competencies
/// needed; a network organisation with more than eight and less trust, but consensus on goals and competencies needed.
/// Comparing the fitting modes with the coded mode (<c>sturing.netwerkvorm</c>) shows where a region's governance is at
/// risk; an unknown contingency is reported as unknown, never guessed.
/// </summary>
public static class NetworkGovernanceFit
{
    private static readonly (string Mode, (string Label, Func<NetworkContingencies, bool?> Value, bool Required)[] Conditions)[] Rules =
    [
        ("samensturing", [("maximaal acht deelnemers", c => c.MoreThanEight is { } m ? !m : null, true), ("voldoende vertrouwen", c => c.Trust, true),
            ("consensus over de doelen", c => c.GoalConsensus, true), ("geen netwerksturingscompetenties nodig", c => c.CompetenciesNeeded is { } n ? !n : null, true)]),
        ("leidende-organisatie", [("meer dan acht deelnemers", c => c.MoreThanEight, true), ("netwerksturingscompetenties nodig", c => c.CompetenciesNeeded, true)]),
        ("netwerkorganisatie", [("meer dan acht deelnemers", c => c.MoreThanEight, true), ("consensus over de doelen", c => c.GoalConsensus, true),
            ("netwerksturingscompetenties nodig", c => c.CompetenciesNeeded, true)]),
    ];

    /// <summary>The three modes, each with its fit and the conditions behind it.</summary>
    public static ImmutableArray<ModeAssessment> Assess(NetworkContingencies contingencies) =>
        [.. Rules.Select(rule =>
        {
            var values = rule.Conditions.Select(c => (c.Label, Value: c.Value(contingencies))).ToList();
            var fit = values.Any(v => v.Value == false) ? ModeFit.DoesNotFit
                : values.Any(v => v.Value is null) ? ModeFit.Undetermined
                : ModeFit.Fits;
            return new ModeAssessment(rule.Mode, fit, [.. values.Select(v => $"{v.Label}: {(v.Value is null ? "onbekend" : v.Value.Value ? "ja" : "nee")}")]);
        })];

    /// <summary>
    /// The contingencies of a case from its coded values (<c>sturing.netwerkvorm.deelnemers</c>, <c>.vertrouwen</c>,
    /// <c>.doelconsensus</c>, <c>.netwerkcompetenties</c>); a missing, undetermined or mixed (+/-) value is unknown.
    /// </summary>
    public static NetworkContingencies FromCaseValues(StudyData study, string caseId)
    {
        string? Value(string variable) => study.CaseValues.FirstOrDefault(o => o.Subject == caseId && o.Variable == variable)?.Value;
        static bool? PlusMin(string? v) => v switch { "+" => true, "-" => false, _ => null };
        return new NetworkContingencies(
            Value("sturing.netwerkvorm.deelnemers") switch { "meer-dan-8" => true, "tot-en-met-8" => false, _ => null },
            PlusMin(Value("sturing.netwerkvorm.vertrouwen")),
            PlusMin(Value("sturing.netwerkvorm.doelconsensus")),
            PlusMin(Value("sturing.netwerkvorm.netwerkcompetenties")));
    }
}
