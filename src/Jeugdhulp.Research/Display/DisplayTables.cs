using System.Collections.Immutable;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Rendering;
using Microsoft.Data.Analysis;

namespace Jeugdhulp.Research.Display;

/// <summary>
/// Conversions for notebook users who want to keep working in a Microsoft.Data.Analysis <see cref="DataFrame"/>
/// (filter, sort, join) instead of reading a finished table. All go through <see cref="TableRenderer.ToDataFrame"/>,
/// so a DataFrame always holds the same cells as the HTML, Markdown and xlsx renderings.
/// </summary>
public static class DisplayTables
{
    /// <summary>The table as a DataFrame of string columns (counts stay exact text, "x ≠ y" stays readable).</summary>
    public static DataFrame ToDataFrame(this ResultTable table) => TableRenderer.ToDataFrame(table);

    /// <summary>The reproduced layout (as <see cref="TableReproduction.ToTable"/>) as a DataFrame.</summary>
    public static DataFrame ToDataFrame(this TableReproduction reproduction) => TableRenderer.ToDataFrame(reproduction.ToTable());

    /// <summary>The cross-table with totals and Dutch labels as a DataFrame.</summary>
    public static DataFrame ToDataFrame(this CrossTab crossTab, Vocabulary vocabulary, CrossTabMeasure measure = CrossTabMeasure.Counts) =>
        TableRenderer.ToDataFrame(crossTab.ToTable(vocabulary, measure));

    /// <summary>
    /// The unit table as a DataFrame: with a <paramref name="vocabulary"/> the export columns with Dutch value labels
    /// (<see cref="UnitExport"/>), without one every attribute with its value ids. Empty = undetermined.
    /// </summary>
    public static DataFrame ToDataFrame(this UnitTable units, Vocabulary? vocabulary = null) =>
        TableRenderer.ToDataFrame(vocabulary is null ? ToResultTable(units) : UnitExport.Build(units, vocabulary));

    /// <summary>
    /// A table from plain strings, for notebook cells that tabulate something of their own (e.g. the codebook's
    /// responses with their tactics) and want the same display and exports as every other result.
    /// </summary>
    public static ResultTable Table(string title, IEnumerable<string> columns, IEnumerable<IEnumerable<string>> rows, params string[] notes) =>
        new(title, [.. columns], [.. rows.Select(r => r.Select(c => new TableCell(c)).ToImmutableArray())], [.. notes]);

    /// <summary>The unit table with every attribute as a column of value ids; an empty cell is undetermined.</summary>
    public static ResultTable ToResultTable(UnitTable units)
    {
        var rows = units.Rows.Select(row => (ImmutableArray<TableCell>)[
            new TableCell(row.Unit.Id), .. units.Attributes.Select(a => new TableCell(row[a] ?? ""))]).ToImmutableArray();
        return new ResultTable($"Eenheden ({units.Rows.Length}) × attributen ({units.Attributes.Length})",
            ["eenheid", .. units.Attributes], rows, ["Leeg = niet te bepalen uit de bron (onbekend)."]);
    }
}
