using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Coding.Segments;

/// <summary>
/// Codings as CSV (<c>codings/*.csv</c>), one row per segment, for coders who work in a spreadsheet or export from
/// another tool. Columns: <c>source, start, end, text, code, value, unit, period, coder, account, memo, timestamp,
/// assisted</c>; <c>assisted</c> (<c>lexicon:2.5</c>, <c>model:0.93</c>, empty = by hand) is optional, so files written
/// before it existed still load;
/// <c>start</c>/<c>end</c> are UTF-16 offsets (end exclusive) into the source's text, <c>text</c> is the coded text
/// (leading and trailing spaces not significant). Read through <see cref="CsvTable"/>, so every problem has file,
/// line and column.
/// </summary>
public static class CodingCsv
{
    /// <summary>The columns, in the order written.</summary>
    public static readonly ImmutableArray<string> Columns = ["source", "start", "end", "text", "code", "value", "unit", "period", "coder", "account", "memo", "timestamp", "assisted"];

    /// <summary>The optional columns of the dissertation's method, written only when a segment uses them (older files stay byte-identical).</summary>
    public static readonly ImmutableArray<string> MethodColumns = ["demand", "enactment"];

    /// <summary>Columns a file must have.</summary>
    public static readonly ImmutableArray<string> RequiredColumns = ["source", "start", "end", "text", "code", "coder"];

    /// <summary>Reads a codings file; row problems go to <paramref name="diagnostics"/> and the row is skipped.</summary>
    public static ImmutableArray<CodedSegment> Read(string path, CodingDiagnostics diagnostics, string? displayName = null)
    {
        var errors = new List<Jeugdhulp.Research.Diagnostics.Diagnostic>();
        var table = CsvTable.Read(path, RequiredColumns, errors, displayName);
        diagnostics.AddErrors(errors);
        return FromTable(table, diagnostics);
    }

    /// <summary>Parses a codings file's bytes, read and hashed by the caller (<paramref name="name"/> for diagnostics).</summary>
    internal static ImmutableArray<CodedSegment> Parse(byte[] bytes, string name, CodingDiagnostics diagnostics)
    {
        var errors = new List<Jeugdhulp.Research.Diagnostics.Diagnostic>();
        var table = CsvTable.Parse(bytes, RequiredColumns, errors, name);
        diagnostics.AddErrors(errors);
        return FromTable(table, diagnostics);
    }

    /// <summary>The codings of a table already read (row problems to <paramref name="diagnostics"/>, the row skipped); none when it could not be read.</summary>
    internal static ImmutableArray<CodedSegment> FromTable(CsvTable? table, CodingDiagnostics diagnostics)
    {
        if (table is null) return [];
        var result = ImmutableArray.CreateBuilder<CodedSegment>();
        foreach (var row in table.Rows)
        {
            var ok = true;
            void Fail(string column, string code, string message) { diagnostics.Error(row.At(column, code, message)); ok = false; }
            if (row["source"].Length == 0) Fail("source", "missing-value", "Every coding names its source (the source id).");
            if (!int.TryParse(row["start"], NumberStyles.None, CultureInfo.InvariantCulture, out var start)) Fail("start", "not-an-offset", $"start '{row["start"]}' must be a whole number ≥ 0 (UTF-16 offset).");
            if (!int.TryParse(row["end"], NumberStyles.None, CultureInfo.InvariantCulture, out var end)) Fail("end", "not-an-offset", $"end '{row["end"]}' must be a whole number ≥ 0 (UTF-16 offset, exclusive).");
            else if (ok && end <= start) Fail("end", "empty-segment", $"end {end} must be greater than start {start}.");
            if (row["text"].Length == 0) Fail("text", "missing-value", "The coded text is required: it lets the coding be found again after the source is edited.");
            if (row["code"].Length == 0) Fail("code", "missing-value", "Every coding needs a codebook id.");
            if (row["coder"].Length == 0) Fail("coder", "missing-value", "Every coding names its coder.");
            int? period = null;
            if (row.Optional("period") is { } p)
            {
                if (int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1) period = n;
                else Fail("period", "invalid-period", $"period '{p}' must be 1, 2, ... or empty (the source's period).");
            }
            Account? account = null;
            if (row.Optional("account") is { } a)
            {
                if (AccountNames.TryParse(a, out var parsed)) account = parsed;
                else Fail("account", "invalid-account", $"account '{a}' must be one of {string.Join(", ", AccountNames.All)}, or empty (derived from the speaker).");
            }
            DateTimeOffset? timestamp = null;
            if (row.Optional("timestamp") is { } t)
            {
                if (DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) timestamp = parsed;
                else Fail("timestamp", "invalid-timestamp", $"timestamp '{t}' must be ISO 8601, e.g. 2024-03-01T10:00:00+01:00.");
            }
            Assistance? assisted = null;
            if (row.Optional("assisted") is { } h)
            {
                if (Assistance.TryParse(h, out var parsed)) assisted = parsed;
                else Fail("assisted", "invalid-assisted", $"assisted '{h}' must be the suggester and its score, e.g. lexicon:2.5 or model:0.93, or empty (coded by hand).");
            }
            Enactment? enactment = null;
            if (row.Optional("enactment") is { } en)
            {
                if (EnactmentNames.TryParse(en, out var parsed)) enactment = parsed;
                else Fail("enactment", "invalid-enactment", $"enactment '{en}' must be one of {string.Join(", ", EnactmentNames.All)} (adapted practice, on paper only, an intention), or empty.");
            }
            if (!ok) continue;
            result.Add(new CodedSegment(row["source"], start, end, row["text"], row["code"], row.Optional("value"), row["coder"])
            {
                Unit = row.Optional("unit"),
                Period = period,
                Demand = row.Optional("demand"),
                Enactment = enactment,
                Account = account,
                Memo = row.Optional("memo"),
                Timestamp = timestamp,
                Assisted = assisted,
                Origin = new SegmentOrigin(table.File, row.Line, 1),
            });
        }
        return result.ToImmutable();
    }

    /// <summary>Writes segments as CSV text (UTF-8 when saved, LF line endings, RFC 4180 quoting).</summary>
    public static string Write(IEnumerable<CodedSegment> segments)
    {
        var list = segments.ToList();
        var method = list.Any(s => s.Demand is not null || s.Enactment is not null);
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" });
        foreach (var c in method ? Columns.AddRange(MethodColumns) : Columns) csv.WriteField(c);
        csv.NextRecord();
        foreach (var s in list)
        {
            csv.WriteField(s.Source);
            csv.WriteField(s.Start.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(s.End.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(s.Text);
            csv.WriteField(s.Code);
            csv.WriteField(s.Value ?? "");
            csv.WriteField(s.Unit ?? "");
            csv.WriteField(s.Period?.ToString(CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(s.Coder);
            csv.WriteField(s.Account is { } a ? AccountNames.ToName(a) : "");
            csv.WriteField(s.Memo ?? "");
            csv.WriteField(s.Timestamp?.ToString("o", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(s.Assisted?.ToString() ?? "");
            if (method)
            {
                csv.WriteField(s.Demand ?? "");
                csv.WriteField(s.Enactment is { } e ? EnactmentNames.ToName(e) : "");
            }
            csv.NextRecord();
        }
        csv.Flush();
        return writer.ToString();
    }
}
