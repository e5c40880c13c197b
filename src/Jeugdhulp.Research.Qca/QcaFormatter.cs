using System.Globalization;
using System.Text;

namespace Jeugdhulp.Research.Qca;

/// <summary>
/// Renders truth tables, necessity tables and solutions as plain text or Markdown in the layout of the R
/// package QCA (<c>M1: A*~B + C -&gt; Y</c> with inclS, PRI, covS, covU), so output is familiar to QCA users.
/// </summary>
public static class QcaFormatter
{
    /// <summary>Renders the whole result: truth table, excluded cases, necessity and all solutions.</summary>
    public static string Format(QcaResult result, QcaOutputFormat format = QcaOutputFormat.Text)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder();
        sb.Append(FormatTruthTable(result.TruthTable, format));
        sb.AppendLine();
        sb.Append(FormatNecessity(result.Necessity, result.TruthTable.Outcome, format));
        foreach (var solution in new[] { result.Conservative, result.Parsimonious, result.Intermediate })
        {
            if (solution is null) continue;
            sb.AppendLine();
            sb.Append(FormatSolution(solution, result.TruthTable, format));
        }
        return sb.ToString();
    }

    /// <summary>Renders the observed rows (optionally also the remainders), cuts, contradictions and excluded cases.</summary>
    public static string FormatTruthTable(TruthTable table, QcaOutputFormat format = QcaOutputFormat.Text, bool includeRemainders = false)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        Heading(sb, format, $"Truth table for {table.Outcome}");
        sb.AppendLine(Line(format, $"inclusion cut {Num(table.InclusionCut)}"
            + (table.ExclusionCut < table.InclusionCut ? $" (exclusion cut {Num(table.ExclusionCut)})" : "")
            + $", frequency cut {table.NCut}; OUT: output value, n: cases, incl: sufficiency inclusion, PRI: proportional reduction in inconsistency"));
        sb.AppendLine();
        var header = new List<string> { "row" };
        header.AddRange(table.Conditions.Select(c => c.ToString()));
        header.AddRange(["OUT", "n", "incl", "PRI", "cases"]);
        var rows = table.Rows.Select(r => Row(r.RowNumber, r.Configuration, OutText(r.Output), r.N.ToString(CultureInfo.InvariantCulture), Num(r.Inclusion), Num(r.Pri), string.Join(",", r.Cases))).ToList();
        if (includeRemainders)
        {
            var k = table.ConditionCount;
            rows.AddRange(table.Remainders.Where(i => !table.Rows.Any(r => r.Index == i)).Select(i =>
                Row(i + 1, Enumerable.Range(0, k).Select(j => (i & (1 << (k - 1 - j))) != 0).ToArray(), "?", "0", "-", "-", "")));
            rows.Sort((a, b) => int.Parse(a[0], CultureInfo.InvariantCulture).CompareTo(int.Parse(b[0], CultureInfo.InvariantCulture)));
        }
        Table(sb, format, header, rows, rightAlignFrom: 1);
        sb.AppendLine();
        var remainderCount = table.Remainders.Count;
        sb.AppendLine(Line(format, $"{table.Rows.Count(r => r.Output != OutputValue.Remainder)} observed rows, {remainderCount} remainders, {table.Cases.Count} cases"));
        var contradictory = table.ContradictoryRows;
        sb.AppendLine(Line(format, contradictory.Count == 0
            ? "contradictory rows: none"
            : "contradictory rows: " + string.Join("; ", contradictory.Select(r => $"{r.RowNumber} ({r.PositiveCases} of {r.N} cases with {table.Outcome})"))));
        sb.AppendLine(Line(format, table.ExcludedCases.Count == 0
            ? "excluded cases (missing values): none"
            : "excluded cases (missing values): " + string.Join("; ", table.ExcludedCases.Select(e => $"{e.CaseId} ({string.Join(", ", e.MissingVariables)})"))));
        return sb.ToString();

        static string[] Row(int number, IReadOnlyList<bool> configuration, string output, string n, string incl, string pri, string cases)
        {
            var cells = new List<string> { number.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(configuration.Select(v => v ? "1" : "0"));
            cells.AddRange([output, n, incl, pri, cases]);
            return cells.ToArray();
        }
    }

    /// <summary>Renders necessity inclusion, RoN and coverage per condition literal.</summary>
    public static string FormatNecessity(IReadOnlyList<NecessityResult> necessity, Literal outcome, QcaOutputFormat format = QcaOutputFormat.Text)
    {
        ArgumentNullException.ThrowIfNull(necessity);
        var sb = new StringBuilder();
        Heading(sb, format, $"Necessity for {outcome}");
        var rows = necessity.Select(r => new[] { r.Condition.ToString(), Num(r.Inclusion), Num(r.Relevance), Num(r.Coverage) }).ToList();
        Table(sb, format, ["", "inclN", "RoN", "covN"], rows, rightAlignFrom: 1);
        return sb.ToString();
    }

    /// <summary>Renders every model of a solution: the <c>M1: ... -&gt; Y</c> line, the term table and the remainders used.</summary>
    public static string FormatSolution(QcaSolution solution, TruthTable table, QcaOutputFormat format = QcaOutputFormat.Text)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        Heading(sb, format, solution.Kind switch
        {
            SolutionKind.Conservative => "Conservative (complex) solution",
            SolutionKind.Parsimonious => "Parsimonious solution",
            _ => "Intermediate solution",
        });
        if (solution.Models.Count == 0)
        {
            sb.AppendLine(Line(format, $"no configuration has output 1 for {solution.Outcome}: nothing to minimise"));
            return sb.ToString();
        }
        foreach (var model in solution.Models)
        {
            var line = (model.Origin is null ? "" : $"From {model.Origin}: ") + ModelLine(model, solution.Outcome);
            sb.AppendLine(format == QcaOutputFormat.Markdown ? $"**{line}**" : line);
            sb.AppendLine();
            var rows = model.Terms.Select((t, i) => new[]
            {
                (i + 1).ToString(CultureInfo.InvariantCulture), t.Expression, Num(t.Inclusion), Num(t.Pri), Num(t.RawCoverage), Num(t.UniqueCoverage), CasesByRow(t, table),
            }).ToList();
            rows.Add(["", model.Name, Num(model.Inclusion), Num(model.Pri), Num(model.Coverage), "", ""]);
            Table(sb, format, ["", "term", "inclS", "PRI", "covS", "covU", "cases"], rows, rightAlignFrom: 2, footerRows: 1);
            if (solution.Kind != SolutionKind.Conservative)
            {
                var label = solution.Kind == SolutionKind.Parsimonious ? "simplifying assumptions" : "easy counterfactuals";
                sb.AppendLine();
                sb.AppendLine(Line(format, model.SimplifyingAssumptionRows.Count == 0
                    ? $"{label}: none"
                    : $"{label} (rows): {string.Join(", ", model.SimplifyingAssumptionRows)}"));
            }
            sb.AppendLine();
        }
        if (solution.Truncated) sb.AppendLine(Line(format, "more tied models exist than were enumerated (raise MaxSolutions)"));
        return sb.ToString();
    }

    /// <summary>The R-style model line, e.g. <c>M1: DEV*STB -&gt; SURV</c>.</summary>
    public static string ModelLine(QcaModel model, Literal outcome)
    {
        ArgumentNullException.ThrowIfNull(model);
        return $"{model.Name}: {model.Expression} -> {outcome}";
    }

    private static string CasesByRow(SolutionTerm term, TruthTable table) =>
        string.Join("; ", table.Rows.Where(r => term.Implicant.Covers(r.Index) && r.N > 0).Select(r => string.Join(",", r.Cases)));

    private static string OutText(OutputValue output) => output switch
    {
        OutputValue.True => "1",
        OutputValue.False => "0",
        OutputValue.Contradiction => "C",
        _ => "?",
    };

    private static string Num(double value) => double.IsNaN(value) ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture);

    private static void Heading(StringBuilder sb, QcaOutputFormat format, string text)
    {
        if (format == QcaOutputFormat.Markdown) sb.AppendLine($"### {text}");
        else
        {
            sb.AppendLine(text);
            sb.AppendLine(new string('=', text.Length));
        }
        sb.AppendLine();
    }

    private static string Line(QcaOutputFormat format, string text) => format == QcaOutputFormat.Markdown ? text.Replace("*", "\\*", StringComparison.Ordinal) + "  " : text;

    private static void Table(StringBuilder sb, QcaOutputFormat format, IReadOnlyList<string> header, IReadOnlyList<string[]> rows, int rightAlignFrom, int footerRows = 0)
    {
        if (format == QcaOutputFormat.Markdown)
        {
            static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal);
            sb.AppendLine("| " + string.Join(" | ", header.Select(Cell)) + " |");
            sb.AppendLine("|" + string.Join("|", header.Select((_, i) => i >= rightAlignFrom && i < header.Count - 1 ? "---:" : "---")) + "|");
            foreach (var row in rows) sb.AppendLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
            return;
        }
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        string Render(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((c, i) =>
            i == cells.Count - 1 ? c : i >= rightAlignFrom ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
        var head = Render(header);
        sb.AppendLine(head);
        var rule = new string('-', Math.Max(head.Length, rows.Count == 0 ? 0 : rows.Max(r => Render(r).Length)));
        sb.AppendLine(rule);
        for (var r = 0; r < rows.Count; r++)
        {
            if (footerRows > 0 && r == rows.Count - footerRows) sb.AppendLine(rule);
            sb.AppendLine(Render(rows[r]));
        }
    }
}
