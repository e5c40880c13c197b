using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Rendering;

/// <summary>
/// An Excel workbook an auditor can work in: an index sheet with a link to every table, one sheet per table with its
/// full title on top, a frozen header row and first column, filters, sensible widths, counts stored as numbers and
/// percentages as percentages, and a sheet with the units behind every count. Sheet names are shortened at word
/// boundaries ("Tabel 9.1"), unique, and never cut mid-word.
/// </summary>
public sealed partial class XlsxDocumentRenderer : DocumentRenderer
{
    private const int MaxSheetName = 31;
    private const int HeaderRow = 3;

    /// <inheritdoc/>
    public override OutputFormat Format => OutputFormat.Xlsx;
    /// <inheritdoc/>
    public override string Name => "xlsx";
    /// <inheritdoc/>
    public override string Extension => ".xlsx";
    /// <inheritdoc/>
    public override bool IsBinary => true;

    /// <inheritdoc/>
    public override byte[] Render(Document document)
    {
        using var workbook = new XLWorkbook();
        var tables = document.Tables.Select(t => document.Notice is { } notice ? t with { Notes = [notice, .. t.Notes] } : t).ToList();
        var units = TableRenderer.UnitsPerCell(tables.Where(t => t.ShowDetails), RendererText.UnitsPerCell(document));
        if (!units.Rows.IsEmpty) tables.Add(units);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { RendererText.Contents(document) };
        var names = tables.Select(t => SheetName(t.Title, used)).ToList();

        var index = tables.Count > 1 ? workbook.Worksheets.Add(RendererText.Contents(document)) : null;
        for (var k = 0; k < tables.Count; k++)
        {
            var sheet = workbook.Worksheets.Add(names[k]);
            WriteTable(sheet, tables[k], index is null ? null : RendererText.BackToContents(document));
        }
        if (index is not null)
        {
            index.Cell(1, 1).SetValue(document.Title).Style.Font.Bold = true;
            string[] header = ["nr", RendererText.Table(document), RendererText.Sheet(document), RendererText.Rows(document)];
            for (var j = 0; j < header.Length; j++) index.Cell(HeaderRow, j + 1).SetValue(header[j]).Style.Font.Bold = true;
            for (var k = 0; k < tables.Count; k++)
            {
                var row = HeaderRow + 1 + k;
                index.Cell(row, 1).SetValue(k + 1);
                var link = index.Cell(row, 2);
                link.SetValue(tables[k].Title);
                link.Hyperlink = new XLHyperlink($"'{names[k]}'!A1");
                link.Style.Font.FontColor = XLColor.FromHtml("#0b57d0");
                link.Style.Font.Underline = XLFontUnderlineValues.Single;
                index.Cell(row, 3).SetValue(names[k]);
                index.Cell(row, 4).SetValue(tables[k].Rows.Length);
            }
            index.SheetView.FreezeRows(HeaderRow);
            index.Range(HeaderRow, 1, HeaderRow + tables.Count, 4).SetAutoFilter();
            index.Column(1).Width = 5;
            index.Column(2).Width = Math.Clamp(tables.Max(t => t.Title.Length) + 2, 20, 90);
            index.Column(3).Width = MaxSheetName + 2;
            index.Column(4).Width = 8;
            index.SetTabActive();
        }
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private static void WriteTable(IXLWorksheet sheet, ResultTable table, string? back)
    {
        var title = sheet.Cell(1, 1);
        title.SetValue(table.Title);
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 13;
        if (back is not null)
        {
            var link = sheet.Cell(2, 1);
            link.SetValue(back);
            link.Hyperlink = new XLHyperlink($"'{sheet.Workbook.Worksheets.First().Name}'!A1");
        }
        for (var j = 0; j < table.Columns.Length; j++)
        {
            var cell = sheet.Cell(HeaderRow, j + 1);
            cell.SetValue(table.Columns[j]);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#eeeeee");
            cell.Style.Alignment.WrapText = true;
        }
        for (var i = 0; i < table.Rows.Length; i++)
            for (var j = 0; j < table.Rows[i].Length; j++)
            {
                var cell = table.Rows[i][j];
                var target = sheet.Cell(HeaderRow + 1 + i, j + 1);
                SetValue(target, cell.Text);
                if (cell.Mark == CellMark.Differs)
                {
                    target.Style.Fill.BackgroundColor = XLColor.FromHtml("#fde2e2");
                    target.Style.Font.Bold = true;
                }
                if (!string.IsNullOrEmpty(cell.Detail) && j > 0) target.Comment.AddText(cell.Detail);
            }
        var last = HeaderRow + table.Rows.Length;
        var noteRow = last + 2;
        foreach (var note in table.Notes) sheet.Cell(noteRow++, 1).SetValue(note);
        if (table.Columns.Length > 0)
        {
            sheet.SheetView.Freeze(HeaderRow, 1);
            sheet.Range(HeaderRow, 1, Math.Max(last, HeaderRow), table.Columns.Length).SetAutoFilter();
        }
        // Widths from text length (ClosedXML's AdjustToContents needs libgdiplus); long text wraps instead of running on.
        for (var j = 0; j < table.Columns.Length; j++)
        {
            var longest = table.Rows.Select(r => j < r.Length ? r[j].Text.Length : 0).Append(table.Columns[j].Length).Max();
            sheet.Column(j + 1).Width = Math.Clamp(longest + 2, 8, 60);
            if (longest > 60) sheet.Column(j + 1).Style.Alignment.WrapText = true;
        }
    }

    /// <summary>Counts as numbers, percentages as percentages, everything else literally as text (never a formula).</summary>
    private static void SetValue(IXLCell target, string text)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && !text.StartsWith('+')) target.SetValue(n);
        else if (text.EndsWith('%') && double.TryParse(text[..^1], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p))
        {
            target.SetValue(p / 100);
            target.Style.NumberFormat.Format = "0.0%";
        }
        else if (Decimal().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) target.SetValue(d);
        else target.SetValue(text); // SetValue stores text literally: "=..." never becomes a formula
    }

    /// <summary>
    /// A sheet name of at most 31 characters: "Tabel 9.1" for a published table, otherwise the title's leading whole
    /// words; made unique with " (2)", " (3)" by dropping further words, never by cutting one.
    /// </summary>
    internal static string SheetName(string title, HashSet<string> used)
    {
        var clean = Regex.Replace(new string([.. title.Select(c => "[]:*?/\\".Contains(c) ? ' ' : c)]), @"\s+", " ").Trim().Trim('\'');
        var words = (TableNumber().Match(title) is { Success: true } m ? m.Value : clean).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) words = ["Tabel"];
        for (var k = 1; ; k++)
        {
            var suffix = k == 1 ? "" : $" ({k})";
            var name = Fit(words, MaxSheetName - suffix.Length) + suffix;
            if (used.Add(name)) return name;
        }
    }

    private static string Fit(string[] words, int max)
    {
        var name = "";
        foreach (var word in words)
        {
            var next = name.Length == 0 ? word : name + " " + word;
            if (next.Length > max) break;
            name = next;
        }
        // A first word longer than a sheet name allows is shortened visibly, with an ellipsis.
        return name.Length > 0 ? name.TrimEnd(',', ';', '-', '×', ' ') : words[0][..(max - 1)] + "…";
    }

    [GeneratedRegex(@"^(?:Tabel|Table) \d+(?:\.\d+)*[a-z]?(?=:)")]
    private static partial Regex TableNumber();

    [GeneratedRegex(@"^-?\d+\.\d+$")]
    private static partial Regex Decimal();
}
