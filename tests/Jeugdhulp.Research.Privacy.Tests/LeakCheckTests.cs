using FsCheck;
using FsCheck.Fluent;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Privacy.Tests;

public class LeakCheckTests
{
    private static readonly PseudonymKey Key = PseudonymKey.FromEntries([
        new KeyEntry(NameKind.Gemeente, "Gemeente Zuidstad", "Gemeente X"),
        new KeyEntry(NameKind.Gemeente, "Zuidstad", "X-stad"),
        new KeyEntry(NameKind.Aanbieder, "Eikenhof Jeugd-GGZ", "Aanbieder A"),
        new KeyEntry(NameKind.Persoon, "Zoë Vermeulen", "Persoon 1"),
        new KeyEntry(NameKind.Gemeente, "Lek", "Rivier"),
    ]);

    [Theory]
    [InlineData("Gemeente Zuid-\nstad vond dat goed.", "Gemeente Zuidstad", 1, 1)]
    [InlineData("Dat vond\nZuid\nstad.", "Zuidstad", 2, 1)]
    [InlineData("in zuid-\r\n  stad", "Zuidstad", 1, 4)]
    [InlineData("x\n> De ZUIDSTAD is", "Zuidstad", 2, 6)]
    [InlineData("Gemeente\nZuidstad", "Gemeente Zuidstad", 1, 1)]
    [InlineData("ZOE VERMEULEN zei", "Zoë Vermeulen", 1, 1)]
    [InlineData("zoë\nvermeulen", "Zoë Vermeulen", 1, 1)]
    [InlineData("Zoe\u0308 Vermeulen", "Zoë Vermeulen", 1, 1)]
    [InlineData("Eikenhof Jeugd-\nGGZ", "Eikenhof Jeugd-GGZ", 1, 1)]
    [InlineData("eikenhof jeugd ggz", "Eikenhof Jeugd-GGZ", 1, 1)]
    [InlineData("Zuid\u00ADstad", "Zuidstad", 1, 1)]
    [InlineData("ZUIDSTAD", "Zuidstad", 1, 1)]
    [InlineData("de rivier de Lek", "Lek", 1, 14)]
    public void Finds_names_split_across_lines_and_in_other_case_or_accents(string text, string name, int line, int column)
    {
        var leak = Assert.Single(LeakCheck.Scan(text, Key, "f.md"));
        Assert.Equal((name, line, column, "f.md"), (leak.Name, leak.Line, leak.Column, leak.File));
    }

    [Theory]
    [InlineData("Zuidstadse jeugdhulp")]
    [InlineData("Zuidstadion")]
    [InlineData("lekker")]
    [InlineData("Zuid stad")] // a space is not a line break: two words
    [InlineData("Gemeente X en X-stad")]
    public void Whole_words_only(string text) => Assert.Empty(LeakCheck.Scan(text, Key));

    [Fact]
    public void The_longest_name_wins()
    {
        var leaks = LeakCheck.Scan("Gemeente Zuidstad en Zuidstad", Key);
        Assert.Equal(["Gemeente Zuidstad", "Zuidstad"], leaks.Select(l => l.Name));
        Assert.Equal(NameKind.Gemeente, leaks[0].Kind);
    }

    [Fact]
    public void EnsureNone_says_where()
    {
        var e = Assert.Throws<LeakException>(() => LeakCheck.EnsureNone("ok\nhier: Zuidstad.", Key, "rapport.md"));
        var leak = Assert.Single(e.Leaks);
        Assert.Equal(("rapport.md", 2, 7), (leak.File, leak.Line, leak.Column));
        Assert.Contains("rapport.md:2:7", e.Message, StringComparison.Ordinal);
        LeakCheck.EnsureNone("Gemeente X", Key, "ok.md");
    }

    [Fact]
    public void ExportGuard_writes_clean_text_and_refuses_a_leak()
    {
        using var temp = TestPaths.Temp();
        ExportGuard.Write(temp["ok.csv"], "unit,name\nx,Aanbieder A\n", Key);
        Assert.Equal("unit,name\nx,Aanbieder A\n", File.ReadAllText(temp["ok.csv"]));
        Assert.Throws<LeakException>(() => ExportGuard.Write(temp["bad.csv"], "unit,name\nx,Eikenhof Jeugd-GGZ\n", Key));
        Assert.False(File.Exists(temp["bad.csv"]));
        ExportGuard.Write(temp["nokey.csv"], "Zuidstad", key: null);
        Assert.True(File.Exists(temp["nokey.csv"]));
    }

    [Fact]
    public void ExportGuard_checks_every_part_of_a_zip_export()
    {
        using var temp = TestPaths.Temp();
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml").Open())) w.Write("<si><t>Zo&#235; Vermeulen</t></si>");
            using (var w = new StreamWriter(zip.CreateEntry("clean.xml").Open())) w.Write("<t>Persoon 1</t>");
        }
        var e = Assert.Throws<LeakException>(() => ExportGuard.Write(temp["out.xlsx"], buffer.ToArray(), Key));
        Assert.EndsWith("out.xlsx!xl/sharedStrings.xml", Assert.Single(e.Leaks).File, StringComparison.Ordinal);
        Assert.False(File.Exists(temp["out.xlsx"]));
    }

    [Fact]
    public void Pseudonymised_text_never_leaks_and_keeps_its_offsets_mappable()
    {
        var words = new[] { "Zuidstad", "zuid-\nstad", "ZUIDSTAD", "Gemeente Zuidstad", "Eikenhof Jeugd-GGZ", "zoë vermeulen", "Lek", "de", "gemeente", " ", "\n", ",", "stad", "Zuid", "-" };
        var gen = Gen.ArrayOf(Gen.Elements(words)).Select(ws => string.Concat(ws));
        Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var result = Pseudonymiser.Apply(text, Key);
            Assert.Empty(LeakCheck.Scan(result.Text, Key));
            // Outside replaced names, every character maps to the same character.
            for (var i = 0; i < text.Length; i++)
                if (!result.Replacements.Any(r => r.OriginalStart <= i && i < r.OriginalEnd))
                    Assert.Equal(text[i], result.Text[result.MapStart(i)]);
            Assert.Equal(result.Text.Length, result.MapEnd(text.Length));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_pseudonym_that_contains_a_real_name_is_refused()
    {
        var e = Assert.Throws<InputException>(() => PseudonymKey.FromEntries([
            new KeyEntry(NameKind.Gemeente, "Zuidstad", "Nieuw Zuidstad")]));
        Assert.Contains(e.Diagnostics, d => d.Code == "pseudonym-contains-name");
    }

    [Theory]
    [InlineData("Gemeente: X")]
    [InlineData("\"X\"")]
    [InlineData("")]
    [InlineData("-X")]
    public void Pseudonyms_are_plain_words(string pseudonym)
    {
        var e = Assert.Throws<InputException>(() => PseudonymKey.FromEntries([new KeyEntry(NameKind.Gemeente, "Zuidstad", pseudonym)]));
        Assert.Contains(e.Diagnostics, d => d.Code == "invalid-pseudonym");
    }

    [Fact]
    public void Key_files_read_as_csv_and_yaml_alike()
    {
        using var temp = TestPaths.Temp();
        File.WriteAllText(temp["key.csv"], "kind,name,pseudonym\ngemeente,Zuidstad,Gemeente X\nperson,Zoë Vermeulen,Persoon 1\n");
        File.WriteAllText(temp["key.yaml"], "schema: jhr-pseudonym-key/1\ngemeente:\n  Zuidstad: Gemeente X\npersoon:\n  Zoë Vermeulen: Persoon 1\n");
        var csv = PseudonymKey.Load(temp["key.csv"]);
        var yaml = PseudonymKey.Load(temp["key.yaml"]);
        Assert.Equal(csv.Entries.Select(e => (e.Kind, e.Name, e.Pseudonym)), yaml.Entries.Select(e => (e.Kind, e.Name, e.Pseudonym)));
        File.WriteAllText(temp["bad.csv"], "kind,name,pseudonym\nstad,Zuidstad,X\ngemeente,Zuidstad,X\ngemeente,zuidstad,Y\n");
        var e = Assert.Throws<InputException>(() => PseudonymKey.Load(temp["bad.csv"]));
        Assert.Contains(e.Diagnostics, d => d.Code == "invalid-kind" && d.Line == 2);
        File.WriteAllText(temp["bad.yaml"], "schema: jhr-pseudonym-key/1\ngemeente: &a\n  Zuidstad: X\npersoon: *a\n");
        Assert.Contains(Assert.Throws<InputException>(() => PseudonymKey.Load(temp["bad.yaml"])).Diagnostics, d => d.Code == "alias-not-allowed");
    }
}
