using System.Collections.Immutable;
using System.Globalization;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// Reads a labelled test set (<c>data/labelled/*.csv</c>: <c>document, start_line, end_line, text, label,
/// justification</c>) strictly, every problem with file, line and column.
/// </summary>
public static class LabelledSet
{
    /// <summary>The columns, in order.</summary>
    public static readonly ImmutableArray<string> Columns = ["document", "start_line", "end_line", "text", "label", "justification"];

    /// <summary>Reads the set at <paramref name="path"/>; <paramref name="labels"/>, if given, are the only labels allowed.</summary>
    /// <exception cref="InputException">The file is unreadable or has invalid rows.</exception>
    public static ImmutableArray<LabelledPassage> Load(string path, IReadOnlyCollection<string>? labels = null)
    {
        var diagnostics = new List<Diagnostic>();
        var table = CsvTable.Read(path, Columns, diagnostics);
        if (table is null || diagnostics.Count > 0) throw new InputException(diagnostics);
        var result = ImmutableArray.CreateBuilder<LabelledPassage>();
        foreach (var row in table.Rows)
        {
            var ok = true;
            void Fail(string column, string code, string message) { diagnostics.Add(row.At(column, code, message)); ok = false; }
            if (!int.TryParse(row["start_line"], NumberStyles.None, CultureInfo.InvariantCulture, out var start) || start < 1)
                Fail("start_line", "invalid-line", "start_line must be a line number ≥ 1.");
            if (!int.TryParse(row["end_line"], NumberStyles.None, CultureInfo.InvariantCulture, out var end) || end < start)
                Fail("end_line", "invalid-line", "end_line must be a line number ≥ start_line.");
            if (row["document"].Length == 0) Fail("document", "missing-value", "Name the document.");
            if (row["text"].Length == 0) Fail("text", "missing-value", "Quote the passage.");
            if (row["label"].Length == 0) Fail("label", "missing-value", "Every passage needs its label.");
            else if (labels is not null && !labels.Contains(row["label"]))
                Fail("label", "unknown-label", $"Label '{row["label"]}' is not one of {string.Join(", ", labels)}.");
            if (ok) result.Add(new LabelledPassage(row["document"], start, end, row["text"], row["label"], row["justification"], row.Line));
        }
        if (diagnostics.Count > 0) throw new InputException(diagnostics);
        return result.ToImmutable();
    }
}
