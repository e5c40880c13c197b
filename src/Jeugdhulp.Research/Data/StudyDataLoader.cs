using System.Collections.Immutable;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Data;

/// <summary>
/// Reads a study directory (<c>data/</c>, layout in <c>data/README.md</c>) and checks every value against the codebook.
/// All problems of all files are reported together, each with file, line and column.
/// </summary>
public static class StudyDataLoader
{
    private static readonly string[] ObservationColumns = ["variable", "period", "value", "basis", "source", "lines", "reason", "evidence"];
    private static readonly string[] ResponseColumns = ["unit", "period", "period_label", "response", "tactic", "cluster", "basis", "source", "lines", "reason", "evidence"];
    private static readonly string[] InconsistencyColumns = ["id", "kind", "lines", "description", "handling"];
    private static readonly string[] TableColumns = ["table", "title", "row_variable", "column_variable", "lines", "row_labels", "column_labels", "note"];

    /// <summary>The variable holding a unit's response cluster in chapter 9's sense.</summary>
    public const string ClusterVariable = "cluster";

    /// <summary>
    /// The tactic the dissertation's method describes but leaves out of the judgment of a response ("buiten beschouwing
    /// gelaten ... Wel is het beschreven", lines 3001-3004): volgen because it is self-evident for the organisation.
    /// </summary>
    public const string SelfEvidentTactic = "reactie.volgen.vanzelfsprekend";

    /// <summary>Loads and validates the study in <paramref name="directory"/>.</summary>
    /// <exception cref="InputException">Any file is missing, malformed or inconsistent with the codebook.</exception>
    public static StudyData Load(string directory, Codebook codebook)
    {
        if (!System.IO.Directory.Exists(directory))
            throw new InputException(new Diagnostic(directory, 0, 0, "directory-not-found", "Data directory not found."));
        var diagnostics = new List<Diagnostic>();
        var files = ImmutableArray.CreateBuilder<DataFileInfo>();
        CsvTable? Read(string relative, IReadOnlyCollection<string> columns)
        {
            var table = CsvTable.Read(Path.Combine(directory, relative), columns, diagnostics, Path.Combine(directory, relative));
            if (table is not null) files.Add(new DataFileInfo(relative.Replace('\\', '/'), table.Sha256, table.Rows.Length));
            return table;
        }

        var cases = StudyTables.ReadCases(Read("cases.csv", StudyTables.CaseColumns), diagnostics);
        var caseIds = cases.Select(c => c.Id).ToHashSet();
        ImmutableArray<UnitInfo> units = [.. StudyTables.ReadUnits(Read("units.csv", StudyTables.UnitColumns), cases, diagnostics).Select(u => u.Unit)];
        var unitIds = units.Select(u => u.Id).ToHashSet();

        var caseValues = ReadObservations(Read("case-values.csv", ["case", .. ObservationColumns]), "case", caseIds, codebook, diagnostics);
        var unitValues = ImmutableArray.CreateBuilder<Observation>();
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "unit-*.csv").Order(StringComparer.Ordinal))
            unitValues.AddRange(ReadObservations(Read(Path.GetFileName(file), ["unit", .. ObservationColumns]), "unit", unitIds, codebook, diagnostics));
        ReportDuplicates(unitValues, diagnostics);
        ReportDuplicates(caseValues, diagnostics);

        var responses = File.Exists(Path.Combine(directory, "responses.csv"))
            ? ReadResponses(Read("responses.csv", ResponseColumns), unitIds, codebook, diagnostics)
            : [];
        var tables = System.IO.Directory.Exists(Path.Combine(directory, "published"))
            ? ReadPublishedTables(Read, codebook, caseIds, diagnostics)
            : [];
        var inconsistencies = ImmutableArray.CreateBuilder<Inconsistency>();
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "inconsistencies*.csv").Order(StringComparer.Ordinal))
            inconsistencies.AddRange(ReadInconsistencies(Read(Path.GetFileName(file), InconsistencyColumns), diagnostics));

        var (name, fictitious) = ReadStudyFile(directory, files, diagnostics);
        if (diagnostics.Count > 0) throw new InputException(diagnostics);
        return new StudyData(directory, cases, units, caseValues, unitValues.ToImmutable(), responses, tables,
            inconsistencies.ToImmutable(), files.ToImmutable()) { Name = name, Fictitious = fictitious };
    }

    private static ImmutableArray<Observation> ReadObservations(
        CsvTable? table, string subjectColumn, HashSet<string> subjects, Codebook codebook, List<Diagnostic> diagnostics)
    {
        if (table is null) return [];
        var result = ImmutableArray.CreateBuilder<Observation>();
        foreach (var row in table.Rows)
        {
            var subject = row[subjectColumn];
            if (!subjects.Contains(subject))
            {
                diagnostics.Add(row.At(subjectColumn, $"unknown-{subjectColumn}", $"{Capital(subjectColumn)} '{subject}' is not in {subjectColumn}s.csv."));
                continue;
            }
            var variable = row["variable"];
            var entry = codebook.Find(variable);
            if (entry is null)
            {
                diagnostics.Add(row.At("variable", "unknown-codebook-id", $"Variable '{variable}' is not an id in codebook {codebook.Id} {codebook.Version}."));
                continue;
            }
            if (ReadProvenance(row, table.File, diagnostics) is not { } provenance) continue;
            var value = row.Optional("value");
            if (!CheckValue(row, "value", value, provenance.Basis, entry, codebook, diagnostics)) continue;
            result.Add(new Observation(subject, variable, row.Optional("period"), value, provenance));
        }
        return result.ToImmutable();
    }

    /// <summary>Checks a value against the basis and the entry's vocabulary; false (with a diagnostic) when it does not fit.</summary>
    private static bool CheckValue(CsvRow row, string column, string? value, Basis basis, CodebookEntry entry, Codebook codebook, List<Diagnostic> diagnostics)
    {
        if (basis == Basis.Undetermined)
        {
            if (value is null) return true;
            diagnostics.Add(row.At(column, "value-with-undetermined", $"Value '{value}' is given but the basis is 'undetermined'; empty the value or change the basis."));
            return false;
        }
        if (value is null)
        {
            diagnostics.Add(row.At(column, "missing-value", $"No value for '{entry.Id}'; if the source does not determine it, set basis 'undetermined' and give the reason."));
            return false;
        }
        if (entry.ValueSetId is { } setId && codebook.FindValueSet(setId) is { } set && set.Find(value) is null)
        {
            diagnostics.Add(row.At(column, "value-outside-vocabulary",
                $"'{value}' is not a value of '{entry.Id}'; allowed: {string.Join(", ", set.Values.Select(v => v.Id))}."));
            return false;
        }
        return true;
    }

    private static Provenance? ReadProvenance(CsvRow row, string file, List<Diagnostic> diagnostics)
    {
        if (!BasisNames.TryParse(row["basis"], out var basis))
        {
            diagnostics.Add(row.At("basis", "unknown-basis", $"Basis '{row["basis"]}' must be one of {string.Join(", ", BasisNames.All)}."));
            return null;
        }
        if (basis is Basis.Inferred or Basis.ForcedByCounts or Basis.Undetermined && row.Optional("reason") is null)
        {
            diagnostics.Add(row.At("reason", "missing-reason", $"A value with basis '{row["basis"]}' needs a one-line reason."));
            return null;
        }
        if (row["source"].Length == 0)
        {
            diagnostics.Add(row.At("source", "missing-source", "Every value needs a source (table or section)."));
            return null;
        }
        if (row.Optional("reason_nl") is not null && row.Optional("reason") is null)
        {
            diagnostics.Add(row.At("reason_nl", "translation-without-reason", "A Dutch reason (reason_nl) is given but no reason; write the reason as recorded in 'reason' too."));
            return null;
        }
        return new Provenance(row["source"], row["lines"], basis, row.Optional("reason"), row.Optional("evidence"), file, row.Line) { ReasonNl = row.Optional("reason_nl") };
    }

    private static void ReportDuplicates(IEnumerable<Observation> observations, List<Diagnostic> diagnostics)
    {
        foreach (var group in observations.GroupBy(o => (o.Subject, o.Variable, o.Period)).Where(g => g.Count() > 1))
        {
            var first = group.First().Provenance;
            foreach (var dup in group.Skip(1))
                diagnostics.Add(new Diagnostic(dup.Provenance.File, dup.Provenance.Line, 1, "duplicate-value",
                    $"'{group.Key.Variable}' of '{group.Key.Subject}'{(group.Key.Period is null ? "" : $" in period {group.Key.Period}")} is already given at {first.File}:{first.Line}."));
        }
    }

    private static ImmutableArray<ResponseObservation> ReadResponses(CsvTable? table, HashSet<string> unitIds, Codebook codebook, List<Diagnostic> diagnostics)
    {
        if (table is null) return [];
        var result = ImmutableArray.CreateBuilder<ResponseObservation>();
        foreach (var row in table.Rows)
        {
            if (!unitIds.Contains(row["unit"])) { diagnostics.Add(row.At("unit", "unknown-unit", $"Unit '{row["unit"]}' is not in units.csv.")); continue; }
            if (!int.TryParse(row["period"], out var period) || period < 1) { diagnostics.Add(row.At("period", "invalid-period", $"Period '{row["period"]}' must be 1, 2, ... in time order.")); continue; }
            var response = codebook.Find(row["response"]);
            if (response is not { Kind: EntryKind.Response }) { diagnostics.Add(row.At("response", "unknown-codebook-id", $"'{row["response"]}' is not a response in the codebook.")); continue; }
            var tactic = row.Optional("tactic");
            if (tactic is not null && (codebook.Find(tactic) is not { Kind: EntryKind.Tactic } tacticEntry || tacticEntry.ParentId != response.Id))
            {
                diagnostics.Add(row.At("tactic", "unknown-codebook-id", $"'{tactic}' is not a tactic of '{response.Id}'; tactics: {string.Join(", ", response.ChildIds.DefaultIfEmpty("(none)"))}."));
                continue;
            }
            var expectedCluster = ClusterValueOf(codebook, response.Id);
            if (row["cluster"] != expectedCluster)
            {
                diagnostics.Add(row.At("cluster", "cluster-mismatch", $"'{response.Id}' counts to cluster '{expectedCluster}' in the codebook, not '{row["cluster"]}'."));
                continue;
            }
            if (ReadProvenance(row, table.File, diagnostics) is not { } provenance) continue;
            result.Add(new ResponseObservation(row["unit"], period, row.Optional("period_label"), response.Id, tactic, expectedCluster, provenance));
        }
        return result.ToImmutable();
    }

    /// <summary>The optional file naming a data folder and marking it fictitious (written by <c>jhr classify --write-data</c>).</summary>
    public const string StudyFile = "study.yaml";

    private static (string? Name, bool Fictitious) ReadStudyFile(string directory, ImmutableArray<DataFileInfo>.Builder files, List<Diagnostic> diagnostics)
    {
        var path = Path.Combine(directory, StudyFile);
        if (!File.Exists(path)) return (null, false);
        try
        {
            var bytes = File.ReadAllBytes(path);
            var text = TextFile.DecodeUtf8(bytes, path);
            files.Add(new DataFileInfo(StudyFile, Hashing.Sha256Hex(bytes), 0));
            string? name = null;
            var fictitious = false;
            foreach (var (line, number) in text.Split('\n').Select((l, i) => (l.Trim(), i + 1)))
            {
                if (line.Length == 0 || line.StartsWith('#')) continue;
                var colon = line.IndexOf(':');
                var key = colon < 0 ? line : line[..colon].Trim();
                var value = colon < 0 ? "" : line[(colon + 1)..].Trim().Trim('"');
                switch (key)
                {
                    case "name": name = value; break;
                    case "fictitious": fictitious = value.Equals("true", StringComparison.OrdinalIgnoreCase); break;
                    case "written_by" or "project": break;
                    default: diagnostics.Add(new Diagnostic(path, number, 1, "unknown-field", $"'{key}' is not a field of {StudyFile} (name, fictitious, written_by, project).")); break;
                }
            }
            return (name, fictitious);
        }
        catch (InputException e)
        {
            diagnostics.AddRange(e.Diagnostics);
            return (null, false);
        }
    }

    /// <summary>The value id (in the <c>cluster</c> value set) of the cluster a response counts to.</summary>
    public static string ClusterValueOf(Codebook codebook, string responseId) =>
        codebook.ClusterOf(responseId) is { } cluster ? cluster.Id[(cluster.Id.LastIndexOf('.') + 1)..] : "";

    private static ImmutableArray<PublishedTable> ReadPublishedTables(Func<string, IReadOnlyCollection<string>, CsvTable?> read, Codebook codebook, HashSet<string> caseIds, List<Diagnostic> diagnostics)
    {
        var index = read(Path.Combine("published", "tables.csv"), TableColumns);
        if (index is null) return [];
        var result = ImmutableArray.CreateBuilder<PublishedTable>();
        foreach (var row in index.Rows)
        {
            var id = row["table"];
            var cellsFile = Path.Combine("published", $"table-{id}.csv");
            var cells = read(cellsFile, ["row", "column", "count"]);
            if (cells is null) continue;
            var parsed = ImmutableArray.CreateBuilder<PublishedCell>();
            foreach (var cell in cells.Rows)
            {
                if (!int.TryParse(cell["count"], out var count) || count < 0)
                    diagnostics.Add(cell.At("count", "not-a-number", $"Count '{cell["count"]}' must be a whole number ≥ 0."));
                else parsed.Add(new PublishedCell(cell["row"], cell["column"], count, cell.Line));
            }
            var rowLabels = ParseLabels(row, "row_labels", diagnostics);
            var columnLabels = ParseLabels(row, "column_labels", diagnostics);
            CheckAxis(row, "row_variable", "row_labels", rowLabels, codebook, caseIds, diagnostics);
            CheckAxis(row, "column_variable", "column_labels", columnLabels, codebook, caseIds, diagnostics);
            foreach (var cell in parsed)
            {
                if (rowLabels.All(p => p.Key != cell.Row))
                    diagnostics.Add(new Diagnostic(cells.File, cell.Line, 1, "unmapped-label", $"Printed row label '{cell.Row}' is not in row_labels of table {id} ({index.File}:{row.Line}); map it to a value id or (totaal)."));
                if (columnLabels.All(p => p.Key != cell.Column))
                    diagnostics.Add(new Diagnostic(cells.File, cell.Line, 2, "unmapped-label", $"Printed column label '{cell.Column}' is not in column_labels of table {id} ({index.File}:{row.Line}); map it to a value id or (totaal)."));
            }
            result.Add(new PublishedTable(id, row["title"], row["row_variable"], row["column_variable"], row["lines"],
                rowLabels, columnLabels, row.Optional("note"), parsed.ToImmutable()));
        }
        return result.ToImmutable();
    }

    /// <summary>Attributes derived from the data rather than stored as observations.</summary>
    public static readonly IReadOnlyList<string> DerivedAttributes = ["case", "verandering", "response_changed"];

    private static void CheckAxis(CsvRow row, string variableColumn, string labelsColumn, ImmutableArray<KeyValuePair<string, string>> labels,
        Codebook codebook, HashSet<string> caseIds, List<Diagnostic> diagnostics)
    {
        var variable = row[variableColumn];
        if (variable.Length == 0)
        {
            foreach (var (label, target) in labels.Where(l => l.Value != PublishedTable.AllUnits))
                diagnostics.Add(row.At(labelsColumn, "unknown-value", $"'{label}={target}': without a {variableColumn} every label must be {PublishedTable.AllUnits}."));
            return;
        }
        if (!DerivedAttributes.Contains(variable) && !codebook.Contains(variable))
        {
            diagnostics.Add(row.At(variableColumn, "unknown-codebook-id", $"'{variable}' is neither a codebook id nor one of {string.Join(", ", DerivedAttributes)}."));
            return;
        }
        var set = codebook.Find(variable)?.ValueSetId is { } setId ? codebook.FindValueSet(setId) : null;
        foreach (var (label, target) in labels)
        {
            var known = PublishedTable.SpecialTargets.Contains(target)
                || (variable == "case" && caseIds.Contains(target))
                || (variable == "verandering" && target.Split('>').All(c => codebook.FindValueSet(ClusterVariable)?.Find(c) is not null))
                || (variable == "response_changed" && target is "ja" or "nee")
                || (set?.Find(target) is not null);
            if (!known)
                diagnostics.Add(row.At(labelsColumn, "unknown-value", $"'{label}={target}': '{target}' is not a value of '{variable}'."));
        }
    }

    private static ImmutableArray<KeyValuePair<string, string>> ParseLabels(CsvRow row, string column, List<Diagnostic> diagnostics)
    {
        var result = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        foreach (var pair in row[column].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.LastIndexOf('=');
            if (eq <= 0) diagnostics.Add(row.At(column, "invalid-label-map", $"'{pair}' must look like 'Printed label=value-id'."));
            else result.Add(new(pair[..eq].Trim(), pair[(eq + 1)..].Trim()));
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<Inconsistency> ReadInconsistencies(CsvTable? table, List<Diagnostic> diagnostics)
    {
        if (table is null) return [];
        var result = ImmutableArray.CreateBuilder<Inconsistency>();
        foreach (var row in table.Rows)
        {
            if (row["id"].Length == 0 || row["description"].Length == 0 || row["handling"].Length == 0)
            {
                diagnostics.Add(row.At("id", "missing-value", "Every inconsistency needs an id, a description and how the data handles it."));
                continue;
            }
            if ((row.Optional("description_nl") is null) != (row.Optional("handling_nl") is null))
            {
                var missing = row.Optional("description_nl") is null ? "description_nl" : "handling_nl";
                diagnostics.Add(row.At(missing, "incomplete-translation", $"Inconsistency {row["id"]} has only half a Dutch text: {missing} is empty; give description_nl and handling_nl both, or neither."));
                continue;
            }
            result.Add(new Inconsistency(row["id"], row["kind"], row["lines"], row["description"], row["handling"])
            {
                KindNl = row.Optional("kind_nl"),
                DescriptionNl = row.Optional("description_nl"),
                HandlingNl = row.Optional("handling_nl"),
            });
        }
        return result.ToImmutable();
    }


    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
