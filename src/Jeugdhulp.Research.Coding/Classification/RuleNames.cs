namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>
/// The classification rules, each by a plain name that reports and provenance reasons cite, with a description that
/// says what it does and where in the dissertation it comes from (§3.4, lines 2937-3007; §9.1, lines 12062-12100).
/// </summary>
public static class RuleNames
{
    /// <summary>A tactic segment is evidence for its response.</summary>
    public const string TacticCountsForResponse = "R1-tactiek-telt-bij-reactie";
    /// <summary>The dominant response has more than the majority of the period's response segments.</summary>
    public const string ResponseMajority = "R2-meerderheid-reactie";
    /// <summary>The cluster: responses count to their codebook cluster; the cluster with the majority is the emphasis.</summary>
    public const string ClusterMajority = "R3-nadruk-cluster";
    /// <summary>No response evidence but kenmerk.weten is '-': niets-doen.</summary>
    public const string NotKnowing = "R4-niet-weten-is-niets-doen";
    /// <summary>No evidence: undetermined.</summary>
    public const string NoEvidence = "R5-geen-bewijs";
    /// <summary>Factor value by majority of its segments.</summary>
    public const string FactorMajority = "F1-factor-meerderheid";
    /// <summary>Factor value only when all segments agree.</summary>
    public const string FactorUnanimous = "F1-factor-unaniem";
    /// <summary>A group (weten, willen, kunnen, moeten) pools the segments of its sub-variables and indicators.</summary>
    public const string GroupPoolsSubVariables = "F2-groep-bundelt-subvariabelen";
    /// <summary>Changes of emphasis cluster between consecutive periods (Table 9.15).</summary>
    public const string Change = "V1-verandering-tussen-perioden";
    /// <summary>The unit's cluster is the cluster of its last period (as chapter 9 counts units).</summary>
    public const string UnitClusterLastPeriod = "E1-eenheid-cluster-laatste-periode";
    /// <summary>A judgment resting on no account of the organisation itself is flagged.</summary>
    public const string OthersAccountsOnly = "A1-alleen-accounts-van-anderen";
    /// <summary>A researcher's override from overrides.csv.</summary>
    public const string Override = "O1-override";

    /// <summary>Every rule with its description, in the order they apply.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> All =
    [
        new(TacticCountsForResponse, "A segment coded with a tactic (reactie.volgen.conformeren) counts as evidence for its response (reactie.volgen)."),
        new(ResponseMajority, "Per unit and period, each response's share = its segments / all response segments. The dominant response has a share above the majority threshold (default > 50 %) and no tie; otherwise the response is mixed."),
        new(ClusterMajority, "Responses count to their codebook cluster: volgen and compromis sluiten to volgen; vermijden, trotseren and domineren to niet-volgen; niets-doen to niets-doen (§3.4, §9.1). The cluster with a share above the threshold and no tie is where the emphasis lies; otherwise mixed (never forced)."),
        new(NotKnowing, "A period without response segments, whose kenmerk.weten segments judge '-', is niets-doen: the provider does not know what the municipality expects (§3.4 lines 2970-2972; §9.1). Configurable."),
        new(NoEvidence, "Without any bearing segment the judgment is undetermined (empty value, basis undetermined)."),
        new(FactorMajority, "A factor (+, -, +/-) takes the value with a share of its segments above the factor threshold (default > 50 %); otherwise mixed (+/-). Values of indicators count for their characteristic."),
        new(FactorUnanimous, "Alternative to F1 (factor_rule: unanimous): a factor takes a value only when all its segments agree; otherwise mixed (+/-)."),
        new(GroupPoolsSubVariables, "weten, willen, kunnen and moeten pool the segments of all their sub-variables and indicators."),
        new(Change, "Between consecutive periods whose clusters are both determined, a different cluster is a change from>to (UnitTable.ClusterChanges); a change of response within a cluster is not a change. With a mixed or undetermined period the change is undetermined."),
        new(UnitClusterLastPeriod, "The unit's cluster (the 'cluster' variable of chapter 9) is the cluster of its last period; undetermined when that period is mixed or has no evidence."),
        new(OthersAccountsOnly, "Every judgment lists its supporting segments and whose accounts they are; it is flagged when none is the organisation's own account (self), because the municipality's view alone is biased (line 2024) and documents are the public script (line 777)."),
        new(Override, "A researcher may set any judgment in overrides.csv with a reason; reports show the derived and the overriding value. An override of a period's response also sets its cluster unless the cluster is overridden too."),
    ];
}
