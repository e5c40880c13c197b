using System.IO.Compression;
using Jeugdhulp.Research.RefiQda.Tests.Support;
using static Jeugdhulp.Research.RefiQda.Tests.Support.Qdpx;

namespace Jeugdhulp.Research.RefiQda.Tests;

/// <summary>
/// Unsafe or inconsistent input is rejected with <see cref="RefiQdaException"/> naming the zip entry or XML element,
/// and an import-then-export pipeline leaves no file behind (nothing extracted, nothing half-written).
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempFolder input = new();
    private readonly TempFolder output = new();

    public void Dispose()
    {
        input.Dispose();
        output.Dispose();
    }

    private static byte[] Project(string inner, string text = "Ik voel me veilig thuis.") =>
        Zip(("project.qde", Utf8(Qde(inner))), ("sources/doc.txt", Utf8(text)));

    /// <summary>Imports <paramref name="qdpx"/> and exports the result; asserts the import throws and nothing was written.</summary>
    private RefiQdaException Rejects(byte[] qdpx, string fileName = "in.qdpx", QdpxReadOptions? options = null)
    {
        var path = input.File(fileName);
        File.WriteAllBytes(path, qdpx);
        var target = output.File("out.qdpx");

        var ex = Assert.Throws<RefiQdaException>(() => QdpxWriter.Write(QdpxReader.Read(path, options).Project, target));

        Assert.Empty(output.Entries());
        Assert.Equal([path], input.Entries());
        return ex;
    }

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("sources/../../evil.txt")]
    [InlineData("..\\evil.txt")]
    [InlineData("/etc/evil.txt")]
    [InlineData("C:/Windows/evil.txt")]
    public void Zip_entry_escaping_the_archive_is_rejected(string entryName)
    {
        var qdpx = Zip(("project.qde", Utf8(Qde(""))), (entryName, Utf8("boo")));

        var ex = Rejects(qdpx);

        Assert.Contains($"zip entry '{entryName}'", ex.Message);
        Assert.False(File.Exists(Path.Combine(input.Path, "..", "evil.txt")));
    }

    [Fact]
    public void Highly_compressed_entry_is_rejected_as_zip_bomb()
    {
        var qdpx = Zip(("project.qde", Utf8(Qde(""))), ("sources/bomb.txt", new byte[30 << 20]));

        var ex = Rejects(qdpx);

        Assert.Contains("zip entry 'sources/bomb.txt'", ex.Message);
        Assert.Contains("compression ratio", ex.Message);
    }

    [Fact]
    public void Total_uncompressed_size_is_capped_while_reading()
    {
        var random = new Random(7);
        var noise = new byte[200_000];
        random.NextBytes(noise);
        var qdpx = Zip(("project.qde", Utf8(Qde(""))), ("sources/a.bin", noise), ("sources/b.bin", noise));

        var ex = Rejects(qdpx, options: new QdpxReadOptions { MaxTotalUncompressedBytes = 300_000 });

        Assert.Contains("sources/b.bin", ex.Message);
    }

    [Fact]
    public void Entry_whose_header_understates_its_size_is_still_capped()
    {
        var qdpx = Zip(("project.qde", Utf8(Qde(""))), ("sources/liar.txt", new byte[3 << 20]));
        ForgeUncompressedSize(qdpx, "sources/liar.txt", 10);

        var ex = Rejects(qdpx, options: new QdpxReadOptions { MaxTotalUncompressedBytes = 1 << 20, MaxCompressionRatio = 1e9 });

        Assert.Contains("sources/liar.txt", ex.Message);
    }

    [Fact]
    public void Too_many_entries_are_rejected()
    {
        var entries = Enumerable.Range(0, 30).Select(i => ($"sources/{i}.txt", Utf8("x"))).Prepend(("project.qde", Utf8(Qde("")))).ToArray();

        var ex = Rejects(Zip(entries), options: new QdpxReadOptions { MaxEntryCount = 20 });

        Assert.Contains("31 entries", ex.Message);
    }

    [Fact]
    public void Xml_with_a_dtd_is_rejected()
    {
        var qde = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY lol \"lol\">]>"
            + $"<Project xmlns=\"{Ns}\" name=\"&lol;\"/>";

        var ex = Rejects(Zip(("project.qde", Utf8(qde))));

        Assert.Contains("zip entry 'project.qde'", ex.Message);
        Assert.Contains("DTD", ex.Message);
    }

    [Fact]
    public void Bare_qde_with_an_external_entity_is_rejected()
    {
        var qde = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + $"<Project xmlns=\"{Ns}\" name=\"&xxe;\"/>";

        var ex = Rejects(Utf8(qde), "project.qde");

        Assert.Contains("project.qde", ex.Message);
        Assert.DoesNotContain("root:", ex.Message);
    }

    [Fact]
    public void Plain_text_path_missing_from_the_zip_keeps_the_source_with_its_selections_and_names_the_file()
    {
        var qdpx = Zip(("project.qde", Utf8(Qde(CodeBook + TextSource(0, 2)))));

        var r = QdpxReader.Read(new MemoryStream(qdpx));

        var kept = Assert.IsType<QdaOpaqueSource>(Assert.Single(r.Project.Sources));
        Assert.Contains("PlainTextSelection", kept.Xml);
        Assert.Contains(r.Issues, i => i.Kind == ImportIssueKind.DanglingReference && i.Message.Contains("internal://doc.txt") && i.Path.Contains("/Project/Sources/TextSource"));
        Assert.Contains("startPosition=\"0\"", QdpxWriter.ToQdeXml(r.Project));
    }

    [Theory]
    [InlineData(-1, 3, "negative")]
    [InlineData(3, 999, "beyond the end")]
    [InlineData(5, 3, "after endPosition")]
    public void Selection_outside_the_text_is_rejected(int start, int end, string reason)
    {
        var ex = Rejects(Project(CodeBook + TextSource(start, end)));

        Assert.Contains("PlainTextSelection", ex.Message);
        Assert.Contains("line", ex.Message);
        Assert.Contains(reason, ex.Message);
    }

    [Fact]
    public void Coding_of_an_unknown_code_is_rejected()
    {
        var ex = Rejects(Project(CodeBook + TextSource(0, 2, codeGuid: "99999999-9999-9999-9999-999999999999")));

        Assert.Contains("99999999-9999-9999-9999-999999999999", ex.Message);
        Assert.Contains("CodeRef", ex.Message);
    }

    [Fact]
    public void Duplicate_guid_is_rejected_even_when_spelled_differently()
    {
        var inner = $"<Users><User guid=\"{CodeGuid}\" name=\"a\"/></Users>"
            + $"<CodeBook><Codes><Code guid=\"{{{CodeGuid.ToUpperInvariant()}}}\" name=\"b\" isCodable=\"true\"/></Codes></CodeBook>";

        var ex = Rejects(Project(inner));

        Assert.Contains("duplicate GUID", ex.Message);
        Assert.Contains("/Project/CodeBook/Codes/Code", ex.Message);
        Assert.Contains("/Project/Users/User", ex.Message);
    }

    [Fact]
    public void Archive_without_project_qde_is_rejected()
    {
        var ex = Rejects(Zip(("sources/doc.txt", Utf8("x"))));

        Assert.Contains("project.qde", ex.Message);
    }

    [Fact]
    public void Malformed_xml_names_entry_and_line()
    {
        var ex = Rejects(Zip(("project.qde", Utf8($"<Project xmlns=\"{Ns}\" name=\"x\">\n<Users>\n</Project>"))));

        Assert.Contains("zip entry 'project.qde', line 3", ex.Message);
    }

    /// <summary>Rewrites the uncompressed-size fields of an entry in both local header and central directory.</summary>
    private static void ForgeUncompressedSize(byte[] zip, string entryName, uint size)
    {
        var name = System.Text.Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4 && zip.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), size);
            }
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2 && zip.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), size);
            }
        }
        using var check = new ZipArchive(new MemoryStream(zip));
        Assert.Equal(size, check.GetEntry(entryName)!.Length);
    }
}
