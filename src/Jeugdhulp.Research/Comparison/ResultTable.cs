using System.Collections.Immutable;

namespace Jeugdhulp.Research.Comparison;

/// <summary>How a cell relates to a published number, so renderers can mark differences.</summary>
public enum CellMark
{
    /// <summary>Nothing to mark.</summary>
    None,
    /// <summary>The reproduced value equals the published one.</summary>
    Matches,
    /// <summary>The reproduced value differs from the published one.</summary>
    Differs,
}

/// <summary>One cell: its text, an optional mark, and optional detail (e.g. the units behind a count).</summary>
public sealed record TableCell(string Text, CellMark Mark = CellMark.None, string? Detail = null)
{
    /// <summary>An anchor id for the row this cell starts (on the first cell), so other parts of a document can link to it.</summary>
    public string? Anchor { get; init; }

    /// <summary>The anchor id this cell links to (e.g. the evidence row of a value), within the same document.</summary>
    public string? Link { get; init; }
}

/// <summary>
/// A finished table in presentation-neutral form: every analysis result (cross-table, meta-matrix, reproduction)
/// becomes one, and the renderers turn it into Markdown, CSV, HTML, a DataFrame or an xlsx sheet.
/// </summary>
[Jeugdhulp.Research.Display.TypeFormatterSource(typeof(Jeugdhulp.Research.Display.ResultTableFormatterSource))]
public sealed record ResultTable(string Title, ImmutableArray<string> Columns, ImmutableArray<ImmutableArray<TableCell>> Rows, ImmutableArray<string> Notes)
{
    /// <summary>
    /// What a cell marked <see cref="CellMark.Differs"/> means in this table, for the legend under it (e.g. "de codeurs
    /// verschillen"); null = the core meaning, a count that differs from the published one.
    /// </summary>
    public string? DiffersMeaning { get; init; }

    /// <summary>An anchor id for the table, stable across runs, so an index or a link can point at it.</summary>
    public string? Id { get; init; }

    /// <summary>
    /// True when the cells' <see cref="TableCell.Detail"/> (the units behind a count) is part of the table's content
    /// and shown as visible text, not only as a tooltip: an auditor must see it, print it and search it.
    /// </summary>
    public bool ShowDetails { get; init; }

    /// <summary>The text of a cell.</summary>
    public string Text(int row, int column) => Rows[row][column].Text;

    /// <summary>
    /// The table as aligned text (<see cref="Rendering.TableRenderer.ToText"/>), so plain-text outputs, exported
    /// file-based apps and debuggers show the table instead of a record dump.
    /// </summary>
    public override string ToString() => Rendering.TableRenderer.ToText(this);
}
