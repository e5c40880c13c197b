using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;
using Jeugdhulp.Research.RefiQda;

namespace Jeugdhulp.Research.Coding.Qdpx;

/// <summary>A foreign code whose codings do not count in the classification, with how many and why.</summary>
public sealed record UnusedCode(Guid CodeGuid, string CodePath, int Codings, ForeignProject.Unused Why);

/// <summary>What <see cref="ForeignMapping.Apply"/> did.</summary>
/// <param name="Rows">The map as written.</param>
/// <param name="Created">True when the map file did not exist before.</param>
/// <param name="Codings">How many codings now count in the classification.</param>
/// <param name="Unused">The codes whose codings do not.</param>
public sealed record MappingResult(ImmutableArray<CodebookMapRow> Rows, bool Created, int Codings, ImmutableArray<UnusedCode> Unused);

/// <summary>
/// Applies <c>codebook-map.csv</c> to an imported foreign project (<c>jhr qdpx map</c>) and reports the codes that
/// do not count in the classification (<c>jhr classify</c>). The kept REFI-QDA project is never changed: the map
/// only decides which of its codings become <c>codings/imported.csv</c>.
/// </summary>
public static class ForeignMapping
{
    /// <summary>
    /// Creates the map with proposals (or brings an existing one up to date, keeping every row the researcher
    /// edited), then rewrites <c>codings/imported.csv</c> from the accepted rows. When the result does not load,
    /// both files are restored and the errors thrown.
    /// </summary>
    /// <exception cref="InputException">Not an imported foreign project, an invalid map (file, line, column), or a project that does not load.</exception>
    public static MappingResult Apply(string projectDirectory)
    {
        if (!ForeignProject.IsForeign(projectDirectory))
            throw new InputException(new Diagnostic(projectDirectory, 0, 0, "not-foreign",
                $"There is no {ForeignProject.ArchiveFile}: the project was not imported from another program, so its codes are the codebook's own and need no map."));
        var project = CodingProjectLoader.Load(projectDirectory);
        var qda = ForeignProject.Read(projectDirectory);
        var mapPath = Path.Combine(projectDirectory, CodebookMap.FileName);
        var created = !File.Exists(mapPath);
        var proposals = CodebookMap.Propose(qda, project.Codebook);
        var rows = created ? proposals : CodebookMap.Merge(CodebookMap.Read(mapPath, project.Codebook), proposals);
        var (segments, unused) = Evaluate(project, qda, rows);

        var codingsPath = Path.Combine(projectDirectory, QdpxImport.CodingsFile);
        var oldMap = created ? null : File.ReadAllBytes(mapPath);
        var oldCodings = File.Exists(codingsPath) ? File.ReadAllBytes(codingsPath) : null;
        Directory.CreateDirectory(Path.GetDirectoryName(codingsPath)!);
        AtomicFile.WriteAllText(mapPath, CodebookMap.Write(rows));
        AtomicFile.WriteAllText(codingsPath, QdpxImport.Codings(segments));
        var check = new CodingDiagnostics();
        CodingProjectLoader.Load(projectDirectory, check);
        if (check.HasErrors)
        {
            if (oldMap is null) File.Delete(mapPath); else AtomicFile.WriteAllBytes(mapPath, oldMap);
            if (oldCodings is null) File.Delete(codingsPath); else AtomicFile.WriteAllBytes(codingsPath, oldCodings);
            throw new InputException(check.Errors);
        }
        return new MappingResult(rows, created, segments.Count, unused);
    }

    /// <summary>
    /// The codes of an imported foreign project whose codings do not count in the classification (empty for a
    /// project of our own): by the map when it exists, else by GUID and description as at import.
    /// </summary>
    /// <exception cref="InputException">The kept project or the map is invalid.</exception>
    public static ImmutableArray<UnusedCode> NotUsed(CodingProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (project.Directory.Length == 0 || !ForeignProject.IsForeign(project.Directory)) return [];
        var qda = ForeignProject.Read(project.Directory);
        var mapPath = Path.Combine(project.Directory, CodebookMap.FileName);
        var rows = File.Exists(mapPath) ? CodebookMap.Read(mapPath, project.Codebook) : CodebookMap.Propose(qda, project.Codebook);
        return Evaluate(project, qda, rows).Unused;
    }

    /// <summary>The "not used for the classification" table of <c>jhr classify</c>; null when every coding counts.</summary>
    public static ResultTable? Table(ImmutableArray<UnusedCode> unused) => unused.IsEmpty ? null
        : new ResultTable("Niet gebruikt voor de classificatie (not used for the classification)", ["code", "coderingen", "reden"],
            [.. unused.Select(u => ImmutableArray.Create(new TableCell(u.CodePath), new TableCell(u.Codings.ToString(CultureInfo.InvariantCulture)), new TableCell(Reason(u.Why))))],
            [string.Create(CultureInfo.InvariantCulture, $"{unused.Sum(u => u.Codings)} codering(en) op {unused.Select(u => u.CodeGuid).Distinct().Count()} code(s) van het geïmporteerde project tellen niet mee; ze blijven in het project en gaan mee bij export.")]);

    /// <summary>Why, in words a researcher acts on.</summary>
    public static string Reason(ForeignProject.Unused why) => why switch
    {
        ForeignProject.Unused.NotMapped => $"not mapped onto the codebook (edit {CodebookMap.FileName}, run `jhr qdpx map`)",
        ForeignProject.Unused.NotCodableSource => "source is not text coded here (PDF, picture, audio, video)",
        ForeignProject.Unused.NoUnit => "source is about no single unit (set units in its front matter)",
        _ => "codes a whole source or note, not a text segment",
    };

    private static (List<Segments.CodedSegment> Segments, ImmutableArray<UnusedCode> Unused) Evaluate(CodingProject project, QdaProject qda, ImmutableArray<CodebookMapRow> rows)
    {
        var singleUnit = ForeignProject.SourceIds(qda)
            .Where(kv => project.FindSource(kv.Value) is { Units.Length: 1 })
            .ToDictionary(kv => kv.Key, kv => project.FindSource(kv.Value)!.Units[0]);
        var (segments, left) = ForeignProject.Segments(qda, CodebookMap.Accepted(rows), singleUnit);
        var paths = ForeignProject.Codes(qda).ToDictionary(c => c.Code.Guid, c => c.Path);
        var unused = left.Select(l => new UnusedCode(l.Key.Code, paths.GetValueOrDefault(l.Key.Code) ?? l.Key.Code.ToString(), l.Value, l.Key.Why))
            .OrderByDescending(u => u.Codings).ThenBy(u => u.CodePath, StringComparer.Ordinal).ThenBy(u => u.Why).ToImmutableArray();
        return (segments, unused);
    }
}
