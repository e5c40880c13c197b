using System.Collections.Immutable;
using System.Text;
using Jeugdhulp.Research.Coding;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Coding.Sources;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Privacy;

/// <summary>What <see cref="ProjectPseudonymiser.Run(string, string, string)"/> did.</summary>
/// <param name="OutputDirectory">The folder written.</param>
/// <param name="Files">Files written (paths relative to the output folder).</param>
/// <param name="Replacements">Names replaced, over all files.</param>
/// <param name="Segments">Codings carried over, each re-verified in the output.</param>
/// <param name="NotCopied">Files of the project folder that the project does not consist of and that were therefore not copied (they might hold names).</param>
/// <param name="Warnings">Warnings of the input project and of the run (a segment widened to a whole pseudonym, ...).</param>
public sealed record PseudonymisationResult(
    string OutputDirectory, ImmutableArray<string> Files, int Replacements, int Segments,
    ImmutableArray<string> NotCopied, ImmutableArray<Diagnostic> Warnings);

/// <summary>
/// Pseudonymises a coding project (layout: <c>data/corpus/README.md</c>) with a <see cref="PseudonymKey"/>: sources
/// (text and front matter), codings (inline markers and CSV, offsets recomputed), cases, units, overrides, coder ids
/// and memos. Ids and file names get the pseudonym as an id. The output is loaded again, every segment re-verified
/// and every file leak-checked in a temporary folder beside the target, which is renamed into place only when all of
/// that passes; a target that exists and is not empty is refused.
/// </summary>
public static class ProjectPseudonymiser
{
    /// <summary>The codebook is copied into the output under this name, so the output is self-contained.</summary>
    public const string CodebookFile = ProjectFiles.CodebookCopy;

    private static readonly string[] IdFields = ["id", "case", "units", "unit"];

    /// <summary>Reads the key (refused when it lies inside the project) and pseudonymises the project.</summary>
    /// <exception cref="InputException">The key or project is invalid, the key is inside the project, or the output folder is not empty.</exception>
    /// <exception cref="LeakException">The output would still hold a real name; nothing was written.</exception>
    public static PseudonymisationResult Run(string projectDirectory, string keyPath, string outputDirectory)
    {
        PseudonymKey.EnsureOutside(keyPath, projectDirectory);
        return Run(projectDirectory, PseudonymKey.Load(keyPath), outputDirectory);
    }

    /// <summary>Pseudonymises the project with a key already read.</summary>
    /// <exception cref="InputException">The project is invalid or the output folder is not empty.</exception>
    /// <exception cref="LeakException">The output would still hold a real name; nothing was written.</exception>
    public static PseudonymisationResult Run(string projectDirectory, PseudonymKey key, string outputDirectory)
    {
        var projectFull = Path.GetFullPath(projectDirectory);
        var outputFull = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        if (key.Path is { } kp) PseudonymKey.EnsureOutside(kp, projectFull);
        CheckOutput(projectFull, outputFull, outputDirectory);

        var project = CodingProjectLoader.Load(projectFull);
        var run = new Job(project, key);
        var files = run.Build();

        var parent = Path.GetDirectoryName(outputFull)!;
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(outputFull)}.{Guid.NewGuid():N}.tmp");
        try
        {
            foreach (var (relative, content) in files)
            {
                var path = Path.Combine(temp, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, content);
            }
            var warnings = run.Verify(temp);
            var leaks = new List<Leak>();
            foreach (var (relative, content) in files)
            {
                leaks.AddRange(LeakCheck.Scan(relative, key, Path.Combine(outputDirectory, relative) + " (file name)"));
                leaks.AddRange(LeakCheck.Scan(Encoding.UTF8.GetString(content), key, Path.Combine(outputDirectory, relative)));
            }
            LeakCheck.EnsureNone(leaks);

            CheckOutput(projectFull, outputFull, outputDirectory);
            if (Directory.Exists(outputFull)) Directory.Delete(outputFull);
            Directory.Move(temp, outputFull);
            return new PseudonymisationResult(outputFull, [.. files.Keys], run.ReplacementCount, project.Segments.Length,
                NotCopied(projectFull), [.. project.Warnings, .. warnings]);
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    private static void CheckOutput(string projectFull, string outputFull, string outputDirectory)
    {
        if (File.Exists(outputFull))
            throw new InputException(new Diagnostic(outputDirectory, 0, 0, "output-not-empty", "The output is a file; give a new or empty folder."));
        if (Directory.Exists(outputFull) && Directory.EnumerateFileSystemEntries(outputFull).Any())
            throw new InputException(new Diagnostic(outputDirectory, 0, 0, "output-not-empty", "The output folder exists and is not empty; give a new or empty folder (nothing is overwritten)."));
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var project = projectFull.TrimEnd(Path.DirectorySeparatorChar);
        if (outputFull.Equals(project, comparison) || outputFull.StartsWith(project + Path.DirectorySeparatorChar, comparison)
            || project.StartsWith(outputFull + Path.DirectorySeparatorChar, comparison))
            throw new InputException(new Diagnostic(outputDirectory, 0, 0, "output-inside-project",
                "The output folder must lie outside the project folder (and not contain it): the pseudonymised copy is what you share, the project is not."));
    }

    private static ImmutableArray<string> NotCopied(string project)
    {
        bool Known(string relative) =>
            relative is "project.yaml" or "cases.csv" or "units.csv" or "demands.csv" or "overrides.csv"
            || (relative.StartsWith("sources/", StringComparison.Ordinal) && relative.Count(c => c == '/') == 1 && relative.EndsWith(".md", StringComparison.Ordinal))
            || (relative.StartsWith("codings/", StringComparison.Ordinal) && relative.Count(c => c == '/') == 1 && relative.EndsWith(".csv", StringComparison.Ordinal));
        return [.. Directory.EnumerateFiles(project, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(project, f).Replace('\\', '/'))
            .Where(r => !Known(r))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>One pseudonymisation: the new project's files, and what to expect when they are read back.</summary>
    private sealed class Job(CodingProject project, PseudonymKey key)
    {
        private readonly Dictionary<string, PseudonymisedText> _texts = new(StringComparer.Ordinal);
        private readonly List<(CodedSegment Original, CodedSegment Written)> _segments = [];
        private readonly Dictionary<string, string> _idsBack = new(StringComparer.Ordinal);
        private readonly List<Diagnostic> _buildErrors = [];

        public int ReplacementCount { get; private set; }

        private string Text(string text)
        {
            var result = Pseudonymiser.Apply(text, key);
            ReplacementCount += result.Replacements.Count;
            return result.Text;
        }

        private string? TextOrNull(string? text) => text is null ? null : Text(text);

        private string Id(string id)
        {
            var result = Pseudonymiser.ApplyToId(id, key);
            if (_idsBack.TryGetValue(result, out var other) && other != id)
                _buildErrors.Add(new Diagnostic(project.Directory, 0, 0, "id-collision",
                    $"Ids '{other}' and '{id}' both become '{result}'; give their names different pseudonyms."));
            _idsBack[result] = id;
            return result;
        }

        private string? IdOrNull(string? id) => id is null ? null : Id(id);

        public SortedDictionary<string, byte[]> Build()
        {
            var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            void Put(string relative, string content) => files[relative] = new UTF8Encoding(false).GetBytes(content);

            var pseudonymous = project with
            {
                Name = Text(project.Name),
                Description = TextOrNull(project.Description),
                Coders = [.. project.Coders.Select(c => new Coder(Id(c.Id), TextOrNull(c.Name)))],
                Cases = [.. project.Cases.Select(c => new CaseInfo(Id(c.Id), Text(c.Name), c.Chapter, Text(c.Source), c.Lines))],
                Units = [.. project.Units.Select(u => new ProjectUnit(
                    new UnitInfo(Id(u.Id), Id(u.Case), Text(u.Organisation), Text(u.Info.Source), u.Info.Lines), u.ActorType))],
                Overrides = [.. project.Overrides.Select(o => o with { Unit = Id(o.Unit), Reason = Text(o.Reason), By = TextOrNull(o.By) })],
                // The steering demands travel too (the method judges per demand); their ids are the codings' demand= and stay.
                Demands = [.. project.Demands.Select(d => d with { Case = Id(d.Case), Name = Text(d.Name), Source = Text(d.Source), Reason = Text(d.Reason) })],
            };
            Put("project.yaml", ProjectFiles.ProjectYaml(pseudonymous, CodebookFile));
            Put("cases.csv", ProjectFiles.CasesCsv(pseudonymous));
            Put("units.csv", ProjectFiles.UnitsCsv(pseudonymous));
            if (File.Exists(Path.Combine(project.Directory, "demands.csv"))) Put("demands.csv", ProjectFiles.DemandsCsv(pseudonymous));
            if (File.Exists(Path.Combine(project.Directory, "overrides.csv"))) Put("overrides.csv", ProjectFiles.OverridesCsv(pseudonymous));
            files[CodebookFile] = File.ReadAllBytes(Path.GetFullPath(Path.Combine(project.Directory, project.CodebookPath)));

            foreach (var source in project.Sources)
            {
                var text = Pseudonymiser.Apply(source.Text, key);
                ReplacementCount += text.Replacements.Count;
                _texts[source.Id] = text;
            }

            var bySourceFile = project.Sources.ToDictionary(s => Path.GetFullPath(s.File), s => s, StringComparer.Ordinal);
            var inline = new Dictionary<string, List<CodedSegment>>(StringComparer.Ordinal);
            var csv = new SortedDictionary<string, List<CodedSegment>>(StringComparer.Ordinal);
            foreach (var segment in project.Segments)
            {
                var written = MapSegment(segment);
                _segments.Add((segment, written));
                var file = segment.Origin?.File is { } f ? Path.GetFullPath(f) : "";
                if (bySourceFile.ContainsKey(file))
                    (inline.TryGetValue(segment.Source, out var list) ? list : inline[segment.Source] = []).Add(written);
                else
                {
                    var name = "codings/" + Id(Path.GetFileNameWithoutExtension(file)) + ".csv";
                    (csv.TryGetValue(name, out var list) ? list : csv[name] = []).Add(written);
                }
            }

            foreach (var source in project.Sources)
            {
                var text = _texts[source.Id];
                var marked = InlineMarkers.Write(text.Text, inline.TryGetValue(source.Id, out var segs) ? segs : []);
                var name = "sources/" + Id(Path.GetFileNameWithoutExtension(source.File)) + ".md";
                if (files.ContainsKey(name))
                    _buildErrors.Add(new Diagnostic(source.File, 0, 0, "id-collision", $"Two sources become {name}; give their names different pseudonyms."));
                Put(name, ProjectFiles.SourceMarkdown(FrontMatter(source.FrontMatter), marked));
            }
            foreach (var (name, segments) in csv)
                Put(name, CodingCsv.Write(segments));

            if (_buildErrors.Count > 0) throw new InputException(_buildErrors);
            return files;
        }

        private CodedSegment MapSegment(CodedSegment s)
        {
            var text = _texts[s.Source];
            var start = text.MapStart(s.Start);
            var end = text.MapEnd(s.End);
            return s with
            {
                Source = Id(s.Source),
                Start = start,
                End = end,
                Text = text.Text[start..end],
                Coder = Id(s.Coder),
                Unit = IdOrNull(s.Unit),
                Memo = TextOrNull(s.Memo),
                Origin = null,
            };
        }

        /// <summary>
        /// The front matter as text: id fields (id, case, unit, units and their list items) get ids, everything else
        /// (titles, organisations, speakers, comments) the pseudonym as written.
        /// </summary>
        private string FrontMatter(string yaml)
        {
            var b = new StringBuilder();
            var inIdField = false;
            foreach (var line in yaml.Split('\n'))
            {
                if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '#' && line[0] != '-')
                {
                    var colon = line.IndexOf(':');
                    var field = colon > 0 ? line[..colon].Trim() : "";
                    inIdField = IdFields.Contains(field);
                    if (inIdField) { b.Append(line, 0, colon + 1).Append(IdsIn(line[(colon + 1)..])).Append('\n'); continue; }
                }
                else if (inIdField && line.TrimStart().StartsWith('-'))
                {
                    b.Append(IdsIn(line)).Append('\n');
                    continue;
                }
                b.Append(Text(line)).Append('\n');
            }
            return b.ToString(0, Math.Max(0, b.Length - 1));
        }

        private string IdsIn(string text)
        {
            var result = Pseudonymiser.ApplyToId(text, key);
            if (result != text) ReplacementCount++;
            return result;
        }

        /// <summary>Reads the output back; every segment must be where it was put, with the expected text.</summary>
        public List<Diagnostic> Verify(string directory)
        {
            var warnings = new List<Diagnostic>();
            var reloaded = CodingProjectLoader.Load(directory);
            var problems = new List<Diagnostic>();
            foreach (var w in reloaded.Warnings.Where(w => w.Code == "reanchored"))
                problems.Add(w with { Code = "offset-invalid", Message = "After pseudonymisation: " + w.Message });
            var written = _segments.Select(s => Key(s.Written)).ToList();
            var read = reloaded.Segments.Select(s => Key(s.WithoutOrigin())).ToList();
            foreach (var missing in written.Except(read))
                problems.Add(new Diagnostic(directory, 0, 0, "segment-lost", $"Coding {missing} is not in the pseudonymised project as written."));
            foreach (var (original, output) in _segments)
            {
                var expected = Pseudonymiser.Apply(original.Text, key).Text;
                var actual = _texts[original.Source].Text[output.Start..output.End];
                if (actual != output.Text)
                    problems.Add(new Diagnostic(directory, 0, 0, "offset-invalid", $"Segment {output.Start}-{output.End} of '{output.Source}' does not hold its text."));
                else if (actual != expected)
                    warnings.Add(new Diagnostic(original.Origin?.File ?? original.Source, original.Origin?.Line ?? 0, original.Origin?.Column ?? 0, "segment-widened",
                        $"The coding \"{Shorten(original.Text)}\" began or ended inside a name; it now covers the whole pseudonym."));
            }
            if (problems.Count > 0) throw new InputException(problems);
            return warnings;
        }

        private static string Key(CodedSegment s) => $"{s.Source}:{s.Start}-{s.End} {s.Code}{(s.Value is null ? "" : ":" + s.Value)} @{s.Coder}";

        private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";
    }
}
