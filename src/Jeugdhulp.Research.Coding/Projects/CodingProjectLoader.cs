using System.Collections.Immutable;
using System.Globalization;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Coding.Sources;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;
using YamlDotNet.RepresentationModel;

namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>
/// Reads a coding project folder: <c>project.yaml</c>, <c>cases.csv</c>, <c>units.csv</c>, <c>demands.csv</c>,
/// <c>sources/*.md</c>, <c>codings/*.csv</c> and <c>overrides.csv</c> (layout in <c>data/corpus/README.md</c>). Every
/// coding is checked against the codebook, the coders, the units, the demands and its source; every problem of every
/// file is collected and reported together. What a coding is evidence of (unit, period, whose account) is resolved by
/// <c>Classification.EvidenceResolver</c>, where the rules are.
/// </summary>
public static class CodingProjectLoader
{
    /// <summary>The schema tag of <c>project.yaml</c>.</summary>
    public const string Schema = "jhr-coding-project/1";

    /// <summary>Top-level fields of <c>project.yaml</c>.</summary>
    public static readonly IReadOnlyList<string> ProjectFields = ["schema", "name", "description", "fictitious", "codebook", "coders", "allow_new_coders", "classification"];

    /// <summary>Columns of <c>demands.csv</c>.</summary>
    public static readonly ImmutableArray<string> DemandColumns = ["case", "demand", "name", "weight", "source", "lines", "reason"];

    /// <summary>Columns of <c>overrides.csv</c>.</summary>
    public static readonly ImmutableArray<string> OverrideColumns = ["unit", "period", "variable", "value", "reason", "by", "date"];

    /// <summary>The override variable for a period's response.</summary>
    public const string ResponseVariable = "reactie";

    /// <summary>Loads and checks the project in <paramref name="directory"/>.</summary>
    /// <exception cref="InputException">Any error in any file; carries all of them.</exception>
    public static CodingProject Load(string directory)
    {
        var diagnostics = new CodingDiagnostics();
        var project = Load(directory, diagnostics);
        diagnostics.ThrowIfErrors();
        return project! with { Warnings = diagnostics.Warnings };
    }

    /// <summary>
    /// Loads the project, collecting errors and warnings; the result is null when it cannot be used at all.
    /// A long-running reader such as the workbench passes the same <paramref name="cache"/> to every load, so a reload
    /// after a save parses only the files that changed and checks only the codings that changed; the result is the
    /// same as without it.
    /// </summary>
    public static CodingProject? Load(string directory, CodingDiagnostics diagnostics, CodingProjectCache? cache = null)
    {
        cache ??= new CodingProjectCache();
        cache.Begin();
        try { return LoadCore(directory, diagnostics, cache); }
        finally { cache.End(); }
    }

    private static CodingProject? LoadCore(string directory, CodingDiagnostics diagnostics, CodingProjectCache cache)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            diagnostics.Error(directory, 0, 0, "directory-not-found", "Project folder not found.");
            return null;
        }
        var files = ImmutableArray.CreateBuilder<DataFileInfo>();
        var projectFile = Path.Combine(directory, "project.yaml");
        var settings = ReadProjectFile(projectFile, diagnostics);
        if (settings is null) return null;
        files.Add(Info(directory, projectFile, 0));

        Codebook? codebook = null;
        var codebookPath = settings.Value.Codebook.Path ?? "";
        try
        {
            var resolved = CodebookCatalog.Resolve(settings.Value.Codebook, directory, projectFile);
            codebookPath = resolved.File;
            codebook = cache.Codebook(codebookPath);
            if (resolved.Upgraded)
                diagnostics.Warning(projectFile, CodebookVersionLine(projectFile), 1, "codebook-version-upgraded",
                    $"The project names codebook {settings.Value.Codebook.Id} version {resolved.NamedVersion}; it is read with the bundled version {resolved.FoundVersion}, " +
                    $"which only adds to {resolved.NamedVersion} (same major version; codebooks/README.md, 'Versions'). Set 'version: {resolved.FoundVersion}' in project.yaml to record that the study uses it.");
        }
        catch (InputException e) { diagnostics.AddErrors(e.Diagnostics); }

        CsvTable? Read(string name, IReadOnlyCollection<string> columns)
        {
            var errors = new List<Diagnostic>();
            var path = Path.Combine(directory, name);
            var table = CsvTable.Read(path, columns, errors, path);
            diagnostics.AddErrors(errors);
            if (table is not null) files.Add(new DataFileInfo(name, table.Sha256, table.Rows.Length));
            return table;
        }
        var cases = ReadCases(Read("cases.csv", StudyTables.CaseColumns), diagnostics);
        var units = ReadUnits(Read("units.csv", [.. StudyTables.UnitColumns, "actor_type"]), cases, diagnostics);
        var demands = File.Exists(Path.Combine(directory, "demands.csv"))
            ? ReadDemands(Read("demands.csv", ["case", "demand", "weight"]), cases, diagnostics)
            : [];

        var sources = ImmutableArray.CreateBuilder<SourceDocument>();
        var sourceDir = Path.Combine(directory, "sources");
        if (!System.IO.Directory.Exists(sourceDir)) diagnostics.Error(sourceDir, 0, 0, "directory-not-found", "A project keeps its transcripts and documents in sources/*.md.");
        else
            foreach (var file in System.IO.Directory.EnumerateFiles(sourceDir, "*.md").Order(StringComparer.Ordinal))
            {
                var (read, hash) = cache.File(file, diagnostics, (bytes, d) => SourceReader.Read(bytes, file, d), d => SourceReader.Read(file, d));
                if (read is not { } source) continue;
                if (sources.FirstOrDefault(s => s.Id == source.Id) is { } other)
                    diagnostics.Error(file, 1, 1, "duplicate-source", $"Source id '{source.Id}' is already used by {other.File}.");
                else sources.Add(source);
                files.Add(Info(directory, file, hash, 0));
            }
        foreach (var source in sources)
            if (cases.All(c => c.Id != source.Case))
                diagnostics.Error(source.File, 2, 1, "unknown-case", $"Case '{source.Case}' is not in cases.csv.{DidYouMean.Hint(source.Case, cases.Select(c => c.Id))}");
            else
                foreach (var unit in source.Units.Where(u => units.All(x => x.Id != u)))
                    diagnostics.Error(source.File, 2, 1, "unknown-unit", $"Unit '{unit}' is not in units.csv.{DidYouMean.Hint(unit, units.Select(x => x.Id))}");

        RecoverConsensus(directory, diagnostics);
        var raw = new List<CodedSegment>();
        foreach (var source in sources) raw.AddRange(source.InlineSegments);
        var codingDir = Path.Combine(directory, "codings");
        if (System.IO.Directory.Exists(codingDir))
            foreach (var file in System.IO.Directory.EnumerateFiles(codingDir, "*.csv").Order(StringComparer.Ordinal))
            {
                var (rows, hash) = cache.File(file, diagnostics, (bytes, d) => CodingCsv.Parse(bytes, file, d), d => CodingCsv.Read(file, d));
                raw.AddRange(rows);
                files.Add(Info(directory, file, hash, -1));
            }
        raw = [.. ConsensusFile.CheckProvenance(directory, raw, diagnostics)];

        var overrides = File.Exists(Path.Combine(directory, "overrides.csv"))
            ? ReadOverrides(Read("overrides.csv", [.. OverrideColumns]), cases, units, codebook, diagnostics)
            : [];

        // The recommendations register is read where it is used (jhr recommendations, the report); its hash belongs to the study's inputs.
        if (File.Exists(Path.Combine(directory, RecommendationRegister.FileName)))
            files.Add(Info(directory, Path.Combine(directory, RecommendationRegister.FileName), 0));

        // The consensus coder needs no listing: codings/consensus.csv is written by the curation, never by a rater.
        var coders = settings.Value.Coders.Any(c => c.IsConsensus) || raw.All(s => s.Coder != Coder.ConsensusId)
            ? settings.Value.Coders : settings.Value.Coders.Add(Coder.Consensus);
        var segments = ImmutableArray.CreateBuilder<CodedSegment>();
        if (codebook is not null)
        {
            var sourceIds = sources.Select(s => s.Id).ToImmutableArray();
            var byId = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
            cache.BeginChecks(new CheckContext(codebook, units, demands, coders, sourceIds));
            foreach (var segment in raw)
            {
                var source = byId.GetValueOrDefault(segment.Source);
                if (cache.Check(segment, source, diagnostics, d => Check(segment, source, sourceIds, units, demands, coders, codebook, d)) is { } checkedSegment)
                    segments.Add(checkedSegment);
            }
        }

        if (codebook is null) return null;
        if (!diagnostics.HasErrors)
            foreach (var coder in coders.Where(c => segments.All(s => s.Coder != c.Id)))
                diagnostics.Warning(projectFile, 1, 1, "coder-without-codings",
                    $"Coder '{coder.Id}' has no codings (no markers @{coder.Id}, no rows in codings/*.csv); agreement cannot be computed with this coder until they code.");
        return new CodingProject
        {
            Directory = directory,
            Name = settings.Value.Name,
            Description = settings.Value.Description,
            Fictitious = settings.Value.Fictitious,
            CodebookPath = settings.Value.Codebook.IsBundled ? codebookPath : settings.Value.Codebook.Path!,
            CodebookReference = settings.Value.Codebook,
            Codebook = codebook,
            Coders = coders,
            AllowNewCoders = settings.Value.AllowNewCoders,
            Cases = cases,
            Units = units,
            Sources = sources.ToImmutable(),
            Demands = demands,
            Segments = segments.ToImmutable(),
            Overrides = overrides,
            Rules = settings.Value.Rules,
            Warnings = diagnostics.Warnings,
            Files = files.ToImmutable(),
        };
    }

    /// <summary>Completes a consensus decision whose write a crash interrupted, so the consensus and its decisions load as a pair.</summary>
    private static void RecoverConsensus(string directory, CodingDiagnostics diagnostics)
    {
        var journal = Path.Combine(directory, ConsensusFile.JournalName);
        try
        {
            if (ConsensusFile.Recover(directory) is { } item)
                diagnostics.Warning(journal, 1, 1, "consensus-recovered",
                    $"The consensus decision on '{item}' was interrupted while it was being saved; it has been completed from {ConsensusFile.JournalName} (codings/{Coder.ConsensusId}.csv and {ConsensusFile.DecisionsName} now agree).");
        }
        catch (InputException e) { diagnostics.AddErrors(e.Diagnostics); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(journal, 1, 1, "consensus-not-recovered",
                $"A consensus decision was interrupted while it was being saved and cannot be completed ({e.Message}); make the project folder writable and load it again.");
        }
    }

    /// <summary>Every problem of the project (errors first, then warnings); empty when it loads cleanly.</summary>
    public static (ImmutableArray<Diagnostic> Errors, ImmutableArray<Diagnostic> Warnings) Validate(string directory)
    {
        var diagnostics = new CodingDiagnostics();
        Load(directory, diagnostics);
        return (diagnostics.Errors, diagnostics.Warnings);
    }

    /// <summary>
    /// Checks one coding against its source (re-anchoring it; null when no source has its id), the codebook, the
    /// coders, the units and the demands; null when it cannot be used. Reads nothing else (<see cref="CheckContext"/>).
    /// </summary>
    private static CodedSegment? Check(CodedSegment segment, SourceDocument? source, ImmutableArray<string> sourceIds, ImmutableArray<ProjectUnit> units,
        ImmutableArray<SteeringDemand> demands, ImmutableArray<Coder> coders, Codebook codebook, CodingDiagnostics diagnostics)
    {
        var origin = segment.Origin ?? new SegmentOrigin(segment.Source, 0, 0);
        var ok = true;
        void Fail(string code, string message) { diagnostics.Error(origin.File, origin.Line, origin.Column, code, message); ok = false; }

        if (source is null) { Fail("unknown-source", $"Source '{segment.Source}' is not in sources/ (ids: {string.Join(", ", sourceIds)}).{DidYouMean.Hint(segment.Source, sourceIds)}"); return null; }

        var anchor = Reanchoring.Reanchor(source.Text, segment.Start, segment.End, segment.Text);
        if (!anchor.IsPlaced && segment.Start >= 0 && segment.End <= source.Text.Length && segment.Start < segment.End
            && source.Text[segment.Start..segment.End].Trim() == segment.Text.Trim())
            anchor = new AnchorResult(AnchorStatus.Exact, segment.Start, segment.End, 1); // the CSV reader trims cells
        switch (anchor.Status)
        {
            case AnchorStatus.Moved:
                diagnostics.Warning(origin.File, origin.Line, origin.Column, "reanchored",
                    $"The coded text \"{Shorten(segment.Text)}\" is no longer at {segment.Start}-{segment.End} in '{source.Id}'; found at {anchor.Start}-{anchor.End} (nearest of {anchor.Candidates}). Run 'jhr codings fix PROJECT' to record the new offsets.");
                segment = segment with { Start = anchor.Start, End = anchor.End };
                break;
            case AnchorStatus.Ambiguous:
                Fail("anchor-ambiguous", $"The coded text \"{Shorten(segment.Text)}\" is no longer at {segment.Start}-{segment.End} in '{source.Id}' and occurs {anchor.Candidates} times at equal distance; fix the offsets by hand.");
                break;
            case AnchorStatus.NotFound:
                Fail("anchor-not-found", $"The coded text \"{Shorten(segment.Text)}\" no longer occurs in '{source.Id}' (was at {segment.Start}-{segment.End}); the source was edited; recode or remove this coding.");
                break;
            default:
                segment = segment with { Text = source.Text[anchor.Start..anchor.End] };
                break;
        }

        foreach (var problem in Problems(segment, source, units, demands, coders, codebook)) Fail(problem.Code, problem.Message);
        var unitId = segment.Unit ?? (source.Units.Length == 1 ? source.Units[0] : null);
        return ok && unitId is not null && units.Any(u => u.Id == unitId) ? segment : null;
    }

    /// <summary>
    /// What is wrong with a coding placed in <paramref name="source"/> (anchoring aside): its code and value, coder,
    /// unit, demand and enactment. One rule for the loader and for every writer of codings (the workbench), so a coding
    /// that is saved always loads.
    /// </summary>
    internal static IEnumerable<CodeProblem> Problems(CodedSegment segment, SourceDocument source, IReadOnlyList<ProjectUnit> units,
        IReadOnlyList<SteeringDemand> demands, IReadOnlyList<Coder> coders, Codebook codebook)
    {
        var entry = codebook.Find(segment.Code);
        if (CodeCheck.Check(codebook, segment.Code, segment.Value) is { } problem) yield return problem;

        if (coders.All(c => c.Id != segment.Coder))
            yield return new("unknown-coder", $"Coder '{segment.Coder}' is not listed in project.yaml (coders: {string.Join(", ", coders.Select(c => c.Id))}).{DidYouMean.Hint(segment.Coder, coders.Select(c => c.Id))}");

        var unitId = segment.Unit ?? (source.Units.Length == 1 ? source.Units[0] : null);
        var unit = unitId is null ? null : units.FirstOrDefault(u => u.Id == unitId);
        if (unitId is null)
            yield return new("unit-required", $"Source '{source.Id}' is about {source.Units.Length} units; say which one this coding is about (unit=ID).");
        else if (unit is null)
            yield return new("unknown-unit", $"Unit '{unitId}' is not in units.csv.{DidYouMean.Hint(unitId, source.Units.Concat(units.Select(u => u.Id)))}");
        else if (!source.Units.Contains(unit.Id))
            yield return new("unit-not-in-source", $"Source '{source.Id}' is about {string.Join(", ", source.Units.DefaultIfEmpty("no unit"))}, not '{unit.Id}'; code the right unit, or add '{unit.Id}' to the source's 'units:' if it is about it.{DidYouMean.Hint(unit.Id, source.Units)}");

        if (unit is not null)
            foreach (var p in DemandCheck.Check(codebook, segment.Code, segment.Demand, segment.Enactment, unit.Case, demands)) yield return p;
        if (segment.Period is < 1) yield return new("invalid-period", $"period {segment.Period} must be 1, 2, ...");
    }

    private static string Shorten(string text) => text.Length <= 60 ? text.Replace('\n', ' ') : text[..57].Replace('\n', ' ') + "...";

    private readonly record struct Settings(string Name, string? Description, bool Fictitious, CodebookReference Codebook, ImmutableArray<Coder> Coders, bool AllowNewCoders, ClassificationRules Rules);

    private static Settings? ReadProjectFile(string path, CodingDiagnostics diagnostics)
    {
        string text;
        try { text = TextFile.ReadUtf8(path); }
        catch (InputException e)
        {
            diagnostics.AddErrors(e.Diagnostics);
            return null;
        }
        var y = new YamlHelper(path, 0, diagnostics);
        var map = y.LoadMapping(text, "project.yaml");
        if (map is null) return null;
        y.WarnUnknownKeys(map, [.. ProjectFields], "project.yaml");
        var before = diagnostics.Errors.Length;
        if (y.Scalar(map, "schema") is var schema && schema != Schema)
            diagnostics.Error(path, 1, 1, "wrong-schema", $"project.yaml must start with 'schema: {Schema}' (found '{schema ?? "nothing"}').");
        var name = y.Scalar(map, "name");
        if (name is null) diagnostics.Error(path, 1, 1, "missing-field", "project.yaml needs a 'name'.");
        var codebook = ReadCodebookReference(y, map, path, diagnostics);

        var coders = ImmutableArray.CreateBuilder<Coder>();
        switch (YamlHelper.Get(map, "coders"))
        {
            case YamlSequenceNode seq:
                foreach (var item in seq.Children)
                {
                    var coder = item switch
                    {
                        YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value) => new Coder(s.Value!.Trim(), null),
                        YamlMappingNode m when y.Scalar(m, "id") is { } id => new Coder(id, y.Scalar(m, "name")),
                        _ => null,
                    };
                    if (coder is null) y.Error(item.Start, "wrong-type", "A coder is a name (coderA) or a mapping {id: coderA, name: ...}.");
                    else if (coder.Id.Any(c => char.IsWhiteSpace(c) || c is '|' or '[' or ']' or '"'))
                        y.Error(item.Start, "invalid-id", $"Coder id '{coder.Id}' may not contain spaces, '|', brackets or quotes (it is written as @{coder.Id}).");
                    else if (coders.Any(c => c.Id == coder.Id)) y.Error(item.Start, "duplicate-coder", $"Coder '{coder.Id}' is listed twice.");
                    else coders.Add(coder);
                }
                break;
            case null:
                diagnostics.Error(path, 1, 1, "missing-field", "project.yaml needs 'coders:', the list of coder ids used in markers and CSV files.");
                break;
            case var other:
                y.Error(other.Start, "wrong-type", "'coders' must be a list.");
                break;
        }

        var rules = ClassificationRules.Default;
        if (YamlHelper.Get(map, "classification") is { } node)
        {
            if (node is not YamlMappingNode c) y.Error(node.Start, "wrong-type", "'classification' must be a mapping.");
            else
            {
                y.WarnUnknownKeys(c, ["rule_set", "response_majority", "factor_majority", "factor_rule", "not_knowing_is_niets_doen"], "classification");
                if (y.Scalar(c, "rule_set") is { } set)
                {
                    if (RuleSetNames.Parse(set) is { } parsed) rules = rules with { RuleSet = parsed };
                    else y.Error(YamlHelper.Get(c, "rule_set")!.Start, "invalid-value", $"rule_set '{set}' must be 'proefschrift' (the dissertation's method, default) or 'segmenttelling' (the old counting rules).");
                }
                double Fraction(string key, double fallback)
                {
                    if (y.Scalar(c, key) is not { } t) return fallback;
                    if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is >= 0 and < 1) return v;
                    y.Error(YamlHelper.Get(c, key)!.Start, "invalid-value", $"{key} '{t}' must be a fraction from 0 up to (not including) 1, e.g. 0.5 for 'more than half'.");
                    return fallback;
                }
                rules = rules with { ResponseMajority = Fraction("response_majority", rules.ResponseMajority), FactorMajority = Fraction("factor_majority", rules.FactorMajority) };
                if (y.Scalar(c, "factor_rule") is { } fr)
                {
                    if (fr == "majority") rules = rules with { FactorRule = FactorRule.Majority };
                    else if (fr == "unanimous") rules = rules with { FactorRule = FactorRule.Unanimous };
                    else y.Error(YamlHelper.Get(c, "factor_rule")!.Start, "invalid-value", $"factor_rule '{fr}' must be 'majority' or 'unanimous'.");
                }
                if (y.Scalar(c, "not_knowing_is_niets_doen") is { } nk)
                {
                    if (bool.TryParse(nk, out var b)) rules = rules with { NotKnowingIsNietsDoen = b };
                    else y.Error(YamlHelper.Get(c, "not_knowing_is_niets_doen")!.Start, "invalid-value", "not_knowing_is_niets_doen must be true or false.");
                }
            }
        }
        var fictitious = y.Scalar(map, "fictitious") is { } f && f.Equals("true", StringComparison.OrdinalIgnoreCase);
        var allowNewCoders = y.Scalar(map, "allow_new_coders") is { } a && a.Equals("true", StringComparison.OrdinalIgnoreCase);
        if (diagnostics.Errors.Length > before || name is null || codebook is null) return null;
        return new Settings(name, y.Scalar(map, "description"), fictitious, codebook, coders.ToImmutable(), allowNewCoders, rules);
    }

    /// <summary>The line of project.yaml that names the codebook's version (the first line mentioning 'version' from 'codebook:' on), else 1.</summary>
    private static int CodebookVersionLine(string projectFile)
    {
        var lines = File.ReadAllLines(projectFile);
        var start = Array.FindIndex(lines, l => l.TrimStart().StartsWith("codebook:", StringComparison.Ordinal));
        if (start < 0) return 1;
        var at = Array.FindIndex(lines, start, l => l.Contains("version", StringComparison.Ordinal));
        return (at < 0 ? start : at) + 1;
    }

    /// <summary>
    /// <c>codebook:</c> is either a mapping <c>{id, version}</c> (a codebook bundled with the toolkit) or a path
    /// relative to the project (a codebook of your own; also written as <c>{path: ...}</c>).
    /// </summary>
    private static CodebookReference? ReadCodebookReference(YamlHelper y, YamlMappingNode map, string path, CodingDiagnostics diagnostics)
    {
        const string Expected = "project.yaml needs 'codebook:' with the bundled codebook's id and version (codebook: {id: jeugdhulp-sturing, version: 1.4.0}; an older minor version of the same major is read with the bundled codebook, with a warning) or a path relative to the project folder.";
        switch (YamlHelper.Get(map, "codebook"))
        {
            case null:
                diagnostics.Error(path, 1, 1, "missing-field", Expected);
                return null;
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return CodebookReference.FromPath(scalar.Value!.Trim());
            case YamlMappingNode m:
                y.WarnUnknownKeys(m, ["id", "version", "path"], "codebook");
                var id = y.Scalar(m, "id");
                var version = y.Scalar(m, "version");
                var file = y.Scalar(m, "path");
                if (file is not null && id is null && version is null) return CodebookReference.FromPath(file);
                if (id is not null && version is not null && file is null) return CodebookReference.Bundled(id, version);
                y.Error(m.Start, "invalid-codebook-reference", "'codebook' names either 'id' and 'version' (a bundled codebook) or 'path' (a file in the project), not both and not one of id/version alone.");
                return null;
            case var other:
                y.Error(other.Start, "wrong-type", Expected);
                return null;
        }
    }

    private static ImmutableArray<CaseInfo> ReadCases(CsvTable? table, CodingDiagnostics diagnostics)
    {
        var errors = new List<Diagnostic>();
        var cases = StudyTables.ReadCases(table, errors);
        diagnostics.AddErrors(errors);
        return cases;
    }

    private static ImmutableArray<ProjectUnit> ReadUnits(CsvTable? table, ImmutableArray<CaseInfo> cases, CodingDiagnostics diagnostics)
    {
        var errors = new List<Diagnostic>();
        var records = StudyTables.ReadUnits(table, cases, errors);
        diagnostics.AddErrors(errors);
        var result = ImmutableArray.CreateBuilder<ProjectUnit>();
        foreach (var record in records)
        {
            ActorType actor;
            switch (record.ActorType)
            {
                case "provider": actor = ActorType.Provider; break;
                case "municipality": actor = ActorType.Municipality; break;
                case "other": actor = ActorType.Other; break;
                default:
                    diagnostics.Error(record.Row.At("actor_type", "invalid-value", $"actor_type '{record.ActorType}' must be provider, municipality or other."));
                    continue;
            }
            result.Add(new ProjectUnit(record.Unit, actor));
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<SteeringDemand> ReadDemands(CsvTable? table, ImmutableArray<CaseInfo> cases, CodingDiagnostics diagnostics)
    {
        if (table is null) return [];
        var result = ImmutableArray.CreateBuilder<SteeringDemand>();
        foreach (var row in table.Rows)
        {
            var (caseId, id) = (row["case"], row["demand"]);
            if (cases.All(c => c.Id != caseId)) { diagnostics.Error(row.At("case", "unknown-case", $"Case '{caseId}' is not in cases.csv.")); continue; }
            if (!StudyTables.IsId(id)) { diagnostics.Error(row.At("demand", "invalid-id", $"Demand id '{id}' must be ASCII lower case letters, digits, '-', '.' and '_'.")); continue; }
            if (result.Any(d => d.Case == caseId && d.Id == id)) { diagnostics.Error(row.At("demand", "duplicate-demand", $"Demand '{id}' of case '{caseId}' is defined twice.")); continue; }
            bool main;
            switch (row["weight"])
            {
                case "main": main = true; break;
                case "minor": main = false; break;
                default:
                    diagnostics.Error(row.At("weight", "invalid-value", $"weight '{row["weight"]}' must be 'main' (a main demand: decides the cluster) or 'minor' (a smaller part, seed lines 2979-2980)."));
                    continue;
            }
            result.Add(new SteeringDemand(caseId, id, row.Optional("name") ?? id, main, row["source"], row["lines"], row["reason"], row.Line));
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<Override> ReadOverrides(CsvTable? table, ImmutableArray<CaseInfo> cases, ImmutableArray<ProjectUnit> units, Codebook? codebook, CodingDiagnostics diagnostics)
    {
        if (table is null) return [];
        var result = ImmutableArray.CreateBuilder<Override>();
        foreach (var row in table.Rows)
        {
            var before = diagnostics.Errors.Length;
            var unit = row["unit"];
            int? period = null;
            if (row.Optional("period") is { } p)
            {
                if (int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1) period = n;
                else diagnostics.Error(row.At("period", "invalid-period", $"period '{p}' must be 1, 2, ..."));
            }
            foreach (var (column, problem) in OverrideProblems(unit, period, row.Optional("period") is not null, row["variable"], row["value"], row["reason"], units, cases, codebook))
                diagnostics.Error(row.At(column, problem.Code, problem.Message));
            if (diagnostics.Errors.Length > before) continue;
            result.Add(new Override(unit, period, row["variable"], row["value"], row["reason"], row.Optional("by"), row.Optional("date"), row.Line));
        }
        foreach (var dup in result.GroupBy(o => (o.Unit, o.Period, o.Variable)).Where(g => g.Count() > 1))
            diagnostics.Error(table.File, dup.Last().Line, 1, "duplicate-override", $"'{dup.Key.Variable}' of '{dup.Key.Unit}' is overridden twice (lines {string.Join(", ", dup.Select(d => d.Line))}).");
        return result.ToImmutable();
    }

    /// <summary>
    /// What is wrong with an override (the column it is in, and why): an unknown unit, a judgment that cannot be
    /// overridden, a value outside its vocabulary, a period where one is needed or not allowed, no reason. One rule for
    /// reading <c>overrides.csv</c> and for writing it (<see cref="OverridesFile"/>).
    /// </summary>
    internal static IEnumerable<(string Column, CodeProblem Problem)> OverrideProblems(string unit, int? period, bool periodGiven, string variable, string value, string reason,
        IReadOnlyList<ProjectUnit> units, IReadOnlyList<CaseInfo> cases, Codebook? codebook)
    {
        // A case-level steering judgment names the case in the unit column (Classification.CaseSteering).
        var caseLevel = codebook?.Find(variable) is { } target && Classification.CaseSteering.IsCaseLevel(target);
        if (caseLevel)
        {
            if (cases.All(c => c.Id != unit))
                yield return ("unit", new("unknown-case", $"'{variable}' is judged per case: the unit column names a case of cases.csv ({string.Join(", ", cases.Select(c => c.Id))}), not '{unit}'.{DidYouMean.Hint(unit, cases.Select(c => c.Id))}"));
        }
        else if (units.All(u => u.Id != unit)) yield return ("unit", new("unknown-unit", $"Unit '{unit}' is not in units.csv."));
        if (reason.Trim().Length == 0) yield return ("reason", new("missing-reason", "An override needs a reason: the audit trail must say why the rules were set aside."));
        if (codebook is null) yield break;
        if (variable is ResponseVariable or StudyDataLoader.ClusterVariable)
        {
            if (period is null && !periodGiven) yield return ("period", new("missing-period", $"An override of '{variable}' applies to one period; give it."));
            var valid = variable == ResponseVariable
                ? codebook.Responses.Select(r => r.Id).ToList()
                : codebook.FindValueSet("cluster")?.Values.Select(v => v.Id).ToList() ?? [];
            if (!valid.Contains(value)) yield return ("value", new("value-outside-vocabulary", $"'{value}' is not a value of '{variable}'; allowed: {string.Join(", ", valid)}."));
        }
        else if (codebook.Find(variable) is { Kind: EntryKind.Characteristic or EntryKind.CharacteristicGroup or EntryKind.Indicator })
        {
            if (periodGiven) yield return ("period", new("unexpected-period", "Factor judgments are per unit; leave period empty."));
            if (codebook.FindValueSet("plusmin")?.Find(value) is null) yield return ("value", new("value-outside-vocabulary", $"'{value}' must be +, - or +/-."));
        }
        else if (caseLevel)
        {
            if (periodGiven) yield return ("period", new("unexpected-period", "Case-level steering judgments are per case; leave period empty."));
            var set = codebook.FindValueSet(codebook.Find(variable)!.ValueSetId ?? "plusmin");
            if (value.Length > 0 && set?.Find(value) is null)
                yield return ("value", new("value-outside-vocabulary", $"'{value}' is not a value of '{variable}'; allowed: {string.Join(", ", set?.Values.Select(v => v.Id) ?? [])}, or empty for undetermined (the reason says why the sources do not support a value)."));
        }
        else yield return ("variable", new("unknown-judgment", $"'{variable}' is not an overridable judgment: reactie, cluster, a kenmerk.* id, or a case-level sturing.*/gemeente.* id with the case in the unit column."));
    }

    private static DataFileInfo Info(string directory, string path, int rows) => Info(directory, path, null, rows);

    /// <summary>A file read for the audit trail, with the hash of the bytes the loader parsed (read again only when it has none).</summary>
    private static DataFileInfo Info(string directory, string path, string? sha256, int rows) =>
        new(Path.GetRelativePath(directory, path).Replace('\\', '/'), sha256 ?? Hashing.Sha256Hex(File.ReadAllBytes(path)), rows);

}
