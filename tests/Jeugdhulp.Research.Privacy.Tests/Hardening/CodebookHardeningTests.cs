using System.Text;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Privacy.Tests.Hardening;

/// <summary>Codebook YAML (<see cref="CodebookLoader"/>): only a codebook or an <see cref="InputException"/>.</summary>
public class CodebookHardeningTests
{
    private static readonly byte[] Real = File.ReadAllBytes(Path.Combine(TestPaths.Root, "codebooks", "jeugdhulp-sturing.yaml"));
    private static readonly byte[] Small = File.ReadAllBytes(Path.Combine(TestPaths.Root, "tests", "Jeugdhulp.Research.Fuzz", "corpus", "codebook", "small.yaml"));

    internal static void Parse(byte[] bytes) =>
        Harness.Survives(() => CodebookLoader.Parse(TextFile.DecodeUtf8(bytes, "fuzz.yaml"), "fuzz.yaml"), typeof(InputException));

    [Fact]
    public void Mutated_codebooks_give_a_codebook_or_an_InputException() => Harness.ForAllMutations([Small, Real], Parse, cases: 200);

    [Fact]
    public void Random_bytes_give_a_codebook_or_an_InputException() => Harness.ForAllBytes(Parse);

    [Fact]
    public void Utf8_bom_is_accepted_and_utf16_or_windows1252_refused_with_a_position()
    {
        using var temp = TestPaths.Temp();
        File.WriteAllBytes(temp["bom.yaml"], [0xEF, 0xBB, 0xBF, .. Real]);
        Assert.Equal("jeugdhulp-sturing", CodebookLoader.Load(temp["bom.yaml"]).Id);

        File.WriteAllBytes(temp["utf16.yaml"], [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(Small))]);
        Assert.Contains(Assert.Throws<InputException>(() => CodebookLoader.Load(temp["utf16.yaml"])).Diagnostics, d => d.Code == "not-utf8");

        File.WriteAllBytes(temp["cp1252.yaml"], [.. Small, .. "\n# hi"u8, 0xEB, .. "rarchisch\n"u8]);
        var d = Assert.Single(Assert.Throws<InputException>(() => CodebookLoader.Load(temp["cp1252.yaml"])).Diagnostics);
        Assert.Equal(("not-utf8", 2 + Encoding.UTF8.GetString(Small).Count(c => c == '\n'), 5), (d.Code, d.Line, d.Column));
    }

    [Fact]
    public void A_file_just_over_the_size_limit_is_refused_unread()
    {
        using var temp = TestPaths.Temp();
        using (var f = File.Create(temp["big.yaml"])) f.SetLength(TextFile.DefaultMaxBytes + 1);
        Harness.Survives(() => Assert.Contains(Assert.Throws<InputException>(() => CodebookLoader.Load(temp["big.yaml"])).Diagnostics, d => d.Code == "file-too-large"));
    }

    [Theory]
    [InlineData(200, false)]
    [InlineData(100_000, true)]
    public void Deeply_nested_yaml_is_refused(int depth, bool flow)
    {
        var yaml = flow
            ? "schema: jhr-codebook/1\nentries: " + new string('[', depth) + new string(']', depth) + "\n"
            : "schema: jhr-codebook/1\nentries:\n" + string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "a:\n"));
        Harness.Survives(() => Assert.Contains(Assert.Throws<InputException>(() => CodebookLoader.Parse(yaml, "deep.yaml")).Diagnostics, d => d.Code == "too-deep"));
    }

    [Fact]
    public void Billion_laughs_yaml_is_refused()
    {
        var yaml = new StringBuilder("schema: jhr-codebook/1\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
            yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        yaml.Append("entries: *a9\n");
        Harness.Survives(() => Assert.Contains(Assert.Throws<InputException>(() => CodebookLoader.Parse(yaml.ToString(), "lol.yaml")).Diagnostics, d => d.Code == "alias-not-allowed"));
    }

    /// <summary>
    /// Fuzzer finding (AFL++, target codebook): NUL characters around a mapping key make YamlDotNet's YamlStream.Load
    /// throw ArgumentException ("The current event is of an unsupported type"), which YamlFileReader.LoadRoot does not
    /// catch. Fails until YamlFileReader maps it to an InputException.
    /// </summary>
    [Theory]
    [InlineData("codebook-0.bin")]
    [InlineData("codebook-1.bin")]
    public void Fuzz_crash_yaml_argument_exception_is_an_InputException(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Root, "tests", "Jeugdhulp.Research.Privacy.Tests", "Hardening", "crashes", file));
        Harness.Survives(() => Assert.Contains("fuzz.yaml", Assert.ThrowsAny<InputException>(() =>
            CodebookLoader.Parse(TextFile.DecodeUtf8(bytes, "fuzz.yaml"), "fuzz.yaml")).Message, StringComparison.Ordinal));
    }
}
