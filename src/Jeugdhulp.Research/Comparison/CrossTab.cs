using System.Collections.Immutable;

namespace Jeugdhulp.Research.Comparison;

/// <summary>Which numbers a cross-table shows.</summary>
public enum CrossTabMeasure
{
    /// <summary>Counts of units.</summary>
    Counts,
    /// <summary>Percentages of the row total.</summary>
    RowPercent,
    /// <summary>Percentages of the column total.</summary>
    ColumnPercent,
}

/// <summary>
/// A cross-table of two unit attributes: counts per category pair with totals. Undetermined values form an explicit
/// "onbekend" category, so the grand total always equals the number of units after the filter.
/// </summary>
[Jeugdhulp.Research.Display.TypeFormatterSource(typeof(Jeugdhulp.Research.Display.CrossTabFormatterSource))]
public sealed record CrossTab(
    string RowAttribute, string ColumnAttribute, string? Filter,
    ImmutableArray<Category> Rows, ImmutableArray<Category> Columns, ImmutableArray<ImmutableArray<int>> Counts,
    ImmutableArray<ImmutableArray<ImmutableArray<string>>> Units)
{
    /// <summary>Counts the units of <paramref name="table"/> by the two attributes.</summary>
    public static CrossTab Build(UnitTable table, Vocabulary vocabulary, string rowAttribute, string columnAttribute, string? filter = null)
    {
        var rows = vocabulary.CategoriesOf(rowAttribute, table.Rows.Select(r => r[rowAttribute]));
        var columns = vocabulary.CategoriesOf(columnAttribute, table.Rows.Select(r => r[columnAttribute]));
        var units = rows.Select(rc => columns.Select(cc => table.Rows
                .Where(u => u[rowAttribute] == rc.Id && u[columnAttribute] == cc.Id)
                .Select(u => u.Unit.Id).ToImmutableArray()).ToImmutableArray())
            .ToImmutableArray();
        var counts = units.Select(r => r.Select(c => c.Length).ToImmutableArray()).ToImmutableArray();
        return new CrossTab(rowAttribute, columnAttribute, filter, rows, columns, counts, units);
    }

    /// <summary>The table as aligned text with value ids as labels (the vocabulary is not at hand here).</summary>
    public override string ToString() =>
        ToTable(new Vocabulary(new Codebooks.Codebook("", "", new Codebooks.LocalizedText(""), null, null, [], [], ""))).ToString();

    /// <summary>Sum of row <paramref name="i"/>.</summary>
    public int RowTotal(int i) => Counts[i].Sum();
    /// <summary>Sum of column <paramref name="j"/>.</summary>
    public int ColumnTotal(int j) => Counts.Sum(r => r[j]);
    /// <summary>All units counted.</summary>
    public int GrandTotal => Counts.Sum(r => r.Sum());

    /// <summary>The count of the cell with these value ids (null = onbekend), 0 when either category is absent.</summary>
    public int Count(string? rowValue, string? columnValue)
    {
        var i = Rows.ToList().FindIndex(c => c.Id == rowValue);
        var j = Columns.ToList().FindIndex(c => c.Id == columnValue);
        return i < 0 || j < 0 ? 0 : Counts[i][j];
    }

    /// <summary>Percentage of the row total (0 when the row is empty).</summary>
    public double RowPercent(int i, int j) => RowTotal(i) == 0 ? 0 : 100.0 * Counts[i][j] / RowTotal(i);
    /// <summary>Percentage of the column total (0 when the column is empty).</summary>
    public double ColumnPercent(int i, int j) => ColumnTotal(j) == 0 ? 0 : 100.0 * Counts[i][j] / ColumnTotal(j);

    /// <summary>
    /// The note under a filtered table: the filter and how many units satisfy it. A valid filter that matches no unit
    /// says so in words, so an all-zero table is never mistaken for a finding.
    /// </summary>
    public static string FilterNote(string filter, int units) => units switch
    {
        0 => $"Filter: {filter}; 0 eenheden voldoen aan het filter.",
        1 => $"Filter: {filter}; 1 eenheid voldoet aan het filter.",
        _ => $"Filter: {filter}; {units} eenheden voldoen aan het filter.",
    };

    /// <summary>The table as rows of text with a "Totaal" row and column, ready for any renderer.</summary>
    public ResultTable ToTable(Vocabulary vocabulary, CrossTabMeasure measure = CrossTabMeasure.Counts, string? title = null)
    {
        string Cell(int i, int j) => measure switch
        {
            CrossTabMeasure.RowPercent => $"{RowPercent(i, j):0.0}%",
            CrossTabMeasure.ColumnPercent => $"{ColumnPercent(i, j):0.0}%",
            _ => Counts[i][j].ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var header = new List<string> { $"{vocabulary.AttributeLabel(RowAttribute)} \\ {vocabulary.AttributeLabel(ColumnAttribute)}" };
        header.AddRange(Columns.Select(c => c.Label));
        header.Add("Totaal");
        var body = new List<ImmutableArray<TableCell>>();
        for (var i = 0; i < Rows.Length; i++)
        {
            var cells = new List<TableCell> { new(Rows[i].Label) };
            for (var j = 0; j < Columns.Length; j++) cells.Add(new TableCell(Cell(i, j), Detail: string.Join(", ", Units[i][j])));
            cells.Add(new TableCell(measure == CrossTabMeasure.RowPercent && RowTotal(i) > 0 ? "100.0%" : RowTotal(i).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            body.Add([.. cells]);
        }
        var totals = new List<TableCell> { new("Totaal") };
        for (var j = 0; j < Columns.Length; j++)
            totals.Add(new TableCell(measure == CrossTabMeasure.ColumnPercent && ColumnTotal(j) > 0 ? "100.0%" : ColumnTotal(j).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        totals.Add(new TableCell(GrandTotal.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        body.Add([.. totals]);
        ImmutableArray<string> notes = Filter is null ? [] : [FilterNote(Filter, GrandTotal)];
        return new ResultTable(title ?? $"{vocabulary.AttributeLabel(RowAttribute)} × {vocabulary.AttributeLabel(ColumnAttribute)}", [.. header], [.. body], notes);
    }
}
