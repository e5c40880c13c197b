using System.Collections.Immutable;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Rendering;

namespace Jeugdhulp.Research.Reports;

/// <summary>One section of a report: a heading, an explanatory paragraph, tables, and optional ready HTML (charts, trees).</summary>
/// <param name="Id">Anchor id, stable across runs.</param>
/// <param name="Title">Dutch heading.</param>
/// <param name="Text">Dutch explanation shown above the tables.</param>
/// <param name="Tables">Tables, rendered in every format.</param>
/// <param name="Html">HTML-only content (charts, the codebook tree); other formats show <paramref name="Text"/> only.</param>
public sealed record ReportSection(string Id, string Title, string Text, ImmutableArray<ResultTable> Tables, ImmutableArray<string> Html)
{
    /// <summary>
    /// Richer content in reading order (tables side by side, "berust op" links, charts with a shared library); when
    /// set, it replaces <see cref="Tables"/> and <see cref="Html"/>.
    /// </summary>
    public ImmutableArray<DocumentBlock> Content { get; init; } = [];

    /// <summary>
    /// The English heading and text, built with the Dutch ones so both describe the same study (null: the section has
    /// no English text yet, and <see cref="ReportLanguage"/> falls back to its table of fixed texts).
    /// </summary>
    public (string Title, string Text)? English { get; init; }

    /// <summary>Subsections, e.g. the evidence of each unit.</summary>
    public ImmutableArray<ReportSection> Subsections { get; init; } = [];

    /// <summary>The blocks of this section as the document model has them.</summary>
    public IEnumerable<DocumentBlock> Blocks => !Content.IsEmpty
        ? Content
        : Html.Select(h => (DocumentBlock)new HtmlBlock(h, "")).Concat(Tables.Select(t => new TableBlock(t)));

    /// <summary>Every table of the section and its subsections, in reading order.</summary>
    public IEnumerable<ResultTable> AllTables => DocumentSection.TablesOf(Blocks).Concat(Subsections.SelectMany(s => s.AllTables));
}

/// <summary>Where the report came from: what a rekenkamer needs to reproduce it.</summary>
/// <param name="ToolkitVersion">Informational version of the toolkit.</param>
/// <param name="Codebook">Codebook id and version.</param>
/// <param name="CodebookSha256">Hash of the codebook file.</param>
/// <param name="DataFiles">Each data file with its hash and row count.</param>
/// <param name="CommandLine">The command that made the report.</param>
/// <param name="Date">When it was made; the only line that differs between two runs on the same input.</param>
public sealed record ReportProvenance(
    string ToolkitVersion, string Codebook, string CodebookSha256,
    ImmutableArray<(string File, string Sha256, int Rows)> DataFiles, string CommandLine, DateTimeOffset Date);

/// <summary>A complete report, independent of its output format.</summary>
public sealed record Report(string Title, ReportProvenance Provenance, ImmutableArray<ReportSection> Sections)
{
    /// <summary>The language of the report's own words.</summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.Dutch;

    /// <summary>True for a fictitious study: every page, sheet and section of every format then carries <see cref="StudyContext.FictitiousNotice"/>.</summary>
    public bool Fictitious { get; init; }

    /// <summary>Every table in reading order (for xlsx: one sheet each).</summary>
    public IEnumerable<ResultTable> Tables => Sections.SelectMany(s => s.AllTables);

    /// <summary>
    /// The report as a format-independent document: a table of contents, the sections in the report's language,
    /// provenance last and the date line as footer. Every output format renders this.
    /// </summary>
    public Document ToDocument()
    {
        DocumentSection Convert(ReportSection s)
        {
            var (title, text) = Language.Section(s);
            return new DocumentSection(s.Id, title, [new Paragraph(text), .. s.Blocks]) { Subsections = [.. s.Subsections.Select(Convert)] };
        }
        var provenance = new DocumentSection("herkomst", Language.Code == "en" ? "Provenance" : "Herkomst",
            [new TableBlock(ReportBuilder.ProvenanceTable(Provenance))]);
        return new Document(Title, Language.Code, [.. Sections.Select(Convert), provenance])
        {
            TableOfContents = true,
            Footer = [ReportRenderer.DateLine(this)],
            Notice = Fictitious ? StudyContext.FictitiousNotice : null,
        };
    }
}
