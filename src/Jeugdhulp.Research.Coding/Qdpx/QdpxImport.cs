using System.Collections.Immutable;
using System.Text;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Codebooks.Export;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.RefiQda;
using CodingOffsets = Jeugdhulp.Research.Coding.Segments.TextOffsets;

namespace Jeugdhulp.Research.Coding.Qdpx;

/// <summary>
/// Turns a REFI-QDA project (<c>.qdpx</c>) into a coding project folder. A project exported by
/// <see cref="QdpxExport"/> comes back exactly; one from another tool gets generated front matter, cases and units
/// from its REFI-QDA cases. Every coding must use a code of the codebook (matched by GUID, or by an id on the first
/// line of the code's description); otherwise, or when the archive is unreadable, the import is rejected and
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
        var relativeCodebook = Path.GetRelativePath(output, Path.GetFullPath(codebookPath));
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
    /// <exception cref="InputException">Unreadable archive or codes outside the codebook.</exception>
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

        var errors = new List<Diagnostic>();
        var embedded = qda.EmbeddedFiles.ToDictionary(f => f.FileName, f => new UTF8Encoding(false).GetString([.. f.Content]), StringComparer.Ordinal);
        var native = embedded.ContainsKey("jhr-project.yaml");
        var codes = CodeMap(codebook, qda.Codes);
        var users = qda.Users.ToDictionary(u => u.Guid, u => CoderId(u.Id ?? u.Name ?? u.Guid.ToString("N")[..8]));
        var notes = qda.Notes.ToDictionary(n => n.Guid, n => n.PlainTextContent);
        var files = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var segments = new List<CodedSegment>();
        var usedCoders = new HashSet<string>(StringComparer.Ordinal);
        var unitsOfSource = qda.Cases.SelectMany(c => c.SourceRefs.Select(s => (Source: s, Unit: Slug(c.Name ?? c.Guid.ToString("N")[..8])))).ToLookup(p => p.Source, p => p.Unit);

        foreach (var source in qda.Sources)
        {
            if (source is not QdaTextSource text)
            {
                warnings.Add(new Diagnostic(qdpxPath, 0, 0, "source-not-mapped", $"Source '{source.Name}' is not a text source (PDF, picture, audio or video); coding projects hold text only, so it was left out."));
                continue;
            }
            var id = native && text.Name is not null ? text.Name : Slug(text.Name ?? text.Guid.ToString("N")[..8]);
            var (body, toUtf16) = Normalise(text.PlainTextContent);
            if (body.Contains(InlineMarkers.Open, StringComparison.Ordinal) || body.Contains(InlineMarkers.Close, StringComparison.Ordinal))
                errors.Add(new Diagnostic(qdpxPath, 0, 0, "reserved-brackets", $"Source '{id}' contains '[[' or ']]', which coding projects reserve for inline markers."));
            var frontMatter = native && text.Description is not null
                ? text.Description
                : GeneratedFrontMatter(id, text, unitsOfSource[text.Guid].ToList(), CaseOf(qda, text.Guid));
            files[$"sources/{id}.md"] = ProjectFiles.SourceMarkdown(frontMatter, body);
            foreach (var selection in text.PlainTextSelections)
            {
                var where = $"selection {selection.Guid} in '{id}'";
                if (selection.StartPosition < 0 || selection.EndPosition > toUtf16.Length - 1 || selection.StartPosition >= selection.EndPosition)
                {
                    errors.Add(new Diagnostic(qdpxPath, 0, 0, "selection-out-of-range", $"{where}: positions {selection.StartPosition}-{selection.EndPosition} do not fit the text."));
                    continue;
                }
                var (start, end) = (toUtf16[selection.StartPosition], toUtf16[selection.EndPosition]);
                var tag = ParseTag(selection.Description);
                foreach (var coding in selection.Codings)
                {
                    if (!codes.TryGetValue(coding.CodeGuid, out var code))
                    {
                        var name = FindCode(qda.Codes, coding.CodeGuid)?.Name ?? coding.CodeGuid.ToString();
                        errors.Add(new Diagnostic(qdpxPath, 0, 0, "code-not-in-codebook", $"{where}: code '{name}' is not a code of codebook {codebook.Id} {codebook.Version}; recode it or add it to the codebook."));
                        continue;
                    }
                    var userGuid = coding.CreatingUser ?? selection.CreatingUser;
                    var coder = userGuid is { } g && users.TryGetValue(g, out var u) ? u : "onbekend";
                    usedCoders.Add(coder);
                    var memo = string.Join("\n", selection.NoteRefs.Concat(coding.NoteRefs).Select(n => notes.GetValueOrDefault(n)).OfType<string>());
                    segments.Add(new CodedSegment(id, start, end, body[start..end], code.Id, code.Value, coder)
                    {
                        Unit = tag.Unit,
                        Period = tag.Period,
                        Account = tag.Account,
                        Memo = memo.Length > 0 ? memo : null,
                        Timestamp = coding.CreationDateTime ?? selection.CreationDateTime,
                        Assisted = tag.Assisted,
                    });
                }
            }
        }
        if (errors.Count > 0) throw new InputException(errors);

        files[CodingsFile] = CodingCsv.Write(segments
            .OrderBy(s => s.Source, StringComparer.Ordinal).ThenBy(s => s.Start).ThenBy(s => s.End)
            .ThenBy(s => s.Coder, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal).ThenBy(s => s.Value, StringComparer.Ordinal));

        if (native)
        {
            files["project.yaml"] = InsertCodebook(embedded["jhr-project.yaml"], codebookPath);
            files["cases.csv"] = embedded.GetValueOrDefault("jhr-cases.csv") ?? "case,name\n";
            files["units.csv"] = embedded.GetValueOrDefault("jhr-units.csv") ?? "unit,case,provider,actor_type\n";
            if (embedded.TryGetValue("jhr-overrides.csv", out var overrides) && overrides.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 1)
                files["overrides.csv"] = overrides;
        }
        else
        {
            var coders = qda.Users.Select(u => new Coder(users[u.Guid], u.Name is { } n && n != users[u.Guid] ? n : null))
                .Concat(usedCoders.Where(c => qda.Users.All(u => users[u.Guid] != c)).Select(c => new Coder(c, null))).ToImmutableArray();
            var (cases, units) = CasesAndUnits(qda);
            var project = new CodingProject
            {
                Directory = "", Name = qda.Name, Description = qda.Description, CodebookPath = codebookPath, Codebook = codebook, Coders = coders,
                Cases = cases, Units = units,
            };
            files["project.yaml"] = ProjectFiles.ProjectYaml(project, codebookPath);
            files["cases.csv"] = ProjectFiles.CasesCsv(project);
            files["units.csv"] = ProjectFiles.UnitsCsv(project);
            warnings.Add(new Diagnostic(qdpxPath, 0, 0, "generated-project", "Not exported by jhr: front matter, cases and units were generated from the REFI-QDA cases; check them."));
        }
        return new ImportedProject(files.ToImmutable(), warnings.ToImmutable());
    }

    private static string InsertCodebook(string projectYaml, string codebookPath)
    {
        var lines = projectYaml.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith("coders:", StringComparison.Ordinal));
        lines.Insert(at < 0 ? lines.Count : at, "codebook: \"" + codebookPath.Replace('\\', '/').Replace("\"", "\\\"") + "\"");
        return string.Join('\n', lines);
    }

    private static (ImmutableArray<Data.CaseInfo>, ImmutableArray<ProjectUnit>) CasesAndUnits(QdaProject qda)
    {
        var variables = qda.Variables.ToDictionary(v => v.Guid, v => v.Name);
        string? Value(QdaCase c, string name) => c.VariableValues.FirstOrDefault(v => variables.GetValueOrDefault(v.VariableGuid) == name)?.Value;
        var units = qda.Cases.Select(c =>
        {
            var id = Slug(c.Name ?? c.Guid.ToString("N")[..8]);
            var caseId = Slug(Value(c, "case") ?? "import");
            var actor = Value(c, "actor type") switch { "municipality" => ActorType.Municipality, "other" => ActorType.Other, _ => ActorType.Provider };
            return new ProjectUnit(new Data.UnitInfo(id, caseId, Value(c, "organisation") ?? c.Description ?? id, "REFI-QDA import", ""), actor);
        }).ToList();
        var cases = units.Select(u => u.Case).Distinct()
            .Select(id => new Data.CaseInfo(id, qda.Cases.Select(c => Value(c, "case") == id ? Value(c, "case name") : null).FirstOrDefault(n => n is not null) ?? id, 0, "REFI-QDA import", ""))
            .Append(new Data.CaseInfo("import", "import", 0, "REFI-QDA import", "")).DistinctBy(c => c.Id).ToImmutableArray();
        return (cases, [.. units]);
    }

    /// <summary>The case of the first REFI-QDA case that holds the source (its <c>case</c> variable), else "import".</summary>
    private static string CaseOf(QdaProject qda, Guid source)
    {
        var variable = qda.Variables.FirstOrDefault(v => v.Name == "case")?.Guid;
        return qda.Cases.Where(c => c.SourceRefs.Contains(source))
            .Select(c => c.VariableValues.FirstOrDefault(v => v.VariableGuid == variable)?.Value)
            .FirstOrDefault(v => v is not null) is { } value ? Slug(value) : "import";
    }

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

    private static (string? Unit, int? Period, Account? Account, Assistance? Assisted) ParseTag(string? description)
    {
        var line = description?.Split('\n').FirstOrDefault(l => l.StartsWith(QdpxExport.SelectionTag, StringComparison.Ordinal));
        if (line is null) return (null, null, null, null);
        string? unit = null; int? period = null; Account? account = null; Assistance? assisted = null;
        foreach (var part in line[QdpxExport.SelectionTag.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("unit=", StringComparison.Ordinal)) unit = part[5..];
            else if (part.StartsWith("p=", StringComparison.Ordinal) && int.TryParse(part[2..], out var p)) period = p;
            else if (part.StartsWith("account=", StringComparison.Ordinal) && AccountNames.TryParse(part[8..], out var a)) account = a;
            else if (part.StartsWith("assisted=", StringComparison.Ordinal) && Assistance.TryParse(part[9..], out var h)) assisted = h;
        }
        return (unit, period, account, assisted);
    }

    /// <summary>Normalises line endings to LF and maps every code-point position of the original to a UTF-16 offset of the result.</summary>
    private static (string Text, int[] CodePointToUtf16) Normalise(string original)
    {
        var map = new List<int>(original.Length + 1);
        var b = new StringBuilder(original.Length);
        for (var i = 0; i < original.Length; i++)
        {
            map.Add(b.Length);
            var c = original[i];
            if (c == '\r') { b.Append('\n'); if (i + 1 < original.Length && original[i + 1] == '\n') { i++; map.Add(b.Length - 1); } }
            else if (char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1])) { b.Append(c).Append(original[++i]); }
            else b.Append(c);
        }
        map.Add(b.Length);
        return (b.ToString(), [.. map]);
    }

    private static Dictionary<Guid, (string Id, string? Value)> CodeMap(Codebook codebook, ImmutableArray<QdaCode> codes)
    {
        var map = new Dictionary<Guid, (string, string?)>();
        foreach (var entry in codebook.Entries)
        {
            map[QdcCodebookWriter.GuidOf(entry.Id)] = (entry.Id, null);
            foreach (var v in QdpxExport.ValuesOf(codebook, entry)) map[QdcCodebookWriter.GuidOf(entry.Id, v)] = (entry.Id, v);
        }
        void Walk(QdaCode code)
        {
            if (!map.ContainsKey(code.Guid) && code.Description?.Split('\n')[0].Trim() is { Length: > 0 } first)
            {
                var eq = first.IndexOf('=');
                var (id, value) = eq < 0 ? (first, (string?)null) : (first[..eq], first[(eq + 1)..]);
                if (codebook.Find(id) is not null) map[code.Guid] = (id, value);
            }
            foreach (var child in code.Codes) Walk(child);
        }
        foreach (var code in codes) Walk(code);
        return map;
    }

    private static QdaCode? FindCode(IEnumerable<QdaCode> codes, Guid guid)
    {
        foreach (var code in codes)
        {
            if (code.Guid == guid) return code;
            if (FindCode(code.Codes, guid) is { } found) return found;
        }
        return null;
    }

    private static string CoderId(string name) =>
        new([.. name.Trim().Select(c => char.IsWhiteSpace(c) || c is '|' or '[' or ']' or '"' or ',' ? '-' : c)]);

    private static string Slug(string name)
    {
        var b = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_') b.Append(c);
            else if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (b.Length > 0 && b[^1] != '-') b.Append('-');
        }
        var slug = b.ToString().Trim('-');
        return slug.Length > 0 ? slug : "x";
    }
}
