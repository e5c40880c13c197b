using System.Collections.Immutable;
using System.Text;
using System.Xml.Linq;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.RefiQda;

namespace Jeugdhulp.Research.Coding.Qdpx;

/// <summary>
/// The REFI-QDA project a coding project was imported from (ATLAS.ti, NVivo, MAXQDA, QualCoder), kept whole inside
/// the project as <c>qda/project.qdpx</c>: its own codebook, sources, users, codings, notes, variables, cases, sets,
/// links and every element this toolkit does not model. Export writes it back, so the program it came from gets its
/// own project again (same GUIDs); the coding project's sources and codings are views of it for the classification.
/// </summary>
public static class ForeignProject
{
    /// <summary>Where the foreign project is kept, relative to the project folder.</summary>
    public const string ArchiveFile = "qda/project.qdpx";

    /// <summary>The foreign codebook as a REFI-QDA codebook file, relative to the project folder (for reading and re-use in QDA tools).</summary>
    public const string CodebookFile = "qda/codebook.qdc";

    /// <summary>The coder id for codings whose user is not named.</summary>
    public const string UnknownCoder = "onbekend";

    /// <summary>The full path of the kept project of <paramref name="projectDirectory"/>.</summary>
    public static string ArchiveOf(string projectDirectory) => Path.Combine(projectDirectory, "qda", "project.qdpx");

    /// <summary>True when the project was imported from another program and keeps its REFI-QDA project.</summary>
    public static bool IsForeign(string projectDirectory) => File.Exists(ArchiveOf(projectDirectory));

    /// <summary>Reads the kept project.</summary>
    /// <exception cref="InputException">It is missing or unreadable (named).</exception>
    public static QdaProject Read(string projectDirectory)
    {
        var path = ArchiveOf(projectDirectory);
        try
        {
            return QdpxReader.Read(path).Project;
        }
        catch (Exception e) when (e is RefiQdaException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new InputException(new Diagnostic(path, 0, 0, "qdpx-unreadable", $"The kept REFI-QDA project is unreadable: {e.Message}"));
        }
    }

    /// <summary>A code of the foreign codebook with its place in the tree ("Parent / Child").</summary>
    public sealed record PlacedCode(QdaCode Code, string Path);

    /// <summary>Every code, depth first in codebook order.</summary>
    public static IReadOnlyList<PlacedCode> Codes(QdaProject qda)
    {
        var result = new List<PlacedCode>();
        void Walk(IEnumerable<QdaCode> codes, string? parent)
        {
            foreach (var c in codes)
            {
                var path = parent is null ? c.Name : $"{parent} / {c.Name}";
                result.Add(new PlacedCode(c, path));
                Walk(c.Codes, path);
            }
        }
        Walk(qda.Codes, null);
        return result;
    }

    /// <summary>How many codings each code has anywhere in the project (text, notes, and sources kept as XML).</summary>
    public static IReadOnlyDictionary<Guid, int> CodingCounts(QdaProject qda)
    {
        var counts = new Dictionary<Guid, int>();
        void Add(Guid g) => counts[g] = counts.GetValueOrDefault(g) + 1;
        foreach (var source in qda.Sources)
        {
            switch (source)
            {
                case QdaTextSource t:
                    foreach (var c in t.Codings.Concat(t.PlainTextSelections.SelectMany(s => s.Codings))) Add(c.CodeGuid);
                    break;
                case QdaOpaqueSource o:
                    foreach (var r in XElement.Parse(o.Xml).Descendants().Where(d => d.Name.LocalName == "CodeRef" && d.Parent?.Name.LocalName == "Coding"))
                        if (Guid.TryParse((string?)r.Attribute("targetGUID"), out var g)) Add(g);
                    break;
            }
        }
        foreach (var n in qda.Notes)
            foreach (var c in n.Codings.Concat(n.PlainTextSelections.SelectMany(s => s.Codings))) Add(c.CodeGuid);
        return counts;
    }

    /// <summary>
    /// The coding-project id of every text source that can be one (file name order is stable: the source's name as a
    /// slug, made unique); sources holding "[[" or "]]", which coding projects reserve for inline markers, get none.
    /// </summary>
    public static IReadOnlyDictionary<Guid, string> SourceIds(QdaProject qda)
    {
        var ids = new Dictionary<Guid, string>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in qda.Sources.OfType<QdaTextSource>())
        {
            if (text.PlainTextContent.Contains(InlineMarkers.Open, StringComparison.Ordinal) || text.PlainTextContent.Contains(InlineMarkers.Close, StringComparison.Ordinal)) continue;
            var id = Slug(text.Name ?? text.Guid.ToString("N")[..8]);
            if (!used.Add(id))
            {
                id = $"{id}-{text.Guid.ToString("N")[..8]}";
                used.Add(id);
            }
            ids[text.Guid] = id;
        }
        return ids;
    }

    /// <summary>The coder id of every user: its id, else its name, else the start of its GUID (users without names are valid).</summary>
    public static IReadOnlyDictionary<Guid, string> CoderIds(QdaProject qda)
    {
        var ids = new Dictionary<Guid, string>();
        var used = new HashSet<string>(StringComparer.Ordinal) { UnknownCoder };
        foreach (var u in qda.Users)
        {
            var id = CoderId(u.Id is { Length: > 0 } i ? i : u.Name is { Length: > 0 } n ? n : u.Guid.ToString("N")[..8]);
            if (id.Length == 0 || !used.Add(id)) used.Add(id = $"{id}-{u.Guid.ToString("N")[..8]}".TrimStart('-'));
            ids[u.Guid] = id;
        }
        return ids;
    }

    /// <summary>Why codings of a code are not in the classification.</summary>
    public enum Unused
    {
        /// <summary>The code is not mapped onto the codebook.</summary>
        NotMapped,
        /// <summary>The source is not a text this toolkit codes (PDF, picture, audio, video, or text with "[[").</summary>
        NotCodableSource,
        /// <summary>The source is about no unit or several, and the coding does not say which.</summary>
        NoUnit,
        /// <summary>The coding applies to a whole source or note, not a text segment.</summary>
        NotASegment,
    }

    /// <summary>The codings that go into the classification under <paramref name="map"/>, and the count of those that do not, per code and reason.</summary>
    /// <param name="qda">The project.</param>
    /// <param name="map">Code GUID → codebook entry and value.</param>
    /// <param name="unitOfSource">The sources about exactly one unit (others need a <c>unit=</c> tag on the selection).</param>
    /// <param name="sourceIds">The coding-project id of each text source (default: <see cref="SourceIds"/>).</param>
    public static (List<CodedSegment> Segments, Dictionary<(Guid Code, Unused Why), int> Left) Segments(
        QdaProject qda, IReadOnlyDictionary<Guid, (string Id, string? Value)> map, IReadOnlyDictionary<Guid, string> unitOfSource,
        IReadOnlyDictionary<Guid, string>? sourceIds = null)
    {
        ArgumentNullException.ThrowIfNull(qda);
        var segments = new List<CodedSegment>();
        var left = new Dictionary<(Guid, Unused), int>();
        void Leave(Guid code, Unused why) => left[(code, why)] = left.GetValueOrDefault((code, why)) + 1;
        sourceIds ??= SourceIds(qda);
        var users = CoderIds(qda);
        var notes = qda.Notes.ToDictionary(n => n.Guid, n => n.PlainTextContent);
        foreach (var source in qda.Sources)
        {
            if (source is not QdaTextSource text || !sourceIds.TryGetValue(text.Guid, out var id))
            {
                if (source is QdaTextSource t)
                    foreach (var c in t.Codings.Concat(t.PlainTextSelections.SelectMany(s => s.Codings))) Leave(c.CodeGuid, Unused.NotCodableSource);
                continue;
            }
            foreach (var c in text.Codings) Leave(c.CodeGuid, Unused.NotASegment);
            var (body, toUtf16) = TextOffsets.ToLineFeeds(text.PlainTextContent);
            foreach (var selection in text.PlainTextSelections)
            {
                var tag = QdpxImport.ParseTag(selection.Description);
                foreach (var coding in selection.Codings)
                {
                    if (!map.TryGetValue(coding.CodeGuid, out var code)) { Leave(coding.CodeGuid, Unused.NotMapped); continue; }
                    if (tag.Unit is null && !unitOfSource.ContainsKey(text.Guid)) { Leave(coding.CodeGuid, Unused.NoUnit); continue; }
                    var (start, end) = (toUtf16[selection.StartPosition], toUtf16[selection.EndPosition]);
                    if (start >= end) { Leave(coding.CodeGuid, Unused.NotASegment); continue; }
                    var userGuid = coding.CreatingUser ?? selection.CreatingUser;
                    var coder = userGuid is { } g && users.TryGetValue(g, out var u) ? u : UnknownCoder;
                    var memo = string.Join("\n", selection.NoteRefs.Concat(coding.NoteRefs).Select(n => notes.GetValueOrDefault(n)).OfType<string>());
                    segments.Add(new CodedSegment(id, start, end, body[start..end], code.Id, code.Value, coder)
                    {
                        Unit = tag.Unit,
                        Period = tag.Period,
                        Account = tag.Account,
                        Demand = tag.Demand,
                        Enactment = tag.Enactment,
                        Memo = memo.Length > 0 ? memo : null,
                        Timestamp = coding.CreationDateTime ?? selection.CreationDateTime,
                        Assisted = tag.Assisted,
                    });
                }
            }
        }
        foreach (var n in qda.Notes)
            foreach (var c in n.Codings.Concat(n.PlainTextSelections.SelectMany(s => s.Codings))) Leave(c.CodeGuid, Unused.NotASegment);
        foreach (var o in qda.Sources.OfType<QdaOpaqueSource>())
            foreach (var r in XElement.Parse(o.Xml).Descendants().Where(d => d.Name.LocalName == "CodeRef" && d.Parent?.Name.LocalName == "Coding"))
                if (Guid.TryParse((string?)r.Attribute("targetGUID"), out var g)) Leave(g, Unused.NotCodableSource);
        return (segments, left);
    }

    internal static string CoderId(string name) =>
        new([.. name.Trim().Select(c => char.IsWhiteSpace(c) || c is '|' or '[' or ']' or '"' or ',' ? '-' : c)]);

    internal static string Slug(string name)
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
