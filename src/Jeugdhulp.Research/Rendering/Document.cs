using System.Collections.Immutable;
using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Rendering;

/// <summary>
/// A document independent of its output format: sections with paragraphs, tables, link lists and format-specific
/// extras (charts). Every table, report and export is built as one and written by a <see cref="DocumentRenderer"/>,
/// so a new format or a new table touches one place.
/// </summary>
/// <param name="Title">The title (first heading, file title).</param>
/// <param name="Language">BCP 47 language of the text (<c>nl</c> or <c>en</c>); renderers label their own words in it.</param>
/// <param name="Sections">The sections in reading order.</param>
public sealed record Document(string Title, string Language, ImmutableArray<DocumentSection> Sections)
{
    /// <summary>Lines printed after the last section (e.g. the date line of a report).</summary>
    public ImmutableArray<string> Footer { get; init; } = [];

    /// <summary>
    /// A notice that must travel with every part of the output, so no excerpt loses it (a fictitious study): renderers
    /// put it above the title, under every top-level heading and on every sheet.
    /// </summary>
    public string? Notice { get; init; }

    /// <summary>True when renderers should add a table of contents (reports; not a single exported table).</summary>
    public bool TableOfContents { get; init; }

    /// <summary>Every table in reading order, subsections included.</summary>
    public IEnumerable<ResultTable> Tables => Sections.SelectMany(s => s.AllTables);

    /// <summary>A document holding tables only: what <c>jhr table</c>, <c>matrix</c> and friends write.</summary>
    public static Document OfTables(IReadOnlyList<ResultTable> tables, string language = "nl") =>
        new(tables.Count == 1 ? tables[0].Title : string.Join("; ", tables.Select(t => t.Title).Take(3)), language,
            [new DocumentSection("", "", [.. tables.Select(t => (DocumentBlock)new TableBlock(t))])]);
}

/// <summary>A section: a heading, its blocks and subsections.</summary>
/// <param name="Id">Anchor id, stable across runs; empty for an untitled section.</param>
/// <param name="Title">Heading; empty for none.</param>
/// <param name="Blocks">Content in reading order.</param>
public sealed record DocumentSection(string Id, string Title, ImmutableArray<DocumentBlock> Blocks)
{
    /// <summary>Subsections (e.g. the evidence of one unit).</summary>
    public ImmutableArray<DocumentSection> Subsections { get; init; } = [];

    /// <summary>Every table of this section and its subsections.</summary>
    public IEnumerable<ResultTable> AllTables => TablesOf(Blocks).Concat(Subsections.SelectMany(s => s.AllTables));

    /// <summary>The tables of some blocks, in reading order.</summary>
    public static IEnumerable<ResultTable> TablesOf(IEnumerable<DocumentBlock> blocks) =>
        blocks.SelectMany(b => b switch
        {
            TableBlock t => [t.Table],
            SideBySide s => s.Tables,
            _ => Enumerable.Empty<ResultTable>(),
        });
}

/// <summary>One piece of content of a section.</summary>
public abstract record DocumentBlock;

/// <summary>A paragraph of plain text.</summary>
public sealed record Paragraph(string Text) : DocumentBlock;

/// <summary>A table.</summary>
public sealed record TableBlock(ResultTable Table) : DocumentBlock;

/// <summary>Tables meant to be read next to each other (published beside reproduced); stacked where a format has no columns.</summary>
public sealed record SideBySide(ImmutableArray<ResultTable> Tables) : DocumentBlock;

/// <summary>A labelled list of links to anchors in the document, e.g. "berust op" with the evidence rows.</summary>
/// <param name="Label">What the list is, e.g. "Berust op".</param>
/// <param name="Items">The entries.</param>
public sealed record LinkList(string Label, ImmutableArray<DocumentLink> Items) : DocumentBlock;

/// <summary>A text, optionally linking to an anchor (<see cref="TableCell.Anchor"/>, a section id) in the same document.</summary>
public sealed record DocumentLink(string Text, string? Target = null);

/// <summary>
/// Ready HTML (a chart, a browsable tree) with the text other formats show instead. A script library the HTML needs
/// (plotly.js) is named in <paramref name="Library"/> and written once per document, before its first use.
/// </summary>
/// <param name="Html">The HTML fragment.</param>
/// <param name="Fallback">What formats without HTML show (a description of the chart).</param>
/// <param name="Library">Name and inline script element of a shared library, or null.</param>
public sealed record HtmlBlock(string Html, string Fallback, (string Name, string Script)? Library = null) : DocumentBlock;
