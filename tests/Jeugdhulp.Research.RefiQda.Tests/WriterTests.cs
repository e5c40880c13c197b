using Jeugdhulp.Research.RefiQda.Tests.Support;

namespace Jeugdhulp.Research.RefiQda.Tests;

/// <summary>The writer refuses inconsistent projects before touching the disk and replaces files atomically.</summary>
public sealed class WriterTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static QdaProject WithInterview(Func<QdaTextSource, QdaTextSource> change)
    {
        var p = RichProject.Build();
        return p with { Sources = p.Sources.SetItem(0, change((QdaTextSource)p.Sources[0])) };
    }

    public static TheoryData<string, Func<QdaProject>> InvalidProjects => new()
    {
        { "outside the text", () => WithInterview(s => s with { PlainTextSelections = [new QdaPlainTextSelection { Guid = RichProject.G(900), StartPosition = 0, EndPosition = 10_000 }] }) },
        { "outside the text", () => WithInterview(s => s with { PlainTextSelections = [new QdaPlainTextSelection { Guid = RichProject.G(900), StartPosition = 5, EndPosition = 4 }] }) },
        { "not in the codebook", () => WithInterview(s => s with { Codings = [new QdaCoding { Guid = RichProject.G(900), CodeGuid = RichProject.G(999) }] }) },
        { "duplicate GUID", () => WithInterview(s => s with { Guid = RichProject.Dossier }) },
        { "unpaired surrogate", () => WithInterview(s => s with { PlainTextContent = "kapot \uD83D tekst", PlainTextSelections = [] }) },
        { "characters XML cannot carry", () => RichProject.Build() with { Description = "bel \u0007" } },
        { "color", () => RichProject.Build() with { Codes = [new QdaCode { Guid = RichProject.G(900), Name = "x", Color = "red" }] } },
        { "not a valid Integer", () => RichProject.Build() with { Cases = [new QdaCase { Guid = RichProject.G(900), VariableValues = [new QdaVariableValue { VariableGuid = RichProject.Leeftijd, Type = QdaVariableType.Integer, Value = "veel" }] }] } },
        { "not a plain file name", () => RichProject.Build() with { EmbeddedFiles = [new QdaEmbeddedFile { FileName = "../x.pdf", Content = [1] }] } },
    };

    [Theory]
    [MemberData(nameof(InvalidProjects))]
    public void Inconsistent_project_is_refused_and_leaves_no_file(string reason, Func<QdaProject> project)
    {
        var target = folder.File("out.qdpx");

        var ex = Assert.Throws<RefiQdaException>(() => QdpxWriter.Write(project(), target));

        Assert.Contains(reason, ex.Message);
        Assert.Empty(folder.Entries());
    }

    [Fact]
    public void Refused_project_leaves_an_existing_target_untouched()
    {
        var target = folder.File("out.qdpx");
        File.WriteAllText(target, "oud");

        Assert.Throws<RefiQdaException>(() => QdpxWriter.Write(RichProject.Build() with { Codes = [] }, target));

        Assert.Equal("oud", File.ReadAllText(target));
        Assert.Equal([target], folder.Entries());
    }

    [Fact]
    public void Existing_target_is_replaced_without_leaving_temporary_files()
    {
        var target = folder.File("out.qdpx");
        File.WriteAllText(target, "oud");

        QdpxWriter.Write(RichProject.Build(), target);

        Assert.Equal([target], folder.Entries());
        Assert.Equal(QdpxWriter.ToBytes(RichProject.Build()), File.ReadAllBytes(target));
    }

    [Fact]
    public void Default_immutable_arrays_are_treated_as_empty()
    {
        var project = new QdaProject { Name = "x", Users = default, Codes = default };

        Assert.True(project.Users.IsEmpty);
        Assert.Empty(QdpxReader.Read(new MemoryStream(QdpxWriter.ToBytes(project))).Project.Codes);
    }
}
