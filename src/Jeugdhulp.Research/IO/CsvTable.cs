using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.IO;

/// <summary>One data row of a CSV file, with its line number so every error can point at it.</summary>
public sealed class CsvRow
{
    private readonly CsvTable _table;
    private readonly string[] _fields;

    internal CsvRow(CsvTable table, int line, string[] fields)
    {
        _table = table;
        Line = line;
        _fields = fields;
    }

    /// <summary>1-based line where the row starts.</summary>
    public int Line { get; }

    /// <summary>The trimmed field of a column; empty string when the column is absent or the cell empty.</summary>
    public string this[string column] =>
        _table.ColumnIndex(column) is var i && i >= 0 && i < _fields.Length ? _fields[i].Trim() : "";

    /// <summary>The field, or null when empty.</summary>
    public string? Optional(string column) => this[column] is { Length: > 0 } s ? s : null;

    /// <summary>A diagnostic pointing at this row's cell in <paramref name="column"/>.</summary>
    public Diagnostic At(string column, string code, string message) =>
        new(_table.File, Line, _table.ColumnIndex(column) + 1, code, message);
}

/// <summary>
/// A CSV file read strictly (UTF-8, RFC 4180, header row, same number of fields on every row) through CsvHelper.
/// Problems are collected, not thrown, so a user sees all of them at once.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string file, string[] header, ImmutableArray<CsvRow> rows, string sha256, char delimiter = ',')
    {
        File = file;
        Delimiter = delimiter;
        Header = [.. header];
        _columns = header.Select((h, i) => (h, i)).GroupBy(p => p.h).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        Rows = rows;
        Sha256 = sha256;
    }

    /// <summary>The file as named by the caller.</summary>
    public string File { get; }
    /// <summary>Column names.</summary>
    public ImmutableArray<string> Header { get; }
    /// <summary>Data rows.</summary>
    public ImmutableArray<CsvRow> Rows { get; private set; }
    /// <summary>SHA-256 of the file bytes.</summary>
    public string Sha256 { get; }
    /// <summary>The field separator: ',' (RFC 4180), or ';' for a file saved by a spreadsheet in a Dutch locale.</summary>
    public char Delimiter { get; }

    /// <summary>
    /// The separator of a CSV text, judged from its header line: ';' when the header has semicolons and no commas
    /// (what Excel writes in a Dutch or German locale), else ','.
    /// </summary>
    public static char DetectDelimiter(string text)
    {
        var end = text.IndexOf('\n');
        var header = end < 0 ? text : text[..end];
        return header.Contains(';') && !header.Contains(',') ? ';' : ',';
    }

    /// <summary>0-based index of a column, or -1.</summary>
    public int ColumnIndex(string column) => _columns.TryGetValue(column, out var i) ? i : -1;

    /// <summary>
    /// Reads <paramref name="path"/>; missing required columns, ragged rows and encoding problems go to
    /// <paramref name="diagnostics"/>. Returns null when the file cannot be read at all.
    /// </summary>
    public static CsvTable? Read(string path, IReadOnlyCollection<string> requiredColumns, List<Diagnostic> diagnostics, string? displayName = null)
    {
        var name = displayName ?? path;
        if (TextFile.Unreadable(path, name) is { } problem)
        {
            diagnostics.Add(problem);
            return null;
        }
        var bytes = System.IO.File.ReadAllBytes(path);
        return Parse(bytes, requiredColumns, diagnostics, name);
    }

    /// <summary>
    /// Parses CSV bytes already read as <paramref name="name"/>: a caller that hashes a file to know whether it changed
    /// parses exactly the bytes it hashed. Problems go to <paramref name="diagnostics"/>; null when unusable.
    /// </summary>
    public static CsvTable? Parse(byte[] bytes, IReadOnlyCollection<string> requiredColumns, List<Diagnostic> diagnostics, string name)
    {
        string text;
        try { text = TextFile.DecodeUtf8(bytes, name); }
        catch (InputException e)
        {
            diagnostics.AddRange(e.Diagnostics);
            return null;
        }

        var delimiter = DetectDelimiter(text);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, DetectDelimiter = false, Delimiter = delimiter.ToString(), Mode = CsvMode.RFC4180 };
        using var parser = new CsvParser(new StringReader(text), config);
        if (!parser.Read())
        {
            diagnostics.Add(new Diagnostic(name, 0, 0, "empty", "The file is empty; it needs a header row."));
            return null;
        }
        var header = parser.Record!.Select(h => h.Trim()).ToArray();
        var table = new CsvTable(name, header, [], Hashing.Sha256Hex(bytes), delimiter);
        foreach (var duplicate in header.GroupBy(h => h).Where(g => g.Count() > 1))
            diagnostics.Add(new Diagnostic(name, 1, Array.LastIndexOf(header, duplicate.Key) + 1, "duplicate-column", $"Column '{duplicate.Key}' appears twice."));
        var missing = requiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Add(new Diagnostic(name, 1, 1, "missing-column",
                $"Missing column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}; the header must contain {string.Join(",", requiredColumns)}." +
                (header.Length == 1 && header[0].Contains('\t') ? " The file looks tab-separated; save it as CSV with commas (or semicolons)." : "")));
            return null;
        }

        var rows = ImmutableArray.CreateBuilder<CsvRow>();
        var previousEnd = parser.RawRow;
        try
        {
            while (parser.Read())
            {
                var line = previousEnd + 1;
                previousEnd = parser.RawRow;
                var record = parser.Record!;
                if (record.Length == 1 && record[0].Length == 0) continue; // blank line
                if (record.Length != header.Length)
                {
                    diagnostics.Add(new Diagnostic(name, line, Math.Min(record.Length, header.Length) + 1, "ragged-row",
                        $"Row has {record.Length} fields; the header has {header.Length}. Check for an unquoted {(delimiter == ';' ? "semicolon" : "comma")} or a missing field."));
                    continue;
                }
                rows.Add(new CsvRow(table, line, record));
            }
        }
        catch (CsvHelperException e)
        {
            diagnostics.Add(new Diagnostic(name, previousEnd + 1, 1, "malformed-csv", $"Malformed CSV: {e.Message.Split('\n')[0]}"));
        }
        table.Rows = rows.ToImmutable();
        return table;
    }
}
