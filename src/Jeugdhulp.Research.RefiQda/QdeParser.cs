using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>
/// Maps a parsed project.qde to the model. Lenient about optional parts (reports them as issues), strict about
/// what would make the model inconsistent (throws <see cref="RefiQdaException"/> naming element and line).
/// </summary>
internal sealed class QdeParser
{
    private static readonly XNamespace Ns = QdaXml.Ns;

    private readonly Func<string, byte[]?> loadInternalFile;
    private readonly List<ImportIssue> issues = [];
    // Elements, not their described paths: a path costs a walk over the siblings, so it is computed only for the
    // few elements an error or issue names (eagerly, a project with 20k codes took 30 s).
    private readonly Dictionary<Guid, XElement> identities = [];
    private readonly List<(Guid Code, XElement Where)> codingRefs = [];
    private readonly List<(Guid Target, XElement Where, string What)> objectRefs = [];
    private readonly List<(Guid User, XElement Where)> userRefs = [];
    private readonly HashSet<Guid> userGuids = [];
    private readonly Dictionary<Guid, QdaVariableType> variableTypes = [];
    private int bracedGuids;

    /// <param name="loadInternalFile">Returns the bytes of sources/&lt;name&gt; or null when absent.</param>
    /// <param name="issues">Issues found before parsing (zip level), kept in front.</param>
    public QdeParser(Func<string, byte[]?> loadInternalFile, IEnumerable<ImportIssue> issues)
    {
        this.loadInternalFile = loadInternalFile;
        this.issues.AddRange(issues);
    }

    /// <summary>sources/ file names (case-insensitive) whose text was mapped into a text source.</summary>
    public HashSet<string> ConsumedFiles { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>sources/ file names referenced by preserved XML or rich text paths, which must be kept.</summary>
    public HashSet<string> ReferencedFiles { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<ImportIssue> Issues => issues;

    public QdaProject Parse(XDocument document)
    {
        var root = document.Root ?? throw new RefiQdaException("project.qde", "the document has no root element.");
        if (root.Name.LocalName != "Project")
        {
            throw new RefiQdaException(QdaXml.Describe(root), $"root element must be Project, found {root.Name.LocalName}.");
        }
        NormaliseNamespace(root);

        var where = QdaXml.Describe(root);
        var name = root.Attribute("name")?.Value;
        if (name is null)
        {
            Issue(root, ImportIssueKind.Defaulted, "Project has no name attribute; using an empty name.");
        }

        // Parse in dependency order (users and variables first), independent of document order.
        var users = Children(root, "Users").SelectMany(u => Children(u, "User")).Select(ParseUser).ToImmutableArray();
        var codes = Children(root, "CodeBook").SelectMany(cb =>
        {
            KnownChildren(cb, "Codes");
            return Children(cb, "Codes");
        }).SelectMany(cs =>
        {
            KnownChildren(cs, "Code");
            return Children(cs, "Code");
        }).Select(ParseCode).ToImmutableArray();
        var variables = Container(root, "Variables", "Variable").Select(ParseVariable).ToImmutableArray();
        var cases = Container(root, "Cases", "Case").Select(ParseCase).ToImmutableArray();
        var sources = new List<QdaSource>();
        foreach (var sourcesElement in Children(root, "Sources"))
        {
            foreach (var s in sourcesElement.Elements())
            {
                if (ParseSource(s) is { } source) sources.Add(source);
            }
        }
        var notes = Container(root, "Notes", "Note").Select(ParseNote).ToImmutableArray();
        var links = Container(root, "Links", "Link").Select(ParseLink).ToImmutableArray();
        var sets = Container(root, "Sets", "Set").Select(ParseSet).ToImmutableArray();
        var graphs = Container(root, "Graphs", "Graph").Select(g =>
        {
            RegisterOpaque(g);
            Issue(g, ImportIssueKind.Preserved, "Graph is not modelled; kept as XML for export.");
            return new QdaOpaqueElement { ElementName = "Graph", Xml = OpaqueXml(g) };
        }).ToImmutableArray();
        var unmodelled = Unmodelled(root, "Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Links", "Sets", "Graphs", "Description", "NoteRef");

        var project = new QdaProject
        {
            Name = name ?? "",
            Origin = root.Attribute("origin")?.Value,
            CreatingUserGuid = OptionalUser(root, "creatingUserGUID"),
            CreationDateTime = OptionalDate(root, "creationDateTime"),
            ModifyingUserGuid = OptionalUser(root, "modifyingUserGUID"),
            ModifiedDateTime = OptionalDate(root, "modifiedDateTime"),
            BasePath = root.Attribute("basePath")?.Value,
            Description = Description(root),
            Users = users,
            Codes = codes,
            Variables = variables,
            Cases = cases,
            Sources = [.. sources],
            Notes = notes,
            Links = links,
            Sets = sets,
            Graphs = graphs,
            NoteRefs = Refs(root, "NoteRef", "note"),
            Unmodelled = unmodelled,
        };

        CheckReferences(where);
        return project;
    }

    private void CheckReferences(string projectWhere)
    {
        foreach (var (code, at) in codingRefs)
        {
            if (!identities.ContainsKey(code))
            {
                throw new RefiQdaException(QdaXml.Describe(at), $"Coding refers to code {code}, which is not in the codebook.");
            }
        }
        foreach (var (target, at, what) in objectRefs)
        {
            if (!identities.ContainsKey(target))
            {
                issues.Add(new ImportIssue(QdaXml.Describe(at), ImportIssueKind.DanglingReference, $"{what} reference to {target}, which is not in the project; kept."));
            }
        }
        foreach (var group in userRefs.Where(u => !userGuids.Contains(u.User)).GroupBy(u => u.User))
        {
            issues.Add(new ImportIssue(QdaXml.Describe(group.First().Where), ImportIssueKind.DanglingReference,
                $"user {group.Key} is not listed under Users ({group.Count()} reference(s)); kept."));
        }
        if (bracedGuids > 0)
        {
            issues.Add(new ImportIssue(projectWhere, ImportIssueKind.Normalised,
                $"{bracedGuids} GUID(s) written with braces; normalised (export writes them without braces)."));
        }
    }

    // ---- namespace ----

    private void NormaliseNamespace(XElement root)
    {
        var ns = root.Name.Namespace;
        if (ns == Ns) return;
        var uri = ns.NamespaceName;
        if (uri.Length > 0 && !uri.StartsWith("urn:QDA-XML:project", StringComparison.OrdinalIgnoreCase))
        {
            throw new RefiQdaException(QdaXml.Describe(root), $"root element is in namespace '{uri}', not {QdaXml.NamespaceUri}.");
        }
        Issue(root, ImportIssueKind.Normalised, $"namespace '{uri}' read as {QdaXml.NamespaceUri}.");
        foreach (var e in root.DescendantsAndSelf())
        {
            if (e.Name.Namespace == ns) e.Name = Ns + e.Name.LocalName;
            foreach (var a in e.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == uri).ToList())
            {
                a.Remove();
            }
        }
    }

    // ---- elements ----

    private QdaUser ParseUser(XElement e)
    {
        var guid = Identity(e);
        userGuids.Add(guid);
        return new QdaUser { Guid = guid, Name = e.Attribute("name")?.Value, Id = e.Attribute("id")?.Value, Unmodelled = Unmodelled(e) };
    }

    private QdaCode ParseCode(XElement e)
    {
        var guid = Identity(e);
        var unmodelled = Unmodelled(e, "Description", "NoteRef", "Code");
        var name = e.Attribute("name")?.Value;
        if (name is null) Issue(e, ImportIssueKind.Defaulted, "Code has no name; using an empty name.");
        var isCodable = true;
        var codable = e.Attribute("isCodable")?.Value;
        if (codable is null)
        {
            Issue(e, ImportIssueKind.Defaulted, "Code has no isCodable attribute; assuming true.");
        }
        else if (!TryParseBool(codable, out isCodable))
        {
            Issue(e, ImportIssueKind.Defaulted, $"isCodable '{codable}' is not a boolean; assuming true.");
            isCodable = true;
        }
        return new QdaCode
        {
            Guid = guid,
            Name = name ?? "",
            IsCodable = isCodable,
            Color = Color(e),
            Description = Description(e),
            NoteRefs = Refs(e, "NoteRef", "note"),
            Codes = Children(e, "Code").Select(ParseCode).ToImmutableArray(),
            Unmodelled = unmodelled,
        };
    }

    private QdaVariable ParseVariable(XElement e)
    {
        var guid = Identity(e);
        var unmodelled = Unmodelled(e, "Description");
        var typeText = e.Attribute("typeOfVariable")?.Value?.Trim();
        QdaVariableType type;
        if (typeText is null || !Enum.TryParse(typeText, ignoreCase: false, out type) || !Enum.IsDefined(type))
        {
            Issue(e, ImportIssueKind.Defaulted, $"typeOfVariable '{typeText}' is missing or unknown; using Text.");
            type = QdaVariableType.Text;
        }
        variableTypes[guid] = type;
        var name = e.Attribute("name")?.Value;
        if (name is null) Issue(e, ImportIssueKind.Defaulted, "Variable has no name; using an empty name.");
        return new QdaVariable { Guid = guid, Name = name ?? "", Type = type, Description = Description(e), Unmodelled = unmodelled };
    }

    private QdaCase ParseCase(XElement e)
    {
        var guid = Identity(e);
        var unmodelled = Unmodelled(e, "Description", "CodeRef", "VariableValue", "SourceRef", "SelectionRef");
        return new QdaCase
        {
            Guid = guid,
            Unmodelled = unmodelled,
            Name = e.Attribute("name")?.Value,
            Description = Description(e),
            CodeRefs = Refs(e, "CodeRef", "code"),
            VariableValues = VariableValues(e),
            SourceRefs = Refs(e, "SourceRef", "source"),
            SelectionRefs = Refs(e, "SelectionRef", "selection"),
        };
    }

    private QdaSet ParseSet(XElement e)
    {
        var guid = Identity(e);
        var unmodelled = Unmodelled(e, "Description", "MemberCode", "MemberSource", "MemberNote");
        var name = e.Attribute("name")?.Value;
        if (name is null) Issue(e, ImportIssueKind.Defaulted, "Set has no name; using an empty name.");
        return new QdaSet
        {
            Guid = guid,
            Name = name ?? "",
            Description = Description(e),
            MemberCodes = Refs(e, "MemberCode", "code"),
            MemberSources = Refs(e, "MemberSource", "source"),
            MemberNotes = Refs(e, "MemberNote", "note"),
            Unmodelled = unmodelled,
        };
    }

    private QdaLink ParseLink(XElement e)
    {
        var guid = Identity(e);
        var unmodelled = Unmodelled(e, "NoteRef");
        QdaLinkDirection? direction = null;
        var d = e.Attribute("direction")?.Value?.Trim();
        if (d is not null)
        {
            if (Enum.TryParse<QdaLinkDirection>(d, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
            {
                direction = parsed;
            }
            else
            {
                Issue(e, ImportIssueKind.NotMapped, $"link direction '{d}' is unknown; dropped.");
            }
        }
        return new QdaLink
        {
            Guid = guid,
            Name = e.Attribute("name")?.Value,
            Direction = direction,
            Color = Color(e),
            OriginGuid = OptionalRef(e, "originGUID", "link origin"),
            TargetGuid = OptionalRef(e, "targetGUID", "link target"),
            NoteRefs = Refs(e, "NoteRef", "note"),
            Unmodelled = unmodelled,
        };
    }

    private QdaSource? ParseSource(XElement e)
    {
        var kind = e.Name.LocalName;
        if (e.Name.Namespace != Ns || !QdaXml.SourceElementNames.Contains(kind))
        {
            Issue(e, ImportIssueKind.NotMapped, $"unknown element {e.Name.LocalName} in Sources; dropped.");
            return null;
        }
        if (kind != "TextSource")
        {
            return Opaque(e, $"{kind} is not mapped to the model");
        }
        var text = ParseTextDocument(e, out var why);
        if (text is null)
        {
            return Opaque(e, $"TextSource not mapped: {why}");
        }
        return new QdaTextSource
        {
            Guid = text.Guid,
            Name = text.Name,
            PlainTextContent = text.Text,
            Description = text.Description,
            RichTextPath = text.RichTextPath,
            CreatingUser = text.CreatingUser,
            CreationDateTime = text.CreationDateTime,
            ModifyingUser = text.ModifyingUser,
            ModifiedDateTime = text.ModifiedDateTime,
            PlainTextSelections = text.Selections,
            Codings = text.Codings,
            NoteRefs = text.NoteRefs,
            VariableValues = text.VariableValues,
            Unmodelled = text.Unmodelled,
        };
    }

    private QdaNote ParseNote(XElement e)
    {
        var text = ParseTextDocument(e, out var why);
        if (text is null)
        {
            // A note without text only loses nothing if it has no selections either.
            if (e.Elements(Ns + "PlainTextSelection").Any())
            {
                throw new RefiQdaException(QdaXml.Describe(e), $"Note has selections but no readable text: {why}");
            }
            Issue(e, ImportIssueKind.Defaulted, $"Note has no readable plain text ({why}); using an empty text.");
            return ToNote(ParseTextDocument(e, out _, forceEmptyText: true)!);
        }
        return ToNote(text);
    }

    private static QdaNote ToNote(TextDocument text) => new()
    {
        Guid = text.Guid,
        Name = text.Name,
        PlainTextContent = text.Text,
        Description = text.Description,
        CreatingUser = text.CreatingUser,
        CreationDateTime = text.CreationDateTime,
        ModifyingUser = text.ModifyingUser,
        ModifiedDateTime = text.ModifiedDateTime,
        PlainTextSelections = text.Selections,
        Codings = text.Codings,
        NoteRefs = text.NoteRefs,
        VariableValues = text.VariableValues,
        Unmodelled = text.Unmodelled,
    };

    private sealed record TextDocument(
        Guid Guid, string? Name, string Text, string? Description, string? RichTextPath,
        Guid? CreatingUser, DateTimeOffset? CreationDateTime, Guid? ModifyingUser, DateTimeOffset? ModifiedDateTime,
        ImmutableArray<QdaPlainTextSelection> Selections, ImmutableArray<QdaCoding> Codings,
        ImmutableArray<Guid> NoteRefs, ImmutableArray<QdaVariableValue> VariableValues, ImmutableArray<QdaOpaqueElement> Unmodelled);

    /// <summary>Parses a TextSourceType element (TextSource or Note); null when it has no readable plain text.</summary>
    private TextDocument? ParseTextDocument(XElement e, out string whyNot, bool forceEmptyText = false)
    {
        whyNot = "";
        var isNote = e.Name.LocalName == "Note";
        var content = e.Element(Ns + "PlainTextContent")?.Value;
        var path = e.Attribute("plainTextPath")?.Value;
        string? text;
        var inline = false;
        if (forceEmptyText)
        {
            text = "";
        }
        else if (path is not null && path.StartsWith(QdaXml.InternalScheme, StringComparison.OrdinalIgnoreCase))
        {
            var file = path[QdaXml.InternalScheme.Length..];
            if (!QdaXml.IsSafeFileName(file))
            {
                throw new RefiQdaException(QdaXml.Describe(e), $"plainTextPath '{path}' is not a plain file name inside sources/.");
            }
            var bytes = loadInternalFile(file);
            if (bytes is null)
            {
                // A missing file loses no coding: the source is kept as XML (its selections untouched) and reported.
                whyNot = $"plainTextPath '{path}' refers to sources/{file}, which is missing from the archive";
                return null;
            }
            text = DecodeText(bytes, $"sources/{file}");
            ConsumedFiles.Add(file);
            if (content is not null)
            {
                Issue(e, ImportIssueKind.NotMapped, "both PlainTextContent and plainTextPath given; the file wins, the inline text is dropped.");
            }
        }
        else if (content is not null)
        {
            text = content;
            inline = true;
            if (path is not null)
            {
                Issue(e, ImportIssueKind.NotMapped, $"external plainTextPath '{path}' not followed; the inline PlainTextContent is used.");
            }
        }
        else
        {
            whyNot = path is null
                ? "no PlainTextContent and no plainTextPath"
                : $"external plainTextPath '{path}' is not read (only internal:// files are)";
            return null;
        }

        var guid = Identity(e);
        var unmodelled = Unmodelled(e, "Description", "PlainTextContent", "PlainTextSelection", "Coding", "NoteRef", "VariableValue");
        var richTextPath = e.Attribute("richTextPath")?.Value;
        if (richTextPath is not null && richTextPath.StartsWith(QdaXml.InternalScheme, StringComparison.OrdinalIgnoreCase))
        {
            ReferenceFile(e, richTextPath);
        }
        var selections = Children(e, "PlainTextSelection").Select(s => (Selection: ParseSelection(s), Element: s)).ToList();
        var checkedSelections = CheckOffsets(e, text, inline, selections);
        return new TextDocument(
            guid,
            e.Attribute("name")?.Value,
            text,
            Description(e),
            richTextPath,
            OptionalUser(e, "creatingUser"),
            OptionalDate(e, "creationDateTime"),
            OptionalUser(e, "modifyingUser"),
            OptionalDate(e, "modifiedDateTime"),
            checkedSelections,
            Children(e, "Coding").Select(ParseCoding).ToImmutableArray(),
            Refs(e, "NoteRef", "note"),
            VariableValues(e),
            unmodelled);
    }

    private QdaPlainTextSelection ParseSelection(XElement e)
    {
        var guid = Identity(e);
        var unmodelled = Unmodelled(e, "Description", "Coding", "NoteRef");
        return new QdaPlainTextSelection
        {
            Guid = guid,
            Unmodelled = unmodelled,
            Name = e.Attribute("name")?.Value,
            StartPosition = RequiredInt(e, "startPosition"),
            EndPosition = RequiredInt(e, "endPosition"),
            CreatingUser = OptionalUser(e, "creatingUser"),
            CreationDateTime = OptionalDate(e, "creationDateTime"),
            ModifyingUser = OptionalUser(e, "modifyingUser"),
            ModifiedDateTime = OptionalDate(e, "modifiedDateTime"),
            Description = Description(e),
            Codings = Children(e, "Coding").Select(ParseCoding).ToImmutableArray(),
            NoteRefs = Refs(e, "NoteRef", "note"),
        };
    }

    private QdaCoding ParseCoding(XElement e)
    {
        var guid = Identity(e);
        var unmodelled = Unmodelled(e, "CodeRef", "NoteRef");
        var codeRef = e.Element(Ns + "CodeRef") ?? throw new RefiQdaException(QdaXml.Describe(e), "Coding has no CodeRef.");
        var code = RequiredGuid(codeRef, "targetGUID");
        codingRefs.Add((code, codeRef));
        return new QdaCoding
        {
            Guid = guid,
            CodeGuid = code,
            CreatingUser = OptionalUser(e, "creatingUser"),
            CreationDateTime = OptionalDate(e, "creationDateTime"),
            NoteRefs = Refs(e, "NoteRef", "note"),
            Unmodelled = unmodelled,
        };
    }

    private ImmutableArray<QdaVariableValue> VariableValues(XElement parent)
    {
        var result = ImmutableArray.CreateBuilder<QdaVariableValue>();
        foreach (var e in Children(parent, "VariableValue"))
        {
            var varRef = e.Element(Ns + "VariableRef");
            if (varRef is null)
            {
                Issue(e, ImportIssueKind.NotMapped, "VariableValue without VariableRef; dropped.");
                continue;
            }
            var variable = RequiredGuid(varRef, "targetGUID");
            objectRefs.Add((variable, varRef, "variable"));
            var valueElement = e.Elements().FirstOrDefault(x => x != varRef);
            foreach (var extra in e.Elements().Where(x => x != varRef && x != valueElement))
            {
                Issue(extra, ImportIssueKind.NotMapped, "more than one value; dropped.");
            }
            var declared = variableTypes.TryGetValue(variable, out var t) ? t : (QdaVariableType?)null;
            if (valueElement is null)
            {
                result.Add(new QdaVariableValue { VariableGuid = variable, Type = declared ?? QdaVariableType.Text, Value = null });
                continue;
            }
            var name = valueElement.Name.LocalName;
            QdaVariableType? type = name switch
            {
                "TextValue" => QdaVariableType.Text,
                "BooleanValue" => QdaVariableType.Boolean,
                "IntegerValue" => QdaVariableType.Integer,
                "FloatValue" => QdaVariableType.Float,
                "DateValue" => QdaVariableType.Date,
                "DateTimeValue" => QdaVariableType.DateTime,
                _ => null,
            };
            var raw = valueElement.Value;
            if (type is null || valueElement.Name.Namespace != Ns)
            {
                Issue(valueElement, ImportIssueKind.Normalised, $"unknown value element {name}; kept as text.");
                result.Add(QdaVariableValue.Text(variable, raw));
                continue;
            }
            if (!QdaVariableValue.TryCanonicalize(type.Value, raw, out var canonical))
            {
                Issue(valueElement, ImportIssueKind.Normalised, $"'{raw}' is not a valid {type} value; kept as text.");
                result.Add(QdaVariableValue.Text(variable, raw));
                continue;
            }
            if (canonical != raw && type != QdaVariableType.Text)
            {
                Issue(valueElement, ImportIssueKind.Normalised, $"'{raw}' normalised to '{canonical}'.");
            }
            if (declared is not null && declared != type)
            {
                Issue(valueElement, ImportIssueKind.Normalised, $"value is {type} but the variable is declared {declared}; kept as {type}.");
            }
            result.Add(new QdaVariableValue { VariableGuid = variable, Type = type.Value, Value = canonical });
        }
        return result.ToImmutable();
    }

    // ---- offsets ----

    private ImmutableArray<QdaPlainTextSelection> CheckOffsets(
        XElement document, string text, bool inline, List<(QdaPlainTextSelection Selection, XElement Element)> selections)
    {
        if (selections.Count == 0) return [];
        var outcome = OffsetConventions.Resolve(text, inline, selections.Select(s => s.Selection).ToList());
        if (outcome.BadIndex is int bad)
        {
            var (s, element) = selections[bad];
            var length = TextOffsets.CodePointLength(text);
            var why = s.StartPosition < 0 ? "startPosition is negative"
                : s.StartPosition > s.EndPosition ? "startPosition is after endPosition"
                : $"endPosition is beyond the end of the text ({length} code points)";
            throw new RefiQdaException(QdaXml.Describe(element), $"selection {s.StartPosition}..{s.EndPosition} is outside the text: {why}.");
        }
        if (outcome.Note is not null)
        {
            Issue(document, ImportIssueKind.Normalised, outcome.Note);
        }
        return outcome.Selections;
    }

    private string DecodeText(byte[] bytes, string entry)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            issues.Add(new ImportIssue(entry, ImportIssueKind.Normalised, "UTF-8 byte order mark removed."));
            bytes = bytes[3..];
        }
        else if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            issues.Add(new ImportIssue(entry, ImportIssueKind.Normalised, "UTF-16 text converted to UTF-8."));
            var encoding = bytes[0] == 0xFF ? new UnicodeEncoding(false, false, true) : new UnicodeEncoding(true, false, true);
            try
            {
                return encoding.GetString(bytes, 2, bytes.Length - 2);
            }
            catch (DecoderFallbackException ex)
            {
                throw new RefiQdaException($"{entry}: invalid UTF-16 text.", ex);
            }
        }
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            issues.Add(new ImportIssue(entry, ImportIssueKind.Normalised, "not valid UTF-8; decoded as ISO-8859-1."));
            return Encoding.Latin1.GetString(bytes);
        }
    }

    // ---- opaque ----

    private QdaOpaqueSource Opaque(XElement e, string why)
    {
        var guid = RegisterOpaque(e);
        Issue(e, ImportIssueKind.Preserved, $"{why}; kept as XML for export.");
        return new QdaOpaqueSource { Guid = guid, Name = e.Attribute("name")?.Value, ElementName = e.Name.LocalName, Xml = OpaqueXml(e) };
    }

    /// <summary>Registers identities, codings and internal files inside an element that is kept as XML.</summary>
    private Guid RegisterOpaque(XElement e, bool requireIdentity = true)
    {
        var guid = requireIdentity || e.Attribute("guid") is not null ? Identity(e) : Guid.Empty;
        foreach (var d in e.Descendants())
        {
            if (d.Attribute("guid") is not null) Identity(d);
            if (d.Name == Ns + "CodeRef" && d.Parent?.Name == Ns + "Coding")
            {
                codingRefs.Add((RequiredGuid(d, "targetGUID"), d));
            }
        }
        foreach (var a in e.DescendantsAndSelf().Attributes())
        {
            if (a.Value.StartsWith(QdaXml.InternalScheme, StringComparison.OrdinalIgnoreCase))
            {
                ReferenceFile(a.Parent!, a.Value);
            }
        }
        return guid;
    }

    private void ReferenceFile(XElement e, string internalPath)
    {
        var file = internalPath[QdaXml.InternalScheme.Length..];
        if (!QdaXml.IsSafeFileName(file))
        {
            throw new RefiQdaException(QdaXml.Describe(e), $"path '{internalPath}' is not a plain file name inside sources/.");
        }
        if (loadInternalFile(file) is null)
        {
            Issue(e, ImportIssueKind.DanglingReference, $"'{internalPath}' is not in the archive.");
            return;
        }
        ReferencedFiles.Add(file);
    }

    /// <summary>Canonical XML of a preserved element: indentation between child elements removed, so it is stable.</summary>
    private static string OpaqueXml(XElement e)
    {
        var clone = new XElement(e);
        foreach (var t in clone.DescendantNodes().OfType<XText>().Where(t => t.Parent!.HasElements && string.IsNullOrWhiteSpace(t.Value)).ToList())
        {
            t.Remove();
        }
        return clone.ToString(SaveOptions.DisableFormatting);
    }

    // ---- attributes and references ----

    private Guid Identity(XElement e)
    {
        var guid = RequiredGuid(e, "guid");
        if (!identities.TryAdd(guid, e))
        {
            throw new RefiQdaException(QdaXml.Describe(e), $"duplicate GUID {guid}, already used by {QdaXml.Describe(identities[guid])}.");
        }
        return guid;
    }

    private Guid RequiredGuid(XElement e, string attribute) =>
        ParseGuid(e, attribute) ?? throw new RefiQdaException(QdaXml.Describe(e), $"missing required attribute {attribute}.");

    private Guid? ParseGuid(XElement e, string attribute)
    {
        var text = e.Attribute(attribute)?.Value?.Trim();
        if (text is null) return null;
        if (text.StartsWith('{')) bracedGuids++;
        if (!Guid.TryParse(text, out var guid))
        {
            throw new RefiQdaException(QdaXml.Describe(e), $"{attribute} '{text}' is not a GUID.");
        }
        return guid;
    }

    private Guid? OptionalUser(XElement e, string attribute)
    {
        var guid = ParseGuid(e, attribute);
        if (guid is not null) userRefs.Add((guid.Value, e));
        return guid;
    }

    private Guid? OptionalRef(XElement e, string attribute, string what)
    {
        var guid = ParseGuid(e, attribute);
        if (guid is not null) objectRefs.Add((guid.Value, e, what));
        return guid;
    }

    private ImmutableArray<Guid> Refs(XElement parent, string childName, string what)
    {
        var result = ImmutableArray.CreateBuilder<Guid>();
        foreach (var r in Children(parent, childName))
        {
            var guid = RequiredGuid(r, "targetGUID");
            objectRefs.Add((guid, r, what));
            result.Add(guid);
        }
        return result.ToImmutable();
    }

    private DateTimeOffset? OptionalDate(XElement e, string attribute)
    {
        var text = e.Attribute(attribute)?.Value;
        if (text is null) return null;
        if (QdaXml.TryParseDateTime(text, out var value)) return value;
        Issue(e, ImportIssueKind.NotMapped, $"{attribute} '{text}' is not a date-time; dropped.");
        return null;
    }

    private int RequiredInt(XElement e, string attribute)
    {
        var text = e.Attribute(attribute)?.Value?.Trim()
            ?? throw new RefiQdaException(QdaXml.Describe(e), $"missing required attribute {attribute}.");
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw new RefiQdaException(QdaXml.Describe(e), $"{attribute} '{text}' is not an integer position.");
        }
        return value;
    }

    private string? Color(XElement e)
    {
        var color = e.Attribute("color")?.Value?.Trim();
        if (color is null) return null;
        if (QdaXml.IsValidColor(color)) return color;
        Issue(e, ImportIssueKind.NotMapped, $"color '{color}' is not #RRGGBB; dropped.");
        return null;
    }

    private static string? Description(XElement e) => e.Element(Ns + "Description")?.Value;

    private static bool TryParseBool(string text, out bool value)
    {
        switch (text.Trim())
        {
            case "true" or "1" or "True": value = true; return true;
            case "false" or "0" or "False": value = false; return true;
            default: value = false; return false;
        }
    }

    // ---- structure ----

    private static IEnumerable<XElement> Children(XElement e, string name) => e.Elements(Ns + name);

    private IEnumerable<XElement> Container(XElement root, string container, string item) =>
        Children(root, container).SelectMany(c =>
        {
            KnownChildren(c, item);
            return Children(c, item);
        });

    /// <summary>
    /// Child elements this library does not model, kept verbatim (their identities, codings and internal files
    /// registered like any other) so that export writes them back instead of dropping them.
    /// </summary>
    private ImmutableArray<QdaOpaqueElement> Unmodelled(XElement e, params string[] known)
    {
        var result = ImmutableArray.CreateBuilder<QdaOpaqueElement>();
        foreach (var child in e.Elements())
        {
            if (child.Name.Namespace == Ns && known.Contains(child.Name.LocalName)) continue;
            RegisterOpaque(child, requireIdentity: false);
            Issue(child, ImportIssueKind.Preserved, $"element {child.Name.LocalName} is not modelled; kept as XML for export.");
            result.Add(new QdaOpaqueElement { ElementName = child.Name.LocalName, Xml = OpaqueXml(child) });
        }
        return result.ToImmutable();
    }

    /// <summary>Reports child elements this library does not map, so nothing disappears unnoticed.</summary>
    private void KnownChildren(XElement e, params string[] known)
    {
        foreach (var child in e.Elements())
        {
            if (child.Name.Namespace != Ns || !known.Contains(child.Name.LocalName))
            {
                Issue(child, ImportIssueKind.NotMapped, $"element {child.Name.LocalName} is not mapped; dropped.");
            }
        }
    }

    private void Issue(XElement e, ImportIssueKind kind, string message) =>
        issues.Add(new ImportIssue(QdaXml.Describe(e), kind, message));
}
