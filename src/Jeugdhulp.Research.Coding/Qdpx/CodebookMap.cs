using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;
using Jeugdhulp.Research.RefiQda;

namespace Jeugdhulp.Research.Coding.Qdpx;

/// <summary>One row of <c>codebook-map.csv</c>: a code of the foreign codebook and the codebook entry (and value) it stands for.</summary>
/// <param name="CodeGuid">The foreign code's GUID (its identity in the program it came from).</param>
/// <param name="CodePath">The code's place in the foreign codebook ("Parent / Child"), for the reader.</param>
/// <param name="Codings">How many codings the code has in the project.</param>
/// <param name="CodebookId">The codebook entry, or null when the code has no framework meaning.</param>
/// <param name="Value">The value (e.g. "+"), or null.</param>
/// <param name="Basis">Why it was proposed: guid, description-id, exact-id, name, label, synonym; "researcher" when edited by hand; empty without proposal.</param>
/// <param name="Accepted">Only accepted rows feed the classification; GUID and description-id matches are accepted from the start, the others wait for the researcher.</param>
public sealed record CodebookMapRow(Guid CodeGuid, string CodePath, int Codings, string? CodebookId, string? Value, string Basis, bool Accepted);

/// <summary>
/// The explicit mapping of a foreign project's codes onto the framework's codebook (<c>codebook-map.csv</c>).
/// <c>jhr qdpx map PROJECT</c> proposes a row per code (by GUID, by the id on the description's first line, by exact
/// id, by name, by label and by synonym), the researcher reviews it, and only accepted rows turn codings into
/// evidence; every other code stays in the project and is reported as not used for the classification.
/// </summary>
public static class CodebookMap
{
    /// <summary>The file name, in the project folder.</summary>
    public const string FileName = "codebook-map.csv";

    /// <summary>Columns of the file.</summary>
    public static readonly ImmutableArray<string> Columns = ["code_guid", "code_path", "codings", "codebook_id", "value", "basis", "accepted"];

    /// <summary>A proposal for every code of the foreign project.</summary>
    public static ImmutableArray<CodebookMapRow> Propose(QdaProject qda, Codebook codebook)
    {
        var lookup = CodebookCodes.Lookup(codebook);
        var counts = ForeignProject.CodingCounts(qda);
        var byName = NameIndex(codebook);
        return [.. ForeignProject.Codes(qda).Select(p =>
        {
            var code = p.Code;
            var n = counts.GetValueOrDefault(code.Guid);
            if (lookup.TryGetValue(code.Guid, out var own) && Codable(codebook, own.Id, own.Value))
                return new CodebookMapRow(code.Guid, p.Path, n, own.Id, own.Value, "guid", true);
            if (DescriptionId(codebook, code) is { } described)
                return new CodebookMapRow(code.Guid, p.Path, n, described.Id, described.Value, "description-id", true);
            if (IdAndValue(codebook, code.Name.Trim()) is { } exact)
                return new CodebookMapRow(code.Guid, p.Path, n, exact.Id, exact.Value, "exact-id", false);
            if (byName.TryGetValue(Key(code.Name), out var named))
                return new CodebookMapRow(code.Guid, p.Path, n, named.Id, named.Value, named.Basis, false);
            return new CodebookMapRow(code.Guid, p.Path, n, null, null, "", false);
        })];
    }

    /// <summary>The accepted rows as code GUID → (entry id, value).</summary>
    public static IReadOnlyDictionary<Guid, (string Id, string? Value)> Accepted(IEnumerable<CodebookMapRow> rows) =>
        rows.Where(r => r.Accepted && r.CodebookId is not null).ToDictionary(r => r.CodeGuid, r => (r.CodebookId!, r.Value));

    /// <summary>The file's text.</summary>
    public static string Write(IEnumerable<CodebookMapRow> rows) =>
        CsvText.Write(Columns, rows.Select(r => (IReadOnlyList<string>)
        [
            r.CodeGuid.ToString("D"), r.CodePath, r.Codings.ToString(CultureInfo.InvariantCulture),
            r.CodebookId ?? "", r.Value ?? "", r.Basis, r.Accepted ? "yes" : "no",
        ]));

    /// <summary>Reads and checks the file: every entry must exist and be codable with that value.</summary>
    /// <exception cref="InputException">Every problem, with line and column.</exception>
    public static ImmutableArray<CodebookMapRow> Read(string path, Codebook codebook)
    {
        var errors = new List<Diagnostic>();
        var table = CsvTable.Read(path, [.. Columns], errors, path);
        if (table is null || errors.Count > 0) throw new InputException(errors);
        var rows = ImmutableArray.CreateBuilder<CodebookMapRow>();
        var seen = new HashSet<Guid>();
        foreach (var row in table.Rows)
        {
            if (!Guid.TryParse(row["code_guid"], out var guid)) { errors.Add(row.At("code_guid", "invalid-guid", $"'{row["code_guid"]}' is not a GUID.")); continue; }
            if (!seen.Add(guid)) { errors.Add(row.At("code_guid", "duplicate-code", $"Code {guid} is mapped twice; keep one row.")); continue; }
            var id = row.Optional("codebook_id");
            var value = row.Optional("value");
            var accepted = row["accepted"].Trim().ToLowerInvariant() switch
            {
                "yes" or "ja" or "true" => true,
                "no" or "nee" or "false" or "" => false,
                var other => Fail(row.At("accepted", "invalid-value", $"accepted '{other}' must be yes or no.")),
            };
            if (id is not null && !Codable(codebook, id, value))
            {
                var entry = codebook.Find(id);
                errors.Add(row.At(value is null ? "codebook_id" : "value", "not-codable", entry is null
                    ? $"'{id}' is not an id in codebook {codebook.Id} {codebook.Version}."
                    : value is null && CodebookCodes.ValuesOf(codebook, entry).Count > 0 && !CodebookCodes.IsCodable(codebook, entry)
                        ? $"'{id}' needs a value: {string.Join(", ", CodebookCodes.ValuesOf(codebook, entry))}."
                        : $"'{id}'{(value is null ? "" : $" with value '{value}'")} cannot be coded (see `jhr codebook show {id}`)."));
                continue;
            }
            if (accepted && id is null) { errors.Add(row.At("codebook_id", "missing-id", "An accepted row needs a codebook_id; set accepted to no to leave the code unmapped.")); continue; }
            rows.Add(new CodebookMapRow(guid, row["code_path"], int.TryParse(row["codings"], CultureInfo.InvariantCulture, out var n) ? n : 0, id, value, row["basis"], accepted));
        }
        if (errors.Count > 0) throw new InputException(errors);
        return rows.ToImmutable();

        bool Fail(Diagnostic d)
        {
            errors.Add(d);
            return false;
        }
    }

    /// <summary>
    /// Brings the map up to date with the project: existing rows are kept as the researcher left them (counts and
    /// paths refreshed), codes without a row get a proposal. Returns the rows in codebook order.
    /// </summary>
    public static ImmutableArray<CodebookMapRow> Merge(ImmutableArray<CodebookMapRow> existing, ImmutableArray<CodebookMapRow> proposals)
    {
        var kept = existing.ToDictionary(r => r.CodeGuid);
        return [.. proposals.Select(p => kept.TryGetValue(p.CodeGuid, out var k) ? k with { CodePath = p.CodePath, Codings = p.Codings } : p)];
    }

    /// <summary>True when a coding of entry <paramref name="id"/> with <paramref name="value"/> is accepted (the REFI-QDA mapping's rule).</summary>
    public static bool Codable(Codebook codebook, string id, string? value)
    {
        if (codebook.Find(id) is not { } entry) return false;
        if (value is null) return CodebookCodes.IsCodable(codebook, entry);
        return CodableGuids.GetValue(codebook, b => [.. Flatten(CodebookCodes.Codes(b)).Where(c => c.IsCodable).Select(c => c.Guid)])
            .Contains(CodebookCodes.GuidOf(id, value));
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Codebook, HashSet<Guid>> CodableGuids = [];

    private static IEnumerable<QdaCode> Flatten(IEnumerable<QdaCode> codes) => codes.SelectMany(c => Flatten(c.Codes).Prepend(c));

    private static (string Id, string? Value)? DescriptionId(Codebook codebook, QdaCode code) =>
        code.Description?.Split('\n')[0].Trim() is { Length: > 0 } first ? IdAndValue(codebook, first) : null;

    /// <summary>"reactie.volgen", "kenmerk.weten=+" or "kenmerk.weten:+" when that is codable.</summary>
    private static (string Id, string? Value)? IdAndValue(Codebook codebook, string text)
    {
        var at = text.IndexOfAny(['=', ':']);
        var (id, value) = at < 0 ? (text, (string?)null) : (text[..at].Trim(), text[(at + 1)..].Trim());
        return Codable(codebook, id, value) ? (id, value) : null;
    }

    /// <summary>Normalised names (case, accents, spacing) → codable entry and value, by Dutch label, English label or synonym.</summary>
    private static Dictionary<string, (string Id, string? Value, string Basis)> NameIndex(Codebook codebook)
    {
        var index = new Dictionary<string, (string, string?, string)>(StringComparer.Ordinal);
        void Add(string? name, string id, string? value, string basis)
        {
            if (!string.IsNullOrWhiteSpace(name)) index.TryAdd(Key(name), (id, value, basis));
        }
        var lookup = CodebookCodes.Lookup(codebook);
        foreach (var code in Flatten(CodebookCodes.Codes(codebook)).Where(c => c.IsCodable))
        {
            var (id, value) = lookup[code.Guid];
            Add(code.Name, id, value, "name");
        }
        foreach (var entry in codebook.Entries)
        {
            var values = CodebookCodes.ValuesOf(codebook, entry);
            if (CodebookCodes.IsCodable(codebook, entry)) Add(entry.Label.En, entry.Id, null, "label");
            foreach (var v in values.Where(v => Codable(codebook, entry.Id, v))) Add($"{entry.Label.En} {v}", entry.Id, v, "label");
        }
        // Synonyms: the last part of the id ("verbergen"), and Oliver's (1991) names for what this codebook maps them to.
        foreach (var entry in codebook.Entries.Where(e => CodebookCodes.IsCodable(codebook, e)))
            Add(entry.Id[(entry.Id.LastIndexOf('.') + 1)..], entry.Id, null, "synonym");
        foreach (var oliver in codebook.Entries.Where(e => e.MapsTo.Length == 1 && Codable(codebook, e.MapsTo[0], null)))
        {
            Add(oliver.Label.Nl, oliver.MapsTo[0], null, "synonym");
            Add(oliver.Label.En, oliver.MapsTo[0], null, "synonym");
        }
        return index;
    }

    private static string Key(string name)
    {
        var b = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c) || c is '_' or '-') { if (b.Length > 0 && b[^1] != ' ') b.Append(' '); }
            else b.Append(c);
        }
        return b.ToString().Trim();
    }
}
