using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// The audit trail of <see cref="SuggestionReview"/>: every suggestion decided on, with where it came from (lexicon or
/// model, score, terms, lines), the coder's decision, when and why, and for an acceptance the coding it became and the
/// file it went to. One format (<see cref="Schema"/>, a column of every row) with one writer and one reader, for the
/// workbench (the project's own trail, <c>PROJECT/suggestion-decisions.csv</c>, accepted codings in
/// <c>codings/&lt;coder&gt;.csv</c>) and for <c>jhr review --save DIR</c> (<c>DIR/suggestion-decisions.csv</c>, the
/// assisted codings beside it). So a rejected suggestion is not offered again and the precision of the suggestions can
/// be recomputed from the file. Writes are atomic; appends are versioned like the codings files (a stale version
/// writes nothing). Format 1 of the workbench (ten columns, no <c>schema</c>) is still read, with a warning, and
/// rewritten in the current format at the next append.
/// </summary>
public static class SuggestionDecisionsFile
{
    /// <summary>The file's name, in the folder it belongs to (the project, or the folder of a saved review).</summary>
    public const string Name = "suggestion-decisions.csv";

    /// <summary>The format this version writes and reads, in column <c>schema</c> of every row.</summary>
    public const string Schema = "jhr-suggestion-decisions/2";

    /// <summary>The columns, in order.</summary>
    public static readonly ImmutableArray<string> Columns =
        ["schema", "source", "start", "end", "start_line", "end_line", "origin", "code", "value", "score", "matched_terms",
         "decision", "coder", "decided_at", "reason", "coded_file", "coded_code", "coded_value", "coded_unit"];

    /// <summary>The columns of format 1, the workbench's trail before <see cref="Schema"/>: read, never written.</summary>
    public static readonly ImmutableArray<string> Format1Columns = ["source", "start", "end", "code", "origin", "score", "coder", "decision", "decided_at", "reason"];

    /// <summary>The file's version now (<see cref="CodingsFile.Absent"/> when there is none).</summary>
    public static string Version(string directory)
    {
        var path = Path.Combine(directory, Name);
        return File.Exists(path) ? CodingsFile.VersionOf(File.ReadAllBytes(path)) : CodingsFile.Absent;
    }

    /// <summary>
    /// Reads the trail in <paramref name="directory"/> (empty when there is none). A file in format 1 is read and a
    /// warning saying so goes to <paramref name="warnings"/>.
    /// </summary>
    /// <exception cref="InputException">The file is not a trail this version reads, or a row is not a decision (line and column named); every problem at once.</exception>
    public static ImmutableArray<SuggestionLogEntry> Read(string directory, ICollection<Diagnostic>? warnings = null)
    {
        var path = Path.Combine(directory, Name);
        if (!File.Exists(path)) return [];
        var errors = new List<Diagnostic>();
        var table = CsvTable.Read(path, [], errors, Name);
        if (table is null || errors.Count > 0) throw new InputException(errors);
        var format1 = !table.Header.Contains("schema") && table.Header.ToHashSet(StringComparer.Ordinal).SetEquals(Format1Columns);
        if (format1)
            warnings?.Add(new Diagnostic(Name, 1, 0, "old-format",
                $"{Name} is in format 1 (the workbench's trail before {Schema}, without lines, terms and the coding each acceptance became); " +
                $"it is read, and the next decision saved rewrites the whole file in {Schema}. Keep a copy if another tool reads the old columns."));
        else if (!table.Header.Contains("schema") && table.Header.Contains("matched_terms") && table.Header.Contains("at"))
            throw new InputException(new Diagnostic(Name, 1, 1, "old-review-format",
                $"{Name} is the audit trail of 'jhr review --save' before {Schema} (it was named beslissingen.csv); it cannot be read. " +
                $"Run 'jhr review PROJECT --coder NAME --save DIR' again: it writes DIR/{Name} in {Schema}."));
        else if (Columns.Where(c => !table.Header.Contains(c)).ToList() is { Count: > 0 } missing)
            throw new InputException(new Diagnostic(Name, 1, 1, "missing-column",
                $"Missing column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}; a trail in {Schema} has the columns {string.Join(",", Columns)}."));

        var result = ImmutableArray.CreateBuilder<SuggestionLogEntry>(table.Rows.Length);
        foreach (var row in table.Rows)
            if (Parse(row, format1, errors) is { } entry) result.Add(entry);
        if (errors.Count > 0) throw new InputException(errors);
        return result.ToImmutable();
    }

    /// <summary>One row as an entry; null (problems in <paramref name="errors"/>) when it is not one.</summary>
    private static SuggestionLogEntry? Parse(CsvRow row, bool format1, List<Diagnostic> errors)
    {
        var before = errors.Count;
        void Error(string column, string code, string message) => errors.Add(row.At(column, code, message));
        if (!format1 && row["schema"] != Schema)
            Error("schema", "unknown-schema", $"schema '{row["schema"]}' is not a format this version of jhr reads ({Schema}); a newer jhr wrote it, or the cell was edited.");
        foreach (var column in new[] { "source", "code", "coder" })
            if (row[column].Length == 0) Error(column, "missing-value", $"{column} is empty; every decision names it.");
        if (row["origin"] is not (Assistance.Lexicon or Assistance.Model))
            Error("origin", "invalid-origin", $"origin '{row["origin"]}' must be {Assistance.Lexicon} or {Assistance.Model}.");
        long Offset(string column)
        {
            if (long.TryParse(row[column], NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
            Error(column, "not-an-offset", $"{column} '{row[column]}' must be a whole number ≥ 0.");
            return -1;
        }
        var start = Offset("start");
        var end = Offset("end");
        if (start >= 0 && end >= 0 && end <= start) Error("end", "empty-span", $"end {end} must lie after start {start}.");
        int? Line(string column)
        {
            if (row.Optional(column) is not { } text) return null;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var line) && line >= 1) return line;
            Error(column, "not-a-line", $"{column} '{text}' must be a line number ≥ 1 (or empty).");
            return null;
        }
        var startLine = Line("start_line");
        var endLine = Line("end_line");
        if (startLine > endLine) Error("end_line", "lines-reversed", $"end_line {endLine} lies before start_line {startLine}.");
        if (!double.TryParse(row["score"], NumberStyles.Float, CultureInfo.InvariantCulture, out var score) || !double.IsFinite(score))
            Error("score", "not-a-number", $"score '{row["score"]}' must be a number.");
        var accepted = row["decision"] == "accepted";
        if (row["decision"] is not ("accepted" or "rejected"))
            Error("decision", "invalid-decision", $"decision '{row["decision"]}' must be accepted or rejected.");
        if (!DateTimeOffset.TryParse(row["decided_at"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            Error("decided_at", "invalid-timestamp", $"decided_at '{row["decided_at"]}' must be a time in ISO 8601 (2026-12-07T12:00:00Z).");
        var codedFile = format1 && accepted ? ProjectCoding.CodingsFile(row["coder"]) : row.Optional("coded_file");
        var codedCode = format1 && accepted ? row["code"] : row.Optional("coded_code");
        if (accepted && (codedFile is null || codedCode is null))
            Error(codedFile is null ? "coded_file" : "coded_code", "missing-coding", "An accepted suggestion names the coding it became: coded_file and coded_code.");
        if (!accepted && new[] { "coded_file", "coded_code", "coded_value", "coded_unit" }.FirstOrDefault(c => row[c].Length > 0) is { } stray)
            Error(stray, "coding-of-rejection", $"{stray} is filled in, but the suggestion was {row["decision"]}: only an acceptance becomes a coding.");
        if (codedFile is not null && !IsRelativeFile(codedFile))
            Error("coded_file", "invalid-file", $"coded_file '{codedFile}' must be a .csv file relative to the trail's folder (no drive, no leading '/', no '..').");
        if (errors.Count > before) return null;
        return new SuggestionLogEntry
        {
            Source = row["source"], Start = start, End = end, StartLine = startLine, EndLine = endLine, Origin = row["origin"], Code = row["code"],
            Value = row.Optional("value"), Score = score,
            Terms = [.. row["matched_terms"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            Coder = row["coder"], Accepted = accepted, At = at, Reason = row.Optional("reason"),
            CodedFile = codedFile, CodedCode = codedCode, CodedValue = row.Optional("coded_value"), CodedUnit = row.Optional("coded_unit"),
        };
    }

    private static bool IsRelativeFile(string file) =>
        file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !Path.IsPathRooted(file) && !file.Contains('\\') && !file.Contains(':')
        && file.Split('/').All(part => part.Length > 0 && part != "." && part != "..");

    /// <summary>
    /// Appends <paramref name="entry"/> if the file is still at <paramref name="expectedVersion"/> (a file in format 1 is
    /// rewritten in <see cref="Schema"/>); returns the new version.
    /// </summary>
    /// <exception cref="StaleVersionException">The file changed since it was read; nothing was written.</exception>
    /// <exception cref="InputException">The file on disk is not readable; nothing was written.</exception>
    public static string Append(string directory, string expectedVersion, SuggestionLogEntry entry) =>
        Commit(directory, Prepare(directory, expectedVersion, entry));

    /// <summary>
    /// Checks an append like <see cref="Append"/> and returns the trail as it would be, without writing: for a writer
    /// that saves the accepted coding too, and must not save it when the trail cannot take its entry
    /// (<see cref="Commit"/> writes it afterwards).
    /// </summary>
    /// <exception cref="StaleVersionException">The file changed since it was read.</exception>
    /// <exception cref="InputException">The file on disk is not readable.</exception>
    public static string Prepare(string directory, string expectedVersion, SuggestionLogEntry entry)
    {
        var current = Version(directory);
        if (current != expectedVersion) throw new StaleVersionException(Name, expectedVersion, current);
        return Write([.. Read(directory), entry]);
    }

    /// <summary>Writes the whole trail to <paramref name="directory"/> at once (atomically); returns its version.</summary>
    public static string Save(string directory, IEnumerable<SuggestionLogEntry> entries) => Commit(directory, Write(entries));

    /// <summary>Writes a trail's content (<see cref="Write"/>, <see cref="Prepare"/>) atomically; returns its version.</summary>
    public static string Commit(string directory, string content)
    {
        AtomicFile.WriteAllText(Path.Combine(directory, Name), content);
        return CodingsFile.VersionOf(System.Text.Encoding.UTF8.GetBytes(content));
    }

    /// <summary>The trail as RFC 4180 CSV with a header row and LF line endings.</summary>
    public static string Write(IEnumerable<SuggestionLogEntry> entries)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" });
        foreach (var c in Columns) csv.WriteField(c);
        csv.NextRecord();
        static string Number(long? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";
        foreach (var e in entries)
        {
            foreach (var field in (ReadOnlySpan<string>)[
                Schema, e.Source, Number(e.Start), Number(e.End), Number(e.StartLine), Number(e.EndLine), e.Origin, e.Code, e.Value ?? "",
                e.Score.ToString("R", CultureInfo.InvariantCulture), string.Join("; ", e.Terms), e.Accepted ? "accepted" : "rejected", e.Coder,
                e.At.ToString("o", CultureInfo.InvariantCulture), e.Reason ?? "", e.CodedFile ?? "", e.CodedCode ?? "", e.CodedValue ?? "", e.CodedUnit ?? ""])
                csv.WriteField(field);
            csv.NextRecord();
        }
        csv.Flush();
        return writer.ToString();
    }
}
