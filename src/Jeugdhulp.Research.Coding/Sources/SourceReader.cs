using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;
using YamlDotNet.RepresentationModel;

namespace Jeugdhulp.Research.Coding.Sources;

/// <summary>
/// Reads a source file: UTF-8 Markdown with a YAML front matter between two <c>---</c> lines, speaker turns as
/// <c>**Naam (rol):** tekst</c> and optional inline coding markers (format: <c>data/corpus/README.md</c>).
/// UTF-16 files (with a BOM) are converted with a warning; anything else that is not UTF-8 is rejected with the
/// file, line and column of the first bad byte. CRLF and CR become LF before any offset is computed.
/// </summary>
public static class SourceReader
{
    /// <summary>Interviewee roles the study distinguishes; other words are accepted with a warning.</summary>
    public static readonly IReadOnlyList<string> Roles = ["bestuurder", "beleid", "inkoop", "uitvoering", "interviewer", "overig"];

    /// <summary>Document types the study distinguishes; other words are accepted with a warning.</summary>
    public static readonly IReadOnlyList<string> DocumentTypes = ["beleidsnota", "jaarverslag", "inkoopdocument", "contract", "verslag", "website", "overig"];

    /// <summary>Front-matter fields.</summary>
    public static readonly IReadOnlyList<string> Fields =
        ["id", "kind", "title", "case", "units", "unit", "organisation", "document_type", "date", "period", "period_label", "fictitious", "speakers", "note", "cites", "lines", "seed"];

    /// <summary>Reads the source at <paramref name="path"/>; problems go to <paramref name="diagnostics"/>, null when unusable.</summary>
    public static SourceDocument? Read(string path, CodingDiagnostics diagnostics, string? displayName = null)
    {
        var name = displayName ?? path;
        if (!File.Exists(path)) { diagnostics.Error(name, 0, 0, "file-not-found", "Source file not found."); return null; }
        if (TextFile.Unreadable(path, name) is { } problem) { diagnostics.Error(problem); return null; }
        return Read(File.ReadAllBytes(path), path, diagnostics, displayName);
    }

    /// <summary>Reads a source from its file's bytes, read and hashed by the caller; <paramref name="path"/> gives the default id.</summary>
    internal static SourceDocument? Read(byte[] bytes, string path, CodingDiagnostics diagnostics, string? displayName = null)
    {
        var name = displayName ?? path;
        var decoded = Decode(bytes, name, diagnostics);
        if (decoded is null) return null;
        return Parse(decoded.Value.Text, name, diagnostics, Path.GetFileNameWithoutExtension(path)) is { } source
            ? source with { LineEndings = decoded.Value.Endings, ConvertedFromUtf16 = decoded.Value.Utf16 }
            : null;
    }

    /// <summary>
    /// Decodes file bytes: UTF-8 (BOM optional) strictly, UTF-16 with a BOM converted with a warning; returns the text
    /// with LF line endings and the endings it had.
    /// </summary>
    public static (string Text, LineEndings Endings, bool Utf16)? Decode(byte[] bytes, string fileName, CodingDiagnostics diagnostics)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var bigEndian = bytes[0] == 0xFE;
            try
            {
                var raw = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
                diagnostics.Warning(fileName, 1, 1, "converted-from-utf16",
                    $"File is UTF-16 ({(bigEndian ? "big" : "little")} endian); read it as such. Save it as UTF-8 to silence this warning.");
                return (TextFile.NormaliseNewlines(raw), EndingsOf(raw), true);
            }
            catch (DecoderFallbackException)
            {
                diagnostics.Error(fileName, 1, 1, "not-utf16", "File starts with a UTF-16 byte order mark but is not valid UTF-16. Save it as UTF-8.");
                return null;
            }
        }
        try
        {
            var text = TextFile.DecodeUtf8(bytes, fileName);
            return (text, EndingsOf(bytes), false);
        }
        catch (InputException e)
        {
            diagnostics.AddErrors(e.Diagnostics);
            return null;
        }
    }

    /// <summary>
    /// Parses source text (LF line endings) from <paramref name="fileName"/>; <paramref name="defaultId"/> is used when
    /// the front matter has no <c>id</c>.
    /// </summary>
    public static SourceDocument? Parse(string text, string fileName, CodingDiagnostics diagnostics, string defaultId)
    {
        text = TextFile.NormaliseNewlines(text);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            diagnostics.Error(fileName, 1, 1, "missing-front-matter", "A source starts with a front matter: a line '---', 'kind: interview' (or document), 'case: ...', and a closing '---'.");
            return null;
        }
        var close = FindClosingLine(text);
        if (close < 0)
        {
            diagnostics.Error(fileName, 1, 1, "unclosed-front-matter", "The front matter opened on line 1 is never closed by a line '---'.");
            return null;
        }
        var yaml = text[4..close];
        var bodyStart = text.IndexOf('\n', close) is var nl && nl < 0 ? text.Length : nl + 1;
        var firstLine = CountLines(text, bodyStart) + 1;
        var y = new YamlHelper(fileName, 1, diagnostics);
        var map = y.LoadMapping(yaml, "the front matter");
        if (map is null) return null;
        y.WarnUnknownKeys(map, [.. Fields], "a source's front matter");

        var errorsBefore = diagnostics.Errors.Length;
        var id = y.Scalar(map, "id") ?? defaultId;
        var kindText = y.Scalar(map, "kind");
        SourceKind kind = default;
        if (kindText is null) diagnostics.Error(fileName, 2, 1, "missing-field", "The front matter needs 'kind: interview' or 'kind: document'.");
        else if (!Enum.TryParse(kindText, ignoreCase: true, out kind) || kindText.Any(char.IsDigit))
            y.Error(YamlHelper.Get(map, "kind")!.Start, "invalid-value", $"kind '{kindText}' must be 'interview' or 'document'.");
        var caseId = y.Scalar(map, "case");
        if (caseId is null) diagnostics.Error(fileName, 2, 1, "missing-field", "The front matter needs 'case: <case id from cases.csv>'.");
        var units = y.Scalars(map, "units").Concat(y.Scalars(map, "unit")).Distinct().ToImmutableArray();

        DateOnly? date = null;
        if (y.Scalar(map, "date") is { } dateText)
        {
            if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) date = d;
            else y.Error(YamlHelper.Get(map, "date")!.Start, "invalid-date", $"date '{dateText}' must be written yyyy-mm-dd.");
        }
        var period = 1;
        if (y.Scalar(map, "period") is { } periodText && (!int.TryParse(periodText, NumberStyles.None, CultureInfo.InvariantCulture, out period) || period < 1))
        {
            y.Error(YamlHelper.Get(map, "period")!.Start, "invalid-period", $"period '{periodText}' must be 1, 2, ... (response periods in time order).");
            period = 1;
        }
        var fictitious = y.Scalar(map, "fictitious") is { } f && (f.Equals("true", StringComparison.OrdinalIgnoreCase) || f.Equals("ja", StringComparison.OrdinalIgnoreCase));
        var documentType = y.Scalar(map, "document_type");
        if (kind == SourceKind.Document && kindText is not null)
        {
            if (documentType is null) diagnostics.Warning(fileName, 2, 1, "missing-field", $"A document should say its 'document_type' ({string.Join(", ", DocumentTypes)}).");
            else if (!DocumentTypes.Contains(documentType))
                y.Warning(YamlHelper.Get(map, "document_type")!.Start, "unknown-document-type", $"document_type '{documentType}' is not one of {string.Join(", ", DocumentTypes)}.");
        }
        var speakers = ReadSpeakers(map, y);

        var markers = InlineMarkers.Parse(text[bodyStart..], id, fileName, firstLine);
        diagnostics.AddErrors(markers.Errors);
        var turns = kind == SourceKind.Interview ? SpeakerTurns.Parse(markers.Text) : [];
        foreach (var turn in turns)
        {
            var declared = speakers.FirstOrDefault(s => string.Equals(s.Name, turn.Speaker, StringComparison.OrdinalIgnoreCase));
            if (declared is null)
                diagnostics.Warning(fileName, firstLine + turn.Line - 1, 1, "undeclared-speaker", $"Speaker '{turn.Speaker}' is not in the front matter's 'speakers'; their account cannot be derived.");
            else if (turn.Role is not null && declared.Role is not null && !string.Equals(turn.Role, declared.Role, StringComparison.OrdinalIgnoreCase))
                diagnostics.Warning(fileName, firstLine + turn.Line - 1, 1, "role-mismatch", $"Speaker '{turn.Speaker}' is '{turn.Role}' here but '{declared.Role}' in the front matter.");
        }
        if (kind == SourceKind.Interview && kindText is not null && turns.Length == 0)
            diagnostics.Warning(fileName, firstLine, 1, "no-speaker-turns", "An interview without speaker turns; write turns as '**Naam (rol):** tekst'.");

        if (diagnostics.Errors.Length > errorsBefore || caseId is null || kindText is null) return null;
        return new SourceDocument
        {
            Id = id,
            Kind = kind,
            File = fileName,
            Text = markers.Text,
            Case = caseId,
            Units = units,
            Title = y.Scalar(map, "title"),
            Cites = y.Scalar(map, "cites"),
            Lines = y.Scalar(map, "lines"),
            Seed = y.Scalar(map, "seed"),
            Organisation = y.Scalar(map, "organisation"),
            DocumentType = documentType,
            Date = date,
            Period = period,
            PeriodLabel = y.Scalar(map, "period_label"),
            Fictitious = fictitious,
            Speakers = speakers,
            Turns = [.. turns.Select(t => t.Role is null && speakers.FirstOrDefault(s => string.Equals(s.Name, t.Speaker, StringComparison.OrdinalIgnoreCase)) is { Role: { } r } ? t with { Role = r } : t)],
            InlineSegments = markers.Segments,
            FrontMatter = yaml,
            FirstLine = firstLine,
        };
    }

    private static ImmutableArray<Speaker> ReadSpeakers(YamlMappingNode map, YamlHelper y)
    {
        var node = YamlHelper.Get(map, "speakers");
        if (node is null) return [];
        if (node is not YamlSequenceNode seq)
        {
            y.Error(node.Start, "wrong-type", "'speakers' must be a list of {name, role, organisation}.");
            return [];
        }
        var result = ImmutableArray.CreateBuilder<Speaker>();
        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode s || y.Scalar(s, "name") is not { } name)
            {
                y.Error(item.Start, "wrong-type", "Each speaker needs at least 'name' (and 'role', 'organisation').");
                continue;
            }
            var role = y.Scalar(s, "role");
            if (role is not null && !Roles.Contains(role))
                y.Warning(item.Start, "unknown-role", $"Role '{role}' is not one of {string.Join(", ", Roles)}.");
            result.Add(new Speaker(name, role, y.Scalar(s, "organisation")));
        }
        return result.ToImmutable();
    }

    private static int FindClosingLine(string text)
    {
        for (var i = text.IndexOf('\n') + 1; i > 0 && i < text.Length; i = text.IndexOf('\n', i) + 1)
        {
            var end = text.IndexOf('\n', i);
            var line = end < 0 ? text[i..] : text[i..end];
            if (line.TrimEnd() == "---") return i;
        }
        return -1;
    }

    private static int CountLines(string text, int upTo)
    {
        var n = 0;
        for (var i = 0; i < upTo; i++) if (text[i] == '\n') n++;
        return n;
    }

    private static LineEndings EndingsOf(string raw)
    {
        int crlf = 0, cr = 0, lf = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\r') { if (i + 1 < raw.Length && raw[i + 1] == '\n') { crlf++; i++; } else cr++; }
            else if (raw[i] == '\n') lf++;
        }
        return Classify(crlf, cr, lf);
    }

    private static LineEndings EndingsOf(byte[] raw)
    {
        int crlf = 0, cr = 0, lf = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\r') { if (i + 1 < raw.Length && raw[i + 1] == '\n') { crlf++; i++; } else cr++; }
            else if (raw[i] == '\n') lf++;
        }
        return Classify(crlf, cr, lf);
    }

    private static LineEndings Classify(int crlf, int cr, int lf) =>
        cr > 0 || (crlf > 0 && lf > 0) ? LineEndings.Mixed : crlf > 0 ? LineEndings.Crlf : LineEndings.Lf;
}
