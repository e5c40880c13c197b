using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Jeugdhulp.Research.Coding.Tests.Support;

/// <summary>
/// REFI-QDA projects in the shapes that MAXQDA, NVivo and QualCoder export (REFI-QDA 1.5 spec, with each program's
/// known habits), generated in code so no third-party file is committed and sizes can be large. Written as raw XML
/// the way a producer would, not through this toolkit's writer, so the import sees what a real export gives it:
/// upper-case or braced GUIDs, CR LF and a byte order mark in the text files, <c>internal://</c> and
/// <c>relative://</c> paths, files in <c>sources/</c> nothing refers to, users without names, uncoded sources,
/// PDF, picture and audio sources with their own selections, deep and very large codebooks.
/// </summary>
public static class VendorExports
{
    private static readonly XNamespace Ns = "urn:QDA-XML:project:1.0";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>A generated project: the archive and the ids it must keep.</summary>
    public sealed record Export(byte[] Qdpx, int Codes, int Sources, int Users, int Codings);

    /// <summary>
    /// MAXQDA 24 (Windows): upper-case GUIDs, a flat-ish codebook with colours and descriptions, document variables,
    /// text as <c>internal://GUID.txt</c> in UTF-8 with BOM and CR LF beside the <c>.docx</c> original, memos as
    /// notes, document groups as sets, a link between two coded segments.
    /// </summary>
    public static Export Maxqda(int codes = 300, int sources = 10, int seed = 24)
    {
        var g = new Guids(seed, upper: true);
        var users = new[] { (g.Next(), "Anna de Vries", "AdV"), (g.Next(), "Bram Jansen", "BJ") };
        var codeGuids = new List<string>();
        var tops = new List<XElement>();
        for (var t = 0; codeGuids.Count < codes; t++)
        {
            var top = Code(g, $"Thema {t + 1}", $"#{(t * 2654435761u) & 0xFFFFFF:X6}", $"Codeerinstructie voor thema {t + 1}.", codable: true);
            codeGuids.Add((string)top.Attribute("guid")!);
            for (var c = 0; c < 9 && codeGuids.Count < codes; c++)
            {
                var child = Code(g, $"Subcode {t + 1}.{c + 1}", "#AABBCC", c % 3 == 0 ? $"Wanneer {c} van toepassing is" : null, codable: true);
                codeGuids.Add((string)child.Attribute("guid")!);
                top.Add(child);
            }
            tops.Add(top);
        }
        var gemeente = g.Next();
        var jaar = g.Next();
        var files = new Dictionary<string, byte[]>();
        var sourceElements = new List<XElement>();
        var notes = new List<XElement>();
        var selectionGuids = new List<string>();
        var codings = 0;
        for (var s = 0; s < sources; s++)
        {
            var guid = g.Next();
            var text = Transcript(s, crlf: true);
            files[$"{guid}.txt"] = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
            files[$"{guid}.docx"] = Encoding.ASCII.GetBytes($"PK fake docx of interview {s + 1}");
            var user = users[s % 2].Item1;
            var source = new XElement(Ns + "TextSource",
                new XAttribute("guid", guid), new XAttribute("name", $"Interview {s + 1:00}"),
                new XAttribute("richTextPath", $"internal://{guid}.docx"), new XAttribute("plainTextPath", $"internal://{guid}.txt"),
                new XAttribute("creatingUser", user), new XAttribute("creationDateTime", $"2024-03-{s + 1:00}T09:15:00Z"),
                new XAttribute("modifyingUser", users[1].Item1), new XAttribute("modifiedDateTime", $"2024-04-{s + 1:00}T16:40:00Z"));
            foreach (var (start, end) in Sentences(text).Take(6))
            {
                var sel = g.Next();
                selectionGuids.Add(sel);
                var selection = new XElement(Ns + "PlainTextSelection",
                    new XAttribute("guid", sel), new XAttribute("name", Slice(text, start, end)),
                    new XAttribute("startPosition", start), new XAttribute("endPosition", end),
                    new XAttribute("creatingUser", user), new XAttribute("creationDateTime", "2024-05-01T10:00:00Z"),
                    new XAttribute("modifyingUser", user), new XAttribute("modifiedDateTime", "2024-05-02T11:00:00Z"));
                for (var k = 0; k < 2; k++)
                {
                    selection.Add(new XElement(Ns + "Coding", new XAttribute("guid", g.Next()), new XAttribute("creatingUser", user), new XAttribute("creationDateTime", "2024-05-01T10:00:00Z"),
                        new XElement(Ns + "CodeRef", new XAttribute("targetGUID", codeGuids[(s * 31 + selectionGuids.Count * 7 + k * 101) % codeGuids.Count]))));
                    codings++;
                }
                if (selectionGuids.Count % 5 == 0)
                {
                    var memo = g.Next();
                    notes.Add(new XElement(Ns + "Note", new XAttribute("guid", memo), new XAttribute("name", "Memo"), new XAttribute("creatingUser", user), new XAttribute("creationDateTime", "2024-05-03T08:00:00Z"),
                        new XElement(Ns + "PlainTextContent", $"Opvallend: {Slice(text, start, end)}")));
                    selection.Add(new XElement(Ns + "NoteRef", new XAttribute("targetGUID", memo)));
                }
                source.Add(selection);
            }
            source.Add(new XElement(Ns + "VariableValue", new XElement(Ns + "VariableRef", new XAttribute("targetGUID", gemeente)), new XElement(Ns + "TextValue", s % 2 == 0 ? "Maasdal" : "Kustwijk")),
                new XElement(Ns + "VariableValue", new XElement(Ns + "VariableRef", new XAttribute("targetGUID", jaar)), new XElement(Ns + "IntegerValue", 2017 + s % 3)));
            sourceElements.Add(source);
        }
        var project = Project("Jeugdhulp interviews", "MAXQDA 24 (Release 24.4.0)", users[0].Item1,
            new XElement(Ns + "Users", users.Select(u => new XElement(Ns + "User", new XAttribute("guid", u.Item1), new XAttribute("name", u.Item2), new XAttribute("id", u.Item3)))),
            new XElement(Ns + "CodeBook", new XElement(Ns + "Codes", tops)),
            new XElement(Ns + "Variables",
                new XElement(Ns + "Variable", new XAttribute("guid", gemeente), new XAttribute("name", "Gemeente"), new XAttribute("typeOfVariable", "Text")),
                new XElement(Ns + "Variable", new XAttribute("guid", jaar), new XAttribute("name", "Jaar"), new XAttribute("typeOfVariable", "Integer"))),
            new XElement(Ns + "Sources", sourceElements),
            new XElement(Ns + "Notes", notes),
            new XElement(Ns + "Links", new XElement(Ns + "Link", new XAttribute("guid", g.Next()), new XAttribute("name", "weerspreekt"), new XAttribute("direction", "OneWay"),
                new XAttribute("originGUID", selectionGuids[0]), new XAttribute("targetGUID", selectionGuids[^1]))),
            new XElement(Ns + "Sets", new XElement(Ns + "Set", new XAttribute("guid", g.Next()), new XAttribute("name", "Dokumentgruppe Maasdal"),
                sourceElements.Where((_, i) => i % 2 == 0).Select(x => new XElement(Ns + "MemberSource", new XAttribute("targetGUID", (string)x.Attribute("guid")!))))));
        return new Export(Zip(project, files), codes, sources, users.Length, codings);
    }

    /// <summary>
    /// NVivo 14: braced lower-case GUIDs, a user known only by initials (no name), nodes three deep, cases with
    /// classification attributes and the sources they hold, a PDF with a coded region, a linked (relative://)
    /// document that is not in the archive, and an original <c>.docx</c> in <c>sources/</c> that nothing refers to.
    /// </summary>
    public static Export NVivo(int seed = 14)
    {
        var g = new Guids(seed, upper: false, braces: true);
        var user = g.Next();
        var root = Code(g, "Nodes", null, null, codable: false);
        var leaves = new List<string>();
        foreach (var theme in new[] { "Sturing", "Reactie", "Kenmerken" })
        {
            var t = Code(g, theme, "#336699", null, codable: true);
            foreach (var sub in new[] { "positief", "negatief" })
            {
                var c = Code(g, $"{theme} {sub}", null, $"{theme}: {sub}", codable: true);
                leaves.Add((string)c.Attribute("guid")!);
                t.Add(c);
            }
            root.Add(t);
        }
        var files = new Dictionary<string, byte[]>();
        var sources = new List<XElement>();
        var codings = 0;
        for (var s = 0; s < 3; s++)
        {
            var guid = g.Next();
            var name = $"Transcript {s + 1}.txt";
            var text = Transcript(s + 20, crlf: s == 0);
            files[name] = Encoding.UTF8.GetBytes(text);
            var source = new XElement(Ns + "TextSource", new XAttribute("guid", guid), new XAttribute("name", $"Transcript {s + 1}"),
                new XAttribute("plainTextPath", $"internal://{name}"), new XAttribute("creatingUser", user), new XAttribute("creationDateTime", "2023-11-20T13:00:00Z"));
            if (s < 2)
                foreach (var (start, end) in Sentences(text).Take(4))
                {
                    source.Add(new XElement(Ns + "PlainTextSelection", new XAttribute("guid", g.Next()), new XAttribute("startPosition", start), new XAttribute("endPosition", end), new XAttribute("creatingUser", user),
                        new XElement(Ns + "Coding", new XAttribute("guid", g.Next()), new XAttribute("creatingUser", user), new XElement(Ns + "CodeRef", new XAttribute("targetGUID", leaves[(start + s) % leaves.Count])))));
                    codings++;
                }
            sources.Add(source);
        }
        var pdf = g.Next();
        files[$"{pdf.Trim('{', '}')}.pdf"] = Encoding.ASCII.GetBytes("%PDF-1.7 fake");
        sources.Add(new XElement(Ns + "PDFSource", new XAttribute("guid", pdf), new XAttribute("name", "Beleidsnota"), new XAttribute("path", $"internal://{pdf.Trim('{', '}')}.pdf"), new XAttribute("creatingUser", user),
            new XElement(Ns + "PDFSelection", new XAttribute("guid", g.Next()), new XAttribute("page", 2), new XAttribute("firstX", 10), new XAttribute("firstY", 20), new XAttribute("secondX", 300), new XAttribute("secondY", 80),
                new XElement(Ns + "Coding", new XAttribute("guid", g.Next()), new XAttribute("creatingUser", user), new XElement(Ns + "CodeRef", new XAttribute("targetGUID", leaves[0]))))));
        codings++;
        var linked = g.Next();
        sources.Add(new XElement(Ns + "TextSource", new XAttribute("guid", linked), new XAttribute("name", "Gekoppeld document"), new XAttribute("plainTextPath", "relative://documenten/nota.txt")));
        files["original-interview.docx"] = Encoding.ASCII.GetBytes("PK fake docx nobody refers to");
        var region = g.Next();
        var project = Project("NVivo project", "NVivo 14.23.2 (Windows)", user,
            new XElement(Ns + "Users", new XElement(Ns + "User", new XAttribute("guid", user), new XAttribute("id", "EV"))),
            new XElement(Ns + "CodeBook", new XElement(Ns + "Codes", root)),
            new XElement(Ns + "Variables", new XElement(Ns + "Variable", new XAttribute("guid", region), new XAttribute("name", "Regio"), new XAttribute("typeOfVariable", "Text"))),
            new XElement(Ns + "Cases", sources.Take(2).Select((x, i) => new XElement(Ns + "Case", new XAttribute("guid", g.Next()), new XAttribute("name", $"Aanbieder {i + 1}"),
                new XElement(Ns + "VariableValue", new XElement(Ns + "VariableRef", new XAttribute("targetGUID", region)), new XElement(Ns + "TextValue", "Zuid")),
                new XElement(Ns + "SourceRef", new XAttribute("targetGUID", (string)x.Attribute("guid")!))))),
            new XElement(Ns + "Sources", sources));
        project.SetAttributeValue("basePath", "D:\\Onderzoek\\NVivo");
        return new Export(Zip(project, files), 10, sources.Count, 1, codings);
    }

    /// <summary>
    /// QualCoder 3.5: code categories that are not codable with codable codes nested <paramref name="depth"/> deep,
    /// text files named after the document, a picture and an audio source with their own coded selections,
    /// memos, and one source nobody coded.
    /// </summary>
    public static Export QualCoder(int depth = 5, int seed = 35)
    {
        var g = new Guids(seed, upper: false);
        var user = g.Next();
        var codes = new List<string>();
        XElement? top = null, parent = null;
        for (var d = 0; d < depth; d++)
        {
            var c = Code(g, $"niveau {d + 1}", "#F0A0A0", $"categorie op niveau {d + 1}", codable: d == depth - 1 || d % 2 == 1);
            codes.Add((string)c.Attribute("guid")!);
            if (parent is null) top = c; else parent.Add(c);
            parent = c;
        }
        var files = new Dictionary<string, byte[]>();
        var sources = new List<XElement>();
        var codings = 0;
        for (var s = 0; s < 2; s++)
        {
            var name = $"interview {s + 1}.txt";
            var text = Transcript(s + 40, crlf: false);
            files[name] = Encoding.UTF8.GetBytes(text);
            var source = new XElement(Ns + "TextSource", new XAttribute("guid", g.Next()), new XAttribute("name", name), new XAttribute("plainTextPath", $"internal://{name}"),
                new XAttribute("creatingUser", user), new XAttribute("creationDateTime", "2025-01-10T12:00:00Z"));
            if (s == 0)
                foreach (var (start, end) in Sentences(text).Take(3))
                {
                    source.Add(new XElement(Ns + "PlainTextSelection", new XAttribute("guid", g.Next()), new XAttribute("name", Slice(text, start, end)), new XAttribute("startPosition", start), new XAttribute("endPosition", end), new XAttribute("creatingUser", user),
                        new XElement(Ns + "Coding", new XAttribute("guid", g.Next()), new XAttribute("creatingUser", user), new XElement(Ns + "CodeRef", new XAttribute("targetGUID", codes[^1])))));
                    codings++;
                }
            sources.Add(source);
        }
        files["foto.png"] = [0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3];
        sources.Add(new XElement(Ns + "PictureSource", new XAttribute("guid", g.Next()), new XAttribute("name", "foto.png"), new XAttribute("path", "internal://foto.png"),
            new XElement(Ns + "PictureSelection", new XAttribute("guid", g.Next()), new XAttribute("firstX", 1), new XAttribute("firstY", 2), new XAttribute("secondX", 30), new XAttribute("secondY", 40),
                new XElement(Ns + "Coding", new XAttribute("guid", g.Next()), new XElement(Ns + "CodeRef", new XAttribute("targetGUID", codes[1]))))));
        files["gesprek.mp3"] = [0xFF, 0xFB, 0x90, 0x00];
        sources.Add(new XElement(Ns + "AudioSource", new XAttribute("guid", g.Next()), new XAttribute("name", "gesprek.mp3"), new XAttribute("path", "internal://gesprek.mp3"),
            new XElement(Ns + "AudioSelection", new XAttribute("guid", g.Next()), new XAttribute("begin", 1000), new XAttribute("end", 5000),
                new XElement(Ns + "Coding", new XAttribute("guid", g.Next()), new XElement(Ns + "CodeRef", new XAttribute("targetGUID", codes[^1]))))));
        codings += 2;
        var project = Project("QualCoder project", "QualCoder 3.5", user,
            new XElement(Ns + "Users", new XElement(Ns + "User", new XAttribute("guid", user), new XAttribute("name", "default"))),
            new XElement(Ns + "CodeBook", new XElement(Ns + "Codes", top)),
            new XElement(Ns + "Sources", sources),
            new XElement(Ns + "Notes", new XElement(Ns + "Note", new XAttribute("guid", g.Next()), new XAttribute("name", "projectmemo"), new XElement(Ns + "PlainTextContent", "Over dit project."))));
        return new Export(Zip(project, files), depth, sources.Count, 1, codings);
    }

    /// <summary>A codebook-only project with <paramref name="count"/> codes, 100 per parent (the size of large MAXQDA and NVivo codebooks and beyond).</summary>
    public static Export ManyCodes(int count = 10_000, int seed = 10)
    {
        var g = new Guids(seed, upper: false);
        var tops = new List<XElement>();
        var made = 0;
        while (made < count)
        {
            var top = Code(g, $"groep {tops.Count + 1}", null, null, codable: false);
            made++;
            for (var i = 0; i < 99 && made < count; i++, made++) top.Add(Code(g, $"code {tops.Count + 1}-{i + 1}", null, null, codable: true));
            tops.Add(top);
        }
        var user = g.Next();
        var project = Project("groot codeboek", "MAXQDA 24 (Release 24.4.0)", user,
            new XElement(Ns + "Users", new XElement(Ns + "User", new XAttribute("guid", user), new XAttribute("name", "Anna"))),
            new XElement(Ns + "CodeBook", new XElement(Ns + "Codes", tops)));
        return new Export(Zip(project, []), count, 0, 1, 0);
    }

    /// <summary>A project whose codes and codings use this toolkit's exported codebook (its GUIDs), as a researcher's ATLAS.ti export of our .qdc would.</summary>
    public static byte[] CodedWith(IReadOnlyList<Guid> codeGuids, string codebookQdc, int seed = 7)
    {
        var g = new Guids(seed, upper: true);
        var user = g.Next();
        var codebook = XDocument.Parse(codebookQdc).Root!;
        XNamespace qdc = codebook.Name.Namespace;
        foreach (var e in codebook.DescendantsAndSelf()) e.Name = Ns + e.Name.LocalName;
        var text = string.Join("\r\n", codeGuids.Select((_, i) => $"Zin {i + 1} over de aanbieder."));
        var source = g.Next();
        var element = new XElement(Ns + "TextSource", new XAttribute("guid", source), new XAttribute("name", "gecodeerd"), new XAttribute("plainTextPath", $"internal://{source}.txt"), new XAttribute("creatingUser", user));
        var lines = Sentences(text).ToList();
        for (var i = 0; i < codeGuids.Count; i++)
            element.Add(new XElement(Ns + "PlainTextSelection", new XAttribute("guid", g.Next()), new XAttribute("startPosition", lines[i].Start), new XAttribute("endPosition", lines[i].End), new XAttribute("creatingUser", user),
                new XElement(Ns + "Coding", new XAttribute("guid", g.Next()), new XAttribute("creatingUser", user), new XElement(Ns + "CodeRef", new XAttribute("targetGUID", codeGuids[i].ToString().ToUpperInvariant())))));
        var unit = g.Next();
        var project = Project("gecodeerd met het codeboek", "ATLAS.ti for Windows 23.2.3", user,
            new XElement(Ns + "Users", new XElement(Ns + "User", new XAttribute("guid", user), new XAttribute("name", "Coder"))),
            new XElement(Ns + "CodeBook", codebook.Element(Ns + "Codes")),
            new XElement(Ns + "Cases", new XElement(Ns + "Case", new XAttribute("guid", unit), new XAttribute("name", "Eikenhof"), new XElement(Ns + "SourceRef", new XAttribute("targetGUID", source)))),
            new XElement(Ns + "Sources", element));
        return Zip(project, new() { [$"{source}.txt"] = Encoding.UTF8.GetBytes(text) });
    }

    private static XElement Project(string name, string origin, string user, params XElement?[] children) =>
        new(Ns + "Project", new XAttribute(XNamespace.Xmlns + "xsi", Xsi), new XAttribute(Xsi + "schemaLocation", "urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"),
            new XAttribute("name", name), new XAttribute("origin", origin), new XAttribute("creatingUserGUID", user), new XAttribute("creationDateTime", "2024-02-29T08:00:00Z"), children);

    private static XElement Code(Guids g, string name, string? color, string? description, bool codable) =>
        new(Ns + "Code", new XAttribute("guid", g.Next()), new XAttribute("name", name), new XAttribute("isCodable", codable ? "true" : "false"),
            color is null ? null : new XAttribute("color", color), description is null ? null : new XElement(Ns + "Description", description));

    /// <summary>An interview of a few paragraphs with Dutch diacritics and an emoji (two UTF-16 units, one code point).</summary>
    private static string Transcript(int n, bool crlf)
    {
        var nl = crlf ? "\r\n" : "\n";
        var b = new StringBuilder();
        for (var p = 0; p < 8; p++)
            b.Append($"Respondent {n}: wij volgen de inkoopeisen van de gemeente 😊 en overleggen één keer per maand over tarieven ({p}).").Append(nl)
             .Append($"Interviewer: en hoe reageert de raad van bestuur op de nieuwe regels in periode {p + 1}?").Append(nl);
        return b.ToString();
    }

    /// <summary>Code-point (start, end) of every line of the text, without its line break.</summary>
    private static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var cp = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' || text[i] == '\n')
            {
                if (cp > start) yield return (start, cp);
                cp++;
                start = cp;
                continue;
            }
            if (char.IsHighSurrogate(text[i])) i++;
            cp++;
        }
        if (cp > start) yield return (start, cp);
    }

    private static string Slice(string text, int start, int end) => RefiQda.TextOffsets.Slice(text, start, end);

    private static byte[] Zip(XElement project, Dictionary<string, byte[]> files)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var qde = zip.CreateEntry("project.qde").Open())
            using (var writer = new StreamWriter(qde, new UTF8Encoding(false)))
                writer.Write(new XDocument(new XDeclaration("1.0", "utf-8", "yes"), project).ToString());
            foreach (var (name, content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                using var entry = zip.CreateEntry("sources/" + name).Open();
                entry.Write(content);
            }
        }
        return memory.ToArray();
    }

    private sealed class Guids(int seed, bool upper, bool braces = false)
    {
        private readonly Random random = new(seed);

        public string Next()
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            var text = new Guid(bytes).ToString("D");
            if (upper) text = text.ToUpperInvariant();
            return braces ? "{" + text + "}" : text;
        }
    }
}
