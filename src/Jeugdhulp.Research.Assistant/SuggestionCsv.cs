using System.Collections.Immutable;
using System.Globalization;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.IO;
using Jeugdhulp.Research.Rendering;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// Candidate segments as CSV for coders who review in a spreadsheet: one row per suggestion with the lines to cite,
/// the code, its score, the terms that matched (or the words that drove the model) and where it came from. Rendered by the toolkit's <see cref="TableRenderer"/>.
/// </summary>
public static class SuggestionCsv
{
    /// <summary>The columns, in order.</summary>
    /// <remarks><c>origin</c> is <c>lexicon</c> or <c>model</c>; for the model, <c>score</c> is the probability and <c>matched_terms</c> the driving words with their log-odds.</remarks>
    public static readonly ImmutableArray<string> Columns = ["source", "start_line", "end_line", "code", "value", "score", "matched_terms", "text", "origin"];

    /// <summary>The suggestions as a table (the rows in the given order).</summary>
    public static ResultTable ToTable(IEnumerable<CandidateSegment> segments) => new(
        "Suggesties",
        Columns,
        [.. segments.Select(s => ImmutableArray.Create(
            new TableCell(s.Source),
            new TableCell(s.StartLine.ToString(CultureInfo.InvariantCulture)),
            new TableCell(s.EndLine.ToString(CultureInfo.InvariantCulture)),
            new TableCell(s.Code),
            new TableCell(s.Value ?? ""),
            new TableCell(s.Score.ToString("0.##", CultureInfo.InvariantCulture)),
            new TableCell(string.Join("; ", s.Terms)),
            new TableCell(s.Text),
            new TableCell(s.Origin)))],
        []);

    /// <summary>The suggestions as RFC 4180 CSV text with a header row and LF line endings (as the toolkit's other CSV files).</summary>
    public static string Write(IEnumerable<CandidateSegment> segments) => TextFile.NormaliseNewlines(TableRenderer.ToCsv(ToTable(segments)));
}
