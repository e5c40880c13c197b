using System.Globalization;
using System.Net;
using System.Text;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Rendering;

namespace Jeugdhulp.Research.Reports;

/// <summary>Output formats of a report.</summary>
public enum ReportFormat
{
    /// <summary>One self-contained HTML file: no scripts or styles from the network.</summary>
    Html,
    /// <summary>An xlsx workbook, one sheet per table.</summary>
    Xlsx,
    /// <summary>Markdown, for repositories and papers.</summary>
    Markdown,
    /// <summary>LaTeX tables (booktabs) with section headings, for papers.</summary>
    Latex,
}

/// <summary>
/// Renders a <see cref="Report"/>. Every format carries the same tables; the date line is the only part that changes
/// between two runs on the same input, so reports can be compared with a plain diff.
/// </summary>
public static class ReportRenderer
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:75rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#222}" +
        "table{border-collapse:collapse;margin:.75rem 0 1.25rem}caption{text-align:left;font-weight:600;padding:.25rem 0}" +
        "th,td{border:1px solid #ccc;padding:.2rem .45rem;vertical-align:top;text-align:left}thead th{background:#f3f3f3}" +
        "td.differs{background:#fde2e2;outline:2px solid #c0392b}td.matches{background:#eef8ee}" +
        "nav ol{columns:2}.jhr-note{font-size:.9em;color:#555}" +
        ".provenance td{font-family:ui-monospace,monospace;font-size:.85em}" +
        ".fictitious{border:2px solid #b9770e;background:#fef5e7;padding:.3rem .6rem;font-weight:600}" +
        "@media print{.fictitious.page{position:fixed;top:0;left:0;right:0}}";

    /// <summary>The notice of a fictitious study, or null.</summary>
    private static string? Notice(Report report) => report.Fictitious ? Data.StudyContext.FictitiousNotice : null;

    /// <summary>The date line, the only non-deterministic line of every format.</summary>
    public static string DateLine(Report report) =>
        $"Gemaakt op {report.Provenance.Date.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)}";

    /// <summary>Renders HTML, Markdown or LaTeX text.</summary>
    public static string ToText(Report report, ReportFormat format) => format switch
    {
        ReportFormat.Html => ToHtml(report),
        ReportFormat.Markdown => ToMarkdown(report),
        ReportFormat.Latex => ToLatex(report),
        _ => throw new ArgumentException("xlsx is binary; use WriteXlsx.", nameof(format)),
    };

    /// <summary>A self-contained HTML document.</summary>
    public static string ToHtml(Report report)
    {
        var sb = new StringBuilder();
        sb.AppendLine("<!DOCTYPE html>").AppendLine("<html lang=\"nl\"><head><meta charset=\"utf-8\">");
        sb.AppendLine($"<title>{E(report.Title)}</title><style>{Style}</style></head><body>");
        if (Notice(report) is { } notice) sb.AppendLine($"<p class=\"fictitious page\" role=\"note\">{E(notice)}</p>");
        sb.AppendLine($"<h1>{E(report.Title)}</h1>");
        sb.AppendLine("<nav><h2>Inhoud</h2><ol>");
        foreach (var s in report.Sections) sb.AppendLine($"<li><a href=\"#{E(s.Id)}\">{E(s.Title)}</a></li>");
        sb.AppendLine("<li><a href=\"#herkomst\">Herkomst</a></li></ol></nav>");
        foreach (var section in report.Sections)
        {
            sb.AppendLine($"<section id=\"{E(section.Id)}\"><h2>{E(section.Title)}</h2>");
            if (Notice(report) is { } sectionNotice) sb.AppendLine($"<p class=\"fictitious\">{E(sectionNotice)}</p>");
            sb.AppendLine($"<p>{E(section.Text)}</p>");
            foreach (var html in section.Html) sb.AppendLine(html);
            foreach (var table in section.Tables) sb.AppendLine(TableRenderer.ToHtml(table));
            sb.AppendLine("</section>");
        }
        sb.AppendLine("<section id=\"herkomst\" class=\"provenance\"><h2>Herkomst</h2>");
        sb.AppendLine(TableRenderer.ToHtml(ReportBuilder.ProvenanceTable(report.Provenance)));
        sb.AppendLine($"<p class=\"date\">{E(DateLine(report))}</p></section>");
        sb.AppendLine("</body></html>");
        return sb.ToString();
    }

    /// <summary>Markdown with one heading per section.</summary>
    public static string ToMarkdown(Report report)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# {report.Title}").AppendLine();
        if (Notice(report) is { } notice) sb.AppendLine($"> **{notice}**").AppendLine();
        foreach (var section in report.Sections)
        {
            sb.AppendLine($"## {section.Title}").AppendLine();
            if (Notice(report) is { } sectionNotice) sb.AppendLine($"> **{sectionNotice}**").AppendLine();
            sb.AppendLine(section.Text).AppendLine();
            foreach (var table in section.Tables) sb.AppendLine(TableRenderer.ToMarkdown(table));
        }
        sb.AppendLine("## Herkomst").AppendLine().AppendLine(TableRenderer.ToMarkdown(ReportBuilder.ProvenanceTable(report.Provenance)));
        sb.AppendLine(DateLine(report));
        return sb.ToString();
    }

    /// <summary>A LaTeX fragment (sections and tables; needs <c>booktabs</c>) to include in a paper.</summary>
    public static string ToLatex(Report report)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"% {report.Title}").AppendLine("% Requires \\usepackage{booktabs}.");
        if (Notice(report) is { } notice)
            sb.AppendLine($"\\markboth{{{TableRenderer.EscapeLatex(notice)}}}{{{TableRenderer.EscapeLatex(notice)}}}% on every page with a heading style that shows marks");
        foreach (var section in report.Sections.Where(s => !s.Tables.IsEmpty))
        {
            sb.AppendLine($"\\section*{{{TableRenderer.EscapeLatex(section.Title)}}}");
            if (Notice(report) is { } sectionNotice) sb.AppendLine($"\\textbf{{{TableRenderer.EscapeLatex(sectionNotice)}}}\n");
            foreach (var table in section.Tables) sb.AppendLine(TableRenderer.ToLatex(table));
        }
        sb.AppendLine(TableRenderer.ToLatex(ReportBuilder.ProvenanceTable(report.Provenance)));
        sb.AppendLine($"% {DateLine(report)}");
        return sb.ToString();
    }

    /// <summary>Writes the workbook: one sheet per table, provenance last.</summary>
    public static void WriteXlsx(Report report, Stream output)
    {
        ResultTable Mark(ResultTable t) => Notice(report) is { } notice ? t with { Notes = [notice, .. t.Notes] } : t;
        TableRenderer.ToXlsx([.. report.Tables.Select(Mark), Mark(ReportBuilder.ProvenanceTable(report.Provenance) with
        {
            Notes = [DateLine(report)],
        })], output);
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
