using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Assistant;

/// <summary>One recorded decision on a suggestion, as <c>suggestion-decisions.csv</c> keeps it.</summary>
/// <param name="Source">The source id.</param>
/// <param name="Start">The suggestion's start offset in the source's text.</param>
/// <param name="End">Its end (exclusive).</param>
/// <param name="Code">The suggested code.</param>
/// <param name="Origin">lexicon or model.</param>
/// <param name="Score">The suggestion's score.</param>
/// <param name="Coder">Who decided.</param>
/// <param name="Accepted">True when accepted (the coding is in the coder's codings file, marked assisted).</param>
/// <param name="At">When.</param>
/// <param name="Reason">The reason for a rejection, or the memo of an acceptance.</param>
public sealed record SuggestionLogEntry(string Source, long Start, long End, string Code, string Origin, double Score, string Coder, bool Accepted, DateTimeOffset At, string? Reason)
{
    /// <summary>The log entry of a <see cref="SuggestionReview"/> decision.</summary>
    public static SuggestionLogEntry Of(SuggestionDecision d, string sourceId) =>
        new(sourceId, d.Suggestion.Start, d.Suggestion.End, d.Suggestion.Code, d.Suggestion.Origin, d.Suggestion.Score, d.Coder, d.Accepted, d.At, d.Reason);
}

/// <summary>
/// The audit trail of <see cref="SuggestionReview"/> kept in a project (<c>suggestion-decisions.csv</c>): every accept
/// and reject with coder and time, so a rejected suggestion is not offered again and the suggestions' precision can be
/// measured later. Appends are atomic and versioned like the codings files.
/// </summary>
public static class SuggestionDecisionsFile
{
    /// <summary>The file, relative to the project.</summary>
    public const string Name = "suggestion-decisions.csv";

    /// <summary>The columns, in order.</summary>
    public static readonly ImmutableArray<string> Columns = ["source", "start", "end", "code", "origin", "score", "coder", "decision", "decided_at", "reason"];

    /// <summary>The file's version now (<see cref="CodingsFile.Absent"/> when there is none).</summary>
    public static string Version(string projectDirectory)
    {
        var path = Path.Combine(projectDirectory, Name);
        return File.Exists(path) ? CodingsFile.VersionOf(File.ReadAllBytes(path)) : CodingsFile.Absent;
    }

    /// <summary>Reads the log (empty when absent).</summary>
    /// <exception cref="InputException">A row is not a decision.</exception>
    public static ImmutableArray<SuggestionLogEntry> Read(string projectDirectory)
    {
        var path = Path.Combine(projectDirectory, Name);
        if (!File.Exists(path)) return [];
        var errors = new List<Diagnostic>();
        var table = CsvTable.Read(path, Columns, errors, Name);
        if (table is null || errors.Count > 0) throw new InputException(errors);
        var result = ImmutableArray.CreateBuilder<SuggestionLogEntry>();
        foreach (var row in table.Rows)
        {
            if (!long.TryParse(row["start"], NumberStyles.None, CultureInfo.InvariantCulture, out var start)) errors.Add(row.At("start", "not-an-offset", $"start '{row["start"]}' must be a whole number ≥ 0."));
            if (!long.TryParse(row["end"], NumberStyles.None, CultureInfo.InvariantCulture, out var end)) errors.Add(row.At("end", "not-an-offset", $"end '{row["end"]}' must be a whole number ≥ 0."));
            if (!double.TryParse(row["score"], NumberStyles.Float, CultureInfo.InvariantCulture, out var score)) errors.Add(row.At("score", "not-a-number", $"score '{row["score"]}' must be a number."));
            if (row["decision"] is not ("accepted" or "rejected")) errors.Add(row.At("decision", "invalid-decision", $"decision '{row["decision"]}' must be accepted or rejected."));
            if (!DateTimeOffset.TryParse(row["decided_at"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) errors.Add(row.At("decided_at", "invalid-timestamp", $"decided_at '{row["decided_at"]}' must be ISO 8601."));
            result.Add(new SuggestionLogEntry(row["source"], start, end, row["code"], row["origin"], score, row["coder"], row["decision"] == "accepted", at, row.Optional("reason")));
        }
        if (errors.Count > 0) throw new InputException(errors);
        return result.ToImmutable();
    }

    /// <summary>Appends <paramref name="entry"/> if the file is still at <paramref name="expectedVersion"/>; returns the new version.</summary>
    /// <exception cref="StaleVersionException">The file changed since it was read; nothing was written.</exception>
    public static string Append(string projectDirectory, string expectedVersion, SuggestionLogEntry entry)
    {
        var current = Version(projectDirectory);
        if (current != expectedVersion) throw new StaleVersionException(Name, expectedVersion, current);
        var content = Write([.. Read(projectDirectory), entry]);
        AtomicFile.WriteAllText(Path.Combine(projectDirectory, Name), content);
        return CodingsFile.VersionOf(System.Text.Encoding.UTF8.GetBytes(content));
    }

    /// <summary>The log as CSV (LF line endings).</summary>
    public static string Write(IEnumerable<SuggestionLogEntry> entries)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" });
        foreach (var c in Columns) csv.WriteField(c);
        csv.NextRecord();
        foreach (var e in entries)
        {
            csv.WriteField(e.Source);
            csv.WriteField(e.Start.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(e.End.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(e.Code);
            csv.WriteField(e.Origin);
            csv.WriteField(e.Score.ToString("R", CultureInfo.InvariantCulture));
            csv.WriteField(e.Coder);
            csv.WriteField(e.Accepted ? "accepted" : "rejected");
            csv.WriteField(e.At.ToString("o", CultureInfo.InvariantCulture));
            csv.WriteField(e.Reason ?? "");
            csv.NextRecord();
        }
        csv.Flush();
        return writer.ToString();
    }
}
