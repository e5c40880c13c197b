using System.Collections.Immutable;
using System.Globalization;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>
/// Classifies the units of a coding project by the rules in <see cref="RuleNames"/>: per unit and period the strategic
/// response and its cluster (by the dissertation's method, <see cref="MethodRules"/>, unless the project states the old
/// counting rules), changes between periods, the unit's cluster and its factor profile. Pure: the same project, coder
/// selection and rules always give the same result. The result is a proposal: a researcher confirms or overrides it.
/// </summary>
public static class Classifier
{
    /// <summary>The override variable of a period's response.</summary>
    public const string ResponseVariable = CodingProjectLoader.ResponseVariable;
    /// <summary>The variable of a cluster judgment (as in the study data).</summary>
    public const string ClusterVariable = StudyDataLoader.ClusterVariable;
    /// <summary>The root of the organisation characteristics in the codebook.</summary>
    public const string FactorRoot = "kenmerk";
    /// <summary>The characteristic whose '-' means not knowing (rule R4).</summary>
    public const string Knowing = "kenmerk.weten";

    /// <summary>Classifies every unit of <paramref name="project"/> with the project's rules unless <paramref name="rules"/> is given.</summary>
    /// <exception cref="InputException">The selected coder is not a coder of the project.</exception>
    public static ProjectClassification Classify(CodingProject project, CoderSelection coders, ClassificationRules? rules = null)
    {
        if (coders.Coder is { } c && project.Coders.All(x => x.Id != c))
            throw new InputException(new Diagnostic(Path.Combine(project.Directory, "project.yaml"), 0, 0, "unknown-coder",
                $"Coder '{c}' is not a coder of this project ({string.Join(", ", project.Coders.Select(x => x.Id))})."));
        rules ??= project.Rules;
        var evidence = project.Evidence().Where(e => coders.Includes(e.Coder)).ToList();
        var units = project.Units.Select(u => ClassifyUnit(project, u, evidence.Where(e => e.Unit == u.Id).ToList(), rules)).ToImmutableArray();
        return new ProjectClassification(project, coders, rules, units) { Cases = CaseSteering.Judge(project, evidence) };
    }

    /// <summary>Classifies one unit from its evidence (already restricted to the unit and the coders).</summary>
    public static UnitClassification ClassifyUnit(CodingProject project, ProjectUnit unit, IReadOnlyList<Evidence> evidence, ClassificationRules rules)
    {
        var codebook = project.Codebook;
        var overrides = project.Overrides.Where(o => o.Unit == unit.Id).ToList();
        var periods = evidence.Select(e => e.Period)
            .Concat(project.Sources.Where(s => s.Units.Contains(unit.Id)).Select(s => s.Period))
            .Concat(overrides.Where(o => o.Period is not null).Select(o => o.Period!.Value))
            .DefaultIfEmpty(1).Distinct().Order().ToList();
        var demands = project.Demands.Where(d => d.Case == unit.Case).ToList();
        var classified = periods.Select(p =>
            {
                var inPeriod = evidence.Where(e => e.Period == p).ToList();
                if (rules.RuleSet == RuleSet.Segmenttelling)
                {
                    var counting = ClassifyPeriod(codebook, unit.Id, p, Label(project, unit.Id, p), inPeriod, overrides, rules);
                    return counting with { Deciding = [.. counting.Responses.Select(r => r.Response)] };
                }
                return MethodRules.ClassifyPeriod(codebook, unit.Id, p, Label(project, unit.Id, p), inPeriod, demands, overrides, rules) with
                {
                    Factors = [.. Factors(codebook, unit.Id, inPeriod, [], rules).Select(f => f with { Period = p })],
                };
            })
            .ToImmutableArray();
        var factors = Factors(codebook, unit.Id, evidence, overrides, rules);
        return new UnitClassification(unit, classified, Changes(classified), UnitCluster(unit.Id, classified), factors);
    }

    /// <summary>Rules R1-R5 and O1 for one period (rule set segmenttelling).</summary>
    public static PeriodClassification ClassifyPeriod(Codebook codebook, string unit, int period, string? label,
        IReadOnlyList<Evidence> evidence, IReadOnlyList<Override> overrides, ClassificationRules rules)
    {
        var responseOf = new Dictionary<Evidence, string>();
        foreach (var e in evidence)
            if (codebook.Find(e.Code) is { } entry && !entry.IsExcluded)
            {
                if (entry.Kind == EntryKind.Response) responseOf[e] = entry.Id;
                else if (entry.Kind == EntryKind.Tactic && entry.ParentId is { } parent) responseOf[e] = parent;
            }
        var responseEvidence = evidence.Where(responseOf.ContainsKey).ToImmutableArray();
        var total = responseEvidence.Length;
        var (shares, clusters) = Shares(codebook, [.. responseEvidence.Select(e => (responseOf[e], e.Code))]);

        Judgment response, cluster;
        if (total == 0)
            (response, cluster) = WithoutResponseEvidence(codebook, unit, period, evidence, rules, "");
        else
        {
            var top = shares[0];
            var responseWins = top.Share > rules.ResponseMajority && (shares.Length == 1 || shares[1].Count < top.Count);
            var counts = string.Join(", ", shares.Select(s => $"{Short(s.Response)} {s.Count}"));
            response = responseWins
                ? new Judgment(unit, period, ResponseVariable, top.Response, JudgmentOutcome.Determined,
                    $"{RuleNames.ResponseMajority}: {Short(top.Response)} {top.Count} van {total} segmenten ({Percent(top.Share)}) > {Percent(rules.ResponseMajority)}",
                    responseEvidence, [.. responseEvidence.Where(e => responseOf[e] == top.Response)])
                : new Judgment(unit, period, ResponseVariable, null, JudgmentOutcome.Mixed,
                    $"{RuleNames.ResponseMajority}: gemengd, geen reactie boven {Percent(rules.ResponseMajority)} of gelijke stand ({counts}; {total} segmenten)",
                    responseEvidence, responseEvidence);
            var topCluster = clusters[0];
            var clusterWins = topCluster.Share > rules.ResponseMajority && (clusters.Length == 1 || clusters[1].Count < topCluster.Count);
            var clusterCounts = string.Join(", ", clusters.Select(s => $"{s.Cluster} {s.Count}"));
            cluster = clusterWins
                ? new Judgment(unit, period, ClusterVariable, topCluster.Cluster, JudgmentOutcome.Determined,
                    $"{RuleNames.ClusterMajority}: {topCluster.Cluster} {topCluster.Count} van {total} segmenten ({Percent(topCluster.Share)}) > {Percent(rules.ResponseMajority)} ({clusterCounts})",
                    responseEvidence, [.. responseEvidence.Where(e => ClusterOf(codebook, responseOf[e]) == topCluster.Cluster)])
                : new Judgment(unit, period, ClusterVariable, null, JudgmentOutcome.Mixed,
                    $"{RuleNames.ClusterMajority}: gemengd, geen cluster boven {Percent(rules.ResponseMajority)} of gelijke stand ({clusterCounts})",
                    responseEvidence, responseEvidence);
        }

        (response, cluster) = ApplyOverrides(codebook, period, response, cluster, overrides);
        return new PeriodClassification(period, label, shares, clusters, response, cluster);
    }

    /// <summary>Rule R1 and the context of every rule set: each response's and cluster's segments and share, tactics listed, most segments first.</summary>
    internal static (ImmutableArray<ResponseShare> Responses, ImmutableArray<ClusterShare> Clusters) Shares(Codebook codebook, IReadOnlyList<(string Response, string Code)> segments)
    {
        var total = segments.Count;
        var order = codebook.Responses.Select(r => r.Id).ToList();
        var shares = segments.GroupBy(c => c.Response)
            .Select(g => new ResponseShare(g.Key, ClusterOf(codebook, g.Key), g.Count(), (double)g.Count() / total,
                [.. g.Where(c => c.Code != g.Key).GroupBy(c => c.Code).Select(t => new TacticCount(t.Key, t.Count())).OrderByDescending(t => t.Count).ThenBy(t => t.Tactic, StringComparer.Ordinal)]))
            .OrderByDescending(s => s.Count).ThenBy(s => order.IndexOf(s.Response)).ToImmutableArray();
        var clusterOrder = new[] { "volgen", "niet-volgen", "niets-doen" };
        var clusters = shares.GroupBy(s => s.Cluster)
            .Select(g => new ClusterShare(g.Key, g.Sum(s => s.Count), (double)g.Sum(s => s.Count) / total))
            .OrderByDescending(s => s.Count).ThenBy(s => Array.IndexOf(clusterOrder, s.Cluster)).ToImmutableArray();
        return (shares, clusters);
    }

    /// <summary>Rules R4 and R5: a period without counted response segments is niets-doen when the provider does not know, else undetermined.</summary>
    internal static (Judgment Response, Judgment Cluster) WithoutResponseEvidence(Codebook codebook, string unit, int period, IReadOnlyList<Evidence> evidence, ClassificationRules rules, string note)
    {
        var knowing = FactorJudgment(codebook, unit, Knowing, evidence, rules, isGroup: false);
        if (rules.NotKnowingIsNietsDoen && knowing.Outcome == JudgmentOutcome.Determined && knowing.Derived == "-")
        {
            var nietsDoen = codebook.Responses.FirstOrDefault(r => ClusterOf(codebook, r.Id) == "niets-doen")?.Id ?? "reactie.niets-doen";
            var why = $"{RuleNames.NotKnowing}: geen reactiesegmenten; kenmerk.weten '-' ({knowing.Support.Length} van {knowing.Evidence.Length} segmenten){note}";
            return (new Judgment(unit, period, ResponseVariable, nietsDoen, JudgmentOutcome.Determined, why, knowing.Evidence, knowing.Support),
                new Judgment(unit, period, ClusterVariable, ClusterOf(codebook, nietsDoen), JudgmentOutcome.Determined, why, knowing.Evidence, knowing.Support));
        }
        var none = $"{RuleNames.NoEvidence}: geen reactiesegmenten in periode {period}{note}";
        return (new Judgment(unit, period, ResponseVariable, null, JudgmentOutcome.NoEvidence, none, [], []),
            new Judgment(unit, period, ClusterVariable, null, JudgmentOutcome.NoEvidence, none, [], []));
    }

    /// <summary>Rule O1: a researcher's judgment of a period's response and cluster; a response judgment also sets the cluster unless that is judged too.</summary>
    internal static (Judgment Response, Judgment Cluster) ApplyOverrides(Codebook codebook, int period, Judgment response, Judgment cluster, IReadOnlyList<Override> overrides)
    {
        var responseOverride = overrides.FirstOrDefault(o => o.Period == period && o.Variable == ResponseVariable);
        var clusterOverride = overrides.FirstOrDefault(o => o.Period == period && o.Variable == ClusterVariable)
            ?? (responseOverride is null ? null : responseOverride with
            {
                Variable = ClusterVariable,
                Value = ClusterOf(codebook, responseOverride.Value),
                Reason = $"volgt uit de override van reactie ({responseOverride.Reason})",
            });
        if (responseOverride is not null) response = response with { Override = responseOverride };
        if (clusterOverride is not null) cluster = cluster with { Override = clusterOverride };
        return (response, cluster);
    }

    /// <summary>The characteristic the method judges apart from willen (M6, lines 12478-12480).</summary>
    public const string GoalCongruence = "kenmerk.willen.doelcongruentie";
    /// <summary>The characteristic the method leaves out of moeten (M6, lines 3005-3006).</summary>
    public const string VoluntaryDiffusion = "kenmerk.moeten.vrijwillige-verspreiding";

    /// <summary>Rules F1/F2 (and M6 under rule set proefschrift) and O1: the factor profile of a unit over the given evidence.</summary>
    public static ImmutableArray<Judgment> Factors(Codebook codebook, string unit, IReadOnlyList<Evidence> evidence, IReadOnlyList<Override> overrides, ClassificationRules rules)
    {
        if (codebook.Find(FactorRoot) is null) return [];
        return [.. codebook.Descendants(FactorRoot)
            .Where(e => e.Kind is EntryKind.CharacteristicGroup or EntryKind.Characteristic)
            .Select(e =>
            {
                var judgment = FactorJudgment(codebook, unit, e.Id, evidence, rules, e.Kind == EntryKind.CharacteristicGroup && !e.ChildIds.IsEmpty);
                return overrides.FirstOrDefault(o => o.Variable == e.Id && o.Period is null) is { } o ? judgment with { Override = o } : judgment;
            })];
    }

    /// <summary>One factor's judgment from the segments coded with it or anything below it in the codebook.</summary>
    public static Judgment FactorJudgment(Codebook codebook, string unit, string factor, IReadOnlyList<Evidence> evidence, ClassificationRules rules, bool isGroup)
    {
        var apart = isGroup && rules.RuleSet == RuleSet.Proefschrift ? new[] { GoalCongruence, VoluntaryDiffusion } : [];
        var counts = new Dictionary<string, bool>(StringComparer.Ordinal); // per code, not per segment: a study has few codes and thousands of segments
        bool Counts(string code)
        {
            if (!counts.TryGetValue(code, out var yes))
                counts[code] = yes = codebook.Find(code) is not null && codebook.Path(code).Any(p => p.Id == factor) && !codebook.Path(code).Any(p => apart.Contains(p.Id));
            return yes;
        }
        var relevant = evidence.Where(e => e.Value is not null && Counts(e.Code)).ToImmutableArray();
        var leftOut = apart.Where(a => codebook.Path(a).Any(p => p.Id == factor)).ToList();
        var pool = isGroup ? $" ({RuleNames.GroupPoolsSubVariables}{(leftOut.Count == 0 ? "" : $"; {RuleNames.FactorsApart}: zonder {string.Join(", ", leftOut)}")})" : "";
        if (relevant.IsEmpty)
            return new Judgment(unit, null, factor, null, JudgmentOutcome.NoEvidence, $"{RuleNames.NoEvidence}: geen segmenten{pool}", [], []);
        var tally = relevant.GroupBy(e => e.Value!).Select(g => (Value: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Value, StringComparer.Ordinal).ToList();
        var text = string.Join(", ", tally.Select(c => $"'{c.Value}' {c.Count}"));
        var top = tally[0];
        var share = (double)top.Count / relevant.Length;
        var wins = rules.FactorRule == FactorRule.Unanimous
            ? tally.Count == 1
            : share > rules.FactorMajority && (tally.Count == 1 || tally[1].Count < top.Count);
        var rule = rules.FactorRule == FactorRule.Unanimous ? RuleNames.FactorUnanimous : RuleNames.FactorMajority;
        return wins
            ? new Judgment(unit, null, factor, top.Value, JudgmentOutcome.Determined,
                $"{rule}: '{top.Value}' {top.Count} van {relevant.Length} segmenten ({Percent(share)}){pool}", relevant, [.. relevant.Where(e => e.Value == top.Value)])
            : new Judgment(unit, null, factor, "+/-", JudgmentOutcome.Mixed,
                $"{rule}: gemengd ({text}){pool}", relevant, relevant);
    }

    /// <summary>Rule V1: the steps between consecutive periods, using <see cref="UnitTable.ClusterChanges"/>.</summary>
    public static ImmutableArray<ResponseChange> Changes(IReadOnlyList<PeriodClassification> periods)
    {
        var result = ImmutableArray.CreateBuilder<ResponseChange>();
        for (var i = 1; i < periods.Count; i++)
        {
            var (a, b) = (periods[i - 1], periods[i]);
            string? change = null;
            if (a.Cluster.Value is { } from && b.Cluster.Value is { } to)
                change = UnitTable.ClusterChanges([Row(a.Period, from), Row(b.Period, to)]).FirstOrDefault();
            result.Add(new ResponseChange(a.Period, b.Period, a.Cluster.Value, b.Cluster.Value, change));
        }
        return result.ToImmutable();

        static ResponseObservation Row(int period, string cluster) =>
            new("", period, null, "", null, cluster, new Provenance("", "", Basis.Inferred, null, null, "", 0));
    }

    /// <summary>Rule E1: the unit's cluster is its last period's.</summary>
    public static Judgment UnitCluster(string unit, IReadOnlyList<PeriodClassification> periods)
    {
        var last = periods[^1].Cluster;
        var why = last.Value is null
            ? $"{RuleNames.UnitClusterLastPeriod}: laatste periode ({periods[^1].Period}) {(last.Outcome == JudgmentOutcome.Mixed ? "gemengd" : "zonder bewijs")}"
            : $"{RuleNames.UnitClusterLastPeriod}: cluster van periode {periods[^1].Period}{(last.Override is null ? "" : " (override)")}";
        return new Judgment(unit, null, ClusterVariable, last.Value, last.Value is null ? last.Outcome : JudgmentOutcome.Determined, why, last.Evidence, last.Support);
    }

    /// <summary>The cluster value id (volgen, niet-volgen, niets-doen) of a response, from the codebook.</summary>
    public static string ClusterOf(Codebook codebook, string responseId) => StudyDataLoader.ClusterValueOf(codebook, responseId);

    private static string? Label(CodingProject project, string unit, int period) =>
        project.Sources.Where(s => s.Units.Contains(unit) && s.Period == period).Select(s => s.PeriodLabel).FirstOrDefault(l => l is not null);

    private static string Short(string responseId) => responseId.StartsWith("reactie.", StringComparison.Ordinal) ? responseId["reactie.".Length..] : responseId;

    internal static string Percent(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
