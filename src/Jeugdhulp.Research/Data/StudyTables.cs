using System.Collections.Immutable;
using System.Globalization;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Data;

/// <summary>A unit as read from <c>units.csv</c>, with the optional <c>actor_type</c> column as written.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="ActorType">The <c>actor_type</c> cell, or null when empty or absent.</param>
/// <param name="Row">The row, for diagnostics about further columns.</param>
public sealed record UnitRecord(UnitInfo Unit, string? ActorType, CsvRow Row);

/// <summary>
/// The one reader of <c>cases.csv</c> and <c>units.csv</c>, for study data folders and coding projects alike, so
/// both accept the same files with the same rules: <c>case,name</c> required (<c>chapter, source, lines</c> optional;
/// an empty name is the id) and <c>unit,case,provider</c> required (<c>actor_type, source, lines</c> optional).
/// </summary>
public static class StudyTables
{
    /// <summary>Required columns of <c>cases.csv</c>.</summary>
    public static readonly ImmutableArray<string> CaseColumns = ["case", "name"];
    /// <summary>Required columns of <c>units.csv</c>.</summary>
    public static readonly ImmutableArray<string> UnitColumns = ["unit", "case", "provider"];

    /// <summary>The cases; problems go to <paramref name="diagnostics"/> and the row is skipped.</summary>
    public static ImmutableArray<CaseInfo> ReadCases(CsvTable? table, List<Diagnostic> diagnostics)
    {
        if (table is null) return [];
        var result = ImmutableArray.CreateBuilder<CaseInfo>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = row["case"];
            if (!IsId(id)) { diagnostics.Add(row.At("case", "invalid-id", $"Case id '{id}' must be ASCII lower case letters, digits and '-'.")); continue; }
            if (seen.TryGetValue(id, out var first)) { diagnostics.Add(row.At("case", "duplicate-case", $"Case '{id}' is already defined at line {first}.")); continue; }
            seen[id] = row.Line;
            var chapter = 0;
            if (row.Optional("chapter") is { } ch && !int.TryParse(ch, NumberStyles.None, CultureInfo.InvariantCulture, out chapter))
            {
                diagnostics.Add(row.At("chapter", "not-a-number", $"Chapter '{ch}' must be a whole number or empty."));
                continue;
            }
            result.Add(new CaseInfo(id, row["name"].Length > 0 ? row["name"] : id, chapter, row["source"], row["lines"]));
        }
        return result.ToImmutable();
    }

    /// <summary>The units, checked against the cases; problems go to <paramref name="diagnostics"/>.</summary>
    public static ImmutableArray<UnitRecord> ReadUnits(CsvTable? table, IReadOnlyCollection<CaseInfo> cases, List<Diagnostic> diagnostics)
    {
        if (table is null) return [];
        var caseIds = cases.Select(c => c.Id).ToList();
        var result = ImmutableArray.CreateBuilder<UnitRecord>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = row["unit"];
            if (!IsId(id)) { diagnostics.Add(row.At("unit", "invalid-id", $"Unit id '{id}' must be ASCII lower case letters, digits, '-' and '.'.")); continue; }
            if (seen.TryGetValue(id, out var first)) { diagnostics.Add(row.At("unit", "duplicate-unit", $"Unit '{id}' is already defined at line {first}.")); continue; }
            seen[id] = row.Line;
            if (!caseIds.Contains(row["case"]))
                diagnostics.Add(row.At("case", "unknown-case", $"Case '{row["case"]}' is not in cases.csv.{DidYouMean.Hint(row["case"], caseIds)}"));
            if (row["provider"].Length == 0) diagnostics.Add(row.At("provider", "missing-value", "Every unit names its responding organisation (provider column)."));
            result.Add(new UnitRecord(new UnitInfo(id, row["case"], row["provider"], row["source"], row["lines"]), row.Optional("actor_type"), row));
        }
        return result.ToImmutable();
    }

    /// <summary>An id: ASCII lower case letters, digits, '-', '.' and '_'.</summary>
    public static bool IsId(string id) => id.Length > 0 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '_');
}
