namespace Jeugdhulp.Research.Assistant.Tests;

public class PdfTextTests
{
    // Five "pages" as a PDF extractor writes them: running header, page number footer, a word hyphenated across lines.
    private static string FivePages()
    {
        var lines = new List<string>();
        for (var page = 1; page <= 5; page++)
        {
            lines.Add("Gemeente Voorbeeld – Beleidsnota jeugdhulp 2024");
            lines.Add("");
            for (var k = 0; k < 16; k++) lines.Add(k switch
            {
                3 => $"Op pagina {page} stuurt de gemeente de organi-",
                4 => $"saties hiërarchisch aan, zie bijlage {page} hierbij.",
                9 => $"Bij punt {page} is er wet- en regelgeving en zijn er niet-",
                10 => $"gecontracteerde aanbieders (punt {page}) actief.",
                _ => $"Zin {k} van blad {page} over jeugdhulp.",
            });
            lines.Add("");
            lines.Add($"Pagina {page} van 5");
        }
        return string.Join('\n', lines) + "\n";
    }

    [Fact]
    public void Headers_footers_and_page_numbers_are_skipped_and_every_line_keeps_its_number()
    {
        var text = PdfText.Analyse(FivePages());
        Assert.Equal(5, text.Count(LineRole.HeaderFooter));
        Assert.Equal(5, text.Count(LineRole.PageNumber));
        Assert.Equal(LineRole.HeaderFooter, text.Role(0));
        Assert.Equal(LineRole.PageNumber, text.Role(19));
        var tokens = Tokenizer.Tokens(text);
        Assert.DoesNotContain(tokens, t => t.Text is "beleidsnota");
        Assert.All(tokens, t => Assert.Equal(LineRole.Text, text.Role(t.Line - 1)));
        // "organi-" on line 6, "saties" on line 7 of each page (page p starts at line 1 + 20 (p - 1)).
        var joined = tokens.Where(t => t.Text == "organisaties").ToList();
        Assert.Equal([6, 26, 46, 66, 86], joined.Select(t => t.Line));
        Assert.Equal([7, 27, 47, 67, 87], tokens.Where(t => t.Text == "hierarchisch").Select(t => t.Line));
    }

    [Fact]
    public void Matches_after_a_hyphenated_word_and_a_header_are_cited_by_their_original_lines()
    {
        var lexicon = new Lexicon("t", 5, [new LexiconEntry("sturing.hierarchisch", [Term("sturing.hierarchisch", "organisaties hiërarch*")])]);
        var matches = new LexiconMatcher(lexicon).Match(PdfText.Analyse(FivePages()));
        Assert.Equal([(6, 7), (26, 27), (46, 47), (66, 67), (86, 87)], matches.Select(m => (m.StartLine, m.EndLine)));
    }

    [Fact]
    public void Real_hyphens_are_kept_elided_compounds_and_hyphen_prefixes_are_not_joined()
    {
        var tokens = Tokenizer.Tokens(PdfText.Analyse(FivePages())).Select(t => t.Text).ToList();
        Assert.Contains("wet", tokens);
        Assert.DoesNotContain("weten", tokens);
        Assert.DoesNotContain("nietgecontracteerde", tokens);
        Assert.Contains("gecontracteerde", tokens);
    }

    [Fact]
    public void Clean_text_rejoins_and_drops_furniture()
    {
        var text = PdfText.Analyse(FivePages());
        Assert.Equal("Op pagina 1 stuurt de gemeente de organisaties hiërarchisch aan, zie bijlage 1 hierbij.", text.CleanText(6, 7));
        Assert.DoesNotContain("Pagina", text.CleanText(1, 25));
    }

    [Fact]
    public void Folding_removes_case_and_diacritics()
    {
        Assert.Equal("hierarchisch", TextFold.FoldText("Hiërarchisch"));
        Assert.Equal("client s cooperatie", TextFold.FoldText("Cliënt’s coöperatie"));
        Assert.Equal("organisaties", TextFold.FoldText("organi\u00ADsaties"));
    }

    [Fact]
    public void Large_files_are_read_in_sections_with_continuous_line_numbers()
    {
        var dir = Directory.CreateTempSubdirectory("jhr-sections-");
        try
        {
            var file = Path.Combine(dir.FullName, "big.txt");
            File.WriteAllText(file, string.Concat(Enumerable.Range(1, 3000).Select(i => i % 100 == 0 ? $"Regel {i}: hiërarchische sturing.\n" : $"Regel {i}: tekst.\n")));
            var lexicon = new Lexicon("t", 5, [new LexiconEntry("sturing.hierarchisch", [Term("sturing.hierarchisch", "hiërarch*")])]);
            var lines = new List<int>();
            var sections = 0;
            new CorpusScanner(new LexiconMatcher(lexicon), sectionChars: 4096).ScanFile(file, s => { sections++; lines.AddRange(s.Matches.Select(m => m.StartLine)); });
            Assert.True(sections > 10);
            Assert.Equal(Enumerable.Range(1, 30).Select(i => i * 100), lines);
        }
        finally { dir.Delete(true); }
    }

    [SharedFileFact("seeds")]
    public void The_page_footer_of_the_regional_report_is_recognised()
    {
        var text = PdfText.Analyse(File.ReadAllText(Repo.Seed("002")));
        var footers = Enumerable.Range(0, text.LineCount).Where(i => text.Role(i) == LineRole.HeaderFooter).Select(i => text.Line(i).ToString().Trim()).ToList();
        Assert.Equal(["DG58/038f 5", "DG58/038f 8", "DG58/038f 27", "DG58/038f 37"], footers);
        // Section headings with numbers ("1.4 Tussenconclusies") are content, not headers.
        Assert.Contains(Enumerable.Range(0, text.LineCount), i => text.Line(i).ToString().Trim() == "1.4 Tussenconclusies" && text.Role(i) == LineRole.Text);
    }

    internal static LexiconTerm Term(string code, string text, bool negated = false)
    {
        var parsed = TermSyntax.Parse(text, 5, []) ?? throw new ArgumentException(text);
        return new LexiconTerm { Code = code, Text = text, Kind = parsed.Kind, First = parsed.First, Second = parsed.Second, Window = parsed.Window, Negated = negated };
    }
}
