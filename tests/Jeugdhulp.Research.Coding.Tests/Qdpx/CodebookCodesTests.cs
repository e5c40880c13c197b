using System.Xml.Linq;
using System.Xml.Schema;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Qdpx;
using Jeugdhulp.Research.Coding.Tests.Support;
using Jeugdhulp.Research.RefiQda;

namespace Jeugdhulp.Research.Coding.Tests.Qdpx;

/// <summary>The one REFI-QDA mapping of the codebook, shared by the .qdc export, the .qdpx export and the import.</summary>
public class CodebookCodesTests
{
    private static Codebook Book => Repo.LoadCodebook();
    private static readonly XNamespace Qdc = QdcWriter.Namespace;

    private static IEnumerable<QdaCode> Flatten(IEnumerable<QdaCode> codes) => codes.SelectMany(c => Flatten(c.Codes).Prepend(c));

    private static List<(Guid Guid, string Name, bool Codable)> QdcCodes(string xml) =>
        [.. XDocument.Parse(xml).Descendants(Qdc + "Code").Select(c => (Guid.Parse((string)c.Attribute("guid")!), (string)c.Attribute("name")!, (string)c.Attribute("isCodable")! == "true"))];

    [Fact]
    public void The_qdc_and_the_qdpx_export_offer_the_same_codes_with_the_same_codability()
    {
        var qdc = QdcCodes(CodebookCodes.Qdc(Book));
        var qdpx = Flatten(QdpxExport.ToQdaProject(CodingProjectLoader.Load(Repo.Corpus)).Codes).Select(c => (c.Guid, c.Name, c.IsCodable)).ToList();

        Assert.Equal(qdc, qdpx);
        Assert.Equal(qdc.Count(c => c.Codable), qdpx.Count(c => c.IsCodable));
    }

    [Fact]
    public void A_coding_on_every_codable_code_of_the_qdc_imports()
    {
        var qdcXml = CodebookCodes.Qdc(Book);
        var codable = QdcCodes(qdcXml).Where(c => c.Codable).Select(c => c.Guid).ToList();
        var dir = Repo.TempDirectory();
        var input = Path.Combine(dir, "coded.qdpx");
        File.WriteAllBytes(input, VendorExports.CodedWith(codable, qdcXml));

        QdpxImport.Import(input, Path.Combine(dir, "project"), Repo.Codebook);

        var project = CodingProjectLoader.Load(Path.Combine(dir, "project"));
        var lookup = CodebookCodes.Lookup(Book);
        Assert.Equal(codable.Select(g => lookup[g]), project.Segments.OrderBy(s => s.Start).Select(s => (s.Code, s.Value)));
        Assert.Empty(ForeignMapping.NotUsed(project));
    }

    [Fact]
    public void Grouping_clusters_Oliver_excluded_and_value_requiring_entries_are_not_codable_their_values_are()
    {
        var codes = Flatten(CodebookCodes.Codes(Book)).ToDictionary(c => c.Guid);

        Assert.False(codes[CodebookCodes.GuidOf("reactie")].IsCodable);
        Assert.False(codes[CodebookCodes.GuidOf("cluster.volgen")].IsCodable);
        Assert.False(codes[CodebookCodes.GuidOf("oliver.acquiesce")].IsCodable);
        Assert.False(codes[CodebookCodes.GuidOf("reactie.vermijden.ontsnappen")].IsCodable);
        Assert.False(codes[CodebookCodes.GuidOf("kenmerk.weten")].IsCodable);
        Assert.True(codes[CodebookCodes.GuidOf("kenmerk.weten", "+")].IsCodable);
        Assert.Equal("Weten +", codes[CodebookCodes.GuidOf("kenmerk.weten", "+")].Name);
        Assert.True(codes[CodebookCodes.GuidOf("reactie.volgen")].IsCodable);
        Assert.Equal(Book.Entries.Length + Book.Entries.Sum(e => CodebookCodes.ValuesOf(Book, e).Count), codes.Count);
    }

    [SharedFileFact("interop/refi-qda/Codebook.xsd")]
    public void The_qdc_validates_against_the_refi_qda_codebook_schema_and_a_broken_one_does_not()
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(QdcWriter.Namespace, Repo.Shared("interop", "refi-qda", "Codebook.xsd"));
        List<string> Errors(string xml)
        {
            var errors = new List<string>();
            XDocument.Parse(xml).Validate(schemas, (_, e) => errors.Add(e.Message));
            return errors;
        }
        var qdc = CodebookCodes.Qdc(Book);

        Assert.Empty(Errors(qdc));
        Assert.NotEmpty(Errors(qdc.Replace("isCodable=\"true\"", "isCodable=\"perhaps\"")));
    }

    [Fact]
    public void The_qdc_keeps_the_tree_puts_definitions_in_descriptions_and_groups_clusters_into_sets()
    {
        var doc = XDocument.Parse(CodebookCodes.Qdc(Book));
        var volgen = doc.Descendants(Qdc + "Code").Single(c => (string?)c.Attribute("guid") == CodebookCodes.GuidOf("reactie.volgen").ToString());

        Assert.Equal("reactie.volgen", volgen.Element(Qdc + "Description")!.Value.Split('\n')[0]);
        Assert.Contains(Book["reactie.volgen"].Definition!.Nl, volgen.Element(Qdc + "Description")!.Value);
        Assert.Contains(volgen.Elements(Qdc + "Code"), c => (string?)c.Attribute("guid") == CodebookCodes.GuidOf("reactie.volgen.imiteren").ToString());
        var sets = doc.Descendants(Qdc + "Set").ToList();
        Assert.Equal(["cluster Volgen", "cluster Niet-volgen", "cluster Niets-doen"], sets.Select(s => (string?)s.Attribute("name")));
        Assert.Contains(sets[0].Elements(Qdc + "MemberCode"), m => (string?)m.Attribute("guid") == CodebookCodes.GuidOf("reactie.compromis-sluiten").ToString());
        Assert.Equal(CodebookCodes.Qdc(Book), CodebookCodes.Qdc(CodebookLoader.Load(Repo.Codebook)));
    }
}
