using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>
/// The consistency rules the writer enforces before touching the disk, mirroring what the reader rejects:
/// unique GUIDs, codings that point at codebook codes, selections inside their text, schema-valid values.
/// </summary>
internal static class ProjectRules
{
    public static void Validate(QdaProject project)
    {
        var identities = new Dictionary<Guid, string>();
        void Identity(Guid g, string at)
        {
            if (!identities.TryAdd(g, at))
            {
                throw new RefiQdaException(at, $"duplicate GUID {g}, already used by {identities[g]}.");
            }
        }
        var codings = new List<(Guid Code, string At)>();

        for (var i = 0; i < project.Users.Length; i++) Identity(project.Users[i].Guid, $"Users[{i}]");
        void Codes(IReadOnlyList<QdaCode> codes, string at)
        {
            for (var i = 0; i < codes.Count; i++)
            {
                var c = codes[i];
                var here = $"{at}[{i}] '{c.Name}'";
                Identity(c.Guid, here);
                Color(c.Color, here);
                Codes(c.Codes, here + ".Codes");
            }
        }
        Codes(project.Codes, "Codes");
        for (var i = 0; i < project.Variables.Length; i++) Identity(project.Variables[i].Guid, $"Variables[{i}]");
        for (var i = 0; i < project.Cases.Length; i++)
        {
            var c = project.Cases[i];
            Identity(c.Guid, $"Cases[{i}]");
            Values(c.VariableValues, $"Cases[{i}]");
        }
        var fileNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < project.Sources.Length; i++)
        {
            var at = $"Sources[{i}] '{project.Sources[i].Name}'";
            switch (project.Sources[i])
            {
                case QdaTextSource t:
                    Identity(t.Guid, at);
                    TextDocument(t.PlainTextContent, t.PlainTextSelections, t.Codings, at, Identity, codings);
                    Values(t.VariableValues, at);
                    try
                    {
                        _ = new UTF8Encoding(false, true).GetByteCount(t.PlainTextContent);
                    }
                    catch (EncoderFallbackException ex)
                    {
                        throw new RefiQdaException($"{at}: the text contains an unpaired surrogate and cannot be written as UTF-8.", ex);
                    }
                    fileNames.Add(QdpxWriter.TextFileName(t));
                    break;
                case QdaOpaqueSource o:
                    Identity(o.Guid, at);
                    var element = ParseOpaque(o.Xml, at);
                    if (!QdaXml.SourceElementNames.Contains(element.Name.LocalName) || element.Name.Namespace != QdaXml.Ns)
                    {
                        throw new RefiQdaException(at, $"preserved XML has root {element.Name}, which is not a source element.");
                    }
                    break;
                default:
                    throw new RefiQdaException(at, $"unsupported source type {project.Sources[i].GetType().Name}.");
            }
        }
        for (var i = 0; i < project.Notes.Length; i++)
        {
            var n = project.Notes[i];
            var at = $"Notes[{i}] '{n.Name}'";
            Identity(n.Guid, at);
            TextDocument(n.PlainTextContent, n.PlainTextSelections, n.Codings, at, Identity, codings);
            Values(n.VariableValues, at);
        }
        for (var i = 0; i < project.Links.Length; i++)
        {
            Identity(project.Links[i].Guid, $"Links[{i}]");
            Color(project.Links[i].Color, $"Links[{i}]");
        }
        for (var i = 0; i < project.Sets.Length; i++) Identity(project.Sets[i].Guid, $"Sets[{i}]");
        for (var i = 0; i < project.Graphs.Length; i++)
        {
            var element = ParseOpaque(project.Graphs[i].Xml, $"Graphs[{i}]");
            if (element.Name != QdaXml.Ns + "Graph")
            {
                throw new RefiQdaException($"Graphs[{i}]", $"preserved XML has root {element.Name}, not Graph.");
            }
        }

        var allCodes = new HashSet<Guid>();
        void Collect(IEnumerable<QdaCode> codes)
        {
            foreach (var c in codes)
            {
                allCodes.Add(c.Guid);
                Collect(c.Codes);
            }
        }
        Collect(project.Codes);
        foreach (var (code, at) in codings)
        {
            if (!allCodes.Contains(code))
            {
                throw new RefiQdaException(at, $"coding refers to code {code}, which is not in the codebook.");
            }
        }

        var embedded = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in project.EmbeddedFiles)
        {
            if (!QdaXml.IsSafeFileName(f.FileName))
            {
                throw new RefiQdaException($"EmbeddedFiles '{f.FileName}'", "not a plain file name for sources/.");
            }
            if (!embedded.Add(f.FileName))
            {
                throw new RefiQdaException($"EmbeddedFiles '{f.FileName}'", "file name used twice.");
            }
            if (f.Content.IsDefault)
            {
                throw new RefiQdaException($"EmbeddedFiles '{f.FileName}'", "content is missing.");
            }
        }
    }

    private static void TextDocument(
        string text, IReadOnlyList<QdaPlainTextSelection> selections, IReadOnlyList<QdaCoding> codings, string at,
        Action<Guid, string> identity, List<(Guid, string)> codingRefs)
    {
        ArgumentNullException.ThrowIfNull(text, at);
        var length = TextOffsets.CodePointLength(text);
        for (var j = 0; j < codings.Count; j++)
        {
            identity(codings[j].Guid, $"{at}.Codings[{j}]");
            codingRefs.Add((codings[j].CodeGuid, $"{at}.Codings[{j}]"));
        }
        for (var i = 0; i < selections.Count; i++)
        {
            var s = selections[i];
            var here = $"{at}.PlainTextSelections[{i}]";
            identity(s.Guid, here);
            if (s.StartPosition < 0 || s.StartPosition > s.EndPosition || s.EndPosition > length)
            {
                throw new RefiQdaException(here, $"selection {s.StartPosition}..{s.EndPosition} is outside the text of {length} code points.");
            }
            for (var j = 0; j < s.Codings.Length; j++)
            {
                identity(s.Codings[j].Guid, $"{here}.Codings[{j}]");
                codingRefs.Add((s.Codings[j].CodeGuid, $"{here}.Codings[{j}]"));
            }
        }
    }

    private static void Values(IEnumerable<QdaVariableValue> values, string at)
    {
        foreach (var v in values)
        {
            if (v.Value is not null && !Enum.IsDefined(v.Type) || v.Value is not null && !QdaVariableValue.TryCanonicalize(v.Type, v.Value, out _))
            {
                throw new RefiQdaException(at, $"value '{v.Value}' of variable {v.VariableGuid} is not a valid {v.Type}.");
            }
        }
    }

    private static void Color(string? color, string at)
    {
        if (color is not null && !QdaXml.IsValidColor(color))
        {
            throw new RefiQdaException(at, $"color '{color}' is not #RRGGBB.");
        }
    }

    public static XElement ParseOpaque(string xml, string at)
    {
        try
        {
            using (var scan = XmlReader.Create(new StringReader(xml), QdaXml.SafeReaderSettings()))
            {
                QdaXml.EnsureDepthWithinLimit(scan, at);
            }
            using var reader = XmlReader.Create(new StringReader(xml), QdaXml.SafeReaderSettings());
            return XElement.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new RefiQdaException($"{at}: preserved XML is not well-formed: {ex.Message}", ex);
        }
    }
}
