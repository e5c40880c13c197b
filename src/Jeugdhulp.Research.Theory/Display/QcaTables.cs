using System.Collections.Immutable;
using System.Globalization;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Qca;

namespace Jeugdhulp.Research.Theory.Display;

/// <summary>
/// A crisp-set QCA as <see cref="ResultTable"/>s with Dutch headings, so every step (calibration, truth table,
/// necessity, the three solutions and the remainders they assume) can be shown, exported and checked like any other
/// result. The one rendering of QCA: <c>jhr qca</c>, the report and notebook 05 all show these tables. Numbers have
/// three decimals; row numbers and model lines (<c>M1: A*B -&gt; Y</c>) are the R package QCA's.
/// </summary>
public static class QcaTables
{
    /// <summary>Every table of a unit QCA in reading order: calibration, missing values, membership, directions, truth table, necessity, solutions.</summary>
    public static ImmutableArray<ResultTable> For(UnitQcaResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var qca = result.Result;
        var tables = ImmutableArray.CreateBuilder<ResultTable>();
        tables.Add(result.Data.RulesTable());
        tables.Add(result.Data.MissingTable());
        tables.Add(Membership(result.Data, qca.TruthTable));
        tables.Add(result.DirectionsTable());
        tables.AddRange(For(qca));
        return tables.ToImmutable();
    }

    /// <summary>The tables of a QCA on any crisp data: truth table, necessity, then every solution with the remainders it assumes.</summary>
    public static ImmutableArray<ResultTable> For(QcaResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var tables = ImmutableArray.CreateBuilder<ResultTable>();
        tables.Add(TruthTable(result.TruthTable));
        tables.Add(Necessity(result.Necessity, result.TruthTable.Outcome));
        foreach (var solution in new[] { result.Conservative, result.Parsimonious, result.Intermediate }.OfType<QcaSolution>())
        {
            tables.AddRange(Solution(solution, result.TruthTable));
            if (solution.Kind != SolutionKind.Conservative)
                tables.AddRange(solution.Models.Select(m => Assumptions(solution, m, result.TruthTable)));
        }
        return tables.ToImmutable();
    }

    /// <summary>The calibrated data: one row per unit, 1/0 per set, empty where the value is missing, and whether the unit enters the analysis.</summary>
    public static ResultTable Membership(CalibratedData data, TruthTable? table = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var dataset = data.Dataset;
        var analysed = table?.Cases.Select(c => c.CaseId).ToHashSet(StringComparer.Ordinal);
        var rows = dataset.CaseIds.Select((id, i) =>
        {
            var cells = new List<TableCell> { new(id) };
            cells.AddRange(dataset.Variables.Select(v => new TableCell(dataset.Value(i, v) switch { true => "1", false => "0", null => "" })));
            if (analysed is not null) cells.Add(new TableCell(analysed.Contains(id) ? "ja" : "nee"));
            return cells.ToImmutableArray();
        });
        var columns = new List<string> { "eenheid" };
        columns.AddRange(dataset.Variables);
        if (analysed is not null) columns.Add("in de analyse");
        return new ResultTable("Crisp-lidmaatschap per eenheid", [.. columns], [.. rows],
            ["1 = lid van de set, 0 = geen lid, leeg = ontbreekt (zie de ontbrekende waarden); een eenheid met een ontbrekende waarde valt buiten de analyse."]);
    }

    /// <summary>
    /// The truth table: row number, configuration, OUT (1, 0, C for contradictory, ? below the frequency cut), n,
    /// inclusion, PRI and the units per row; notes with the cuts, the contradictory rows and the excluded units.
    /// </summary>
    /// <param name="table">The truth table.</param>
    /// <param name="includeRemainders">Also list the unobserved configurations (OUT ?, n 0).</param>
    public static ResultTable TruthTable(TruthTable table, bool includeRemainders = false)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows.Select(r => (r.Index, Cells: Row(r.RowNumber, r.Configuration, OutText(r.Output), r.N, Num(r.Inclusion), Num(r.Pri), string.Join(", ", r.Cases)))).ToList();
        if (includeRemainders)
        {
            rows.AddRange(table.Remainders.Where(i => table.Rows.All(r => r.Index != i))
                .Select(i => (i, Row(i + 1, Configuration(i, table.ConditionCount), "?", 0, "-", "-", ""))));
            rows.Sort((a, b) => a.Index.CompareTo(b.Index));
        }
        var contradictory = table.ContradictoryRows;
        var notes = new List<string>
        {
            $"Inclusiegrens {Num(table.InclusionCut)}"
                + (table.ExclusionCut < table.InclusionCut ? $" (exclusiegrens {Num(table.ExclusionCut)})" : "")
                + $", frequentiegrens {table.NCut}. OUT: 1 = voldoende voor {table.Outcome}, 0 = niet, C = tegenstrijdig, ? = rest (remainder); "
                + "incl = inclusie (consistentie), PRI = proportionele reductie in inconsistentie.",
            $"{table.Rows.Count(r => r.Output != OutputValue.Remainder)} geobserveerde rijen, {table.Remainders.Count} logische restrijen (remainders), {table.Cases.Count} eenheden in de analyse.",
            contradictory.Count == 0
                ? "Tegenstrijdige rijen: geen."
                : "Tegenstrijdige rijen: " + string.Join("; ", contradictory.Select(r => $"rij {r.RowNumber} ({r.PositiveCases} van {r.N} eenheden met {table.Outcome})")) + ".",
            table.ExcludedCases.Count == 0
                ? "Uitgesloten eenheden (ontbrekende waarden): geen."
                : "Uitgesloten eenheden (ontbrekende waarden): " + string.Join("; ", table.ExcludedCases.Select(e => $"{e.CaseId} ({string.Join(", ", e.MissingVariables)})")) + ".",
        };
        return new ResultTable($"Waarheidstabel voor {table.Outcome}",
            ["rij", .. table.Conditions.Select(c => c.ToString()), "OUT", "n", "incl", "PRI", "eenheden"], [.. rows.Select(r => r.Cells)], [.. notes]);
    }

    /// <summary>Necessity per condition and its negation: inclusion (inclN), relevance (RoN) and coverage (covN).</summary>
    public static ResultTable Necessity(IReadOnlyList<NecessityResult> necessity, Literal outcome)
    {
        ArgumentNullException.ThrowIfNull(necessity);
        var rows = necessity.Select(r => (ImmutableArray<TableCell>)[new(r.Condition.ToString()), new(Num(r.Inclusion)), new(Num(r.Relevance)), new(Num(r.Coverage))]);
        return new ResultTable($"Noodzakelijkheid voor {outcome}", ["conditie", "inclN", "RoN", "covN"], [.. rows],
            [$"inclN = aandeel van de eenheden met {outcome} dat de conditie heeft; covN = aandeel van de eenheden met de conditie dat {outcome} heeft; "
             + "RoN = relevantie (laag: de conditie is bijna overal aanwezig en dus triviaal noodzakelijk)."]);
    }

    /// <summary>
    /// One table per model of a solution: every term with inclusion, PRI, raw and unique coverage, the units it covers
    /// and the covered units without the outcome; the model's own inclusion and coverage in the last row.
    /// </summary>
    public static ImmutableArray<ResultTable> Solution(QcaSolution solution, TruthTable table)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(table);
        var name = KindName(solution.Kind);
        if (solution.Models.Count == 0)
            return [new ResultTable($"{name}: geen oplossing", ["term", "inclS", "PRI", "covS", "covU", "eenheden", "afwijkende eenheden"], [],
                [$"Geen configuratie heeft uitkomst 1 voor {solution.Outcome}: er valt niets te minimaliseren."])];
        return [.. solution.Models.Select(model =>
        {
            var rows = model.Terms.Select(t => (ImmutableArray<TableCell>)[
                new(t.Expression), new(Num(t.Inclusion)), new(Num(t.Pri)), new(Num(t.RawCoverage)), new(Num(t.UniqueCoverage)),
                new(string.Join(", ", t.Cases)), new(string.Join(", ", t.DeviantCases))]).ToList();
            rows.Add([new(model.Name), new(Num(model.Inclusion)), new(Num(model.Pri)), new(Num(model.Coverage)), new(""), new(""), new("")]);
            var notes = new List<string> { $"Oplossing: {model.ToLine(solution.Outcome)}." };
            if (model.Origin is { } origin) notes.Add($"Afgeleid uit {origin} (conservatief model C1, parsimonieus model P1).");
            if (solution.Kind != SolutionKind.Conservative)
                notes.Add(model.SimplifyingAssumptionRows.Count == 0
                    ? $"{AssumptionName(solution.Kind)}: geen."
                    : $"{AssumptionName(solution.Kind)} (restrijen): {string.Join(", ", model.SimplifyingAssumptionRows)}.");
            if (solution.Truncated) notes.Add("Er zijn meer even goede modellen dan er zijn opgesomd.");
            notes.Add("inclS = inclusie (consistentie) van de term; covS = ruwe dekking; covU = unieke dekking (alleen door deze term gedekt). Laatste rij: het model als geheel.");
            return new ResultTable($"{name} {model.Name}: {model.Expression} → {solution.Outcome}",
                ["term", "inclS", "PRI", "covS", "covU", "eenheden", "afwijkende eenheden"], [.. rows], [.. notes]);
        })];
    }

    /// <summary>
    /// The remainders a parsimonious or intermediate model assumes to be sufficient, with their configurations, so a
    /// reader can judge whether each counterfactual is plausible.
    /// </summary>
    public static ResultTable Assumptions(QcaSolution solution, QcaModel model, TruthTable table)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(table);
        var k = table.ConditionCount;
        var rows = model.SimplifyingAssumptionRows.Select(row =>
        {
            var configuration = Configuration(row - 1, k);
            var expression = string.Join("*", table.Conditions.Select((c, j) => (configuration[j] ? c : c.Negate()).ToString()));
            return (ImmutableArray<TableCell>)[new(row.ToString(CultureInfo.InvariantCulture)), .. configuration.Select(v => new TableCell(v ? "1" : "0")), new(expression)];
        });
        return new ResultTable($"{KindName(solution.Kind)} {model.Name}: {AssumptionName(solution.Kind).ToLowerInvariant()}",
            ["rij", .. table.Conditions.Select(c => c.ToString()), "configuratie"], [.. rows],
            [model.SimplifyingAssumptionRows.Count == 0
                ? "Geen: het model gebruikt geen restrijen."
                : $"Restrijen (nooit waargenomen configuraties) waarvan het model aanneemt dat ze tot {solution.Outcome} zouden leiden."]);
    }

    /// <summary>Dutch name of a solution type.</summary>
    public static string KindName(SolutionKind kind) => kind switch
    {
        SolutionKind.Conservative => "Conservatieve oplossing",
        SolutionKind.Parsimonious => "Parsimonieuze oplossing",
        _ => "Intermediaire oplossing",
    };

    private static string AssumptionName(SolutionKind kind) =>
        kind == SolutionKind.Parsimonious ? "Vereenvoudigende aannames" : "Eenvoudige contrafactische aannames (easy counterfactuals)";

    private static ImmutableArray<TableCell> Row(int number, IReadOnlyList<bool> configuration, string output, int n, string incl, string pri, string cases) =>
        [new(number.ToString(CultureInfo.InvariantCulture)), .. configuration.Select(v => new TableCell(v ? "1" : "0")),
         new(output), new(n.ToString(CultureInfo.InvariantCulture)), new(incl), new(pri), new(cases)];

    private static bool[] Configuration(int index, int k) => [.. Enumerable.Range(0, k).Select(j => (index & (1 << (k - 1 - j))) != 0)];

    private static string OutText(OutputValue output) => output switch
    {
        OutputValue.True => "1",
        OutputValue.False => "0",
        OutputValue.Contradiction => "C",
        _ => "?",
    };

    private static string Num(double value) => TheoryTables.Rate(value);
}
