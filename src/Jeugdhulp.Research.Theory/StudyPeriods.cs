using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Theory;

/// <summary>Applies a <see cref="PeriodPolicy"/> to study data, so every analysis downstream keeps working on one unit table.</summary>
public static partial class StudyPeriods
{
    /// <summary>The study as the policy sees it: unchanged for <see cref="PeriodPolicy.UnitLevel"/>.</summary>
    public static StudyData Apply(StudyData study, PeriodPolicy policy) => policy switch
    {
        PeriodPolicy.LastPeriod => WithLastPeriodValues(study),
        PeriodPolicy.ResponsePeriod => WithResponsePeriodValues(study),
        _ => study,
    };

    /// <summary>
    /// Adds, for every unit and variable without a value for the whole period, a period-less copy of the value of the
    /// period its last response belongs to: the factor period whose years overlap the response period's years
    /// ("vanaf 2018" runs on), else the latest. The copy names both periods in its reason.
    /// </summary>
    public static StudyData WithResponsePeriodValues(StudyData study)
    {
        var responsePeriod = study.Responses.GroupBy(r => r.Unit)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Period).Last().PeriodLabel);
        var added = study.UnitValues
            .GroupBy(o => (o.Subject, o.Variable))
            .Where(g => g.All(o => o.Period is not null))
            .Select(g =>
            {
                var list = g.ToList();
                var label = responsePeriod.GetValueOrDefault(g.Key.Subject);
                var matching = label is null ? null : Overlapping(list, label);
                return (Observation: matching ?? Latest(list), Label: label, Matched: matching is not null);
            })
            .Where(x => x.Observation is not null)
            .Select(x => x.Observation! with
            {
                Period = null,
                Provenance = x.Matched
                    ? x.Observation!.Provenance.WithReasonPrefix($"periode {x.Observation.Period} van de reactie ({x.Label})", $"period {x.Observation.Period} of the response ({x.Label})")
                    : x.Observation!.Provenance.WithReasonPrefix($"laatste periode {x.Observation.Period}", $"last period {x.Observation.Period}"),
            });
        return study with { UnitValues = [.. study.UnitValues, .. added] };
    }

    private static Observation? Overlapping(IReadOnlyList<Observation> periods, string responseLabel)
    {
        var years = Years(responseLabel);
        if (years.Count == 0) return null;
        var (from, to) = (years[0], responseLabel.Contains("vanaf", StringComparison.OrdinalIgnoreCase) || years.Count == 1 && responseLabel.Contains("daarna", StringComparison.OrdinalIgnoreCase) ? 9999 : years[^1]);
        return periods.Select(o => (Observation: o, Years: Years(o.Period!)))
            .Where(k => k.Years.Count > 0 && k.Years[0] <= to && k.Years[^1] >= from)
            .OrderBy(k => k.Years[0]).Select(k => k.Observation).LastOrDefault();
    }

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
                Provenance = o.Provenance.WithReasonPrefix($"laatste periode {o.Period}", $"last period {o.Period}"),
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
