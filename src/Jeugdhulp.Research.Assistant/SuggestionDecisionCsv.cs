using System.Collections.Immutable;
using System.Globalization;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.IO;
using Jeugdhulp.Research.Rendering;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// The audit trail of a review as CSV: every suggestion with where it came from (lexicon or model, score, the terms),
/// the coder's decision, when, and why, and for an acceptance the code, value and unit it was coded with. With the
/// assisted codings themselves (coding CSV, column <c>assisted</c>) it shows what the assistant proposed and what the
/// coder made of it, so the precision of the suggestions can be recomputed from the file.
/// </summary>
public static class SuggestionDecisionCsv
{
    /// <summary>The columns, in order.</summary>
    public static readonly ImmutableArray<string> Columns =
        ["source", "start", "end", "start_line", "end_line", "origin", "code", "value", "score", "matched_terms",
         "decision", "coder", "at", "reason", "coded_code", "coded_value", "coded_unit"];

    /// <summary>The decisions as a table, in order; <c>decision</c> is <c>accepted</c> or <c>rejected</c>.</summary>
    public static ResultTable ToTable(IEnumerable<SuggestionDecision> decisions) => new(
        "Beslissingen over voorstellen",
        Columns,
        [.. decisions.Select(d => ImmutableArray.Create(
            new TableCell(d.Suggestion.Source),
            new TableCell(d.Suggestion.Start.ToString(CultureInfo.InvariantCulture)),
            new TableCell(d.Suggestion.End.ToString(CultureInfo.InvariantCulture)),
            new TableCell(d.Suggestion.StartLine.ToString(CultureInfo.InvariantCulture)),
            new TableCell(d.Suggestion.EndLine.ToString(CultureInfo.InvariantCulture)),
            new TableCell(d.Suggestion.Origin),
            new TableCell(d.Suggestion.Code),
            new TableCell(d.Suggestion.Value ?? ""),
            new TableCell(d.Suggestion.Score.ToString("R", CultureInfo.InvariantCulture)),
            new TableCell(string.Join("; ", d.Suggestion.Terms)),
            new TableCell(d.Accepted ? "accepted" : "rejected"),
            new TableCell(d.Coder),
            new TableCell(d.At.ToString("o", CultureInfo.InvariantCulture)),
            new TableCell(d.Reason ?? ""),
            new TableCell(d.Segment?.Code ?? ""),
            new TableCell(d.Segment?.Value ?? ""),
            new TableCell(d.Segment?.Unit ?? "")))],
        []);

    /// <summary>The decisions as RFC 4180 CSV with a header row and LF line endings.</summary>
    public static string Write(IEnumerable<SuggestionDecision> decisions) => TextFile.NormaliseNewlines(TableRenderer.ToCsv(ToTable(decisions)));
}
