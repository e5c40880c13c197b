using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Codebooks.Export;
using Jeugdhulp.Research.Interop;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Codebooks;

public class CodebookExportTests
{
    private static readonly Codebook Book = CodebookLoader.Load(Repo.Codebook);
    private const string SchemaPath = "interop/refi-qda/Codebook.xsd";

    private static List<string> SchemaErrors(string xml)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(QdcCodebookWriter.Namespace, Repo.Shared(SchemaPath));
        var errors = new List<string>();
        XDocument.Parse(xml).Validate(schemas, (_, e) => errors.Add(e.Message));
        return errors;
    }

    [SharedFileFact(SchemaPath)]
    public void Exported_qdc_validates_against_the_refi_qda_codebook_schema()
    {
        Assert.Empty(SchemaErrors(QdcCodebookWriter.Write(Book)));
    }

    [SharedFileFact(SchemaPath)]
    public void Schema_validation_rejects_a_broken_qdc()
    {
        var broken = QdcCodebookWriter.Write(Book).Replace("isCodable=\"true\"", "isCodable=\"perhaps\"");
        Assert.NotEmpty(SchemaErrors(broken));
        var noName = XDocument.Parse(QdcCodebookWriter.Write(Book));
        noName.Descendants(XName.Get("Code", QdcCodebookWriter.Namespace)).First().Attribute("name")!.Remove();
        Assert.NotEmpty(SchemaErrors(noName.ToString()));
    }

    [Fact]
    public void Qdc_keeps_the_tree_puts_definitions_in_descriptions_and_groups_clusters_into_sets()
    {
        var doc = XDocument.Parse(QdcCodebookWriter.Write(Book));
        XNamespace ns = QdcCodebookWriter.Namespace;
        var volgen = doc.Descendants(ns + "Code").Single(c => (string?)c.Attribute("guid") == QdcCodebookWriter.GuidOf("reactie.volgen").ToString());
        Assert.Equal("reactie.volgen", volgen.Element(ns + "Description")!.Value.Split('\n')[0]);
        Assert.Contains(Book["reactie.volgen"].Definition!.Nl, volgen.Element(ns + "Description")!.Value);
        Assert.Contains(volgen.Elements(ns + "Code"), c => (string?)c.Attribute("guid") == QdcCodebookWriter.GuidOf("reactie.volgen.imiteren").ToString());
        var groupCode = doc.Descendants(ns + "Code").Single(c => (string?)c.Attribute("guid") == QdcCodebookWriter.GuidOf("reactie").ToString());
        Assert.Equal("false", (string?)groupCode.Attribute("isCodable"));

        var sets = doc.Descendants(ns + "Set").ToList();
        Assert.Equal(["cluster Volgen", "cluster Niet-volgen", "cluster Niets-doen"], sets.Select(s => (string?)s.Attribute("name")));
        Assert.Contains(sets[0].Elements(ns + "MemberCode"), m => (string?)m.Attribute("guid") == QdcCodebookWriter.GuidOf("reactie.compromis-sluiten").ToString());
    }

    [Fact]
    public void Guids_are_stable_across_exports_and_follow_rfc_4122_version_5()
    {
        Assert.Equal(QdcCodebookWriter.Write(Book), QdcCodebookWriter.Write(CodebookLoader.Load(Repo.Codebook)));
        // Reference vector: uuid5(NAMESPACE_DNS, "python.org") from Python's uuid module.
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), StableGuid.FromName("python.org", new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8")));
    }

    [Fact]
    public void Markdown_html_and_json_exports_contain_every_entry()
    {
        var md = CodebookMarkdownWriter.Write(Book);
        var html = CodebookHtmlWriter.Write(Book);
        var json = System.Text.Json.JsonDocument.Parse(CodebookJsonWriter.Write(Book));
        foreach (var e in Book.Entries)
        {
            Assert.Contains($"`{e.Id}`", md);
            Assert.Contains($"id=\"{e.Id}\"", html);
        }
        Assert.Equal(Book.Roots.Count(), json.RootElement.GetProperty("entries").GetArrayLength());
        Assert.Equal(Book.ContentHash, json.RootElement.GetProperty("content_hash").GetString());
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void Cli_export_writes_the_file_atomically_and_reports_it()
    {
        var dir = Directory.CreateTempSubdirectory("jhr-export-");
        var path = Path.Combine(dir.FullName, "codeboek.qdc");
        var result = Jhr.Run("codebook", "export", "--format", "qdc", "--output", path);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<?xml", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(dir.FullName));
    }
}
