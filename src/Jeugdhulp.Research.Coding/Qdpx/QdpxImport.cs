using System.Collections.Immutable;
using System.Text;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Codebooks.Export;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.RefiQda;

namespace Jeugdhulp.Research.Coding.Qdpx;

/// <summary>
/// Turns a REFI-QDA project (<c>.qdpx</c>) into a coding project folder. A project exported by
/// <see cref="QdpxExport"/> comes back exactly (every coding must use a code of the codebook). A project from another
/// program is kept whole (<see cref="ForeignProject"/>), gets generated front matter, cases and units from its
/// REFI-QDA cases, and keeps every code whether or not it means something in the framework (see
/// <see cref="CodebookMap"/>). When the archive is unreadable or the result does not load, the import is rejected and
/// <b>nothing is written</b>.
/// </summary>
public static class QdpxImport
{
    /// <summary>The CSV file the imported codings go to.</summary>
    public const string CodingsFile = "codings/imported.csv";

    /// <summary>
    /// Imports <paramref name="qdpxPath"/> into the new folder <paramref name="outputDirectory"/>, whose project.yaml
    /// refers to <paramref name="codebookPath"/>. Returns the warnings.
    /// </summary>
    /// <exception cref="InputException">The archive is unreadable, uses codes outside the codebook, the result does not
    /// load as a valid project, or the output folder exists and is not empty. Nothing has been written.</exception>
    public static ImmutableArray<Diagnostic> Import(string qdpxPath, string outputDirectory, string codebookPath)
    {
        var output = Path.GetFullPath(outputDirectory);
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
            throw new InputException(new Diagnostic(outputDirectory, 0, 0, "output-not-empty", "The output folder exists and is not empty; choose a new folder."));
        var codebook = CodebookLoader.Load(codebookPath);
        var parent = Path.GetDirectoryName(output)!;
        // The codebook travels inside the project, so the project never points into the tool's install folder and
        // keeps classifying against the version it was imported with.
        var relativeCodebook = ProjectFiles.CodebookCopy;
        var imported = Convert(qdpxPath, codebook, relativeCodebook);

        // Write next to the target, check with the loader, then move into place: a rejected import leaves nothing.
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(output)}.{Guid.NewGuid():N}.tmp");
        try
        {
            foreach (var (relative, content) in imported.Files)
            {
                var path = Path.Combine(temp, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, content, new UTF8Encoding(false));
            }
            foreach (var (relative, content) in imported.Binaries)
            {
                var path = Path.Combine(temp, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, [.. content]);
            }
            Directory.CreateDirectory(Path.Combine(temp, "sources")); // a codebook-only project has none, and the loader expects the folder
            File.Copy(codebookPath, Path.Combine(temp, relativeCodebook));
            var check = new CodingDiagnostics();
            CodingProjectLoader.Load(temp, check);
            if (check.HasErrors)
                throw new InputException([.. check.Errors.Select(d => d with { File = d.File.Replace(temp, output) })]);
            if (Directory.Exists(output)) Directory.Delete(output);
            Directory.Move(temp, output);
            return [.. imported.Warnings, .. check.Warnings.Select(d => d with { File = d.File.Replace(temp, output) })];
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>Converts the archive into project files without writing anything.</summary>
    /// <param name="qdpxPath">The archive.</param>
    /// <param name="codebook">The framework's codebook, onto which codes map.</param>
    /// <param name="codebookPath">The codebook path project.yaml names (relative to the project folder).</param>
    /// <exception cref="InputException">Unreadable archive, or (for a project exported by jhr) codes outside the codebook.</exception>
    public static ImportedProject Convert(string qdpxPath, Codebook codebook, string codebookPath)
    {
        QdaProject qda;
        var warnings = ImmutableArray.CreateBuilder<Diagnostic>();
        try
        {
            var read = QdpxReader.Read(qdpxPath);
            qda = read.Project;
            foreach (var issue in read.Issues.Where(i => !(i.Kind == ImportIssueKind.Preserved && QdpxExport.EmbeddedFiles.Any(f => i.Path.Contains(f, StringComparison.Ordinal)))))
                warnings.Add(new Diagnostic(qdpxPath, 0, 0, "qdpx-" + issue.Kind.ToString().ToLowerInvariant(), issue.ToString()));
        }
        catch (Exception e) when (e is RefiQdaException or InvalidDataException or IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            throw new InputException(new Diagnostic(qdpxPath, 0, 0, "qdpx-unreadable", $"Not a readable REFI-QDA project: {e.Message}"));
        }
        var embedded = qda.EmbeddedFiles.ToDictionary(f => f.FileName, f => new UTF8Encoding(false).GetString([.. f.Content]), StringComparer.Ordinal);
        return embedded.ContainsKey("jhr-project.yaml")
            ? Native(qdpxPath, qda, embedded, codebook, codebookPath, warnings)
            : Foreign(qdpxPath, qda, codebook, codebookPath, warnings);
    }

    /// <summary>A project exported by jhr: every coding must use a code of the codebook; the project files travel inside the archive.</summary>
    private static ImportedProject Native(string qdpxPath, QdaProject qda, Dictionary<string, string> embedded, Codebook codebook, string codebookPath, ImmutableArray<Diagnostic>.Builder warnings)
    {
        var errors = new List<Diagnostic>();
        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var sourceIds = new Dictionary<Guid, string>();
        foreach (var source in qda.Sources)
        {
            if (source is not QdaTextSource text)
            {
                warnings.Add(new Diagnostic(qdpxPath, 0, 0, "source-not-mapped", $"Source '{source.Name}' is not a text source (PDF, picture, audio or video); coding projects hold text only, so it was left out."));
                continue;
            }
            var id = sourceIds[text.Guid] = text.Name ?? text.Guid.ToString("N")[..8];
            var body = TextOffsets.ToLineFeeds(text.PlainTextContent).Text;
            if (body.Contains(InlineMarkers.Open, StringComparison.Ordinal) || body.Contains(InlineMarkers.Close, StringComparison.Ordinal))
                errors.Add(new Diagnostic(qdpxPath, 0, 0, "reserved-brackets", $"Source '{id}' contains '[[' or ']]', which coding projects reserve for inline markers."));
            files[$"sources/{id}.md"] = ProjectFiles.SourceMarkdown(text.Description ?? "", body);
        }
        // Our own export: the project loader derives each coding's unit from its source, so every source qualifies.
        var (segments, left) = ForeignProject.Segments(qda, CodebookMap.Accepted(CodebookMap.Propose(qda, codebook)), sourceIds, sourceIds);
        var paths = ForeignProject.Codes(qda).ToDictionary(c => c.Code.Guid, c => c.Path);
        foreach (var ((code, why), count) in left.Where(l => l.Key.Why is ForeignProject.Unused.NotMapped or ForeignProject.Unused.NotASegment))
            errors.Add(new Diagnostic(qdpxPath, 0, 0, why == ForeignProject.Unused.NotMapped ? "code-not-in-codebook" : "not-a-segment",
                why == ForeignProject.Unused.NotMapped
                    ? $"{count} coding(s) use code '{paths.GetValueOrDefault(code) ?? code.ToString()}', which is not a code of codebook {codebook.Id} {codebook.Version}; recode them or add the code to the codebook."
                    : $"{count} coding(s) of code '{paths.GetValueOrDefault(code) ?? code.ToString()}' apply to a whole source or note, not a text segment."));
        if (errors.Count > 0) throw new InputException(errors);
        files[CodingsFile] = Codings(segments);
        files["project.yaml"] = InsertCodebook(embedded["jhr-project.yaml"], codebookPath);
        files["cases.csv"] = embedded.GetValueOrDefault("jhr-cases.csv") ?? "case,name\n";
        files["units.csv"] = embedded.GetValueOrDefault("jhr-units.csv") ?? "unit,case,provider,actor_type\n";
        if (embedded.TryGetValue("jhr-demands.csv", out var demands)) files["demands.csv"] = demands;
        if (embedded.TryGetValue("jhr-overrides.csv", out var overrides) && overrides.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 1)
            files["overrides.csv"] = overrides;
        return new ImportedProject(files.ToImmutable(), warnings.ToImmutable());
    }

    /// <summary>
    /// A project from another program: kept whole in <see cref="ForeignProject.ArchiveFile"/> (written back on export),
    /// its codebook also as <see cref="ForeignProject.CodebookFile"/>; text sources become <c>sources/*.md</c>, and
    /// the codings whose codes map onto the framework's codebook (by GUID or by the id on a description's first line,
    /// as our own <c>.qdc</c> writes them) become <c>codings/imported.csv</c>. Nothing is rejected for having codes
    /// the framework does not know: they stay, and <c>jhr qdpx map</c> maps them.
    /// </summary>
    private static ImportedProject Foreign(string qdpxPath, QdaProject qda, Codebook codebook, string codebookPath, ImmutableArray<Diagnostic>.Builder warnings)
    {
        byte[] archive;
        string? qdc = null;
        try
        {
            archive = QdpxWriter.ToBytes(qda);
            if (!qda.Codes.IsEmpty) qdc = QdcWriter.ToXml(qda.Codes, [.. qda.Sets.Where(s => !s.MemberCodes.IsEmpty && s.MemberSources.IsEmpty && s.MemberNotes.IsEmpty)], qda.Origin);
        }
        catch (RefiQdaException e)
        {
            throw new InputException(new Diagnostic(qdpxPath, 0, 0, "qdpx-inconsistent", $"The project cannot be kept as it is: {e.Message}"));
        }
        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var (cases, units, unitOfCase) = CasesAndUnits(qda);
        var sourceIds = ForeignProject.SourceIds(qda);
        var unitsOfSource = qda.Cases.SelectMany(c => c.SourceRefs.Select(s => (Source: s, Unit: unitOfCase[c.Guid]))).ToLookup(p => p.Source, p => p.Unit);
        var singleUnit = sourceIds.Keys.Where(g => unitsOfSource[g].Distinct().Count() == 1).ToDictionary(g => g, g => unitsOfSource[g].First());
        foreach (var text in qda.Sources.OfType<QdaTextSource>())
        {
            if (!sourceIds.TryGetValue(text.Guid, out var id))
            {
                warnings.Add(new Diagnostic(qdpxPath, 0, 0, "source-not-codable", $"Source '{text.Name}' contains '[[' or ']]', which coding projects reserve for inline markers; it is kept in {ForeignProject.ArchiveFile} with its {text.PlainTextSelections.Length} selection(s) but not used for the classification."));
                continue;
            }
            var body = TextOffsets.ToLineFeeds(text.PlainTextContent).Text;
            files[$"sources/{id}.md"] = ProjectFiles.SourceMarkdown(GeneratedFrontMatter(id, text, [.. unitsOfSource[text.Guid].Distinct()], CaseOf(qda, text.Guid, unitOfCase, units)), body);
        }
        foreach (var source in qda.Sources.OfType<QdaOpaqueSource>())
            warnings.Add(new Diagnostic(qdpxPath, 0, 0, "source-not-codable", $"Source '{source.Name}' ({source.ElementName}) is kept in {ForeignProject.ArchiveFile} with its selections and written back on export, but it is not codable here (coding projects hold text)."));

        var rows = CodebookMap.Propose(qda, codebook);
        var (segments, left) = ForeignProject.Segments(qda, CodebookMap.Accepted(rows), singleUnit);
        files[CodingsFile] = Codings(segments);
        var users = ForeignProject.CoderIds(qda);
        var coders = qda.Users.Select(u => new Coder(users[u.Guid], u.Name is { Length: > 0 } n && n != users[u.Guid] ? n : null))
            .Append(new Coder(ForeignProject.UnknownCoder, "codings without a (known) user")).ToImmutableArray();
        var project = new CodingProject
        {
            Directory = "", Name = qda.Name.Length > 0 ? qda.Name : Path.GetFileNameWithoutExtension(qdpxPath), Description = qda.Description,
            CodebookPath = codebookPath, Codebook = codebook, Coders = coders, Cases = cases, Units = units,
        };
        files["project.yaml"] = ProjectFiles.ProjectYaml(project, codebookPath);
        files["cases.csv"] = ProjectFiles.CasesCsv(project);
        files["units.csv"] = ProjectFiles.UnitsCsv(project);
        if (qdc is not null) files[ForeignProject.CodebookFile] = qdc;

        var codes = ForeignProject.Codes(qda);
        var total = ForeignProject.CodingCounts(qda).Values.Sum();
        var unmapped = left.Where(l => l.Key.Why == ForeignProject.Unused.NotMapped).Select(l => l.Key.Code).Distinct().Count();
        warnings.Add(new Diagnostic(qdpxPath, 0, 0, "foreign-project",
            $"Imported from {qda.Origin ?? "another program"}: its codebook ({codes.Count} codes), {qda.Sources.Length} source(s), {qda.Users.Length} user(s) and {total} coding(s) are kept in {ForeignProject.ArchiveFile} and written back by `jhr qdpx export`. "
            + $"{segments.Count} coding(s) map onto codebook {codebook.Id} {codebook.Version} by GUID or description; {left.Values.Sum()} are not used for the classification"
            + (unmapped > 0 ? $" ({unmapped} code(s) without a mapping: run `jhr qdpx map` on the project to propose one)." : ".")));
        warnings.Add(new Diagnostic(qdpxPath, 0, 0, "generated-project", "Not exported by jhr: front matter, cases and units were generated from the REFI-QDA cases; check them."));
        if (qda.Cases.IsEmpty && sourceIds.Count > 0)
            warnings.Add(new Diagnostic(qdpxPath, 0, 0, "no-units", "The project has no cases, so its sources are about no unit; add units to units.csv and the sources' front matter before classifying."));
        return new ImportedProject(files.ToImmutable(), warnings.ToImmutable())
        {
            Binaries = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, ImmutableArray<byte>>(ForeignProject.ArchiveFile, [.. archive])]),
        };
    }

    /// <summary>The text of <see cref="CodingsFile"/> in canonical order.</summary>
    internal static string Codings(IEnumerable<CodedSegment> segments) => CodingCsv.Write(segments
        .OrderBy(s => s.Source, StringComparer.Ordinal).ThenBy(s => s.Start).ThenBy(s => s.End)
        .ThenBy(s => s.Coder, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal).ThenBy(s => s.Value, StringComparer.Ordinal));

    private static string InsertCodebook(string projectYaml, string codebookPath)
    {
        var lines = projectYaml.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith("coders:", StringComparison.Ordinal));
        lines.Insert(at < 0 ? lines.Count : at, "codebook: \"" + codebookPath.Replace('\\', '/').Replace("\"", "\\\"") + "\"");
        return string.Join('\n', lines);
    }

    private static (ImmutableArray<Data.CaseInfo>, ImmutableArray<ProjectUnit>, Dictionary<Guid, string>) CasesAndUnits(QdaProject qda)
    {
        var variables = qda.Variables.ToDictionary(v => v.Guid, v => v.Name);
        string? Value(QdaCase c, string name) => c.VariableValues.FirstOrDefault(v => variables.GetValueOrDefault(v.VariableGuid) == name)?.Value;
        var used = new HashSet<string>(StringComparer.Ordinal);
        var unitOfCase = new Dictionary<Guid, string>();
        var units = qda.Cases.Select(c =>
        {
            var id = ForeignProject.Slug(c.Name ?? c.Guid.ToString("N")[..8]);
            if (!used.Add(id)) used.Add(id = $"{id}-{c.Guid.ToString("N")[..8]}");
            unitOfCase[c.Guid] = id;
            var caseId = ForeignProject.Slug(Value(c, "case") ?? "import");
            var actor = Value(c, "actor type") switch { "municipality" => ActorType.Municipality, "other" => ActorType.Other, _ => ActorType.Provider };
            return new ProjectUnit(new Data.UnitInfo(id, caseId, Value(c, "organisation") ?? c.Description ?? id, "REFI-QDA import", ""), actor);
        }).ToList();
        var cases = units.Select(u => u.Case).Distinct()
            .Select(id => new Data.CaseInfo(id, qda.Cases.Select(c => ForeignProject.Slug(Value(c, "case") ?? "import") == id ? Value(c, "case name") : null).FirstOrDefault(n => n is not null) ?? id, 0, "REFI-QDA import", ""))
            .Append(new Data.CaseInfo("import", "import", 0, "REFI-QDA import", "")).DistinctBy(c => c.Id).ToImmutableArray();
        return (cases, [.. units], unitOfCase);
    }

    /// <summary>The case of the first unit that holds the source, else "import".</summary>
    private static string CaseOf(QdaProject qda, Guid source, Dictionary<Guid, string> unitOfCase, IReadOnlyList<ProjectUnit> units) =>
        qda.Cases.Where(c => c.SourceRefs.Contains(source)).Select(c => units.First(u => u.Id == unitOfCase[c.Guid]).Case).FirstOrDefault() ?? "import";

    private static string GeneratedFrontMatter(string id, QdaTextSource text, IReadOnlyList<string> units, string caseId)
    {
        var b = new StringBuilder();
        b.Append("id: ").AppendLine(id);
        b.AppendLine("kind: document");
        b.AppendLine("document_type: overig");
        if (text.Name is not null) b.Append("title: \"").Append(text.Name.Replace("\"", "'")).AppendLine("\"");
        b.Append("case: ").AppendLine(caseId);
        if (units.Count > 0) b.Append("units: [").Append(string.Join(", ", units)).AppendLine("]");
        return b.ToString();
    }

    /// <summary>What a <c>jhr:</c> line of a selection's description says (see <see cref="QdpxExport.Tag"/>).</summary>
    internal sealed record SelectionTag(string? Unit, int? Period, Account? Account, string? Demand, Enactment? Enactment, Assistance? Assisted);

    internal static SelectionTag ParseTag(string? description)
    {
        var line = description?.Split('\n').FirstOrDefault(l => l.StartsWith(QdpxExport.SelectionTag, StringComparison.Ordinal));
        var tag = new SelectionTag(null, null, null, null, null, null);
        if (line is null) return tag;
        foreach (var part in line[QdpxExport.SelectionTag.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("unit=", StringComparison.Ordinal)) tag = tag with { Unit = part[5..] };
            else if (part.StartsWith("p=", StringComparison.Ordinal) && int.TryParse(part[2..], out var p)) tag = tag with { Period = p };
            else if (part.StartsWith("account=", StringComparison.Ordinal) && AccountNames.TryParse(part[8..], out var a)) tag = tag with { Account = a };
            else if (part.StartsWith("demand=", StringComparison.Ordinal) && part.Length > 7) tag = tag with { Demand = part[7..] };
            else if (part.StartsWith("enactment=", StringComparison.Ordinal) && EnactmentNames.TryParse(part[10..], out var e)) tag = tag with { Enactment = e };
            else if (part.StartsWith("assisted=", StringComparison.Ordinal) && Assistance.TryParse(part[9..], out var h)) tag = tag with { Assisted = h };
        }
        return tag;
    }
}
