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
public sealed record TableCell(string Text, CellMark Mark = CellMark.None, string? Detail = null);

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

    /// <summary>The text of a cell.</summary>
    public string Text(int row, int column) => Rows[row][column].Text;

    /// <summary>
    /// The table as aligned text (<see cref="Rendering.TableRenderer.ToText"/>), so plain-text outputs, exported
    /// file-based apps and debuggers show the table instead of a record dump.
    /// </summary>
    public override string ToString() => Rendering.TableRenderer.ToText(this);
}
