using System.IO.Compression;
using System.Xml.Linq;
using System.Xml.Schema;
using Jeugdhulp.Research.RefiQda;

namespace Jeugdhulp.Research.Coding.Tests.Support;

/// <summary>Compares two REFI-QDA archives the way the program that made the first would see the second.</summary>
public static class QdpxCompare
{
    /// <summary>
    /// Asserts that every object with a GUID (user, code, variable, case, source, selection, coding, note, link, set,
    /// and whatever the producer added) is in <paramref name="exported"/> with the same parent, attributes and
    /// GUID-less children (code references, note references, values, descriptions), that every text selection covers
    /// the same characters, and that every file of <c>sources/</c> other than the renamed plain texts is kept byte
    /// for byte. GUID spelling (case, braces) and date-time lexical form may differ; plain-text file paths may not
    /// survive (export names them after the source GUID).
    /// </summary>
    public static void SameProject(byte[] original, byte[] exported)
    {
        var a = Objects(Qde(original));
        var b = Objects(Qde(exported));
        Assert.Equal(a.Count, b.Count);
        foreach (var (guid, signature) in a)
        {
            Assert.True(b.TryGetValue(guid, out var other), $"object {guid} ({signature[..Math.Min(60, signature.Length)]}) is missing from the export");
            Assert.Equal(signature, other);
        }

        var readA = QdpxReader.Read(new MemoryStream(original)).Project;
        var readB = QdpxReader.Read(new MemoryStream(exported)).Project;
        var textsB = readB.Sources.OfType<QdaTextSource>().ToDictionary(s => s.Guid);
        foreach (var source in readA.Sources.OfType<QdaTextSource>())
        {
            var copy = textsB[source.Guid];
            Assert.Equal(source.PlainTextContent, copy.PlainTextContent);
            foreach (var (x, y) in source.PlainTextSelections.Zip(copy.PlainTextSelections))
                Assert.Equal(source.GetSelectedText(x), copy.GetSelectedText(y));
        }
        var filesB = Files(exported);
        foreach (var (name, bytes) in Files(original).Where(f => readA.EmbeddedFiles.Any(e => e.FileName == f.Key)))
            Assert.Equal(bytes, filesB[name]);
        Assert.Equal(readA.EmbeddedFiles.Length + textsB.Count, filesB.Count);
    }

    /// <summary>Schema errors of the archive's project.qde against <c>../shared/interop/refi-qda/Project.xsd</c>.</summary>
    public static List<string> SchemaErrors(byte[] qdpx)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add("urn:QDA-XML:project:1.0", Repo.Shared("interop", "refi-qda", "Project.xsd"));
        var errors = new List<string>();
        Qde(qdpx).Validate(schemas, (_, e) => errors.Add($"line {e.Exception.LineNumber}: {e.Message}"));
        return errors;
    }

    /// <summary>GUIDs of every code, in codebook order.</summary>
    public static List<Guid> CodeGuids(byte[] qdpx) =>
        [.. Qde(qdpx).Descendants().Where(e => e.Name.LocalName == "Code").Select(e => Guid.Parse((string)e.Attribute("guid")!))];

    private static XDocument Qde(byte[] qdpx)
    {
        using var zip = new ZipArchive(new MemoryStream(qdpx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("project.qde")!.Open();
        return XDocument.Load(stream, LoadOptions.SetLineInfo);
    }

    private static Dictionary<string, byte[]> Files(byte[] qdpx)
    {
        using var zip = new ZipArchive(new MemoryStream(qdpx), ZipArchiveMode.Read);
        return zip.Entries.Where(e => e.FullName.StartsWith("sources/", StringComparison.Ordinal)).ToDictionary(e => e.FullName["sources/".Length..], e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        });
    }

    private static Dictionary<Guid, string> Objects(XDocument qde)
    {
        var root = qde.Root!;
        var result = new Dictionary<Guid, string>
        {
            [Guid.Empty] = "Project: " + string.Join(" ", root.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.LocalName != "schemaLocation")
                .Select(a => $"{a.Name.LocalName}={Norm(a.Value)}").Order(StringComparer.Ordinal)),
        };
        foreach (var e in qde.Descendants().Where(e => e.Attribute("guid") is not null))
        {
            var parent = e.Ancestors().FirstOrDefault(p => p.Attribute("guid") is not null);
            var signature = $"{e.Name.LocalName} in {(parent is null ? "-" : Norm((string)parent.Attribute("guid")!))}: {Signature(e)}";
            result.Add(Guid.Parse((string)e.Attribute("guid")!), signature);
        }
        return result;
    }

    private static string Signature(XElement e)
    {
        var attributes = e.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.LocalName is not ("plainTextPath" or "schemaLocation"))
            .Select(a => $"{a.Name.LocalName}={Norm(a.Value)}").Order(StringComparer.Ordinal);
        var children = e.Elements().Where(c => c.Attribute("guid") is null && c.Name.LocalName != "PlainTextContent" || e.Name.LocalName == "Note" && c.Name.LocalName == "PlainTextContent")
            .Select(c => c.HasElements ? $"<{c.Name.LocalName} {Signature(c)}>" : $"<{c.Name.LocalName} {string.Join(" ", c.Attributes().Select(a => $"{a.Name.LocalName}={Norm(a.Value)}"))}>{c.Value}");
        return string.Join(" ", attributes) + " | " + string.Join(" ", children.Order(StringComparer.Ordinal));
    }

    private static string Norm(string value) =>
        Guid.TryParse(value.Trim(), out var g) ? g.ToString("D")
        : value.Contains('T') && DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : value;
}
