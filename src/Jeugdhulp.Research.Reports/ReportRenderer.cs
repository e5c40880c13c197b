using System.Globalization;
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
/// Renders a <see cref="Report"/> through its document (<see cref="Report.ToDocument"/>) with the one renderer per
/// format of <see cref="DocumentRenderers"/>. Every format carries the same tables; the date line is the only part that
/// changes between two runs on the same input, so reports can be compared with a plain diff.
/// </summary>
public static class ReportRenderer
{
    /// <summary>The date line, the only non-deterministic line of every format.</summary>
    public static string DateLine(Report report) =>
        report.Language == ReportLanguage.English
            ? $"Made on {report.Provenance.Date.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)}"
            : $"Gemaakt op {report.Provenance.Date.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)}";

    /// <summary>The document renderer of a report format.</summary>
    public static DocumentRenderer RendererFor(ReportFormat format) => DocumentRenderers.For(format switch
    {
        ReportFormat.Xlsx => OutputFormat.Xlsx,
        ReportFormat.Markdown => OutputFormat.Markdown,
        ReportFormat.Latex => OutputFormat.Latex,
        _ => OutputFormat.Html,
    });

    /// <summary>Renders HTML, Markdown or LaTeX text.</summary>
    public static string ToText(Report report, ReportFormat format) =>
        format == ReportFormat.Xlsx ? throw new ArgumentException("xlsx is binary; use WriteXlsx.", nameof(format)) : RendererFor(format).RenderText(report.ToDocument());

    /// <summary>A self-contained HTML document: table of contents, print styles, plotly.js once, nothing from the network.</summary>
    public static string ToHtml(Report report) => ToText(report, ReportFormat.Html);

    /// <summary>Markdown with one heading per section.</summary>
    public static string ToMarkdown(Report report) => ToText(report, ReportFormat.Markdown);

    /// <summary>A LaTeX fragment (sections and tables; needs <c>booktabs</c>) to include in a paper.</summary>
    public static string ToLatex(Report report) => ToText(report, ReportFormat.Latex);

    /// <summary>Writes the workbook: an index sheet, one sheet per table, the units per cell, provenance.</summary>
    public static void WriteXlsx(Report report, Stream output) => output.Write(RendererFor(ReportFormat.Xlsx).Render(report.ToDocument()));
}
