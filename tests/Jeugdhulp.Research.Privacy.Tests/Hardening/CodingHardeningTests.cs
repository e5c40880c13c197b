using FsCheck;
using FsCheck.Fluent;
using System.Text;
using Jeugdhulp.Research.Coding;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Coding.Sources;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Privacy.Tests.Hardening;

/// <summary>
/// Sources with front matter (<see cref="SourceReader"/>), inline markers (<see cref="InlineMarkers"/>), codings CSV
/// (<see cref="CodingCsv"/>) and whole projects (<see cref="CodingProjectLoader"/>): results or diagnostics, or an
/// <see cref="InputException"/>; nothing else.
/// </summary>
public sealed class CodingHardeningTests : IDisposable
{
    private static readonly byte[][] Sources = [.. Directory.EnumerateFiles(Path.Combine(TestPaths.Corpus, "sources"), "*.md").Order().Select(File.ReadAllBytes)];
    private static readonly byte[] CoderB = File.ReadAllBytes(Path.Combine(TestPaths.Corpus, "codings", "coderB.csv"));
    private readonly TempDir _temp = TestPaths.Temp();

    public void Dispose() => _temp.Dispose();

    internal static void ReadSource(string path) => Harness.Survives(() => SourceReader.Read(path, new CodingDiagnostics()), typeof(InputException));

    [Fact]
    public void Mutated_sources_read_as_a_source_or_diagnostics()
    {
        var path = _temp["s.md"];
        Harness.ForAllMutations(Sources, bytes => { File.WriteAllBytes(path, bytes); ReadSource(path); }, cases: 250);
    }

    [Fact]
    public void Random_bytes_after_a_front_matter_opening_read_as_a_source_or_diagnostics()
    {
        var path = _temp["r.md"];
        Harness.ForAllBytes(bytes => { File.WriteAllBytes(path, [.. "---\n"u8, .. bytes, .. "\n---\n[["u8, .. bytes]); ReadSource(path); });
    }

    [Fact]
    public void Mutated_marker_text_parses_to_segments_or_errors_and_round_trips()
    {
        Harness.ForAllMutations(Sources, bytes =>
        {
            var text = TextFile.NormaliseNewlines(Encoding.UTF8.GetString(bytes));
            Harness.Survives(() =>
            {
                var parsed = InlineMarkers.Parse(text, "s", "s.md");
                if (!parsed.Errors.IsEmpty || InlineMarkers.Crossing(parsed.Segments).Any()) return;
                var again = InlineMarkers.Parse(InlineMarkers.Write(parsed.Text, parsed.Segments), "s", "s.md");
                Assert.Equal(parsed.Text, again.Text);
            }, typeof(InputException));
        }, cases: 250);
    }

    [Fact]
    public void Mutated_codings_csv_reads_as_segments_or_diagnostics()
    {
        var path = _temp["c.csv"];
        Harness.ForAllMutations([CoderB], bytes => { File.WriteAllBytes(path, bytes); Harness.Survives(() => CodingCsv.Read(path, new CodingDiagnostics())); }, cases: 200);
    }

    [Fact]
    public void A_project_with_a_mutated_file_loads_or_gives_an_InputException()
    {
        var project = _temp["p"];
        PseudonymiseCorpusTests.CopyDirectory(TestPaths.Corpus, project);
        var files = new[] { "codings/coderB.csv", "sources/kustwijk-eikenhof-bestuurder-2017.md", "units.csv", "cases.csv", "overrides.csv", "project.yaml" };
        var originals = files.Select(f => File.ReadAllBytes(Path.Combine(project, f))).ToArray();
        var gen = from which in FsCheck.Fluent.Gen.Choose(0, files.Length - 1)
                  from seed in FsCheck.Fluent.Gen.Choose(0, int.MaxValue - 1)
                  from count in FsCheck.Fluent.Gen.Choose(1, 8)
                  select (which, seed, count);
        FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.ToArbitrary(gen), t =>
        {
            var path = Path.Combine(project, files[t.which]);
            File.WriteAllBytes(path, Mutator.Mutate(originals[t.which], t.seed, t.count));
            try { Harness.Survives(() => CodingProjectLoader.Load(project), typeof(InputException)); }
            finally { File.WriteAllBytes(path, originals[t.which]); }
        }).Check(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(80));
    }

    [Fact]
    public void Bom_utf16_and_windows1252_sources()
    {
        var text = Encoding.UTF8.GetString(Sources[0]);
        File.WriteAllBytes(_temp["bom.md"], [0xEF, 0xBB, 0xBF, .. Sources[0]]);
        var d = new CodingDiagnostics();
        Assert.NotNull(SourceReader.Read(_temp["bom.md"], d));
        Assert.False(d.HasErrors);

        File.WriteAllBytes(_temp["utf16.md"], [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))]);
        d = new CodingDiagnostics();
        var source = SourceReader.Read(_temp["utf16.md"], d);
        Assert.NotNull(source);
        Assert.Contains(d.Warnings, w => w.Code == "converted-from-utf16");
        Assert.Equal(SourceReader.Read(_temp["bom.md"], new CodingDiagnostics())!.Text, source.Text);

        File.WriteAllBytes(_temp["odd.md"], [.. Encoding.Unicode.GetPreamble(), 0x00, 0xD8, 0x41]);
        d = new CodingDiagnostics();
        Harness.Survives(() => SourceReader.Read(_temp["odd.md"], d));
        Assert.True(d.HasErrors);

        File.WriteAllBytes(_temp["cp1252.md"], [.. Sources[0], .. "ge"u8, 0xEF, .. "nterviewd\n"u8]);
        d = new CodingDiagnostics();
        Assert.Null(SourceReader.Read(_temp["cp1252.md"], d));
        Assert.Contains(d.Errors, e => e.Code == "not-utf8" && e.Line > 1);
    }

    [Fact]
    public void Files_just_over_the_size_limit_are_refused_unread()
    {
        using (var f = File.Create(_temp["big.md"])) f.SetLength(TextFile.DefaultMaxBytes + 1);
        File.Copy(_temp["big.md"], _temp["big.csv"]);
        var d = new CodingDiagnostics();
        Harness.Survives(() => SourceReader.Read(_temp["big.md"], d));
        Harness.Survives(() => CodingCsv.Read(_temp["big.csv"], d));
        Assert.Equal(2, d.Errors.Count(e => e.Code == "file-too-large"));
    }

    [Fact]
    public void Deeply_nested_block_front_matter_is_refused()
    {
        var yaml = "kind: interview\ncase: x\nspeakers:\n" + string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i + 2) + "a:\n"));
        var d = new CodingDiagnostics();
        Harness.Survives(() => SourceReader.Parse("---\n" + yaml + "---\ntekst\n", "deep.md", d, "deep"));
        Assert.True(d.HasErrors);
    }

    /// <summary>
    /// Finding: the front-matter reader (YamlHelper.LoadMapping, Coding) has no nesting pre-scan like the codebook's
    /// YamlFileReader, and deeply nested flow sequences take quadratic time (warm JIT: 10,000 levels 1.1 s, 20,000
    /// 4.2 s, 40,000 21.6 s; the codebook loader refuses 100,000 levels at once with too-deep). An 80 KB source
    /// stalls a project load for 20 s. Fails until the front matter gets the same depth limit.
    /// </summary>
    [Fact]
    public void Deeply_nested_flow_front_matter_is_refused_quickly()
    {
        const int depth = 40_000;
        var yaml = "kind: interview\ncase: x\nspeakers: " + new string('[', depth) + new string(']', depth) + "\n";
        var d = new CodingDiagnostics();
        Harness.Survives(TimeSpan.FromSeconds(5), () => SourceReader.Parse("---\n" + yaml + "---\ntekst\n", "deep.md", d, "deep"));
        Assert.True(d.HasErrors);
    }

    [Fact]
    public void Billion_laughs_front_matter_is_refused()
    {
        var yaml = new StringBuilder("kind: interview\ncase: x\nnote: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++) yaml.Append($"n{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        yaml.Append("speakers: *a9\n");
        var d = new CodingDiagnostics();
        Harness.Survives(() => SourceReader.Parse("---\n" + yaml + "---\ntekst\n", "lol.md", d, "lol"));
        Assert.True(d.HasErrors);
    }

    [Fact]
    public void Deeply_nested_markers_are_parsed_or_refused_without_a_stack_overflow()
    {
        const int depth = 20_000;
        var text = string.Concat(Enumerable.Repeat("[[reactie.volgen @coderA |", depth)) + "x" + string.Concat(Enumerable.Repeat("]]", depth));
        Harness.Survives(() => InlineMarkers.Parse(text, "s", "s.md"), typeof(InputException));
    }

    /// <summary>
    /// Fuzzer finding (AFL++, target source): NUL characters in a front-matter mapping key make YamlDotNet throw
    /// ArgumentException from YamlHelper.LoadMapping (Coding), which only catches YamlException. Fails until fixed.
    /// </summary>
    [Fact]
    public void Fuzz_crash_front_matter_argument_exception_is_a_diagnostic()
    {
        var path = Path.Combine(TestPaths.Root, "tests", "Jeugdhulp.Research.Privacy.Tests", "Hardening", "crashes", "source-0.bin");
        ReadSource(path);
        File.WriteAllBytes(_temp["min.md"], [.. "---\n"u8, 0, 0, (byte)':', 0, 0, 0, .. " hema\n---\n"u8]);
        ReadSource(_temp["min.md"]);
    }
}
