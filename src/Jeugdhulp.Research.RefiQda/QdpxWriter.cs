using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>
/// Exports a project as .qdpx: project.qde plus each text source as <c>sources/&lt;guid&gt;.txt</c> (UTF-8,
/// referenced as <c>internal://&lt;guid&gt;.txt</c>). Output is deterministic (same project → same bytes: fixed
/// entry timestamps, stable order) so exports can be diffed and archived; files are replaced atomically.
/// </summary>
public static class QdpxWriter
{
    private static readonly XNamespace Ns = QdaXml.Ns;
    private static readonly DateTimeOffset FixedTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const int RegularFileAttributes = unchecked((int)0x81A40000); // Unix mode 0100644 in the high word

    /// <summary>
    /// Writes the project to <paramref name="path"/>: validated first, then written to a temporary file beside the
    /// target and moved over it, so readers never see a half-written file and a failure leaves no file behind.
    /// </summary>
    /// <exception cref="RefiQdaException">The project is inconsistent (see <see cref="QdpxReader"/> rules).</exception>
    public static void Write(QdaProject project, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = ToBytes(project);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            try
            {
                File.Delete(temp);
            }
            catch (IOException)
            {
                // best effort; the original exception matters more
            }
            throw;
        }
    }

    /// <summary>Writes the .qdpx zip to a stream.</summary>
    /// <exception cref="RefiQdaException">The project is inconsistent.</exception>
    public static void Write(QdaProject project, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        destination.Write(ToBytes(project));
    }

    /// <summary>The .qdpx zip as bytes (deterministic for a given project and runtime).</summary>
    /// <exception cref="RefiQdaException">The project is inconsistent.</exception>
    public static byte[] ToBytes(QdaProject project)
    {
        var (qde, files) = Build(project);
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddEntry(zip, "project.qde", qde);
            foreach (var (name, content) in files)
            {
                AddEntry(zip, "sources/" + name, content);
            }
        }
        return memory.ToArray();
    }

    /// <summary>The project.qde XML (UTF-8 text) that <see cref="ToBytes"/> would store, e.g. for schema validation.</summary>
    /// <exception cref="RefiQdaException">The project is inconsistent.</exception>
    public static string ToQdeXml(QdaProject project) => new UTF8Encoding(false).GetString(Build(project).Qde);

    /// <summary>Name of the internal file a text source is exported to.</summary>
    public static string TextFileName(QdaTextSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return QdaXml.FormatGuid(source.Guid) + ".txt";
    }

    private static void AddEntry(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTimestamp;
        entry.ExternalAttributes = RegularFileAttributes;
        using var stream = entry.Open();
        stream.Write(content);
    }

    private static (byte[] Qde, SortedDictionary<string, byte[]> Files) Build(QdaProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        ProjectRules.Validate(project);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var utf8 = new UTF8Encoding(false, true);
        foreach (var source in project.Sources.OfType<QdaTextSource>())
        {
            files.Add(TextFileName(source), utf8.GetBytes(source.PlainTextContent));
        }
        foreach (var file in project.EmbeddedFiles)
        {
            var bytes = file.Content.ToArray();
            var existing = files.FirstOrDefault(f => string.Equals(f.Key, file.FileName, StringComparison.OrdinalIgnoreCase));
            if (existing.Key is null)
            {
                files.Add(file.FileName, bytes);
            }
            else if (!existing.Value.AsSpan().SequenceEqual(bytes))
            {
                throw new RefiQdaException($"EmbeddedFiles '{file.FileName}'", "clashes with the exported text of a text source.");
            }
        }

        var root = new XElement(Ns + "Project",
            new XAttribute("name", project.Name),
            Attr("origin", project.Origin),
            Attr("creatingUserGUID", project.CreatingUserGuid),
            Attr("creationDateTime", project.CreationDateTime),
            Attr("modifyingUserGUID", project.ModifyingUserGuid),
            Attr("modifiedDateTime", project.ModifiedDateTime),
            Attr("basePath", project.BasePath),
            List("Users", project.Users.Select(u => new XElement(Ns + "User",
                Attr("guid", u.Guid), Attr("name", u.Name), Attr("id", u.Id), Extra(u.Unmodelled)))),
            project.Codes.IsEmpty ? null : new XElement(Ns + "CodeBook", new XElement(Ns + "Codes", project.Codes.Select(Code))),
            List("Variables", project.Variables.Select(v => new XElement(Ns + "Variable",
                Attr("guid", v.Guid), Attr("name", v.Name), Attr("typeOfVariable", v.Type.ToString()),
                Text("Description", v.Description), Extra(v.Unmodelled)))),
            List("Cases", project.Cases.Select(c => new XElement(Ns + "Case",
                Attr("guid", c.Guid), Attr("name", c.Name),
                Text("Description", c.Description),
                Refs("CodeRef", c.CodeRefs),
                c.VariableValues.Select(VariableValue),
                Refs("SourceRef", c.SourceRefs),
                Refs("SelectionRef", c.SelectionRefs), Extra(c.Unmodelled)))),
            List("Sources", project.Sources.Select(Source)),
            List("Notes", project.Notes.Select(Note)),
            List("Links", project.Links.Select(l => new XElement(Ns + "Link",
                Attr("guid", l.Guid), Attr("name", l.Name), Attr("direction", l.Direction?.ToString()), Attr("color", l.Color),
                Attr("originGUID", l.OriginGuid), Attr("targetGUID", l.TargetGuid),
                Refs("NoteRef", l.NoteRefs), Extra(l.Unmodelled)))),
            List("Sets", project.Sets.Select(s => new XElement(Ns + "Set",
                Attr("guid", s.Guid), Attr("name", s.Name),
                Text("Description", s.Description),
                Refs("MemberCode", s.MemberCodes),
                Refs("MemberSource", s.MemberSources),
                Refs("MemberNote", s.MemberNotes), Extra(s.Unmodelled)))),
            List("Graphs", project.Graphs.Select(g => Opaque(g.Xml, "Graph"))),
            Text("Description", project.Description),
            Refs("NoteRef", project.NoteRefs),
            Extra(project.Unmodelled));

        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
            CheckCharacters = true,
        };
        using var memory = new MemoryStream();
        try
        {
            using (var writer = XmlWriter.Create(memory, settings))
            {
                new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
            }
        }
        catch (ArgumentException ex)
        {
            throw new RefiQdaException($"project.qde: a name, description or note contains characters XML cannot carry: {ex.Message}", ex);
        }
        return (memory.ToArray(), files);
    }

    private static XElement Code(QdaCode c) => new(Ns + "Code",
        Attr("guid", c.Guid), Attr("name", c.Name), Attr("isCodable", c.IsCodable ? "true" : "false"), Attr("color", c.Color),
        Text("Description", c.Description),
        Refs("NoteRef", c.NoteRefs),
        c.Codes.Select(Code),
        Extra(c.Unmodelled));

    private static XElement Source(QdaSource source) => source switch
    {
        QdaTextSource t => new XElement(Ns + "TextSource",
            Attr("guid", t.Guid), Attr("name", t.Name), Attr("richTextPath", t.RichTextPath),
            Attr("plainTextPath", QdaXml.InternalScheme + TextFileName(t)),
            Attr("creatingUser", t.CreatingUser), Attr("creationDateTime", t.CreationDateTime),
            Attr("modifyingUser", t.ModifyingUser), Attr("modifiedDateTime", t.ModifiedDateTime),
            Text("Description", t.Description),
            t.PlainTextSelections.Select(Selection),
            t.Codings.Select(Coding),
            Refs("NoteRef", t.NoteRefs),
            t.VariableValues.Select(VariableValue),
            Extra(t.Unmodelled)),
        QdaOpaqueSource o => Opaque(o.Xml, o.ElementName),
        _ => throw new RefiQdaException($"unsupported source type {source.GetType().Name}."),
    };

    private static XElement Note(QdaNote n) => new(Ns + "Note",
        Attr("guid", n.Guid), Attr("name", n.Name),
        Attr("creatingUser", n.CreatingUser), Attr("creationDateTime", n.CreationDateTime),
        Attr("modifyingUser", n.ModifyingUser), Attr("modifiedDateTime", n.ModifiedDateTime),
        Text("Description", n.Description),
        new XElement(Ns + "PlainTextContent", n.PlainTextContent),
        n.PlainTextSelections.Select(Selection),
        n.Codings.Select(Coding),
        Refs("NoteRef", n.NoteRefs),
        n.VariableValues.Select(VariableValue),
        Extra(n.Unmodelled));

    private static XElement Selection(QdaPlainTextSelection s) => new(Ns + "PlainTextSelection",
        Attr("guid", s.Guid), Attr("name", s.Name),
        Attr("startPosition", s.StartPosition.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Attr("endPosition", s.EndPosition.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Attr("creatingUser", s.CreatingUser), Attr("creationDateTime", s.CreationDateTime),
        Attr("modifyingUser", s.ModifyingUser), Attr("modifiedDateTime", s.ModifiedDateTime),
        Text("Description", s.Description),
        s.Codings.Select(Coding),
        Refs("NoteRef", s.NoteRefs),
        Extra(s.Unmodelled));

    private static XElement Coding(QdaCoding c) => new(Ns + "Coding",
        Attr("guid", c.Guid), Attr("creatingUser", c.CreatingUser), Attr("creationDateTime", c.CreationDateTime),
        new XElement(Ns + "CodeRef", Attr("targetGUID", c.CodeGuid)),
        Refs("NoteRef", c.NoteRefs),
        Extra(c.Unmodelled));

    private static XElement VariableValue(QdaVariableValue v) => new(Ns + "VariableValue",
        new XElement(Ns + "VariableRef", Attr("targetGUID", v.VariableGuid)),
        v.Value is null ? null : new XElement(Ns + (v.Type switch
        {
            QdaVariableType.Text => "TextValue",
            QdaVariableType.Boolean => "BooleanValue",
            QdaVariableType.Integer => "IntegerValue",
            QdaVariableType.Float => "FloatValue",
            QdaVariableType.Date => "DateValue",
            QdaVariableType.DateTime => "DateTimeValue",
            _ => throw new RefiQdaException($"unknown variable type {v.Type}."),
        }), v.Type == QdaVariableType.Text ? v.Value : Canonical(v)));

    private static string Canonical(QdaVariableValue v) =>
        QdaVariableValue.TryCanonicalize(v.Type, v.Value!, out var canonical) ? canonical : v.Value!;

    private static XElement Opaque(string xml, string what)
    {
        var element = ProjectRules.ParseOpaque(xml, what);
        foreach (var a in element.DescendantsAndSelf().Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == QdaXml.NamespaceUri).ToList())
        {
            a.Remove();
        }
        return element;
    }

    private static IEnumerable<XElement> Extra(ImmutableArray<QdaOpaqueElement> unmodelled) =>
        unmodelled.Select(u => Opaque(u.Xml, u.ElementName));

    private static XElement? List(string name, IEnumerable<XElement> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : new XElement(Ns + name, list);
    }

    private static IEnumerable<XElement> Refs(string name, ImmutableArray<Guid> targets) =>
        targets.Select(t => new XElement(Ns + name, Attr("targetGUID", t)));

    private static XElement? Text(string name, string? value) => value is null ? null : new XElement(Ns + name, value);

    private static XAttribute? Attr(string name, string? value) => value is null ? null : new XAttribute(name, value);

    private static XAttribute? Attr(string name, Guid? value) => value is null ? null : new XAttribute(name, QdaXml.FormatGuid(value.Value));

    private static XAttribute? Attr(string name, DateTimeOffset? value) => value is null ? null : new XAttribute(name, QdaXml.FormatDateTime(value.Value));
}
