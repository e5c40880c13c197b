using System.Collections.Immutable;

namespace Jeugdhulp.Research.Comparison;

/// <summary>
/// The unit table as a flat export: one row per unit, English column names, Dutch value labels, an empty cell where
/// a value is undetermined. This is the hand-off format to R, SPSS, Excel or another researcher.
/// </summary>
public static class UnitExport
{
    /// <summary>The export's columns in order (English names; see <see cref="Vocabulary.Aliases"/>).</summary>
    public static readonly ImmutableArray<string> Columns =
    [
        "unit", "case", "provider", "specialisation", "founded", "age_class", "market_share_category", "growth_objective",
        "market_oriented", "response_cluster", "response_changed", "response_change",
    ];

    /// <summary>Builds the export table.</summary>
    public static ResultTable Build(UnitTable units, Vocabulary vocabulary)
    {
        var rows = units.Rows.Select(row => Columns.Select(column =>
        {
            if (column == "unit") return new TableCell(row.Unit.Id);
            var attribute = Vocabulary.Resolve(column);
            var value = row[attribute];
            return new TableCell(value is null ? "" : attribute == UnitTable.Provider ? value : vocabulary.ValueLabel(attribute, value));
        }).ToImmutableArray()).ToImmutableArray();
        return new ResultTable("Eenheden", Columns, rows, []);
    }
}
