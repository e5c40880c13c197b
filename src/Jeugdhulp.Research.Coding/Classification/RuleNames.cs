namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>
/// The classification rules, each by a plain name that reports and provenance reasons cite, with a description that
/// says what it does and where in the dissertation it comes from (seed 003: §3.2 lines 2170-2363, §3.4 lines
/// 2937-3020, §9.1 lines 12062-12100). Two rule sets: <c>proefschrift</c> (default, the M rules: how the dissertation
/// classified the 18 units) and <c>segmenttelling</c> (the old R2/R3 counting rules, kept for studies that state them).
/// </summary>
public static class RuleNames
{
    /// <summary>M1: the response is judged per steering demand, by the intent of the steering.</summary>
    public const string PerDemand = "M1-reactie-per-eis";
    /// <summary>M2: volgen needs an adapted practice; on paper only is proposed as verbergen.</summary>
    public const string FollowingNeedsPractice = "M2-volgen-vraagt-aangepaste-werkwijze";
    /// <summary>M3: volgen as vanzelfsprekend is described, not counted.</summary>
    public const string SelfEvidentDescribed = "M3-vanzelfsprekend-beschreven-niet-meegeteld";
    /// <summary>M4: the main demands decide the period's response and cluster; counts never decide.</summary>
    public const string MainDemandsDecide = "M4-hoofdeisen-voeren-de-boventoon";
    /// <summary>M5: the proposal needs the researcher when the main demands point to different clusters.</summary>
    public const string ResearcherJudges = "M5-onderzoeker-beslist-bij-gemengd";
    /// <summary>M6: factors per period; doelcongruentie apart from willen, vrijwillige verspreiding apart from moeten.</summary>
    public const string FactorsApart = "M6-factoren-per-periode-doelcongruentie-apart";

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
    /// <summary>Case-level steering: one value in every segment gives that value.</summary>
    public const string CaseSingle = "S1-sturing-eenduidig";
    /// <summary>Case-level steering: + and - both supported give +/- (applied with mixed effect).</summary>
    public const string CasePlusAndMinus = "S2-sturing-plus-en-min";
    /// <summary>Case-level steering: values that do not combine stay undetermined.</summary>
    public const string CaseConflicting = "S3-sturing-tegenstrijdig";

    /// <summary>
    /// The rules of rule set proefschrift explained in Dutch for reports and notebooks: name, uitleg, and the seed lines
    /// (../shared/seeds/003_25ecd4130e333c4f.txt) each rests on.
    /// </summary>
    public static readonly IReadOnlyList<(string Rule, string Nl, string Lines)> MethodNl =
    [
        (PerDemand, "Per eenheid en periode wordt de reactie per eis van de gemeente beoordeeld, naar de bedoeling van de sturing: \"Puur technisch voldoen aan het beleid is niet als volgen bestempeld.\" Eisen staan met gewicht (hoofdeis of kleinere eis) in demands.csv; een segment zonder eis gaat over de sturing als geheel.", "2179-2182"),
        (FollowingNeedsPractice, "Volgen telt alleen als de aanbieder de werkwijze heeft aangepast (enactment=practice), \"om dit te kunnen onderscheiden van vermijden, waarbij wel op papier maar niet in het echt wordt gevolgd\". Alleen op papier wordt voorgesteld als vermijden/verbergen; een voornemen telt niet.", "3018-3020; 2309-2315"),
        (SelfEvidentDescribed, "Volgen omdat de aanbieder al werkte zoals gevraagd (vanzelfsprekend) wordt beschreven maar niet meegeteld: \"Wel is het beschreven.\"", "3001-3004"),
        (MainDemandsDecide, "De hoofdeisen voeren de boventoon: volgers voldoen \"in ieder geval wel aan de belangrijkste institutionele eisen\"; bij niet-volgers kan \"op kleinere onderdelen gevolgd\" worden. Aantallen segmenten zijn context en beslissen nooit.", "2974-2980"),
        (ResearcherJudges, "Wijzen de hoofdeisen naar verschillende clusters, dan is het voorstel gemengd en beslist de onderzoeker met reden (overrides.csv). Elk oordeel is voorgesteld, bevestigd, beslist of overschreven.", "2946-2960"),
        (FactorsApart, "Factoren per periode, omdat een omslag door de factoren van die periode wordt verklaard; doelcongruentie telt niet mee in willen (\"maar dat dat geen rol speelt\"), vrijwillige verspreiding niet in moeten (\"in de analyse niet meegenomen\").", "12478-12480; 3005-3006; Tabel 9.6"),
        (NotKnowing, "Zonder reactiesegmenten maar met weten '-' is de reactie niets-doen: \"Organisaties die niets-doen weten niet wat de institutionele druk is\".", "2971-2972"),
        (UnitClusterLastPeriod, "Het cluster van de eenheid (hoofdstuk 9) is dat van haar laatste periode.", "12062-12100"),
    ];

    /// <summary>Every rule with its description, in the order they apply.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> All =
    [
        new(PerDemand, "Rule set proefschrift. Per unit and period, the response is judged per steering demand of the case (demands.csv), by the intent of the steering: \"De strategische reactie is beoordeeld naar de bedoeling van de sturing. Puur technisch voldoen aan het beleid is niet als volgen bestempeld\" (seed 003 lines 2179-2182). A response segment names its demand (demand=); without one it is about the steering as a whole, which weighs as a main demand. A demand's responses are those its counted segments show; they give the demand a cluster when they share one."),
        new(FollowingNeedsPractice, "Rule set proefschrift. A volgen segment (volgen, conformeren, imiteren) counts as volgen only with enactment=practice: \"Voor volgen was de maatstaf dat de aanbieder de werkwijze heeft aangepast om dit te kunnen onderscheiden van vermijden, waarbij wel op papier maar niet in het echt wordt gevolgd\" (lines 3018-3020). enactment=paper is proposed as vermijden/verbergen (Table 3.3: \"In documenten staat dat aanbieder aan eisen voldoet, maar werkwijze is niet aangepast\", lines 2313-2315); an intention (\"maakt plannen ... maar voert ze niet uit\", lines 2309-2311) or no enactment is flagged and not counted."),
        new(SelfEvidentDescribed, "Rule set proefschrift. Volgen as vanzelfsprekend (the provider already worked as asked) is shown in the output but never counted: \"buiten beschouwing gelaten ... Wel is het beschreven\" (lines 3001-3004)."),
        new(MainDemandsDecide, "Rule set proefschrift. The main demands decide: followers meet \"in ieder geval wel ... de belangrijkste institutionele eisen en verwachtingen\" (lines 2974-2976); with non-followers \"het kan zijn dat op kleinere onderdelen gevolgd wordt, maar niet-volgen voert de boventoon\" (lines 2979-2980). The period's cluster is the cluster all main demands with evidence share; its response is their one response when there is one. Minor demands decide only when no main demand has evidence (flagged). Segment counts are shown as context and never decide: ten segments about a minor demand do not outvote one about a main demand."),
        new(ResearcherJudges, "Rule set proefschrift. When the main demands point to different clusters (or one demand shows responses of different clusters) the proposal is mixed: the researcher decides in overrides.csv with a reason, as the dissertation did (Orion's compromis and domineren, Table 7.3). Every output says whether a judgment is proposed, confirmed, decided or overridden."),
        new(FactorsApart, "Rule set proefschrift. Factors are judged per period as well as over the unit, because switches are explained by the period's factors (Table 9.6). Doelcongruentie is judged apart and not pooled into willen: it was high among non-followers \"maar dat dat geen rol speelt\" (lines 12478-12480); vrijwillige verspreiding is described but left out of moeten (\"in de analyse niet meegenomen\", lines 3005-3006)."),
        new(TacticCountsForResponse, "Both rule sets. A segment coded with a tactic (reactie.volgen.conformeren) counts as evidence for its response (reactie.volgen)."),
        new(ResponseMajority, "Rule set segmenttelling (not the dissertation's method). Per unit and period, each response's share = its segments / all response segments. The dominant response has a share above the majority threshold (default > 50 %) and no tie; otherwise the response is mixed."),
        new(ClusterMajority, "Rule set segmenttelling (not the dissertation's method). Responses count to their codebook cluster: volgen and compromis sluiten to volgen; vermijden, trotseren and domineren to niet-volgen; niets-doen to niets-doen (§3.4, §9.1). The cluster with a share above the threshold and no tie is where the emphasis lies; otherwise mixed (never forced)."),
        new(NotKnowing, "A period without response segments, whose kenmerk.weten segments judge '-', is niets-doen: the provider does not know what the municipality expects (§3.4 lines 2970-2972; §9.1). Configurable."),
        new(NoEvidence, "Without any bearing segment the judgment is undetermined (empty value, basis undetermined)."),
        new(FactorMajority, "A factor (+, -, +/-) takes the value with a share of its segments above the factor threshold (default > 50 %); otherwise mixed (+/-). Values of indicators count for their characteristic."),
        new(FactorUnanimous, "Alternative to F1 (factor_rule: unanimous): a factor takes a value only when all its segments agree; otherwise mixed (+/-)."),
        new(GroupPoolsSubVariables, "weten, willen, kunnen and moeten pool the segments of all their sub-variables and indicators."),
        new(Change, "Between consecutive periods whose clusters are both determined, a different cluster is a change from>to (UnitTable.ClusterChanges); a change of response within a cluster is not a change. With a mixed or undetermined period the change is undetermined."),
        new(UnitClusterLastPeriod, "The unit's cluster (the 'cluster' variable of chapter 9) is the cluster of its last period; undetermined when that period is mixed or has no evidence."),
        new(OthersAccountsOnly, "Every judgment lists its supporting segments and whose accounts they are; it is flagged when none is the organisation's own account (self), because the municipality's view alone is biased (line 2024) and documents are the public script (line 777)."),
        new(CaseSingle, "Both rule sets. The steering of a case (modes, dimensions, ruimte, adaptief vermogen, onzekerheid, kanalen, ...) and its background variables with a value set are judged per case, as Tables 4.2-8.2 do, from their codings on any unit of the case: one value in every segment gives that value."),
        new(CasePlusAndMinus, "Both rule sets. A +/- steering variable with segments saying + and segments saying - is +/- (applied with mixed effect, the dissertation's reading of Tables 4.2-8.2)."),
        new(CaseConflicting, "Both rule sets. Any other mix of values for a case-level variable stays undetermined and names the values and their counts; the researcher decides in overrides.csv (case id in the unit column)."),
        new(Override, "A researcher judges any proposal in overrides.csv with a reason: the same value confirms it (bevestigd), a value for a mixed proposal decides it (beslist), another value overrides it (overschreven); reports show the proposal beside it. An override of a period's response also sets its cluster unless the cluster is overridden too. For a case-level variable the unit column holds the case id, and an empty value records 'undetermined' with the reason the sources do not support a value."),
    ];
}
