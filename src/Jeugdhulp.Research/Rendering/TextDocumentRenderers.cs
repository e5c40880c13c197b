using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Rendering;

/// <summary>
/// The shared walk of the text formats: headings, paragraphs, tables (through <see cref="TableRenderer"/>, the one
/// table renderer per format), link lists; tables whose units are part of the content get a units-per-cell table after them.
/// </summary>
public abstract class WalkingTextRenderer : TextDocumentRenderer
{
    /// <inheritdoc/>
    public override string RenderText(Document document)
    {
        var parts = new List<string>();
        var title = Title(document);
        if (title.Length > 0) parts.Add(title);
        if (document.Notice is { } notice) parts.Add(Paragraph(notice));
        foreach (var section in document.Sections) Section(document, section, 2, parts);
        foreach (var line in document.Footer) parts.Add(Paragraph(line));
        return string.Join("\n", parts);
    }

    private void Section(Document document, DocumentSection section, int level, List<string> parts)
    {
        if (section.Title.Length > 0) parts.Add(Heading(section.Title, level));
        if (level == 2 && section.Title.Length > 0 && document.Notice is { } notice) parts.Add(Paragraph(notice));
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case Paragraph p: parts.Add(Paragraph(p.Text)); break;
                case TableBlock t: Tables(document, [t.Table], parts); break;
                case SideBySide s: Tables(document, s.Tables, parts); break;
                case LinkList l when !l.Items.IsEmpty: parts.Add(Links(l)); break;
                case HtmlBlock h when h.Fallback.Length > 0: parts.Add(Paragraph(h.Fallback)); break;
            }
        }
        foreach (var sub in section.Subsections) Section(document, sub, level + 1, parts);
    }

    private void Tables(Document document, IEnumerable<ResultTable> tables, List<string> parts)
    {
        foreach (var table in tables)
        {
            parts.Add(Table(table));
            if (table.ShowDetails && TableRenderer.UnitsPerCell([table], RendererText.UnitsPerCell(document) + ": " + table.Title) is { Rows.IsEmpty: false } units)
                parts.Add(Table(units));
        }
    }

    /// <summary>The document title, or empty.</summary>
    protected abstract string Title(Document document);
    /// <summary>A heading of the given level (2 = section).</summary>
    protected abstract string Heading(string text, int level);
    /// <summary>A paragraph.</summary>
    protected abstract string Paragraph(string text);
    /// <summary>A table.</summary>
    protected abstract string Table(ResultTable table);
    /// <summary>A labelled list of links.</summary>
    protected virtual string Links(LinkList list) =>
        Paragraph(list.Label + ": " + string.Join("; ", list.Items.Select(i => i.Text)));
}

/// <summary>Aligned plain text for the terminal.</summary>
public sealed class PlainTextDocumentRenderer : WalkingTextRenderer
{
    /// <inheritdoc/>
    public override OutputFormat Format => OutputFormat.Text;
    /// <inheritdoc/>
    public override string Name => "text";
    /// <inheritdoc/>
    public override string Extension => ".txt";
    /// <inheritdoc/>
    protected override string Title(Document document) => document.TableOfContents ? document.Title + "\n" + new string('=', document.Title.Length) + "\n" : "";
    /// <inheritdoc/>
    protected override string Heading(string text, int level) => text + "\n" + new string(level == 2 ? '=' : '-', text.Length) + "\n";
    /// <inheritdoc/>
    protected override string Paragraph(string text) => text + "\n";
    /// <inheritdoc/>
    protected override string Table(ResultTable table) => TableRenderer.ToText(table);
    /// <inheritdoc/>
    protected override string Links(LinkList list) =>
        string.Concat(list.Items.Select(i => $"  {list.Label.ToLowerInvariant()}: {i.Text}\n"));
}

/// <summary>GitHub-flavoured Markdown.</summary>
public sealed class MarkdownDocumentRenderer : WalkingTextRenderer
{
    /// <inheritdoc/>
    public override OutputFormat Format => OutputFormat.Markdown;
    /// <inheritdoc/>
    public override string Name => "md";
    /// <inheritdoc/>
    public override string Extension => ".md";
    /// <inheritdoc/>
    protected override string Title(Document document) => document.TableOfContents ? $"# {document.Title}\n" : "";
    /// <inheritdoc/>
    protected override string Heading(string text, int level) => $"{new string('#', level)} {text}\n";
    /// <inheritdoc/>
    protected override string Paragraph(string text) => text + "\n";
    /// <inheritdoc/>
    protected override string Table(ResultTable table) => TableRenderer.ToMarkdown(table);
    /// <inheritdoc/>
    protected override string Links(LinkList list) =>
        $"**{list.Label}:**\n\n" + string.Concat(list.Items.Select(i => i.Target is null ? $"- {i.Text}\n" : $"- [{i.Text.Replace("]", "\\]")}](#{i.Target})\n"));
}

/// <summary>CSV: the tables one after the other, separated by an empty line (one table per file is the usual case).</summary>
public sealed class CsvDocumentRenderer : TextDocumentRenderer
{
    /// <inheritdoc/>
    public override OutputFormat Format => OutputFormat.Csv;
    /// <inheritdoc/>
    public override string Name => "csv";
    /// <inheritdoc/>
    public override string Extension => ".csv";
    /// <inheritdoc/>
    public override string RenderText(Document document) => string.Join("\n", document.Tables.Select(TableRenderer.ToCsv));
}

/// <summary>A LaTeX fragment (sections and booktabs tables) to include in a paper.</summary>
public sealed class LatexDocumentRenderer : WalkingTextRenderer
{
    /// <inheritdoc/>
    public override OutputFormat Format => OutputFormat.Latex;
    /// <inheritdoc/>
    public override string Name => "latex";
    /// <inheritdoc/>
    public override string Extension => ".tex";
    /// <inheritdoc/>
    protected override string Title(Document document) => document.TableOfContents ? $"% {document.Title}\n% Requires \\usepackage{{booktabs}}.\n" : "";
    /// <inheritdoc/>
    protected override string Heading(string text, int level) => $"\\{(level == 2 ? "section" : "subsection")}*{{{TableRenderer.EscapeLatex(text)}}}\n";
    /// <inheritdoc/>
    protected override string Paragraph(string text) => TableRenderer.EscapeLatex(text) + "\n";
    /// <inheritdoc/>
    protected override string Table(ResultTable table) => TableRenderer.ToLatex(table);
}

/// <summary>JSON: the document's structure with every table's cells, for other software.</summary>
public sealed class JsonDocumentRenderer : TextDocumentRenderer
{
    /// <inheritdoc/>
    public override OutputFormat Format => OutputFormat.Json;
    /// <inheritdoc/>
    public override string Name => "json";
    /// <inheritdoc/>
    public override string Extension => ".json";

    /// <inheritdoc/>
    public override string RenderText(Document document)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("title", document.Title);
            json.WriteString("language", document.Language);
            if (document.Notice is { } notice) json.WriteString("notice", notice);
            json.WriteStartArray("sections");
            foreach (var section in document.Sections) Section(json, section);
            json.WriteEndArray();
            json.WriteStartArray("footer");
            foreach (var line in document.Footer) json.WriteStringValue(line);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Section(Utf8JsonWriter json, DocumentSection section)
    {
        json.WriteStartObject();
        json.WriteString("id", section.Id);
        json.WriteString("title", section.Title);
        json.WriteStartArray("blocks");
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case Paragraph p: json.WriteStartObject(); json.WriteString("type", "paragraph"); json.WriteString("text", p.Text); json.WriteEndObject(); break;
                case TableBlock t: Table(json, t.Table); break;
                case SideBySide s: foreach (var t in s.Tables) Table(json, t); break;
                case LinkList l:
                    json.WriteStartObject(); json.WriteString("type", "links"); json.WriteString("label", l.Label);
                    json.WriteStartArray("items");
                    foreach (var i in l.Items) { json.WriteStartObject(); json.WriteString("text", i.Text); if (i.Target is not null) json.WriteString("target", i.Target); json.WriteEndObject(); }
                    json.WriteEndArray(); json.WriteEndObject();
                    break;
                case HtmlBlock h: json.WriteStartObject(); json.WriteString("type", "figure"); json.WriteString("text", h.Fallback); json.WriteEndObject(); break;
            }
        }
        json.WriteEndArray();
        json.WriteStartArray("subsections");
        foreach (var sub in section.Subsections) Section(json, sub);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Table(Utf8JsonWriter json, ResultTable table)
    {
        json.WriteStartObject();
        json.WriteString("type", "table");
        if (table.Id is not null) json.WriteString("id", table.Id);
        json.WriteString("title", table.Title);
        json.WriteStartArray("columns");
        foreach (var c in table.Columns) json.WriteStringValue(c);
        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartArray();
            foreach (var cell in row)
            {
                if (cell.Mark == CellMark.None && string.IsNullOrEmpty(cell.Detail)) { json.WriteStringValue(cell.Text); continue; }
                json.WriteStartObject();
                json.WriteString("text", cell.Text);
                if (cell.Mark != CellMark.None) json.WriteString("mark", cell.Mark == CellMark.Differs ? "differs" : "matches");
                if (!string.IsNullOrEmpty(cell.Detail)) json.WriteString("units", cell.Detail);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteStartArray("notes");
        foreach (var n in table.Notes) json.WriteStringValue(n);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
