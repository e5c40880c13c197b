using System.Collections.Immutable;
using System.Globalization;
using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Theory;

/// <summary>
/// Renders proposition results as <see cref="ResultTable"/>s with Dutch headings: the predicted × observed table,
/// the deviant units with their evidence, the units that cannot be judged, and the summary over a file.
/// </summary>
public static class PropositionTables
{
    /// <summary>The Dutch word for a judgement.</summary>
    public static string Label(JudgementKind kind) => kind switch
    {
        JudgementKind.Hit => "treffer",
        JudgementKind.Deviant => "afwijkend",
        JudgementKind.NotAssessable => "niet te beoordelen",
        _ => "buiten bereik",
    };

    /// <summary>The tables of one result (see <see cref="PropositionResult.ToTables"/>).</summary>
    public static ImmutableArray<ResultTable> For(PropositionResult result, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Comparison is { } comparison) return [CaseTable(result, comparison, vocabulary)];
        var tables = ImmutableArray.CreateBuilder<ResultTable>();
        tables.Add(PredictedObserved(result, vocabulary));
        if (result.Deviants.Length > 0) tables.Add(UnitList(result, result.Deviants, "afwijkende eenheden", vocabulary));
        if (result.NotAssessable.Length > 0) tables.Add(UnitList(result, result.NotAssessable, "niet te beoordelen", vocabulary));
        return tables.ToImmutable();
    }

    /// <summary>One line in Dutch: "9 van 9 beoordeelde eenheden (100%), dekking 9 van 18 (50%)", or a comparison's verdict.</summary>
    public static string Outcome(PropositionResult result, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Comparison is { } c)
        {
            return result.Proposition.Kind == PropositionKind.BetweenCases
                ? $"{(c.Holds ? "ja" : "nee")}: {c.DistinctDistributions} verschillende verdelingen van {Name(vocabulary, result.OutcomeAttribute)} over {c.CaseCount} cases"
                : $"{(c.Holds ? "ja" : "nee")}: {c.CasesWithSeveralValues.Length} van {c.CaseCount} cases met meer dan één {Name(vocabulary, result.OutcomeAttribute)}"
                  + (c.CasesWithSeveralValues.Length == 0 ? "" : $" ({string.Join(", ", c.CasesWithSeveralValues.Select(id => vocabulary.ValueLabel(UnitTable.Case, id)))})");
        }
        return $"{result.Hits} van {result.Evaluated} beoordeelde eenheden ({Percent(result.HitRate)}), dekking {result.Evaluated} van {result.UnitCount} ({Percent(result.Coverage)})";
    }

    /// <summary>One row per proposition of an evaluation.</summary>
    public static ResultTable Summary(PropositionEvaluation evaluation, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var rows = evaluation.Results.Select(r => (ImmutableArray<TableCell>)[
            new TableCell(r.Proposition.Id),
            new TableCell(r.Proposition.Label.Nl, Detail: r.Proposition.Source?.ToString()),
            new TableCell(r.Outcome(vocabulary)),
            new TableCell(string.Join(", ", r.Deviants.Select(j => j.UnitId)),
                r.Deviants.Length > 0 ? CellMark.Differs : CellMark.None),
            new TableCell(string.Join(", ", r.NotAssessable.Select(j => j.UnitId))),
        ]);
        return new ResultTable($"Proposities uit {Path.GetFileName(evaluation.Set.File)}",
            ["id", "propositie", "uitkomst", "afwijkende eenheden", "niet te beoordelen"], [.. rows],
            [evaluation.Periods switch
            {
                PeriodPolicy.UnitLevel => "Waarden: eenheidstabel (alleen waarden zonder periode); een factor die alleen per periode is gecodeerd is onbekend.",
                PeriodPolicy.LastPeriod => "Waarden: eenheidstabel aangevuld met de laatste periode waar een factor alleen per periode is gecodeerd.",
                _ => "Waarden: eenheidstabel aangevuld met de periode waar de reactie (het cluster van hoofdstuk 9) bij hoort, waar een factor alleen per periode is gecodeerd.",
            },
             "Trefferpercentage = treffers / beoordeelde eenheden; dekking = beoordeelde eenheden / alle eenheden. Onbepaalde waarden worden nooit ingevuld."])
        { DiffersMeaning = DeviantMeaning };
    }

    /// <summary>What a red-outlined cell means in proposition tables.</summary>
    public const string DeviantMeaning = "cellen met afwijkende eenheden (de voorspelling klopt daar niet)";

    private static ResultTable PredictedObserved(PropositionResult result, Vocabulary vocabulary)
    {
        var outcome = result.OutcomeAttribute;
        var columns = vocabulary.CategoriesOf(outcome, result.Judgements.Select(j => j.Observed));
        var rows = new List<ImmutableArray<TableCell>>();
        var predictions = result.Judgements.Where(j => j.Kind is JudgementKind.Hit or JudgementKind.Deviant)
            .Select(j => j.Predicted!).Union(result.Predictions).Distinct().ToList();
        foreach (var prediction in predictions)
            rows.Add(Row("voorspeld: " + prediction, result.Judgements.Where(j => j.Predicted == prediction && j.Kind is JudgementKind.Hit or JudgementKind.Deviant).ToList(), columns, marks: true));
        rows.Add(Row("niet te beoordelen", [.. result.NotAssessable], columns, marks: false));
        rows.Add(Row("buiten bereik", [.. result.OutOfScope], columns, marks: false));
        rows.Add(Row("Totaal", [.. result.Judgements], columns, marks: false));
        var notes = new List<string>
        {
            $"Treffers: {Outcome(result, vocabulary)}. Cellen met afwijkende eenheden zijn gemarkeerd.",
        };
        notes.AddRange(result.Proposition.Rules.Select((rule, i) => $"Regel {i + 1}: als {rule.When} dan {rule.Then}"));
        if (result.Proposition.Source is { } source) notes.Add($"Bron: {source}");
        if (result.Proposition.Note is { } note) notes.Add(note.Nl);
        return new ResultTable($"{result.Proposition.Id}: {result.Proposition.Label.Nl} (voorspeld × waargenomen {Name(vocabulary, outcome)})",
            [$"voorspelling \\ {Name(vocabulary, outcome)}", .. columns.Select(c => c.Label), "Totaal", "treffers"], [.. rows], [.. notes])
        { DiffersMeaning = DeviantMeaning };
    }

    private static ImmutableArray<TableCell> Row(string label, IReadOnlyList<UnitJudgement> judgements, ImmutableArray<Category> columns, bool marks)
    {
        var cells = new List<TableCell> { new(label) };
        foreach (var column in columns)
        {
            var inCell = judgements.Where(j => j.Observed == column.Id).ToList();
            var mark = !marks || inCell.Count == 0 ? CellMark.None
                : inCell.Any(j => j.Kind == JudgementKind.Deviant) ? CellMark.Differs : CellMark.Matches;
            cells.Add(new TableCell(Count(inCell.Count), mark, string.Join(", ", inCell.Select(j => j.UnitId))));
        }
        cells.Add(new TableCell(Count(judgements.Count), Detail: string.Join(", ", judgements.Select(j => j.UnitId))));
        var hits = judgements.Count(j => j.Kind == JudgementKind.Hit);
        cells.Add(new TableCell(marks ? Count(hits) : ""));
        return [.. cells];
    }

    private static ResultTable UnitList(PropositionResult result, ImmutableArray<UnitJudgement> units, string what, Vocabulary vocabulary)
    {
        var rows = units.Select(j => (ImmutableArray<TableCell>)[
            new TableCell(j.UnitId),
            new TableCell(j.Predicted ?? (j.Kind == JudgementKind.NotAssessable ? "(hangt af van onbepaalde waarden)" : "")),
            new TableCell(vocabulary.ValueLabel(result.OutcomeAttribute, j.Observed)),
            new TableCell(string.Join(", ", j.Undetermined.Select(vocabulary.AttributeLabel))),
            new TableCell(string.Join("; ", j.Evidence.Select(e => $"{e.Attribute}={e.Value ?? Category.Unknown.Label}"))),
            new TableCell(string.Join(" | ", j.Evidence.Where(e => e.Provenance is not null)
                .Select(e => $"{e.Attribute}: {e.Provenance}{(e.Provenance!.Evidence is null ? "" : " — " + e.Provenance.Evidence)}"))),
        ]);
        return new ResultTable($"{result.Proposition.Id}: {what}",
            ["eenheid", "voorspeld", "waargenomen", "onbepaald", "waarden", "herkomst"], [.. rows], []);
    }

    private static ResultTable CaseTable(PropositionResult result, CaseComparison comparison, Vocabulary vocabulary)
    {
        var title = $"{result.Proposition.Id}: {result.Proposition.Label.Nl}";
        var table = comparison.Table.ToTable(vocabulary, title: title);
        var notes = new List<string> { $"Uitkomst: {Outcome(result, vocabulary)}." };
        if (result.Proposition.Kind == PropositionKind.BetweenCases)
            notes.Add("Getoetst: niet alle cases hebben dezelfde verdeling (verhoudingen van de bepaalde waarden; onbekend telt niet mee).");
        else
            notes.Add("Getoetst: cases waarvan de eenheden meer dan één bepaalde waarde hebben (onbekend telt niet mee).");
        if (result.Proposition.Source is { } source) notes.Add($"Bron: {source}");
        if (result.Proposition.Note is { } note) notes.Add(note.Nl);
        return table with { Notes = [.. table.Notes, .. notes] };
    }

    /// <summary>"cluster" reads better in a sentence than the codebook's group label "Clusters strategische reactie".</summary>
    private static string Name(Vocabulary vocabulary, string attribute) =>
        attribute == Jeugdhulp.Research.Data.StudyDataLoader.ClusterVariable ? "cluster"
        : attribute == PeriodResponse.Attribute ? PeriodResponse.Label
        : vocabulary.AttributeLabel(attribute);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double? value) =>
        value is { } v ? (100 * v).ToString("0", CultureInfo.InvariantCulture) + "%" : "-";
}
