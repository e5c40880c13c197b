using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Theory;

/// <summary>Applies a <see cref="PeriodPolicy"/> to study data, so every analysis downstream keeps working on one unit table.</summary>
public static partial class StudyPeriods
{
    /// <summary>The study as the policy sees it: unchanged for <see cref="PeriodPolicy.UnitLevel"/>.</summary>
    public static StudyData Apply(StudyData study, PeriodPolicy policy) =>
        policy == PeriodPolicy.LastPeriod ? WithLastPeriodValues(study) : study;

    /// <summary>
    /// Adds, for every unit and variable without a value for the whole period, a period-less copy of the value of its
    /// latest period. Periods are ordered by the first and last year in their label; when a label has no year the
    /// variable is left undetermined. The copy keeps its provenance, with the period named in the reason.
    /// </summary>
    public static StudyData WithLastPeriodValues(StudyData study)
    {
        var added = study.UnitValues
            .GroupBy(o => (o.Subject, o.Variable))
            .Where(g => g.All(o => o.Period is not null))
            .Select(g => Latest(g.ToList()))
            .OfType<Observation>()
            .Select(o => o with
            {
                Period = null,
                Provenance = o.Provenance with { Reason = $"laatste periode {o.Period}" + (o.Provenance.Reason is null ? "" : ": " + o.Provenance.Reason) },
            });
        return study with { UnitValues = [.. study.UnitValues, .. added] };
    }

    private static Observation? Latest(IReadOnlyList<Observation> periods)
    {
        var keyed = periods.Select(o => (Observation: o, Years: Years(o.Period!))).ToList();
        if (keyed.Any(k => k.Years.Count == 0)) return null;
        return keyed.OrderBy(k => k.Years[0]).ThenBy(k => k.Years[^1]).Last().Observation;
    }

    private static IReadOnlyList<int> Years(string label) =>
        YearPattern().Matches(label).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();

    [GeneratedRegex(@"(?<!\d)(19|20)\d\d(?!\d)")]
    private static partial Regex YearPattern();
}
