using System.Collections.Immutable;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Charts;

/// <summary>
/// The organisation characteristics (weten, willen, kunnen, moeten) of every unit as scores, the data behind the
/// factor-profile heatmap. Kept separate from the chart so the numbers can be checked and reused (e.g. in QCA).
/// </summary>
/// <param name="UnitIds">Unit ids, one per row.</param>
/// <param name="UnitLabels">"Provider (Case)" per row.</param>
/// <param name="FactorIds">Codebook ids of the characteristic groups, one per column.</param>
/// <param name="FactorLabels">Their Dutch labels.</param>
/// <param name="Scores">Per row and column: + = 1, +/- = 0, - = -1, null = undetermined (a blank cell).</param>
/// <param name="Symbols">The value as coded (+, -, +/-) or empty.</param>
/// <param name="Details">Every coded value with its period, for the tooltip.</param>
public sealed record FactorMatrix(
    ImmutableArray<string> UnitIds, ImmutableArray<string> UnitLabels,
    ImmutableArray<string> FactorIds, ImmutableArray<string> FactorLabels,
    ImmutableArray<ImmutableArray<double?>> Scores, ImmutableArray<ImmutableArray<string>> Symbols,
    ImmutableArray<ImmutableArray<string>> Details)
{
    /// <summary>
    /// Builds the matrix. A unit's value without period is used; where the data only has values per period, the
    /// last period's value is scored (the response cluster of chapter 9 also follows the latest emphasis) and the
    /// tooltip lists every period.
    /// </summary>
    /// <param name="study">The study.</param>
    /// <param name="codebook">Gives the characteristic groups (kind <see cref="EntryKind.CharacteristicGroup"/>) and labels.</param>
    /// <param name="unitIds">Units to include, in this order; all units when null.</param>
    public static FactorMatrix From(StudyData study, Codebook codebook, IEnumerable<string>? unitIds = null)
    {
        var factors = codebook.OfKind(EntryKind.CharacteristicGroup).ToList();
        var units = unitIds?.Select(id => study.FindUnit(id) ?? throw new ArgumentException($"Unknown unit '{id}'.", nameof(unitIds))).ToList()
            ?? [.. study.Units];
        var scores = ImmutableArray.CreateBuilder<ImmutableArray<double?>>();
        var symbols = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        var details = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var unit in units)
        {
            var rowScores = new List<double?>();
            var rowSymbols = new List<string>();
            var rowDetails = new List<string>();
            foreach (var factor in factors)
            {
                var observations = study.ValuesOf(unit.Id).Where(o => o.Variable == factor.Id).ToList();
                var chosen = observations.FirstOrDefault(o => o.Period is null) ?? observations.LastOrDefault();
                rowScores.Add(Score(chosen?.Value));
                rowSymbols.Add(chosen?.Value ?? "");
                rowDetails.Add(observations.Count == 0 ? "niet gecodeerd"
                    : string.Join("; ", observations.Select(o => (o.Period is null ? "" : o.Period + ": ") + (o.Value ?? "onbekend"))));
            }
            scores.Add([.. rowScores]);
            symbols.Add([.. rowSymbols]);
            details.Add([.. rowDetails]);
        }
        return new FactorMatrix(
            [.. units.Select(u => u.Id)],
            [.. units.Select(u => $"{u.Provider} ({study.FindCase(u.Case)?.Name ?? u.Case})")],
            [.. factors.Select(f => f.Id)], [.. factors.Select(f => f.Label.Nl)],
            scores.ToImmutable(), symbols.ToImmutable(), details.ToImmutable());
    }

    /// <summary>The score of a plus/minus value: + = 1, +/- = 0, - = -1; anything else (undetermined) = null.</summary>
    public static double? Score(string? value) => value switch
    {
        "+" => 1,
        "+/-" => 0,
        "-" => -1,
        _ => null,
    };
}

/// <summary>One flow of the response-change diagram: units whose first period falls in one cluster and last in another.</summary>
/// <param name="From">Cluster id of the first period.</param>
/// <param name="To">Cluster id of the last period.</param>
/// <param name="Units">The units, in data order.</param>
public sealed record ResponseFlow(string From, string To, ImmutableArray<string> Units);

/// <summary>The flows from the first period's emphasis cluster to the last period's, the data behind the Sankey diagram.</summary>
public static class ResponseFlows
{
    /// <summary>
    /// Groups units by (cluster of period 1, cluster of the last period), using the emphasis of each period as chapter 9
    /// does (<see cref="UnitTable.ClusterSequence"/>). Units without responses are left out. A unit that changed and
    /// changed back shows as a flow to its own cluster; <see cref="UnitTable.ClusterChange"/> keeps the full sequence.
    /// </summary>
    public static ImmutableArray<ResponseFlow> From(StudyData study, IEnumerable<string>? unitIds = null)
    {
        var ids = unitIds?.ToList() ?? [.. study.Units.Select(u => u.Id)];
        var pairs = ids
            .Select(id => (id, sequence: UnitTable.ClusterSequence(study.ResponsesOf(id))))
            .Where(p => p.sequence.Count > 0)
            .Select(p => (p.id, from: p.sequence[0], to: p.sequence[^1]))
            .ToList();
        return [.. pairs.GroupBy(p => (p.from, p.to))
            .Select(g => new ResponseFlow(g.Key.from, g.Key.to, [.. g.Select(p => p.id)]))];
    }
}

/// <summary>
/// The steering matrix of one or more studies as a grid of scores and labels, the data behind the steering heatmap.
/// Rows and columns are those of the steering matrix (<see cref="Matrices.SteeringColumns"/>, <see cref="Matrices.SteeringVariables"/>)
/// and every label is the table's cell text (<see cref="Matrices.SteeringText"/>), so the chart and the table cannot tell different stories.
/// </summary>
/// <param name="Variables">Codebook ids of the steering variables, one per row.</param>
/// <param name="RowLabels">Their Dutch labels.</param>
/// <param name="ColumnLabels">Case names, with the study in brackets when there is more than one.</param>
/// <param name="Scores">Per row and column: <see cref="SteeringGrid.Score"/> of the cell's (last) value; null = not coded.</param>
/// <param name="Labels">The cell's text as in the table ("+", "ingezet", "onbekend", ...); empty = not coded.</param>
/// <param name="Details">Provenance and quotes of the cell's values, for the tooltip.</param>
public sealed record SteeringGrid(
    ImmutableArray<string> Variables, ImmutableArray<string> RowLabels, ImmutableArray<string> ColumnLabels,
    ImmutableArray<ImmutableArray<double?>> Scores, ImmutableArray<ImmutableArray<string>> Labels, ImmutableArray<ImmutableArray<string>> Details)
{
    /// <summary>The score of a value without a direction (a form such as <c>mengvorm</c>, an intensity) or an undetermined one.</summary>
    public const double NoDirection = 2;

    /// <summary>Builds the grid of <paramref name="studies"/> side by side.</summary>
    public static SteeringGrid From(IReadOnlyList<(string Name, StudyData Study)> studies, Vocabulary vocabulary)
    {
        var columns = Matrices.SteeringColumns(studies);
        var variables = Matrices.SteeringVariables(studies, vocabulary);
        var scores = ImmutableArray.CreateBuilder<ImmutableArray<double?>>();
        var labels = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        var details = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var variable in variables)
        {
            var cells = columns.Select(c => c.Study.CaseValues.Where(o => o.Subject == c.Case.Id && o.Variable == variable).ToList()).ToList();
            scores.Add([.. cells.Select(values => values.Count == 0 ? (double?)null : Score(values[^1].Value))]);
            labels.Add([.. cells.Select(values => values.Count == 0 ? "" : Matrices.SteeringText(values, vocabulary))]);
            details.Add([.. cells.Select(values => values.Count == 0 ? "niet gecodeerd"
                : string.Join("<br>", values.Select(o => System.Net.WebUtility.HtmlEncode(Shorten($"{o.Provenance} {o.Provenance.Evidence}")))))]);
        }
        return new SteeringGrid(variables, [.. variables.Select(vocabulary.AttributeLabel)], [.. columns.Select(c => c.Header)],
            scores.ToImmutable(), labels.ToImmutable(), details.ToImmutable());
    }

    /// <summary>
    /// A steering value as a score on one diverging scale: + and a channel that is used (<c>ingezet</c>) 1, +/- and a
    /// proposed channel (<c>voorgesteld</c>) 0, - and a missing channel (<c>ontbreekt</c>) -1; any other value (a form, an
    /// intensity) and an undetermined one <see cref="NoDirection"/>.
    /// </summary>
    public static double Score(string? value) => value switch
    {
        "+" or "ingezet" => 1,
        "+/-" or "voorgesteld" => 0,
        "-" or "ontbreekt" => -1,
        _ => NoDirection,
    };

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..297] + "...";
}
