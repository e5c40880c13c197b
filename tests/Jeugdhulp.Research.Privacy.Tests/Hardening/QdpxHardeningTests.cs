using System.IO.Compression;
using System.Text;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Qdpx;
using Jeugdhulp.Research.RefiQda;

namespace Jeugdhulp.Research.Privacy.Tests.Hardening;

/// <summary>REFI-QDA import (<see cref="QdpxReader"/>): a project or a <see cref="RefiQdaException"/>, on random and mutated zips and XML.</summary>
public class QdpxHardeningTests
{
    private static readonly Lazy<(byte[] Qdpx, byte[] Qde)> Seeds = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"jhr-hardening-{Guid.NewGuid():N}.qdpx");
        try
        {
            QdpxExport.Write(CodingProjectLoader.Load(TestPaths.Corpus), path);
            var qdpx = File.ReadAllBytes(path);
            using var zip = new ZipArchive(new MemoryStream(qdpx));
            using var qde = new MemoryStream();
            using (var s = zip.GetEntry("project.qde")!.Open()) s.CopyTo(qde);
            return (qdpx, qde.ToArray());
        }
        finally { File.Delete(path); }
    });

    internal static void Read(byte[] bytes) =>
        Harness.Survives(() => QdpxReader.Read(new MemoryStream(bytes, writable: false)), typeof(RefiQdaException));

    [Fact]
    public void Mutated_qdpx_and_qde_give_a_project_or_a_RefiQdaException() => Harness.ForAllMutations([Seeds.Value.Qdpx, Seeds.Value.Qde], Read, cases: 250);

    [Fact]
    public void Random_bytes_give_a_project_or_a_RefiQdaException()
    {
        Harness.ForAllBytes(Read);
        Harness.ForAllBytes(bytes => Read([.. "PK\u0003\u0004"u8, .. bytes]));
    }

    [Fact]
    public void Zips_rebuilt_with_mutated_entries_give_a_project_or_a_RefiQdaException()
    {
        var entries = new List<(string Name, byte[] Content)>();
        using (var zip = new ZipArchive(new MemoryStream(Seeds.Value.Qdpx)))
            foreach (var e in zip.Entries)
            {
                using var s = e.Open();
                using var m = new MemoryStream();
                s.CopyTo(m);
                entries.Add((e.FullName, m.ToArray()));
            }
        string[] names = ["../evil.txt", "/etc/passwd", "sources/../../x", "C:\\x", "project.qde", "PROJECT.QDE", "sources/", "", "sources/a\u0000b.txt"];
        Harness.ForAllMutations([.. entries.Select(e => e.Content)], mutated =>
        {
            var random = new Random(mutated.Length);
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                var victim = random.Next(entries.Count);
                for (var i = 0; i < entries.Count; i++)
                {
                    var name = i == victim && random.Next(3) == 0 ? names[random.Next(names.Length)] : entries[i].Name;
                    if (name.Length == 0) continue;
                    using var s = zip.CreateEntry(name).Open();
                    s.Write(i == victim ? mutated : entries[i].Content);
                }
            }
            Read(buffer.ToArray());
        }, cases: 120);
    }

    [Fact]
    public void Billion_laughs_and_external_entities_in_project_qde_are_refused()
    {
        var lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY l0 \"lol\">");
        for (var i = 1; i < 10; i++) lol.Append($"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">");
        lol.Append("]><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&l9;\"/>");
        Harness.Survives(() => Assert.Throws<RefiQdaException>(() => QdpxReader.ReadQde(lol.ToString())));

        var secret = Path.Combine(Path.GetTempPath(), $"jhr-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "GEHEIM");
        try
        {
            var xxe = $"<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"file://{secret}\">]><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>";
            Harness.Survives(() =>
            {
                try { Assert.DoesNotContain("GEHEIM", QdpxReader.ReadQde(xxe).Project.Name ?? "", StringComparison.Ordinal); }
                catch (RefiQdaException) { }
            });
        }
        finally { File.Delete(secret); }
    }

    [Fact]
    public void A_zip_bomb_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var s = new StreamWriter(zip.CreateEntry("project.qde").Open())) s.Write(Encoding.UTF8.GetString(Seeds.Value.Qde));
            using var bomb = zip.CreateEntry("sources/bomb.txt", CompressionLevel.Optimal).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 64; i++) bomb.Write(zeros);
        }
        Harness.Survives(() => Assert.Throws<RefiQdaException>(() => QdpxReader.Read(new MemoryStream(buffer.ToArray()))));
    }

    private static string NestedQde(int depth) =>
        "<?xml version=\"1.0\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Notes>" +
        string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth)) + "</Notes></Project>";

    [Fact]
    public void Deeply_nested_xml_is_refused_or_read_without_a_stack_overflow() =>
        Harness.Survives(() => QdpxReader.ReadQde(NestedQde(10_000)), typeof(RefiQdaException));

    /// <summary>
    /// Finding: QdpxReader's time grows quadratically with the nesting depth of project.qde (release build, cold:
    /// 5,000 levels 0.6 s, 10,000 1.2 s, 20,000 2.3 s, 100,000 more than 300 s). A 700 KB file stalls an import; a
    /// depth limit (the codebook reader refuses more than 64 levels) would refuse it at once. Fails until then.
    /// </summary>
    [Fact]
    public void Deeply_nested_xml_is_refused_quickly() =>
        Harness.Survives(TimeSpan.FromSeconds(10), () => QdpxReader.ReadQde(NestedQde(60_000)), typeof(RefiQdaException));

    [Fact]
    public void A_file_over_the_size_limit_is_refused()
    {
        var options = new QdpxReadOptions { MaxTotalUncompressedBytes = Seeds.Value.Qde.Length - 1 };
        Harness.Survives(() => Assert.Throws<RefiQdaException>(() => QdpxReader.Read(new MemoryStream(Seeds.Value.Qde), options)));
        Harness.Survives(() => Assert.Throws<RefiQdaException>(() => QdpxReader.Read(new MemoryStream(Seeds.Value.Qdpx), options)));
    }

    /// <summary>The project a .qde holds, written back by the deterministic writer, to compare two reads whole.</summary>
    private static string Written(byte[] qde) => QdpxWriter.ToQdeXml(QdpxReader.Read(new MemoryStream(qde, writable: false)).Project);

    [Fact]
    public void A_utf16_project_qde_that_declares_utf16_reads_as_the_utf8_original()
    {
        var text = Encoding.UTF8.GetString(Seeds.Value.Qde);
        Assert.Contains("encoding=\"utf-8\"", text);
        var utf16 = text.Replace("encoding=\"utf-8\"", "encoding=\"utf-16\"", StringComparison.Ordinal);
        Assert.Equal(Written(Seeds.Value.Qde), Written([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(utf16)]));
        Assert.Equal(Written(Seeds.Value.Qde), Written([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(utf16)]));
    }

    [Fact]
    public void A_utf8_project_qde_with_a_byte_order_mark_reads_as_the_original() =>
        Assert.Equal(Written(Seeds.Value.Qde), Written([0xEF, 0xBB, 0xBF, .. Seeds.Value.Qde]));

    [Fact]
    public void A_project_qde_whose_bytes_contradict_its_declared_encoding_is_read_by_its_byte_order_mark_or_refused_naming_the_file()
    {
        // UTF-16 bytes (with BOM) under a declaration that says utf-8, as a careless converter writes them.
        var text = Encoding.UTF8.GetString(Seeds.Value.Qde);
        byte[] mislabelled = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
        try
        {
            Assert.Equal(Written(Seeds.Value.Qde), Written(mislabelled));
        }
        catch (RefiQdaException e)
        {
            Assert.Contains("project.qde", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Bytes_that_are_not_utf8_inside_a_utf8_project_qde_are_refused_naming_the_file_and_line()
    {
        var start = Encoding.UTF8.GetString(Seeds.Value.Qde).IndexOf("<Project", StringComparison.Ordinal);
        var at = Encoding.UTF8.GetByteCount(Encoding.UTF8.GetString(Seeds.Value.Qde)[..start]) + "<Project name=\"".Length;
        var e = Assert.Throws<RefiQdaException>(() => QdpxReader.Read(new MemoryStream([.. Seeds.Value.Qde[..at], 0xFF, 0xFE, .. Seeds.Value.Qde[at..]], writable: false)));
        Assert.Contains("project.qde", e.Message, StringComparison.Ordinal);
        Assert.Matches(@"line \d+|regel \d+|Line \d+", e.Message);
    }
}
