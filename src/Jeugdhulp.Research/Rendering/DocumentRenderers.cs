using System.Collections.Immutable;
using System.Text;

namespace Jeugdhulp.Research.Rendering;

/// <summary>The output formats of every table, report and export.</summary>
public enum OutputFormat
{
    /// <summary>Aligned plain text for the terminal.</summary>
    Text,
    /// <summary>GitHub-flavoured Markdown.</summary>
    Markdown,
    /// <summary>RFC 4180 CSV.</summary>
    Csv,
    /// <summary>One self-contained HTML page (nothing loaded from the network).</summary>
    Html,
    /// <summary>An Excel workbook with an index sheet, frozen headers and filters.</summary>
    Xlsx,
    /// <summary>LaTeX (booktabs) for papers.</summary>
    Latex,
    /// <summary>JSON for other software.</summary>
    Json,
}

/// <summary>Writes a <see cref="Document"/> in one format. One renderer per format, all registered in <see cref="DocumentRenderers"/>.</summary>
public abstract class DocumentRenderer
{
    /// <summary>The format.</summary>
    public abstract OutputFormat Format { get; }
    /// <summary>The name users type (<c>--format md</c>).</summary>
    public abstract string Name { get; }
    /// <summary>The usual file extension, with the dot.</summary>
    public abstract string Extension { get; }
    /// <summary>True for formats that cannot go to standard output (xlsx).</summary>
    public virtual bool IsBinary => false;

    /// <summary>The rendered bytes.</summary>
    public abstract byte[] Render(Document document);

    /// <summary>The rendered text of a text format.</summary>
    /// <exception cref="NotSupportedException">For a binary format.</exception>
    public virtual string RenderText(Document document) => throw new NotSupportedException($"{Name} is a binary format.");
}

/// <summary>A text format: UTF-8 without byte-order mark.</summary>
public abstract class TextDocumentRenderer : DocumentRenderer
{
    /// <inheritdoc/>
    public override byte[] Render(Document document) => new UTF8Encoding(false).GetBytes(RenderText(document));
}

/// <summary>
/// The one registry of output formats: commands ask here for a renderer by name or format, so adding a format is
/// one class and one line below.
/// </summary>
public static class DocumentRenderers
{
    /// <summary>Every renderer.</summary>
    public static readonly ImmutableArray<DocumentRenderer> All =
    [
        new PlainTextDocumentRenderer(),
        new MarkdownDocumentRenderer(),
        new CsvDocumentRenderer(),
        new HtmlDocumentRenderer(),
        new XlsxDocumentRenderer(),
        new LatexDocumentRenderer(),
        new JsonDocumentRenderer(),
    ];

    /// <summary>The renderer of a format.</summary>
    public static DocumentRenderer For(OutputFormat format) => All.Single(r => r.Format == format);

    /// <summary>The renderer named <paramref name="name"/> (<c>text</c>, <c>md</c>, <c>csv</c>, <c>html</c>, <c>xlsx</c>, <c>latex</c>, <c>json</c>), or null.</summary>
    public static DocumentRenderer? Find(string name) =>
        All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? (string.Equals(name, "markdown", StringComparison.OrdinalIgnoreCase) ? For(OutputFormat.Markdown) : null);
}

/// <summary>The words renderers add themselves, in the document's language.</summary>
internal static class RendererText
{
    public static string Contents(Document d) => d.Language == "en" ? "Contents" : "Inhoud";
    public static string UnitsPerCell(Document d) => d.Language == "en" ? "Units per cell" : "Eenheden per cel";
    public static string Table(Document d) => d.Language == "en" ? "table" : "tabel";
    public static string Row(Document d) => d.Language == "en" ? "row" : "rij";
    public static string Column(Document d) => d.Language == "en" ? "column" : "kolom";
    public static string Count(Document d) => d.Language == "en" ? "count" : "aantal";
    public static string Units(Document d) => d.Language == "en" ? "units" : "eenheden";
    public static string Sheet(Document d) => d.Language == "en" ? "sheet" : "blad";
    public static string Rows(Document d) => d.Language == "en" ? "rows" : "rijen";
    public static string BackToContents(Document d) => d.Language == "en" ? "← back to the contents" : "← terug naar de inhoud";
}
