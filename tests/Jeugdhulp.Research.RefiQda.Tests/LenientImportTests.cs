using System.Text;
using Jeugdhulp.Research.RefiQda.Tests.Support;
using static Jeugdhulp.Research.RefiQda.Tests.Support.Qdpx;

namespace Jeugdhulp.Research.RefiQda.Tests;

/// <summary>What real producers write differently from the spec is read, normalised and reported.</summary>
public class LenientImportTests
{
    private static QdpxReadResult Read(byte[] qdpx) => QdpxReader.Read(new MemoryStream(qdpx));

    private static QdpxReadResult Read(string inner, string text, string ns = Ns) =>
        Read(Zip(("project.qde", Utf8(Qde(inner, ns))), ("sources/doc.txt", Utf8(text))));

    private static QdaTextSource Source(QdpxReadResult r) => Assert.IsType<QdaTextSource>(Assert.Single(r.Project.Sources));

    [Theory]
    [InlineData("urn:QDA-XML:project:1.0.1")]
    [InlineData("urn:QDA-XML:project:2.0")]
    [InlineData("")]
    public void Namespace_variants_are_read_and_reported(string ns)
    {
        var r = Read(CodeBook, "", ns);

        Assert.Equal("Veiligheid", Assert.Single(r.Project.Codes).Name);
        Assert.Contains(r.Issues, i => i.Kind == ImportIssueKind.Normalised && i.Message.Contains("namespace"));
    }

    [Fact]
    public void Foreign_namespace_is_rejected()
    {
        var ex = Assert.Throws<RefiQdaException>(() => QdpxReader.ReadQde("<Project xmlns=\"urn:other\" name=\"x\"/>"));

        Assert.Contains("urn:other", ex.Message);
    }

    [Fact]
    public void Guids_in_any_case_and_with_braces_are_normalised()
    {
        var inner = "<CodeBook><Codes><Code guid=\"{ABCDEF01-2345-6789-ABCD-EF0123456789}\" name=\"c\" isCodable=\"true\"/></Codes></CodeBook>"
            + "<Sources><TextSource guid=\"22222222-2222-2222-2222-222222222222\" plainTextPath=\"internal://doc.txt\">"
            + "<Coding guid=\"44444444-4444-4444-4444-444444444444\"><CodeRef targetGUID=\"abcdef01-2345-6789-abcd-ef0123456789\"/></Coding>"
            + "</TextSource></Sources>";

        var r = Read(inner, "tekst");

        var code = Guid.Parse("abcdef01-2345-6789-abcd-ef0123456789");
        Assert.Equal(code, r.Project.Codes[0].Guid);
        Assert.Equal(code, Source(r).Codings[0].CodeGuid);
        Assert.Contains(r.Issues, i => i.Kind == ImportIssueKind.Normalised && i.Message.Contains("braces"));
        Assert.Contains("guid=\"abcdef01-2345-6789-abcd-ef0123456789\"", QdpxWriter.ToQdeXml(r.Project));
    }

    [Fact]
    public void Positions_that_count_crlf_as_one_are_detected_from_split_line_breaks_and_converted()
    {
        // "Regel een\r\nRegel twee\r\nRegel drie": a CR-LF-as-one producer puts line starts at 10 and 21.
        const string text = "Regel een\r\nRegel twee\r\nRegel drie";
        var r = Read(CodeBook + TextSource(10, 20), text);

        var s = Source(r);
        Assert.Equal("Regel twee", s.GetSelectedText(s.PlainTextSelections[0]));
        Assert.Equal((11, 21), (s.PlainTextSelections[0].StartPosition, s.PlainTextSelections[0].EndPosition));
        Assert.Contains(r.Issues, i => i.Kind == ImportIssueKind.Normalised && i.Message.Contains("CR LF") && i.Path.Contains("TextSource"));
    }

    [Fact]
    public void Positions_that_count_crlf_as_one_are_detected_from_quotation_names()
    {
        const string text = "Een\r\nTwee\r\nDrie\r\nVier: de jongere voelt zich veilig.";
        // CR LF as one, "de jongere ..." is 20..49; in code points it is 23..52. ATLAS.ti-style names quote the start.
        var r = Read(CodeBook + TextSource(20, 49, name: "de jongere voelt..."), text);

        var s = Source(r);
        Assert.Equal("de jongere voelt zich veilig.", s.GetSelectedText(s.PlainTextSelections[0]));
        Assert.Contains(r.Issues, i => i.Message.Contains("CR LF"));
    }

    [Fact]
    public void Spec_conform_positions_in_crlf_text_are_left_alone()
    {
        const string text = "Regel een\r\nRegel twee\r\nRegel drie";
        var r = Read(CodeBook + TextSource(11, 21, name: "Regel twee"), text);

        var s = Source(r);
        Assert.Equal("Regel twee", s.GetSelectedText(s.PlainTextSelections[0]));
        Assert.DoesNotContain(r.Issues, i => i.Message.Contains("CR LF"));
    }

    [Fact]
    public void Inline_text_whose_crlf_became_lf_in_xml_gets_its_positions_converted()
    {
        // Raw CR LF in XML text is read as LF; the producer counted two positions per line break.
        var inner = CodeBook + "<Sources><TextSource guid=\"22222222-2222-2222-2222-222222222222\">"
            + "<PlainTextContent>Een\r\nTwee\r\nDrie</PlainTextContent>"
            + "<PlainTextSelection guid=\"33333333-3333-3333-3333-333333333333\" startPosition=\"11\" endPosition=\"15\"/>"
            + "</TextSource></Sources>";

        var r = QdpxReader.ReadQde(Qde(inner));

        var s = Source(r);
        Assert.Equal("Een\nTwee\nDrie", s.PlainTextContent);
        Assert.Equal("Drie", s.GetSelectedText(s.PlainTextSelections[0]));
        Assert.Contains(r.Issues, i => i.Kind == ImportIssueKind.Normalised);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_removed_and_reported()
    {
        var bom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8("Één zin.")).ToArray();
        var r = Read(Zip(("project.qde", Utf8(Qde(CodeBook + TextSource(0, 3)))), ("sources/doc.txt", bom)));

        var s = Source(r);
        Assert.Equal("Één zin.", s.PlainTextContent);
        Assert.Equal("Één", s.GetSelectedText(s.PlainTextSelections[0]));
        Assert.Contains(r.Issues, i => i.Path == "sources/doc.txt" && i.Message.Contains("byte order mark"));
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_latin1_and_is_reported()
    {
        var r = Read(Zip(("project.qde", Utf8(Qde(CodeBook + TextSource(0, 3)))), ("sources/doc.txt", Encoding.Latin1.GetBytes("Één"))));

        Assert.Equal("Één", Source(r).PlainTextContent);
        Assert.Contains(r.Issues, i => i.Message.Contains("ISO-8859-1"));
    }

    [Fact]
    public void Missing_optional_elements_and_attributes_are_fine()
    {
        var inner = "<Sources><TextSource guid=\"22222222-2222-2222-2222-222222222222\" plainTextPath=\"internal://doc.txt\"/></Sources>";
        var r = Read(inner, "");

        var s = Source(r);
        Assert.Null(s.Name);
        Assert.Empty(s.PlainTextSelections);
        Assert.Null(r.Project.CreationDateTime);
        Assert.Empty(r.Issues);
    }

    [Fact]
    public void Code_without_name_or_iscodable_gets_defaults_and_an_issue()
    {
        var r = QdpxReader.ReadQde(Qde($"<CodeBook><Codes><Code guid=\"{CodeGuid}\"/></Codes></CodeBook>"));

        Assert.True(r.Project.Codes[0].IsCodable);
        Assert.Equal("", r.Project.Codes[0].Name);
        Assert.Equal(2, r.Issues.Count(i => i.Kind == ImportIssueKind.Defaulted));
    }

    [Fact]
    public void Pdf_and_audio_sources_are_preserved_as_xml_with_their_files_and_reported()
    {
        var inner = CodeBook + "<Sources>"
            + "<PDFSource guid=\"55555555-5555-5555-5555-555555555555\" name=\"brief.pdf\" path=\"internal://brief.pdf\">"
            + "  <PDFSelection guid=\"66666666-6666-6666-6666-666666666666\" page=\"1\" firstX=\"1\" firstY=\"2\" secondX=\"3\" secondY=\"4\">"
            + $"    <Coding guid=\"77777777-7777-7777-7777-777777777777\"><CodeRef targetGUID=\"{CodeGuid}\"/></Coding>"
            + "  </PDFSelection></PDFSource>"
            + "<AudioSource guid=\"88888888-8888-8888-8888-888888888888\" path=\"relative:///opname.m4a\"/>"
            + "</Sources>";
        var r = Read(Zip(("project.qde", Utf8(Qde(inner))), ("sources/brief.pdf", Utf8("%PDF"))));

        Assert.Equal(["PDFSource", "AudioSource"], r.Project.Sources.Cast<QdaOpaqueSource>().Select(s => s.ElementName));
        Assert.Equal("brief.pdf", Assert.Single(r.Project.EmbeddedFiles).FileName);
        Assert.Equal(2, r.Issues.Count(i => i.Kind == ImportIssueKind.Preserved));

        var again = Read(QdpxWriter.ToBytes(r.Project));
        GraphAssert.Equal(r.Project, again.Project);
    }

    [Fact]
    public void Codings_inside_preserved_sources_are_still_checked()
    {
        var inner = CodeBook + "<Sources><PDFSource guid=\"55555555-5555-5555-5555-555555555555\">"
            + "<Coding guid=\"77777777-7777-7777-7777-777777777777\"><CodeRef targetGUID=\"99999999-9999-9999-9999-999999999999\"/></Coding>"
            + "</PDFSource></Sources>";

        Assert.Throws<RefiQdaException>(() => QdpxReader.ReadQde(Qde(inner)));
    }

    [Fact]
    public void Unknown_elements_are_kept_verbatim_and_dangling_references_reported()
    {
        var inner = CodeBook + "<Cases><Case guid=\"55555555-5555-5555-5555-555555555555\">"
            + "<SourceRef targetGUID=\"99999999-9999-9999-9999-999999999999\"/><Weight xmlns=\"urn:vendor\" v=\"2\"/></Case></Cases>"
            + "<Extension xmlns=\"urn:vendor\"><Setting a=\"1\">x</Setting></Extension>";

        var r = QdpxReader.ReadQde(Qde(inner));

        Assert.Contains(r.Issues, i => i.Kind == ImportIssueKind.Preserved && i.Path.Contains("Extension"));
        Assert.Equal("<Extension xmlns=\"urn:vendor\"><Setting a=\"1\">x</Setting></Extension>", Assert.Single(r.Project.Unmodelled).Xml);
        Assert.Equal("<Weight xmlns=\"urn:vendor\" v=\"2\" />", Assert.Single(r.Project.Cases[0].Unmodelled).Xml);
        var again = QdpxReader.ReadQde(QdpxWriter.ToQdeXml(r.Project)).Project;
        Assert.Equal(r.Project.Unmodelled.Single().Xml, again.Unmodelled.Single().Xml);
        Assert.Equal(r.Project.Cases[0].Unmodelled.Single().Xml, again.Cases[0].Unmodelled.Single().Xml);
        Assert.Contains(r.Issues, i => i.Kind == ImportIssueKind.DanglingReference && i.Path.Contains("SourceRef"));
        Assert.Single(r.Project.Cases[0].SourceRefs);
    }

    [Fact]
    public void Bare_project_qde_file_reads_its_sources_from_a_folder_beside_it()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("sources"));
        File.WriteAllText(folder.File("project.qde"), Qde(CodeBook + TextSource(3, 8)));
        File.WriteAllText(Path.Combine(folder.File("sources"), "doc.txt"), "Ik voel me veilig.");

        var r = QdpxReader.Read(folder.File("project.qde"));

        var s = Source(r);
        Assert.Equal("voel ", s.GetSelectedText(s.PlainTextSelections[0]));
    }

    [Fact]
    public void Variable_values_in_non_canonical_form_are_normalised()
    {
        var inner = "<Variables><Variable guid=\"55555555-5555-5555-5555-555555555555\" name=\"n\" typeOfVariable=\"Integer\"/></Variables>"
            + "<Cases><Case guid=\"66666666-6666-6666-6666-666666666666\"><VariableValue><VariableRef targetGUID=\"55555555-5555-5555-5555-555555555555\"/>"
            + "<IntegerValue> +007 </IntegerValue></VariableValue>"
            + "<VariableValue><VariableRef targetGUID=\"55555555-5555-5555-5555-555555555555\"/><IntegerValue>zeven</IntegerValue></VariableValue>"
            + "</Case></Cases>";

        var r = QdpxReader.ReadQde(Qde(inner));

        var values = r.Project.Cases[0].VariableValues;
        Assert.Equal(("7", QdaVariableType.Integer), (values[0].Value, values[0].Type));
        Assert.Equal(("zeven", QdaVariableType.Text), (values[1].Value, values[1].Type));
        Assert.Contains(r.Issues, i => i.Message.Contains("zeven"));
    }
}
