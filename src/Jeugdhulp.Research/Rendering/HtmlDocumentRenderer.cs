using System.Net;
using System.Text;

namespace Jeugdhulp.Research.Rendering;

/// <summary>
/// One self-contained HTML page: a table of contents with anchors, headings per section and subsection, tables with
/// captions and column headers (<see cref="TableRenderer.ToHtml"/>), link lists, charts with their library written
/// once, styles that wrap long text on a laptop screen, and print styles (a page per section, repeated table headers,
/// no row split across pages). Nothing is loaded from the network.
/// </summary>
public sealed class HtmlDocumentRenderer : TextDocumentRenderer
{
    /// <summary>The page's styles; colours meet WCAG AA contrast and no state is told by colour alone.</summary>
    public const string Style =
        "body{font-family:system-ui,sans-serif;max-width:80rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1f1f1f;background:#fff}" +
        "a{color:#0b57d0}" +
        "table{border-collapse:collapse;margin:.75rem 0 1.25rem;max-width:100%}caption{text-align:left;font-weight:600;padding:.25rem 0}" +
        "th,td{border:1px solid #b0b0b0;padding:.2rem .45rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}thead th{background:#ececec}" +
        "td.differs{background:#fde2e2;outline:2px solid #b3261e;font-weight:700}td.matches{background:#eef6ee}" +
        ".jhr-units{display:block;font-size:.8em;color:#3d3d3d;font-weight:400}" +
        ".jhr-side{display:flex;flex-wrap:wrap;gap:0 2rem;align-items:flex-start}" +
        ".jhr-links{font-size:.92em}.jhr-links ul{margin:.25rem 0 1rem;padding-left:1.25rem}" +
        "nav.toc ol{columns:2}.jhr-note{font-size:.9em;color:#4a4a4a}" +
        "table.jhr-wide{width:100%;table-layout:fixed}table.jhr-wide td,table.jhr-wide th{font-size:.88em}" +
        ":target{outline:3px solid #0b57d0;background:#e8f0fe}" +
        ".jhr-chart{margin:0 0 1.5rem}" +
        ".jhr-notice{border:2px solid #8a5a00;background:#fef5e7;padding:.3rem .6rem;font-weight:600}" +
        ".jhr-notice-page{display:none}" +
        "@media print{.jhr-notice-page{display:block;position:fixed;top:0;left:0;right:0;font-size:8pt;font-weight:600;text-align:center;border-bottom:1px solid #8a5a00;background:#fff}" +
        "body.jhr-has-notice{padding-top:1.5rem}}" +
        "@media print{body{max-width:none;margin:0;font-size:10pt}nav.toc{break-after:page}section.jhr-section{break-before:page}" +
        "thead{display:table-header-group}tr,.jhr-chart{break-inside:avoid}a{color:inherit;text-decoration:none}" +
        "table.jhr-wide td,table.jhr-wide th{font-size:8pt}}";

    /// <inheritdoc/>
    public override OutputFormat Format => OutputFormat.Html;
    /// <inheritdoc/>
    public override string Name => "html";
    /// <inheritdoc/>
    public override string Extension => ".html";

    /// <inheritdoc/>
    public override string RenderText(Document document)
    {
        var sb = new StringBuilder();
        var libraries = new HashSet<string>(StringComparer.Ordinal);
        sb.AppendLine("<!DOCTYPE html>").AppendLine($"<html lang=\"{E(document.Language)}\"><head><meta charset=\"utf-8\">");
        sb.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.AppendLine($"<title>{E(document.Title)}</title><style>{Style}</style></head><body{(document.Notice is null ? "" : " class=\"jhr-has-notice\"")}>");
        // A fixed element is repeated by the browser on every printed page, so no printed page loses the notice.
        if (document.Notice is { } pageNotice) sb.AppendLine($"<div class=\"jhr-notice-page\" aria-hidden=\"true\">{E(pageNotice)}</div>");
        sb.AppendLine("<main>");
        if (document.Notice is { } notice) sb.AppendLine($"<p class=\"jhr-notice\" role=\"note\">{E(notice)}</p>");
        sb.AppendLine($"<h1 id=\"top\">{E(document.Title)}</h1>");
        if (document.TableOfContents)
        {
            sb.AppendLine($"<nav class=\"toc\" aria-labelledby=\"inhoud\"><h2 id=\"inhoud\">{E(RendererText.Contents(document))}</h2><ol>");
            foreach (var s in document.Sections.Where(s => s.Title.Length > 0)) sb.AppendLine($"<li><a href=\"#{E(s.Id)}\">{E(s.Title)}</a></li>");
            sb.AppendLine("</ol></nav>");
        }
        foreach (var section in document.Sections) Section(sb, section, 2, libraries, document.Notice);
        foreach (var line in document.Footer) sb.AppendLine($"<p class=\"date\">{E(line)}</p>");
        sb.AppendLine("</main></body></html>");
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, DocumentSection section, int level, HashSet<string> libraries, string? notice = null)
    {
        var id = section.Id.Length > 0 ? $" id=\"{E(section.Id)}\"" : "";
        sb.AppendLine(level == 2 ? $"<section class=\"jhr-section\"{id}>" : $"<section{id}>");
        if (section.Title.Length > 0) sb.AppendLine($"<h{level}>{E(section.Title)}</h{level}>");
        if (notice is not null && section.Title.Length > 0) sb.AppendLine($"<p class=\"jhr-notice\">{E(notice)}</p>");
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case Paragraph p: sb.AppendLine($"<p>{E(p.Text)}</p>"); break;
                case TableBlock t: sb.AppendLine(Table(t.Table)); break;
                case SideBySide s:
                    sb.Append("<div class=\"jhr-side\">");
                    foreach (var t in s.Tables) sb.Append("<div>").Append(Table(t)).Append("</div>");
                    sb.AppendLine("</div>");
                    break;
                case LinkList l when !l.Items.IsEmpty:
                    sb.Append("<div class=\"jhr-links\"><p><strong>").Append(E(l.Label)).Append("</strong></p><ul>");
                    foreach (var item in l.Items)
                        sb.Append("<li>").Append(item.Target is null ? E(item.Text) : $"<a href=\"#{E(item.Target)}\">{E(item.Text)}</a>").Append("</li>");
                    sb.AppendLine("</ul></div>");
                    break;
                case HtmlBlock h:
                    if (h.Library is { } library && libraries.Add(library.Name)) sb.AppendLine(library.Script);
                    sb.AppendLine(h.Html);
                    break;
            }
        }
        foreach (var sub in section.Subsections) Section(sb, sub, Math.Min(level + 1, 6), libraries);
        sb.AppendLine("</section>");
    }

    /// <summary>A table; tables with many columns of long text get the fixed, full-width layout so they wrap instead of overflowing.</summary>
    private static string Table(Comparison.ResultTable table)
    {
        var html = TableRenderer.ToHtml(table);
        var longText = table.Rows.Any(r => r.Any(c => c.Text.Length > 80));
        return longText ? html.Replace("<table class=\"jhr-table\"", "<table class=\"jhr-table jhr-wide\"", StringComparison.Ordinal) : html;
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
