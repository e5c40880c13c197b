using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Jeugdhulp.Research.Data;
using static Jeugdhulp.Research.Data.PublishedTable;

namespace Jeugdhulp.Research.Comparison;

/// <summary>One printed cell next to the number the unit data gives for it.</summary>
public sealed record ReproducedCell(string Row, string Column, int Published, int Reproduced, ImmutableArray<string> Units)
{
    /// <summary>True when data and print agree.</summary>
    public bool Matches => Published == Reproduced;
}

/// <summary>A published table regenerated from unit data, with everything a rekenkamer needs to judge it.</summary>
[Jeugdhulp.Research.Display.TypeFormatterSource(typeof(Jeugdhulp.Research.Display.TableReproductionFormatterSource))]
public sealed record TableReproduction(
    PublishedTable Published,
    ImmutableArray<ReproducedCell> Cells,
    ImmutableArray<Observation> UncertainValues,
    ImmutableArray<Inconsistency> Inconsistencies)
{
    /// <summary>True when every printed cell is reproduced.</summary>
    public bool Matches => Cells.All(c => c.Matches);

    /// <summary>The reproduced table as aligned text, as <c>jhr reproduce</c> prints it.</summary>
    public override string ToString() => ToTable().ToString();

    /// <summary>The printed layout with "reproduced" in each cell, and "reproduced (gepubliceerd: n)" where they differ.</summary>
    public ResultTable ToTable()
    {
        var rows = Cells.Select(c => c.Row).Distinct().ToList();
        var columns = Cells.Select(c => c.Column).Distinct().ToList();
        var body = rows.Select(r => (ImmutableArray<TableCell>)[
            new TableCell(r),
            .. columns.Select(col => Cells.FirstOrDefault(c => c.Row == r && c.Column == col) is { } cell
                ? new TableCell(cell.Matches ? $"{cell.Reproduced}" : $"{cell.Reproduced} ≠ {cell.Published}",
                    cell.Matches ? CellMark.Matches : CellMark.Differs, string.Join(", ", cell.Units))
                : new TableCell(""))]).ToImmutableArray();
        var differing = Cells.Count(c => !c.Matches);
        return new ResultTable($"Tabel {Published.Id}: {Published.Title}", ["", .. columns], body,
            [differing == 0 ? $"Alle {Cells.Length} cellen gelijk aan de publicatie (regels {Published.Lines})."
                : $"{differing} van {Cells.Length} cellen wijken af van de publicatie (regels {Published.Lines}); 'x ≠ y' = gereproduceerd x, gepubliceerd y."]);
    }
}

/// <summary>
/// Regenerates the published count tables from unit data and compares them cell by cell: the toolkit's main job.
/// </summary>
/// <remarks>
/// Printed labels map to value ids in <c>data/published/tables.csv</c>. Special ids: <c>(totaal)</c> is a total,
/// <c>(onbekend)</c> the undetermined values, <c>(aantal eenheden)</c> all units, and <c>(aantal veranderingen)</c>
/// counts changes of emphasis cluster between consecutive periods (Table 9.15) rather than units.
/// </remarks>
public static class Reproduction
{
    /// <summary>Reproduces every published table of <paramref name="study"/>; <paramref name="units"/> is its unit table if already built.</summary>
    public static ImmutableArray<TableReproduction> Run(StudyData study, UnitTable? units = null)
    {
        units ??= UnitTable.From(study);
        return [.. study.PublishedTables.Select(t => Reproduce(study, units, t))];
    }

    /// <summary>Reproduces one published table.</summary>
    public static TableReproduction Reproduce(StudyData study, UnitTable units, PublishedTable table)
    {
        var cells = table.Cells.Select(cell =>
        {
            var matched = Select(study, units, table, cell);
            return new ReproducedCell(cell.Row, cell.Column, cell.Count, matched.Count, [.. matched]);
        }).ToImmutableArray();

        var variables = new[] { table.RowVariable, table.ColumnVariable };
        var uncertain = study.UnitValues
            .Where(o => variables.Contains(o.Variable) && o.Period is null && o.Provenance.Basis != Basis.Stated)
            .ToImmutableArray();
        var pattern = new Regex($@"(?<![\d.]){Regex.Escape(table.Id)}(?![\d])");
        var inconsistencies = study.Inconsistencies
            .Where(i => pattern.IsMatch(i.Description) || pattern.IsMatch(i.Handling)
                || variables.Any(v => v.Contains('.') && (i.Description.Contains(v, StringComparison.Ordinal) || i.Handling.Contains(v, StringComparison.Ordinal))))
            .ToImmutableArray();
        return new TableReproduction(table, cells, uncertain, inconsistencies);
    }

    /// <summary>The units (or, for change counts, the unit of each change) that fall in one printed cell.</summary>
    private static IReadOnlyList<string> Select(StudyData study, UnitTable units, PublishedTable table, PublishedCell cell)
    {
        var row = table.RowValue(cell.Row) ?? Total;
        var column = table.ColumnValue(cell.Column) ?? Total;
        if (row == Changes || column == Changes)
        {
            var wanted = row == Changes ? column : row;
            return [.. study.Units.SelectMany(u => UnitTable.ClusterChanges(study.ResponsesOf(u.Id)).Select(change => (u.Id, change)))
                .Where(p => wanted == Total || p.change == wanted)
                .Select(p => p.Id)];
        }
        return [.. units.Rows.Where(u => Matches(u, table.RowVariable, row) && Matches(u, table.ColumnVariable, column)).Select(u => u.Unit.Id)];
    }

    private static bool Matches(UnitRow unit, string attribute, string target) => target switch
    {
        Total or AllUnits => true,
        Unknown => unit[attribute] is null,
        _ => unit[attribute] == target,
    };
}
