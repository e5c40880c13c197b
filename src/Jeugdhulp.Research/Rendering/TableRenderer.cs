using System.Globalization;
using System.Net;
using System.Text;
using CsvHelper;
using Jeugdhulp.Research.Comparison;
using Microsoft.Data.Analysis;

namespace Jeugdhulp.Research.Rendering;

/// <summary>
/// Turns a <see cref="ResultTable"/> into the formats researchers paste into papers (Markdown), feed to other
/// software (CSV, DataFrame), publish (HTML) or hand to colleagues (xlsx). All formats carry the same cells.
/// </summary>
public static class TableRenderer
{
    /// <summary>GitHub-flavoured Markdown; differing cells are bold.</summary>
    public static string ToMarkdown(ResultTable table)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"**{Md(table.Title)}**").AppendLine();
        sb.AppendLine("| " + string.Join(" | ", table.Columns.Select(Md)) + " |");
        var numeric = NumericColumns(table);
        sb.AppendLine("|" + string.Concat(table.Columns.Select((_, i) => numeric[i] ? "---:|" : "---|")));
        foreach (var row in table.Rows)
            sb.AppendLine("| " + string.Join(" | ", row.Select(c => c.Mark == CellMark.Differs ? $"**{Md(c.Text)}**" : Md(c.Text))) + " |");
        foreach (var note in table.Notes) sb.AppendLine().AppendLine($"_{Md(note)}_");
        return sb.ToString();
    }

    /// <summary>Aligned plain text for the terminal; differing cells are marked with <c>*</c>.</summary>
    public static string ToText(ResultTable table)
    {
        var texts = table.Rows.Select(r => r.Select(c => c.Mark == CellMark.Differs ? c.Text + " *" : c.Text).ToList()).ToList();
        var widths = table.Columns.Select((h, j) => Math.Max(h.Length, texts.Select(r => j < r.Count ? r[j].Length : 0).DefaultIfEmpty(0).Max())).ToList();
        var numeric = NumericColumns(table);
        var sb = new StringBuilder();
        sb.AppendLine(table.Title);
        string Line(IReadOnlyList<string> cells) =>
            string.Join("  ", cells.Select((c, j) => j < numeric.Length && numeric[j] ? c.PadLeft(widths[j]) : c.PadRight(widths[j]))).TrimEnd();
        sb.AppendLine(Line(table.Columns));
        sb.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in texts) sb.AppendLine(Line(row));
        foreach (var note in table.Notes) sb.AppendLine(note);
        return sb.ToString();
    }

    /// <summary>A LaTeX <c>tabular</c> (booktabs rules) for papers; differing cells are bold, special characters escaped.</summary>
    public static string ToLatex(ResultTable table)
    {
        var sb = new StringBuilder();
        sb.AppendLine("\\begin{table}[htbp]").AppendLine("\\centering");
        sb.AppendLine($"\\caption{{{EscapeLatex(table.Title)}}}");
        sb.AppendLine($"\\begin{{tabular}}{{{string.Concat(NumericColumns(table).Select(n => n ? 'r' : 'l'))}}}").AppendLine("\\toprule");
        sb.AppendLine(string.Join(" & ", table.Columns.Select(EscapeLatex)) + " \\\\").AppendLine("\\midrule");
        foreach (var row in table.Rows)
            sb.AppendLine(string.Join(" & ", row.Select(c => c.Mark == CellMark.Differs ? $"\\textbf{{{EscapeLatex(c.Text)}}}" : EscapeLatex(c.Text))) + " \\\\");
        sb.AppendLine("\\bottomrule").AppendLine("\\end{tabular}");
        foreach (var note in table.Notes) sb.AppendLine($"\\par\\footnotesize {EscapeLatex(note)}");
        sb.AppendLine("\\end{table}");
        return sb.ToString();
    }

    /// <summary>Escapes text for LaTeX (special characters, and the symbols the tables use).</summary>
    public static string EscapeLatex(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            sb.Append(c switch
            {
                '\\' => "\\textbackslash{}",
                '&' or '%' or '$' or '#' or '_' or '{' or '}' => "\\" + c,
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                '≠' => "$\\neq$",
                '×' => "$\\times$",
                '\n' => " ",
                _ => c.ToString(),
            });
        return sb.ToString();
    }

    /// <summary>
    /// RFC 4180 CSV (CsvHelper) with the header row; one table per file. Cells that a spreadsheet would run as a
    /// formula get a leading apostrophe (<see cref="FormulaGuard.ForSpreadsheet"/>); numbers and +/- values stay as they are.
    /// </summary>
    public static string ToCsv(ResultTable table)
    {
        using var writer = new StringWriter();
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var h in table.Columns) csv.WriteField(FormulaGuard.ForSpreadsheet(h));
            csv.NextRecord();
            foreach (var row in table.Rows)
            {
                foreach (var cell in row) csv.WriteField(FormulaGuard.ForSpreadsheet(cell.Text));
                csv.NextRecord();
            }
        }
        return writer.ToString();
    }

    /// <summary>
    /// An HTML table fragment with a caption and column headers; differing cells carry class <c>differs</c>, matching
    /// ones <c>matches</c>. The units behind a count are a tooltip, or visible text under the count when the table
    /// <see cref="ResultTable.ShowDetails"/>; row anchors and cell links make evidence reachable by a click.
    /// </summary>
    public static string ToHtml(ResultTable table)
    {
        var sb = new StringBuilder();
        sb.Append("<table class=\"jhr-table\"");
        if (table.Id is { } id) sb.Append(" id=\"").Append(E(id)).Append('"');
        sb.Append("><caption>").Append(E(table.Title)).Append("</caption><thead><tr>");
        foreach (var h in table.Columns) sb.Append("<th>").Append(E(h)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            sb.Append(row.Length > 0 && row[0].Anchor is { } anchor ? $"<tr id=\"{E(anchor)}\">" : "<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                var cell = row[i];
                var tag = i == 0 ? "th" : "td";
                var cls = cell.Mark switch { CellMark.Differs => " class=\"differs\"", CellMark.Matches => " class=\"matches\"", _ => "" };
                var hasDetail = !string.IsNullOrEmpty(cell.Detail);
                var title = hasDetail && !table.ShowDetails ? $" title=\"{E(cell.Detail!)}\"" : "";
                sb.Append('<').Append(tag).Append(cls).Append(title).Append('>');
                sb.Append(cell.Link is { } link ? $"<a href=\"#{E(link)}\">{E(cell.Text)}</a>" : E(cell.Text));
                if (hasDetail && table.ShowDetails) sb.Append("<span class=\"jhr-units\">").Append(E(cell.Detail!)).Append("</span>");
                sb.Append("</").Append(tag).Append('>');
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");
        foreach (var note in table.Notes) sb.Append("<p class=\"jhr-note\">").Append(E(note)).Append("</p>");
        return sb.ToString();
    }

    /// <summary>A Microsoft.Data.Analysis DataFrame with one string column per table column (counts stay exact text).</summary>
    public static DataFrame ToDataFrame(ResultTable table)
    {
        var columns = table.Columns.Select((name, i) =>
            (DataFrameColumn)new StringDataFrameColumn(UniqueName(table.Columns, i), table.Rows.Select(r => i < r.Length ? r[i].Text : null)));
        return new DataFrame(columns);
    }

    /// <summary>
    /// Writes tables to an xlsx workbook for auditors (<see cref="XlsxDocumentRenderer"/>): an index sheet, one sheet
    /// per table with its full title, frozen header and filters; text cells stored as text, never as formulas.
    /// </summary>
    public static void ToXlsx(IEnumerable<ResultTable> tables, Stream output)
    {
        var bytes = DocumentRenderers.For(OutputFormat.Xlsx).Render(Document.OfTables([.. tables]));
        output.Write(bytes);
    }

    /// <summary>
    /// The units behind every count of <paramref name="tables"/> as one long table (table, row, column, count, units):
    /// what an auditor filters in a spreadsheet or reads under a printed table.
    /// </summary>
    public static ResultTable UnitsPerCell(IEnumerable<ResultTable> tables, string title = "Eenheden per cel")
    {
        var rows = new List<System.Collections.Immutable.ImmutableArray<TableCell>>();
        foreach (var table in tables)
            foreach (var row in table.Rows)
                for (var j = 1; j < row.Length; j++)
                    if (!string.IsNullOrEmpty(row[j].Detail))
                        rows.Add([new(table.Title), new(row[0].Text), new(j < table.Columns.Length ? table.Columns[j] : ""), new(row[j].Text), new(row[j].Detail!)]);
        return new ResultTable(title, ["tabel", "rij", "kolom", "aantal", "eenheden"], [.. rows], []);
    }

    /// <summary>
    /// Which columns hold numbers (counts, percentages, coefficients, or "–" where none applies): those align right so
    /// digits line up; text columns (units, reasons, evidence) align left so they read as text. The first column is
    /// the row label and always left. One decision for the text, Markdown and LaTeX renderers.
    /// </summary>
    internal static bool[] NumericColumns(ResultTable table) =>
        [.. table.Columns.Select((_, j) => j > 0
            && table.Rows.Any(r => j < r.Length && NumberLike(r[j].Text))
            && table.Rows.All(r => j >= r.Length || NumberLike(r[j].Text) || Blank(r[j].Text)))];

    private static bool Blank(string s) => s.Trim() is "" or "–" or "-" or "—";

    private static bool NumberLike(string s)
    {
        var t = s.Trim().TrimEnd('%', '*').Trim();
        if (t.StartsWith('−')) t = t[1..];
        return t.Length > 0 && char.IsAsciiDigit(t[^1]) && t.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '-' or '+' or ' ' or '/');
    }

    private static string UniqueName(IReadOnlyList<string> names, int i) =>
        names.Take(i).Contains(names[i]) || names[i].Length == 0 ? $"{names[i]}#{i}" : names[i];

    private static string E(string s) => WebUtility.HtmlEncode(s);

    /// <summary>A cell's text as literal Markdown: a pipe would end the cell, and a QCA term such as DEV*LIT*STB would turn italic.</summary>
    private static string Md(string s) => s.Replace("|", "\\|").Replace("*", "\\*").Replace("\n", " ");
}
