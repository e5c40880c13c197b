using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Jeugdhulp.Research.Coding;

/// <summary>Writes RFC 4180 CSV text with LF line endings: the one CSV emit path of the coding library.</summary>
internal static class CsvText
{
    /// <summary>A header and rows as CSV.</summary>
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" });
        foreach (var h in header) csv.WriteField(h);
        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var field in row) csv.WriteField(field);
            csv.NextRecord();
        }
        csv.Flush();
        return writer.ToString();
    }
}
