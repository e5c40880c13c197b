using System.Collections.Immutable;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>A coder's codings file as read: its version (a hash of its bytes) and its rows in file order.</summary>
/// <param name="Coder">The coder whose file it is.</param>
/// <param name="File">Relative to the project (<c>codings/&lt;coder&gt;.csv</c>).</param>
/// <param name="Version">Changes whenever a byte of the file changes; <see cref="CodingsFile.Absent"/> when there is no file yet.</param>
/// <param name="Rows">The codings, row 1 first.</param>
public sealed record CodingsFileState(string Coder, string File, string Version, ImmutableArray<CodedSegment> Rows);

/// <summary>One change to a codings file: add a coding, replace row N, or remove row N (rows count from 1).</summary>
public abstract record CodingEdit
{
    /// <summary>Adds a coding at the end.</summary>
    public sealed record Add(CodedSegment Segment) : CodingEdit;
    /// <summary>Replaces the coding in row <paramref name="Row"/>.</summary>
    public sealed record Replace(int Row, CodedSegment Segment) : CodingEdit;
    /// <summary>Removes the coding in row <paramref name="Row"/>.</summary>
    public sealed record Remove(int Row) : CodingEdit;
}

/// <summary>
/// The version a writer expected is no longer the file's: somebody (another tab, another program) changed it since it
/// was read. Nothing was written; the writer reads the file again and decides.
/// </summary>
public sealed class StaleVersionException(string file, string expected, string actual)
    : Exception($"{file} changed since it was read (version {expected}, now {actual}); nothing was saved. Reload and save again.")
{
    /// <summary>The file, relative to the project.</summary>
    public string File { get; } = file;
    /// <summary>The version the writer had.</summary>
    public string Expected { get; } = expected;
    /// <summary>The file's version now.</summary>
    public string Actual { get; } = actual;
}

/// <summary>
/// Edits a coder's <c>codings/&lt;coder&gt;.csv</c> with optimistic concurrency, for writers that hold a file open
/// while the coder works (the browser workbench): every edit names the version it was based on, is checked like the
/// loader checks codings (<see cref="CodingProjectLoader"/>), and replaces the file atomically in the canonical
/// <see cref="CodingCsv"/> form. A stale version, a coding the loader would refuse, or a file that cannot be rewritten
/// without losing something (unreadable rows, unknown columns) is refused, and nothing is written. Callers serialise
/// edits of one project (one writer at a time); the version check catches everyone else.
/// </summary>
public static class CodingsFile
{
    /// <summary>The version of a codings file that does not exist yet.</summary>
    public const string Absent = "none";

    /// <summary>The version of file content: the first 16 hex digits of its SHA-256.</summary>
    public static string VersionOf(ReadOnlySpan<byte> bytes) => Hashing.Sha256Hex(bytes)[..16];

    /// <summary>The version of the coder's file as it is on disk now.</summary>
    public static string CurrentVersion(string projectDirectory, string coder)
    {
        var path = Path.Combine(projectDirectory, ProjectCoding.CodingsFile(coder));
        return File.Exists(path) ? VersionOf(File.ReadAllBytes(path)) : Absent;
    }

    /// <summary>
    /// The version of the coder's file as <paramref name="project"/> was loaded from it (<see cref="Absent"/> when it
    /// had none): the version handed out with a project's codings belongs to those very codings, even when the file
    /// changed since.
    /// </summary>
    public static string LoadedVersion(CodingProject project, string coder)
    {
        var relative = ProjectCoding.CodingsFile(coder);
        return project.Files.FirstOrDefault(f => f.RelativePath == relative)?.Sha256[..16] ?? Absent;
    }

    /// <summary>Reads the coder's file (an absent file is empty, version <see cref="Absent"/>).</summary>
    /// <exception cref="InputException">The file has rows or columns this writer cannot keep.</exception>
    public static CodingsFileState Read(string projectDirectory, string coder)
    {
        var relative = ProjectCoding.CodingsFile(coder);
        var path = Path.Combine(projectDirectory, relative);
        if (!File.Exists(path)) return new CodingsFileState(coder, relative, Absent, []);
        if (TextFile.Unreadable(path, relative) is { } problem) throw new InputException(problem);
        var bytes = File.ReadAllBytes(path);
        var diagnostics = new CodingDiagnostics();
        var errors = new List<Diagnostic>();
        var table = CsvTable.Parse(bytes, CodingCsv.RequiredColumns, errors, relative); // parsed once, for the rows and the header
        var rows = CodingCsv.FromTable(table, diagnostics);
        var unknown = table?.Header.Where(c => !CodingCsv.Columns.Contains(c) && !CodingCsv.MethodColumns.Contains(c)).ToList() ?? [];
        if (unknown.Count > 0)
            errors.Add(new Diagnostic(relative, 1, 1, "unknown-column",
                $"The codings file has column(s) {string.Join(", ", unknown)} that the workbench would drop when saving; move them to the memo or another file first."));
        if (diagnostics.HasErrors || errors.Count > 0)
            throw new InputException([.. diagnostics.Errors, .. errors]);
        return new CodingsFileState(coder, relative, VersionOf(bytes), [.. rows.Select(r => r with { Origin = null })]);
    }

    /// <summary>
    /// Applies <paramref name="edit"/> to the coder's file if its version is still <paramref name="expectedVersion"/>,
    /// and returns the file as written. The coding must lie in its source exactly as its text says, and pass every
    /// check of the loader.
    /// </summary>
    /// <exception cref="StaleVersionException">The file changed since <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="InputException">The edit is refused (what to fix is in the diagnostics).</exception>
    public static CodingsFileState Apply(CodingProject project, string coder, string expectedVersion, CodingEdit edit) =>
        Apply(project, coder, expectedVersion, [edit]);

    /// <summary>
    /// Applies <paramref name="edits"/> in order, all or nothing, in one atomic write (row numbers of a later edit
    /// count in the file as the earlier edits left it).
    /// </summary>
    /// <exception cref="StaleVersionException">The file changed since <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="InputException">An edit is refused; nothing is written.</exception>
    public static CodingsFileState Apply(CodingProject project, string coder, string expectedVersion, IReadOnlyList<CodingEdit> edits)
    {
        var (state, content) = Prepare(project, coder, expectedVersion, edits);
        AtomicFile.WriteAllText(Path.Combine(project.Directory, state.File), content);
        return state;
    }

    /// <summary>
    /// Checks <paramref name="edits"/> like <see cref="Apply(CodingProject, string, string, IReadOnlyList{CodingEdit})"/> and
    /// returns the file as it would be and its content, without writing: for a writer that must commit this file
    /// together with another one (the consensus and its decisions).
    /// </summary>
    /// <exception cref="StaleVersionException">The file changed since <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="InputException">An edit is refused.</exception>
    internal static (CodingsFileState State, string Content) Prepare(CodingProject project, string coder, string expectedVersion, IReadOnlyList<CodingEdit> edits)
    {
        var current = Read(project.Directory, coder);
        if (current.Version != expectedVersion) throw new StaleVersionException(current.File, expectedVersion, current.Version);
        Diagnostic Problem(string code, string message) => new(current.File, 0, 0, code, message);

        var rows = current.Rows.ToList();
        int RowIndex(int row) => row >= 1 && row <= rows.Count ? row - 1
            : throw new InputException(Problem("no-such-row", $"{current.File} has {rows.Count} coding(s); row {row} does not exist (reload: it may have been deleted)."));
        foreach (var edit in edits)
            switch (edit)
            {
                case CodingEdit.Add add:
                    Check(project, coder, add.Segment, rows, null, Problem);
                    rows.Add(add.Segment);
                    break;
                case CodingEdit.Replace replace:
                    var index = RowIndex(replace.Row);
                    Check(project, coder, replace.Segment, rows, index, Problem);
                    rows[index] = replace.Segment;
                    break;
                case CodingEdit.Remove remove:
                    rows.RemoveAt(RowIndex(remove.Row));
                    break;
                default:
                    throw new ArgumentException($"Unknown edit {edit}.", nameof(edits));
            }
        var content = CodingCsv.Write(rows);
        return (current with { Version = VersionOf(System.Text.Encoding.UTF8.GetBytes(content)), Rows = [.. rows] }, content);
    }

    private static void Check(CodingProject project, string coder, CodedSegment segment, List<CodedSegment> rows, int? replacing, Func<string, string, Diagnostic> problem)
    {
        var problems = new List<Diagnostic>();
        if (segment.Coder != coder) problems.Add(problem("wrong-coder", $"A coding by '{segment.Coder}' does not belong in {ProjectCoding.CodingsFile(coder)}."));
        var source = project.FindSource(segment.Source);
        if (source is null)
            throw new InputException(problem("unknown-source", $"Source '{segment.Source}' is not in sources/.{DidYouMean.Hint(segment.Source, project.Sources.Select(s => s.Id))}"));
        if (segment.Start < 0 || segment.End > source.Text.Length || segment.Start >= segment.End)
            problems.Add(problem("outside-source", $"{segment.Start}-{segment.End} is not a passage of '{source.Id}' (its text has {source.Text.Length} characters)."));
        else if (source.Text[segment.Start..segment.End] != segment.Text)
            problems.Add(problem("text-mismatch", $"The text at {segment.Start}-{segment.End} of '{source.Id}' is not the selected text; the source changed since it was opened. Reload it."));
        else if (segment.Text.Trim().Length == 0)
            problems.Add(problem("empty-segment", "The selection holds only spaces; select the words to code."));
        var coders = coder == Coder.ConsensusId && project.Coders.All(c => !c.IsConsensus) ? project.Coders.Add(Coder.Consensus) : project.Coders;
        problems.AddRange(CodingProjectLoader.Problems(segment, source, project.Units, project.Demands, coders, project.Codebook).Select(p => problem(p.Code, p.Message)));
        if (rows.Where((r, i) => i != replacing).Any(r => r.Source == segment.Source && r.Start == segment.Start && r.End == segment.End
                && r.Code == segment.Code && r.Value == segment.Value && r.Coder == segment.Coder && r.Unit == segment.Unit && r.Demand == segment.Demand))
            problems.Add(problem("already-coded", $"{segment.Coder} already coded this passage of '{source.Id}' as {segment.Code}{(segment.Value is null ? "" : ":" + segment.Value)}."));
        if (problems.Count > 0) throw new InputException(problems);
    }
}
