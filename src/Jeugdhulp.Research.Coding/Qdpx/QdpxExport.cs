using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Interop;
using Jeugdhulp.Research.RefiQda;

namespace Jeugdhulp.Research.Coding.Qdpx;

/// <summary>
/// Maps a coding project onto the REFI-QDA model, so the coding can continue in ATLAS.ti, NVivo, MAXQDA or QualCoder:
/// the codebook becomes codes (GUIDs from <see cref="CodebookCodes.GuidOf(string)"/>, one child code per value),
/// coders become users, sources text sources (front matter in the description), segments plain-text selections
/// with <b>code-point</b> offsets, memos notes, units cases with variables. What REFI-QDA has no place for (explicit
/// unit, period and account of a segment, the steering demand it is about and its enactment, and whether it was
/// accepted from the coding assistant; project settings, cases.csv, units.csv, demands.csv, overrides.csv) travels along as a <c>jhr:</c> line in the selection's description (the
/// optional free-text Description of a PlainTextSelection, which other tools show or ignore) and as files embedded in the archive, so that
/// export → import → export loses nothing.
/// </summary>
public static class QdpxExport
{
    /// <summary>Names of the project files embedded in the archive's <c>sources/</c> folder.</summary>
    public static readonly ImmutableArray<string> EmbeddedFiles = ["jhr-project.yaml", "jhr-cases.csv", "jhr-units.csv", "jhr-demands.csv", "jhr-overrides.csv"];

    /// <summary>The prefix of the selection description line that carries unit, period, account, demand and enactment.</summary>
    public const string SelectionTag = "jhr:";

    /// <summary>The variables every unit case carries.</summary>
    public static readonly ImmutableArray<string> CaseVariables = ["case", "case name", "organisation", "actor type"];

    /// <summary>The REFI-QDA GUID of a coder.</summary>
    public static Guid UserGuid(string coder) => StableGuid.FromName("coder:" + coder);
    /// <summary>The REFI-QDA GUID of a source.</summary>
    public static Guid SourceGuid(string source) => StableGuid.FromName("source:" + source);
    /// <summary>The REFI-QDA GUID of a unit (a REFI-QDA case).</summary>
    public static Guid UnitGuid(string unit) => StableGuid.FromName("unit:" + unit);
    /// <summary>The REFI-QDA GUID of a variable.</summary>
    public static Guid VariableGuid(string name) => StableGuid.FromName("variable:" + name);

    /// <summary>
    /// The project in the REFI-QDA model. A project imported from another program is its kept REFI-QDA project
    /// (<see cref="ForeignProject"/>), so that program gets its own codebook, sources, users and codings back with
    /// the same GUIDs and re-imports them without duplicates.
    /// </summary>
    /// <exception cref="Jeugdhulp.Research.Diagnostics.InputException">The kept project of an imported project is unreadable.</exception>
    public static QdaProject ToQdaProject(CodingProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (project.Directory.Length > 0 && ForeignProject.IsForeign(project.Directory)) return ForeignProject.Read(project.Directory);
        var codebook = project.Codebook;
        var notes = ImmutableArray.CreateBuilder<QdaNote>();
        var sources = project.Sources.Select(source =>
        {
            var used = new Dictionary<Guid, int>();
            var selections = project.Segments.Where(s => s.Source == source.Id)
                .OrderBy(s => s.Start).ThenBy(s => s.End).ThenBy(s => s.Coder, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal).ThenBy(s => s.Value, StringComparer.Ordinal)
                .Select(s =>
                {
                    var guid = StableGuid.FromName($"selection:{source.Id}:{s.Start}:{s.End}:{s.Coder}:{s.Code}:{s.Value}:{Tag(s)}");
                    used[guid] = used.GetValueOrDefault(guid) + 1;
                    if (used[guid] > 1) guid = StableGuid.FromName($"{guid}#{used[guid]}");
                    var user = UserGuid(s.Coder);
                    ImmutableArray<Guid> noteRefs = [];
                    if (s.Memo is not null)
                    {
                        var note = new QdaNote { Guid = StableGuid.FromName($"memo:{guid}"), Name = $"memo {s.Coder}", PlainTextContent = s.Memo, CreatingUser = user, CreationDateTime = s.Timestamp };
                        notes.Add(note);
                        noteRefs = [note.Guid];
                    }
                    return new QdaPlainTextSelection
                    {
                        Guid = guid,
                        Name = s.Text.Length <= 60 ? s.Text : s.Text[..57] + "...",
                        StartPosition = TextOffsets.Utf16ToCodePoint(source.Text, s.Start),
                        EndPosition = TextOffsets.Utf16ToCodePoint(source.Text, s.End),
                        CreatingUser = user,
                        CreationDateTime = s.Timestamp,
                        Description = Tag(s) is { Length: > 0 } tag ? SelectionTag + tag : null,
                        Codings = [new QdaCoding { Guid = StableGuid.FromName($"coding:{guid}"), CodeGuid = s.Value is null ? CodebookCodes.GuidOf(s.Code) : CodebookCodes.GuidOf(s.Code, s.Value), CreatingUser = user, CreationDateTime = s.Timestamp }],
                        NoteRefs = noteRefs,
                    };
                }).ToImmutableArray();
            return (QdaSource)new QdaTextSource
            {
                Guid = SourceGuid(source.Id),
                Name = source.Id,
                PlainTextContent = source.Text,
                Description = source.FrontMatter,
                PlainTextSelections = selections,
            };
        }).ToImmutableArray();

        var utf8 = new UTF8Encoding(false);
        QdaEmbeddedFile Embed(string name, string content) => new() { FileName = name, Content = [.. utf8.GetBytes(content)] };
        return new QdaProject
        {
            Name = project.Name,
            Origin = $"Jeugdhulp.Research (codebook {codebook.Id} {codebook.Version})",
            Description = project.Description,
            Users = [.. project.Coders.Select(c => new QdaUser { Guid = UserGuid(c.Id), Id = c.Id, Name = c.Name ?? c.Id })],
            Codes = CodebookCodes.Codes(codebook),
            Sets = CodebookCodes.Sets(codebook),
            Variables = [.. CaseVariables.Select(v => new QdaVariable { Guid = VariableGuid(v), Name = v, Type = QdaVariableType.Text })],
            Cases = [.. project.Units.Select(u => new QdaCase
            {
                Guid = UnitGuid(u.Id),
                Name = u.Id,
                Description = u.Organisation,
                VariableValues =
                [
                    QdaVariableValue.Text(VariableGuid("case"), u.Case),
                    QdaVariableValue.Text(VariableGuid("case name"), project.FindCase(u.Case)?.Name ?? u.Case),
                    QdaVariableValue.Text(VariableGuid("organisation"), u.Organisation),
                    QdaVariableValue.Text(VariableGuid("actor type"), u.ActorType.ToString().ToLowerInvariant()),
                ],
                SourceRefs = [.. project.Sources.Where(s => s.Units.Contains(u.Id)).Select(s => SourceGuid(s.Id))],
            })],
            Sources = sources,
            Notes = notes.ToImmutable(),
            EmbeddedFiles =
            [
                Embed("jhr-project.yaml", ProjectFiles.ProjectYaml(project, null)),
                Embed("jhr-cases.csv", ProjectFiles.CasesCsv(project)),
                Embed("jhr-units.csv", ProjectFiles.UnitsCsv(project)),
                .. project.Demands.IsEmpty ? (QdaEmbeddedFile[])[] : [Embed("jhr-demands.csv", ProjectFiles.DemandsCsv(project))],
                Embed("jhr-overrides.csv", ProjectFiles.OverridesCsv(project)),
            ],
        };
    }

    /// <summary>Writes the project as a <c>.qdpx</c> archive (atomically, byte-for-byte deterministic).</summary>
    public static void Write(CodingProject project, string path) => QdpxWriter.Write(ToQdaProject(project), path);

    /// <summary>
    /// The explicit unit, period and account of a segment, the demand it is about, its enactment and its assistance as
    /// <c>unit=.. p=.. account=.. demand=.. enactment=.. assisted=lexicon:2.5</c>; empty when all are derived, it is
    /// about the steering as a whole and it was coded by hand. Demand and enactment must travel: the dissertation's
    /// method judges a response per demand and volgen only with an adapted practice (seed 003 lines 2179-2182, 3018-3020).
    /// </summary>
    public static string Tag(CodedSegment s)
    {
        var parts = new List<string>();
        if (s.Unit is not null) parts.Add("unit=" + s.Unit);
        if (s.Period is { } p) parts.Add("p=" + p.ToString(CultureInfo.InvariantCulture));
        if (s.Account is { } a) parts.Add("account=" + AccountNames.ToName(a));
        if (s.Demand is { } d) parts.Add("demand=" + d);
        if (s.Enactment is { } e) parts.Add("enactment=" + EnactmentNames.ToName(e));
        if (s.Assisted is { } h) parts.Add("assisted=" + h);
        return string.Join(' ', parts);
    }
}
