using System.Collections.Immutable;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>
/// Rule set <c>proefschrift</c>: a period's response and cluster as the dissertation judged them (rules M1-M5 in
/// <see cref="RuleNames"/>, each with the seed lines it rests on). Per steering demand by the intent of the steering,
/// volgen only with an adapted practice, vanzelfsprekend described but not counted, the main demands decide, a mixed
/// proposal goes to the researcher. Segment counts appear in the rule text as context only.
/// </summary>
public static class MethodRules
{
    /// <summary>The tactic the method describes but leaves out of the judgment (lines 3001-3004).</summary>
    public const string SelfEvident = StudyDataLoader.SelfEvidentTactic;
    /// <summary>The response that needs an adapted practice (lines 3018-3020).</summary>
    public const string Following = "reactie.volgen";
    /// <summary>What a volgen segment on paper only is proposed as (Table 3.3, lines 2313-2315).</summary>
    public const string Hiding = "reactie.vermijden.verbergen";
    /// <summary>The name of segments without a demand.</summary>
    public const string WholeSteering = "de sturing als geheel";

    /// <summary>The counted response of each response segment and the segments set aside (M2, M3).</summary>
    public static (IReadOnlyList<(Evidence Evidence, string Response, string Code)> Counted, ImmutableArray<SetAside> SetAside) Sort(Codebook codebook, IEnumerable<Evidence> evidence)
    {
        var counted = new List<(Evidence, string, string)>();
        var aside = ImmutableArray.CreateBuilder<SetAside>();
        foreach (var e in evidence)
        {
            if (codebook.Find(e.Code) is not { IsExcluded: false } entry) continue;
            var response = entry.Kind switch
            {
                EntryKind.Response => entry.Id,
                EntryKind.Tactic when entry.ParentId is { } parent => parent,
                _ => null,
            };
            if (response is null) continue;
            if (e.Code == SelfEvident)
            {
                aside.Add(new SetAside(e, RuleNames.SelfEvidentDescribed, "volgen als vanzelfsprekend: beschreven, niet meegeteld (r. 3001-3004)"));
                continue;
            }
            if (response == Following && e.Enactment != Enactment.Practice)
            {
                switch (e.Enactment)
                {
                    case Enactment.Paper when codebook.Find(Hiding) is { } hiding:
                        aside.Add(new SetAside(e, RuleNames.FollowingNeedsPractice, "volgen alleen op papier: voorgesteld als vermijden/verbergen (r. 2313-2315, 3018-3020)"));
                        counted.Add((e, hiding.ParentId!, Hiding));
                        break;
                    case Enactment.Intention:
                        aside.Add(new SetAside(e, RuleNames.FollowingNeedsPractice, "volgen als voornemen: telt niet als volgen; niet uitgevoerd is verbergen (r. 2309-2311)"));
                        break;
                    default:
                        aside.Add(new SetAside(e, RuleNames.FollowingNeedsPractice, "volgen zonder vastgestelde aangepaste werkwijze (enactment ontbreekt): telt niet mee (r. 3018-3020)"));
                        break;
                }
                continue;
            }
            counted.Add((e, response, e.Code));
        }
        return (counted, aside.ToImmutable());
    }

    /// <summary>Rules M1-M5 for one period of one unit; <paramref name="demands"/> are the demands of the unit's case.</summary>
    public static PeriodClassification ClassifyPeriod(Codebook codebook, string unit, int period, string? label, IReadOnlyList<Evidence> evidence,
        IReadOnlyList<SteeringDemand> demands, IReadOnlyList<Override> overrides, ClassificationRules rules)
    {
        var (counted, setAside) = Sort(codebook, evidence);
        var order = codebook.Responses.Select(r => r.Id).ToList();
        var total = counted.Count;

        // Context: shares of the counted segments (never the decider).
        var (shares, clusters) = Classifier.Shares(codebook, [.. counted.Select(c => (c.Response, c.Code))]);

        // M1: per demand.
        var perDemand = counted.GroupBy(c => c.Evidence.Demand)
            .Select(g =>
            {
                var demand = g.Key is null ? null : demands.FirstOrDefault(d => d.Id == g.Key);
                var responses = g.GroupBy(c => c.Response).OrderByDescending(r => r.Count()).ThenBy(r => order.IndexOf(r.Key)).Select(r => r.Key).ToImmutableArray();
                var demandClusters = responses.Select(r => Classifier.ClusterOf(codebook, r)).Distinct().ToList();
                return new DemandResponse(g.Key, demand?.Name ?? g.Key ?? WholeSteering, g.Key is null || (demand?.IsMain ?? true), responses,
                    demandClusters.Count == 1 ? demandClusters[0] : null, [.. g.Select(c => c.Evidence)]);
            })
            .OrderByDescending(d => d.IsMain).ThenBy(d => d.Demand is null ? "" : d.Demand, StringComparer.Ordinal).ToImmutableArray();

        Judgment response, cluster;
        var deciding = perDemand.Where(d => d.IsMain).ToList();
        var minorOnly = deciding.Count == 0 && perDemand.Length > 0;
        if (minorOnly) deciding = [.. perDemand];
        // The response of each counted segment, by reference (the deciding groups hold these very instances): a scan with
        // record equality per segment made a period of thousands of codings quadratic.
        var responseOf = new Dictionary<Evidence, string>(ReferenceEqualityComparer.Instance);
        foreach (var c in counted) responseOf.TryAdd(c.Evidence, c.Response);
        var decidingResponses = deciding.SelectMany(d => d.Evidence.Select(e => responseOf[e]))
            .GroupBy(r => r).OrderByDescending(g => g.Count()).ThenBy(g => order.IndexOf(g.Key)).Select(g => g.Key).ToImmutableArray();
        var context = total == 0 ? "" : $"; context (beslist niet): {total} segment(en): {string.Join(", ", shares.Select(s => $"{Short(s.Response)} {s.Count}"))}"
            + (setAside.Length == 0 ? "" : $"; terzijde: {setAside.Length}");

        if (total == 0)
        {
            (response, cluster) = Classifier.WithoutResponseEvidence(codebook, unit, period, evidence, rules,
                setAside.Length == 0 ? "" : $" ({setAside.Length} segment(en) terzijde gelegd: {string.Join("; ", setAside.Select(a => a.Note).Distinct())})");
        }
        else
        {
            var support = deciding.SelectMany(d => d.Evidence).ToImmutableArray();
            var all = counted.Select(c => c.Evidence).ToImmutableArray();
            var described = string.Join("; ", perDemand.Select(d => $"{(d.IsMain ? "hoofdeis" : "kleinere eis")} {d.Name}: {string.Join(" + ", d.Responses.Select(Short))} ({d.Cluster ?? "gemengd"})"));
            var flag = minorOnly ? "; alleen kleinere eisen hebben bewijs" : "";
            var decidingClusters = deciding.Select(d => d.Cluster).Distinct().ToList();
            cluster = decidingClusters is [{ } one]
                ? new Judgment(unit, period, Classifier.ClusterVariable, one, JudgmentOutcome.Determined,
                    $"{RuleNames.MainDemandsDecide}: {one} ({described}){flag}{context}", all, support)
                : new Judgment(unit, period, Classifier.ClusterVariable, null, JudgmentOutcome.Mixed,
                    $"{RuleNames.ResearcherJudges}: gemengd, de beslissende eisen wijzen naar verschillende clusters ({described}){flag}{context}", all, support);
            response = decidingResponses is [var single]
                ? new Judgment(unit, period, Classifier.ResponseVariable, single, JudgmentOutcome.Determined,
                    $"{RuleNames.MainDemandsDecide}: {Short(single)} ({described}){flag}{context}", all, support)
                : new Judgment(unit, period, Classifier.ResponseVariable, null, JudgmentOutcome.Mixed,
                    $"{RuleNames.PerDemand}: meer dan één reactie op de beslissende eisen ({string.Join(" + ", decidingResponses.Select(Short))}; {described}){flag}{context}", all, support);
        }

        (response, cluster) = Classifier.ApplyOverrides(codebook, period, response, cluster, overrides);
        // A researcher who judges the cluster also judges which demands carry the emphasis: demands wholly in another
        // cluster stay reported but no longer decide (Mercurius' wijkteams beside the new stelsel); a demand with
        // responses in both clusters keeps them all (Orion's compromis and domineren on one topic).
        if (cluster.Override is not null && cluster.Value is { } judged)
            decidingResponses = [.. decidingResponses.Where(r => deciding.Any(d => d.Responses.Contains(r) && (d.Cluster is null || d.Cluster == judged)))];
        return new PeriodClassification(period, label, shares, clusters, response, cluster)
        {
            Demands = perDemand,
            Deciding = decidingResponses,
            SetAside = setAside,
        };
    }

    /// <summary>
    /// A note when <paramref name="segment"/> is a volgen segment that the project's rule set will not count as volgen
    /// (no <c>enactment=practice</c>, rule M2, seed 003 lines 3018-3020), so the coder learns it when coding; else null.
    /// </summary>
    public static string? UncountedFollowing(CodingProject project, CodedSegment segment)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(segment);
        if (project.Rules.RuleSet != RuleSet.Proefschrift || segment.Enactment == Enactment.Practice
            || segment.Code == SelfEvident
            || !project.Codebook.Path(segment.Code).Any(e => e.Id == Following)) return null;
        return segment.Enactment switch
        {
            Enactment.Paper => $"Note: under rule {RuleNames.FollowingNeedsPractice} a volgen segment on paper only is proposed as vermijden/verbergen.",
            Enactment.Intention => $"Note: under rule {RuleNames.FollowingNeedsPractice} an intention to follow does not count as volgen.",
            _ => $"Note: under rule {RuleNames.FollowingNeedsPractice} this volgen segment does not count until it says whether the practice was adapted (--enactment practice|paper|intention).",
        };
    }

    private static string Short(string responseId) => responseId.StartsWith("reactie.", StringComparison.Ordinal) ? responseId["reactie.".Length..] : responseId;
}
