using Jeugdhulp.Research.RefiQda.Tests.Support;

namespace Jeugdhulp.Research.RefiQda.Tests;

public class RoundTripTests
{
    [Fact]
    public void Rich_project_survives_write_and_read_as_an_identical_object_graph()
    {
        using var folder = new TempFolder();
        var project = RichProject.Build();
        var path = folder.File("pilot.qdpx");

        QdpxWriter.Write(project, path);
        var result = QdpxReader.Read(path);

        GraphAssert.Equal(project, result.Project);
        var preserved = Assert.Single(result.Issues);
        Assert.Equal(ImportIssueKind.Preserved, preserved.Kind);
        Assert.Contains("PDFSource", preserved.Message);
    }

    [Fact]
    public void Writing_the_read_project_again_gives_byte_identical_zip()
    {
        using var folder = new TempFolder();
        var first = folder.File("first.qdpx");
        var second = folder.File("second.qdpx");

        QdpxWriter.Write(RichProject.Build(), first);
        QdpxWriter.Write(QdpxReader.Read(first).Project, second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(QdpxWriter.ToBytes(RichProject.Build()), File.ReadAllBytes(first));
    }

    [Fact]
    public void Selected_texts_with_emoji_and_crlf_are_the_same_after_round_trip()
    {
        var project = RichProject.Build();
        var read = QdpxReader.Read(new MemoryStream(QdpxWriter.ToBytes(project))).Project;

        var interview = Assert.IsType<QdaTextSource>(read.Sources[0]);
        Assert.Equal(RichProject.InterviewText, interview.PlainTextContent);
        Assert.Equal(
            ["Ik voel me 😊 gehoord.", "Fijn 👍🏽!", "gehoord.\r\nBegeleider", "𝄞-les.", ""],
            interview.PlainTextSelections.Select(interview.GetSelectedText));
        var memo = read.Notes[0];
        Assert.Equal(RichProject.MemoText, memo.PlainTextContent);
        Assert.Equal("  \n ", read.Notes[1].PlainTextContent);
    }

    [Fact]
    public void Archive_holds_project_qde_first_then_sources_as_guid_txt_with_fixed_timestamps()
    {
        var bytes = QdpxWriter.ToBytes(RichProject.Build());
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));

        Assert.Equal(
            ["project.qde", $"sources/{RichProject.Interview}.txt", $"sources/{RichProject.Dossier}.txt", $"sources/{RichProject.Brief}.pdf"],
            zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        using var reader = new StreamReader(zip.GetEntry($"sources/{RichProject.Interview}.txt")!.Open());
        Assert.Equal(RichProject.InterviewText, reader.ReadToEnd());
        var qde = QdpxWriter.ToQdeXml(RichProject.Build());
        Assert.Contains($"plainTextPath=\"internal://{RichProject.Interview}.txt\"", qde);
        Assert.Contains("&#xD;", qde); // CR in the inline memo text survives XML line-break normalisation
    }

    [Fact]
    public void Graph_comparison_notices_a_changed_selection()
    {
        var project = RichProject.Build();
        var source = (QdaTextSource)project.Sources[0];
        var changed = project with
        {
            Sources = project.Sources.SetItem(0, source with
            {
                PlainTextSelections = source.PlainTextSelections.SetItem(0, source.PlainTextSelections[0] with { EndPosition = 20 }),
            }),
        };

        var ex = Assert.ThrowsAny<Exception>(() => GraphAssert.Equal(project, changed));
        Assert.Contains("Sources[0].PlainTextSelections[0].EndPosition", ex.Message);
    }
}
