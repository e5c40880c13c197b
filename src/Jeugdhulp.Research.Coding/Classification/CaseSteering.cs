using System.Collections.Immutable;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Projects;

namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>
/// The case-level side of a coding project: the steering of each case (mode, dimensions, ruimte, adaptief vermogen,
/// onzekerheid, kanalen, intensiteit, ...) and its background variables with a value set (inkoopmodel, bekostiging),
/// judged from the codings of those variables on any unit of the case. The dissertation coded these per case
/// (Tables 4.2-8.2), not per provider, so a project's steering matrix needs them per case too.
/// </summary>
/// <remarks>
/// Rules (<see cref="RuleNames"/>): S1 one value in every segment gives that value; S2 for a +/- variable, segments
/// saying + and segments saying - give +/- (the dissertation's "applied with mixed effect"); S3 any other mix stays
/// undetermined and names the values. A researcher's judgment in <c>overrides.csv</c> (the case id in the <c>unit</c> column) is set beside the derived
/// value; an empty value there records "undetermined" with the reason the documents do not support a value.
/// </remarks>
public static class CaseSteering
{
    /// <summary>
    /// True for the entries that describe a case rather than a unit: the steering modes, their dimensions and the
    /// steering variables, and the municipality's background variables that have a value set.
    /// </summary>
    public static bool IsCaseLevel(CodebookEntry entry) =>
        entry.Kind is EntryKind.SteeringMode or EntryKind.SteeringDimension or EntryKind.SteeringVariable
        || (entry.Kind == EntryKind.BackgroundVariable && entry.Id.StartsWith("gemeente.", StringComparison.Ordinal) && entry.ValueSetId is not null);

    /// <summary>
    /// One judgment per case and case-level variable that has evidence or a researcher's judgment, in case order and
    /// codebook order; <see cref="Judgment.Unit"/> holds the case id.
    /// </summary>
    public static ImmutableArray<Judgment> Judge(CodingProject project, IReadOnlyList<Evidence> evidence)
    {
        var caseOf = project.Units.ToDictionary(u => u.Id, u => u.Case, StringComparer.Ordinal);
        var entries = project.Codebook.Entries.Where(IsCaseLevel).ToList();
        var result = ImmutableArray.CreateBuilder<Judgment>();
        foreach (var c in project.Cases)
            foreach (var entry in entries)
            {
                var segments = evidence.Where(e => e.Code == entry.Id && caseOf.GetValueOrDefault(e.Unit) == c.Id).ToImmutableArray();
                var judgment = Derive(c.Id, entry.Id, segments);
                if (project.Overrides.FirstOrDefault(o => o.Unit == c.Id && o.Variable == entry.Id) is { } o) judgment = judgment with { Override = o };
                else if (segments.IsEmpty) continue;
                result.Add(judgment);
            }
        return result.ToImmutable();
    }

    private static Judgment Derive(string caseId, string variable, ImmutableArray<Evidence> segments)
    {
        if (segments.IsEmpty)
            return new Judgment(caseId, null, variable, null, JudgmentOutcome.NoEvidence, $"{RuleNames.NoEvidence}: geen segmenten", [], []);
        var values = segments.Where(e => e.Value is not null).GroupBy(e => e.Value!).Select(g => (Value: g.Key, Count: g.Count())).OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList();
        var counts = string.Join(", ", values.Select(v => $"{v.Value} ({v.Count})"));
        if (values.Count == 1)
            return new Judgment(caseId, null, variable, values[0].Value, JudgmentOutcome.Determined, $"{RuleNames.CaseSingle}: {segments.Length} segment(en), alle {values[0].Value}", segments, segments);
        if (values.Count > 1 && values.All(v => v.Value is "+" or "-" or "+/-"))
            return new Judgment(caseId, null, variable, "+/-", JudgmentOutcome.Determined, $"{RuleNames.CasePlusAndMinus}: {counts}", segments, segments);
        return new Judgment(caseId, null, variable, null, JudgmentOutcome.Mixed, $"{RuleNames.CaseConflicting}: {counts}", segments, segments);
    }
}
