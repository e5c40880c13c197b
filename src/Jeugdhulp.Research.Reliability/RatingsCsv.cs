using CsvHelper;
using CsvHelper.Configuration;
using System.Globalization;

namespace Jeugdhulp.Research.Reliability;

/// <summary>
/// Reads a plain ratings table: a header row (unit id column name, then one name per coder), then one row per unit
/// with the unit id first and one cell per coder; an empty (or blank) cell is missing. Values are labels; when all are
/// numbers the matrix is numeric (see <see cref="RatingsMatrix"/>). Every problem is reported as a
/// <see cref="RatingsFormatException"/> naming file, line and column, because these files are edited by hand.
/// </summary>
public static class RatingsCsv
{
    /// <summary>Reads the file at <paramref name="path"/> (UTF-8, BOM allowed).</summary>
    /// <exception cref="RatingsFormatException">The file is missing, empty or malformed.</exception>
    public static RatingsMatrix Read(string path, RatingsCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new RatingsFormatException(path, 0, 0, "file not found.");
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path, options);
    }

    /// <summary>Reads ratings from <paramref name="reader"/>; <paramref name="sourceName"/> names the source in error messages.</summary>
    /// <exception cref="RatingsFormatException">The content is empty or malformed.</exception>
    public static RatingsMatrix Read(TextReader reader, string sourceName, RatingsCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= new RatingsCsvOptions();
        HashSet<string>? allowed = options.CategoryOrder is null ? null : new HashSet<string>(options.CategoryOrder.Select(c => c.Trim()), StringComparer.Ordinal);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = options.Delimiter,
            HasHeaderRecord = true,
            IgnoreBlankLines = true,
            DetectColumnCountChanges = false,
            BadDataFound = null,
        };

        using var parser = new CsvParser(reader, config, leaveOpen: true);
        string[]? header;
        try
        {
            header = parser.Read() ? parser.Record : null;
        }
        catch (CsvHelperException e)
        {
            throw new RatingsFormatException(sourceName, parser.RawRow, 0, $"cannot parse the header: {e.Message}");
        }
        if (header is null || header.All(string.IsNullOrWhiteSpace))
            throw new RatingsFormatException(sourceName, 0, 0, "the file is empty; expected a header row: unit id, then one column per coder.");
        var headerLine = parser.RawRow;
        if (header.Length < 2)
            throw new RatingsFormatException(sourceName, headerLine, 0, "the header has only one column; expected a unit id column followed by one column per coder.");
        var coders = header.Skip(1).Select(h => h.Trim()).ToArray();
        var seenCoders = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < coders.Length; c++)
        {
            if (coders[c].Length == 0) throw new RatingsFormatException(sourceName, headerLine, c + 2, "coder name is empty.");
            if (!seenCoders.TryAdd(coders[c], c + 2))
                throw new RatingsFormatException(sourceName, headerLine, c + 2, $"coder '{coders[c]}' appears twice in the header (also column {seenCoders[coders[c]]}).");
        }

        var rows = new List<IReadOnlyList<string?>>();
        var ids = new List<string>();
        var seenUnits = new Dictionary<string, int>(StringComparer.Ordinal);
        while (true)
        {
            string[]? record;
            try
            {
                if (!parser.Read()) break;
                record = parser.Record;
            }
            catch (CsvHelperException e)
            {
                throw new RatingsFormatException(sourceName, parser.RawRow, 0, $"cannot parse the row: {e.Message}");
            }
            if (record is null) continue;
            var line = parser.RawRow;
            if (record.Length != header.Length)
                throw new RatingsFormatException(sourceName, line, 0, $"ragged row: {record.Length} fields but the header has {header.Length} (unit id + {coders.Length} coders).");
            var id = record[0].Trim();
            if (id.Length == 0) throw new RatingsFormatException(sourceName, line, 1, "unit id is empty.");
            if (!seenUnits.TryAdd(id, line))
                throw new RatingsFormatException(sourceName, line, 1, $"duplicate unit id '{id}' (first on line {seenUnits[id]}).");
            var cells = new string?[coders.Length];
            for (var c = 0; c < coders.Length; c++)
            {
                var cell = record[c + 1].Trim();
                if (cell.Length == 0) continue;
                if (options.RequireNumeric && !RatingsMatrix.TryParseNumber(cell, out _))
                    throw new RatingsFormatException(sourceName, line, c + 2, $"value '{cell}' of coder '{coders[c]}' is not a number; this metric needs numeric values (use '.' as decimal separator).");
                if (allowed is not null && !allowed.Contains(cell))
                    throw new RatingsFormatException(sourceName, line, c + 2, $"value '{cell}' of coder '{coders[c]}' is not one of the categories {string.Join(", ", options.CategoryOrder!)}.");
                cells[c] = cell;
            }
            rows.Add(cells);
            ids.Add(id);
        }
        return RatingsMatrix.FromLabels(rows, options.CategoryOrder, ids, coders);
    }
}
