using System.Text;

namespace Jeugdhulp.Research.Qca;

/// <summary>
/// Reads crisp datasets from plain CSV tables (a case column plus 0/1 columns), because researchers keep
/// their calibrated data in spreadsheets; every error names file, line and column.
/// </summary>
/// <remarks>
/// The delimiter is a comma, or a semicolon when the header has semicolons and no commas (Dutch Excel).
/// Fields may be quoted with double quotes. Empty cells, <c>NA</c>, <c>?</c> and <c>-</c> are missing values.
/// </remarks>
public static class CrispCsv
{
    private static readonly HashSet<string> MissingTokens = new(StringComparer.OrdinalIgnoreCase) { "", "NA", "?", "-" };

    /// <summary>Reads a CSV file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="caseColumn">Name of the case identifier column; null means the first column.</param>
    /// <exception cref="CrispDataException">On malformed content, with file, line and column.</exception>
    public static CrispDataset Read(string path, string? caseColumn = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new CrispDataException("file not found", path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader, path, caseColumn);
    }

    /// <summary>Parses CSV text; <paramref name="sourceName"/> is used in error messages.</summary>
    /// <exception cref="CrispDataException">On malformed content, with source, line and column.</exception>
    public static CrispDataset Parse(TextReader reader, string sourceName, string? caseColumn = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = ReadRecords(reader, sourceName).ToList();
        var header = records.FirstOrDefault(r => !IsBlank(r.Fields));
        if (header.Fields is null) throw new CrispDataException("no header row (the file is empty)", sourceName, 1);

        var names = header.Fields.Select(f => f.Trim()).ToArray();
        for (var j = 0; j < names.Length; j++)
        {
            if (names[j].Length == 0) throw new CrispDataException($"header cell {j + 1} is empty", sourceName, header.Line);
        }
        var caseIndex = caseColumn is null ? 0 : Array.IndexOf(names, caseColumn);
        if (caseIndex < 0)
        {
            throw new CrispDataException($"missing case column '{caseColumn}' (header: {string.Join(", ", names)})", sourceName, header.Line, caseColumn);
        }
        if (names.Length < 2) throw new CrispDataException("the table needs a case column and at least one variable column", sourceName, header.Line);
        var variables = names.Where((_, j) => j != caseIndex).ToArray();
        CrispDataset.ValidateVariables(variables, sourceName, header.Line);

        var ids = new List<string>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<bool?[]>();
        foreach (var (line, fields) in records.SkipWhile(r => r.Line != header.Line).Skip(1))
        {
            if (IsBlank(fields)) continue;
            if (fields.Length != names.Length)
            {
                throw new CrispDataException($"{fields.Length} cells where the header has {names.Length}", sourceName, line);
            }
            var id = fields[caseIndex].Trim();
            if (id.Length == 0) throw new CrispDataException("empty case identifier", sourceName, line, names[caseIndex]);
            if (firstLine.TryGetValue(id, out var earlier))
            {
                throw new CrispDataException($"duplicate case '{id}' (first on line {earlier})", sourceName, line, names[caseIndex]);
            }
            firstLine[id] = line;
            var row = new bool?[variables.Length];
            var v = 0;
            for (var j = 0; j < fields.Length; j++)
            {
                if (j == caseIndex) continue;
                var cell = fields[j].Trim();
                row[v++] = cell switch
                {
                    "0" => false,
                    "1" => true,
                    _ when MissingTokens.Contains(cell) => null,
                    _ => throw new CrispDataException(
                        $"value '{cell}' for case '{id}' is not 0, 1 or missing (empty, NA, ?, -)", sourceName, line, names[j]),
                };
            }
            ids.Add(id);
            values.Add(row);
        }
        return CrispDataset.FromValidated(ids.ToArray(), variables, values.ToArray(), sourceName);
    }

    private static bool IsBlank(string[] fields) => fields.All(f => f.Trim().Length == 0);

    private static IEnumerable<(int Line, string[] Fields)> ReadRecords(TextReader reader, string sourceName)
    {
        char? delimiter = null;
        var lineNumber = 0;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var start = lineNumber;
            delimiter ??= text.Contains(',') || !text.Contains(';') ? ',' : ';';
            var fields = new List<string>();
            var cell = new StringBuilder();
            var inQuotes = false;
            var i = 0;
            while (true)
            {
                if (i >= text.Length)
                {
                    if (!inQuotes) break;
                    var next = reader.ReadLine() ?? throw new CrispDataException("unterminated quoted cell", sourceName, start);
                    lineNumber++;
                    cell.Append('\n');
                    text = next;
                    i = 0;
                    continue;
                }
                var c = text[i++];
                if (inQuotes)
                {
                    if (c != '"') cell.Append(c);
                    else if (i < text.Length && text[i] == '"') { cell.Append('"'); i++; }
                    else inQuotes = false;
                }
                else if (c == '"') inQuotes = true;
                else if (c == delimiter) { fields.Add(cell.ToString()); cell.Clear(); }
                else cell.Append(c);
            }
            fields.Add(cell.ToString());
            yield return (start, fields.ToArray());
        }
    }
}
