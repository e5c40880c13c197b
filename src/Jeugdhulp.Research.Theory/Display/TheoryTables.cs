using System.Collections.Immutable;
using System.Globalization;
using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Theory.Display;

/// <summary>
/// Proposition results as numbers rather than sentences: the counts behind each hit rate, so a reader can compare
/// propositions at a glance and tests can check exact values.
/// </summary>
public static class TheoryTables
{
    /// <summary>
    /// One row per rule proposition: hits, deviant, not assessable and out-of-scope units, hit rate and coverage to three
    /// decimals, and the deviant units. Comparative propositions (between or within cases) judge cases, not units, and
    /// are left out.
    /// </summary>
    public static ResultTable HitRates(PropositionEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var rows = evaluation.Results.Where(r => r.Comparison is null).Select(r => (ImmutableArray<TableCell>)[
            new TableCell(r.Proposition.Id, Detail: r.Proposition.Label.Nl),
            Count(r.Hits, r.Judgements.Where(j => j.Kind == JudgementKind.Hit)),
            Count(r.Deviants.Length, r.Deviants),
            Count(r.NotAssessable.Length, r.NotAssessable),
            Count(r.OutOfScope.Length, r.OutOfScope),
            new TableCell(Rate(r.HitRate), Detail: $"{r.Hits} / {r.Evaluated}"),
            new TableCell(Rate(r.Coverage), Detail: $"{r.Evaluated} / {r.UnitCount}"),
            new TableCell(string.Join(", ", r.Deviants.Select(j => j.UnitId))),
        ]);
        return new ResultTable("Trefferpercentages per propositie",
            ["id", "treffers", "afwijkend", "niet te beoordelen", "buiten bereik", "trefferpercentage", "dekking", "afwijkende eenheden"], [.. rows],
            ["Trefferpercentage = treffers / (treffers + afwijkend); dekking = (treffers + afwijkend) / alle eenheden. "
             + "Proposities die cases vergelijken (tussen of binnen cases) staan hier niet: zij beoordelen cases, geen eenheden."]);
    }

    /// <summary>A fraction to three decimals with a decimal point, or "-" when undefined.</summary>
    public static string Rate(double? value) =>
        value is { } v && !double.IsNaN(v) ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    private static TableCell Count(int n, IEnumerable<UnitJudgement> units) =>
        new(n.ToString(CultureInfo.InvariantCulture), Detail: string.Join(", ", units.Select(j => j.UnitId)));
}
