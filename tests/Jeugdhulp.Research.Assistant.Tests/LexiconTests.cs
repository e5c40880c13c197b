using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Assistant.Tests;

public class LexiconTests
{
    [Fact]
    public void The_bundled_lexicon_loads_and_covers_modes_dimensions_variables_and_responses()
    {
        var lexicon = Repo.BundledLexicon;
        var book = Repo.BundledCodebook;
        string[] required =
        [
            "sturing.hierarchisch", "sturing.netwerk", "sturing.markt", "sturing.ruimte", "sturing.onzekerheid",
            "sturing.adaptief-vermogen", "sturing.kanalen",
            .. book.Children("sturing.hierarchisch").Select(e => e.Id),
            .. book.Children("sturing.netwerk").Select(e => e.Id),
            .. book.Children("sturing.markt").Select(e => e.Id),
            .. book.Responses.Select(e => e.Id),
        ];
        foreach (var code in required) Assert.True(lexicon.Find(code) is { Terms.Length: > 0 }, $"no terms for {code}");
        Assert.Contains(lexicon.Terms, t => t.Kind == TermKind.Near);
        Assert.Contains(lexicon.Terms, t => t.Kind == TermKind.Before && t.Negated);
        Assert.Contains(lexicon.Terms, t => t.First.Any(w => w.IsPrefix));
    }

    /// <summary>
    /// Real passages of the dissertation (seed 003, its case chapters' 'Bepalende factoren' and summary tables), one or
    /// more per organisation characteristic: lines, quote, the code the lexicon must suggest and, where the passage
    /// states the minus pole, "-".
    /// </summary>
    public static readonly TheoryData<int, int, string, string, string?> CharacteristicPassages = new()
    {
        { 9800, 9800, "De praktijk is niet op de hoogte van de doelen van de gemeente", "kenmerk.weten", "-" },
        { 11898, 11898, "Ze heeft zich niet verdiept in wat Lek vraagt.", "kenmerk.weten", "-" },
        { 4090, 4091, "omdat Mars voldoende wil en kan volgen.", "kenmerk.willen", null },
        { 7759, 7759, "Pluto vindt legitimiteit van de organisatie belangrijk", "kenmerk.willen.sociale-legitimiteit", null },
        { 4094, 4095, "omdat Mars graag haar positie wil behouden, en, als het kan, groeien.", "kenmerk.willen.belang", null },
        { 4104, 4104, "Tussen Mars en Rijn is een hoge mate van doelcongruentie (11, 12, 13).", "kenmerk.willen.doelcongruentie", null },
        { 5629, 5629, "1 Jeugd vindt dat zij en de gemeente dezelfde doelen delen (6, 7).", "kenmerk.willen.doelcongruentie", null },
        { 4153, 4153, "bij Mars voldoende legitimiteit voor de sturing", "kenmerk.willen.legitimiteit-sturing", null },
        { 4090, 4091, "omdat Mars voldoende wil en kan volgen.", "kenmerk.kunnen", null },
        { 6216, 6216, "Juveniele vindt dat ze zelf goed in staat is om haar bijdrage aan 1 Jeugd te leveren (13, 14).", "kenmerk.kunnen.interne-organisatie", null },
        { 4726, 4726, "ze niet in staat is te volgen wat de gemeente wil.", "kenmerk.kunnen.interne-organisatie", "-" },
        { 7820, 7820, "Pluto ervaart weinig conflicterende druk.", "kenmerk.kunnen.conflicterende-druk", null },
        { 7820, 7820, "Gemeente IJssel is de dominante actor.", "kenmerk.kunnen.conflicterende-druk.dominante-gemeente", null },
        { 5991, 5991, "Venus voor meerdere gemeenten werkt", "kenmerk.kunnen.conflicterende-druk.dominante-gemeente", "-" },
        { 5697, 5697, "Dat is gewoon een medisch model.", "kenmerk.kunnen.conflicterende-druk.sociaal-model", "-" },
        { 8464, 8464, "Ze is een marktgerichte organisatie", "kenmerk.kunnen.conflicterende-druk.marktgericht", null },
        { 4361, 4361, "voelt zich wel gehinderd door een aantal externe factoren", "kenmerk.kunnen.conflicterende-druk.ontwikkelingen", null },
        { 5903, 5903, "Venus voelt zich ook verplicht om aan 1 Jeugd mee te doen", "kenmerk.moeten", null },
        { 6651, 6651, "Belang bij deelname en zich afhankelijk voelen van een contract met Maas", "kenmerk.moeten.afhankelijkheid", null },
        { 6195, 6195, "reden om aan te sluiten bij 1 Jeugd was het verlies aan marktaandeel bij niet meedoen (13).", "kenmerk.moeten.afhankelijkheid.marktaandeel", null },
        { 10826, 10826, "Lek is een kernregio.", "kenmerk.moeten.afhankelijkheid.marktaandeel", null },
        { 8232, 8232, "zeventig procent van de verwijzingen via de huisarts", "kenmerk.moeten.afhankelijkheid.clientenstroom", "-" },
        { 8513, 8513, "bij huisartsen komt de cliëntenstroom in de loop van 2018 goed op gang.", "kenmerk.moeten.afhankelijkheid.clientenstroom", null },
        { 6651, 6651, "Belang bij deelname en zich afhankelijk voelen van een contract met Maas", "kenmerk.moeten.afhankelijkheid.ervaren", null },
        { 4100, 4100, "Door haar onderscheidend aanbod en goede reputatie", "kenmerk.moeten.afhankelijkheid.ervaren", null },
        { 4818, 4818, "Vrijwillige verspreiding", "kenmerk.moeten.vrijwillige-verspreiding", null },
    };

    [Fact]
    public void Every_organisation_characteristic_of_Table_3_5_has_terms()
    {
        var characteristics = Repo.BundledCodebook.Entries
            .Where(e => e.Id.StartsWith("kenmerk.", StringComparison.Ordinal) && e.Kind is Codebooks.EntryKind.CharacteristicGroup or Codebooks.EntryKind.Characteristic or Codebooks.EntryKind.Indicator)
            .Select(e => e.Id).ToList();
        Assert.Equal(19, characteristics.Count);
        foreach (var code in characteristics) Assert.True(Repo.BundledLexicon.Find(code) is { Terms.Length: > 0 }, $"no terms for {code}");
        Assert.Equal(characteristics.Order(StringComparer.Ordinal), CharacteristicPassages.Select(p => (string)p[3]).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CharacteristicPassages))]
    public void Organisation_characteristic_terms_find_the_dissertations_own_passages(int startLine, int endLine, string quote, string code, string? value)
    {
        _ = (startLine, endLine);
        var matches = new LexiconMatcher(Repo.BundledLexicon).Match(PdfText.Analyse(quote)).Where(m => m.Code == code).ToList();
        Assert.True(matches.Count > 0, $"no term of {code} in '{quote}'");
        var suggestion = Assert.Single(SegmentSuggester.Suggest("003", PdfText.Analyse(quote), matches));
        Assert.Equal(value, suggestion.Value);
    }

    [SharedFileFact("seeds")]
    public void The_characteristic_passages_are_quoted_from_the_seed_at_their_line_numbers()
    {
        var seed = PdfText.Analyse(File.ReadAllText(Repo.Seed("003")));
        foreach (var row in CharacteristicPassages)
        {
            var (start, end, quote) = ((int)row[0], (int)row[1], (string)row[2]);
            Assert.True(seed.CleanText(start, end).Contains(quote, StringComparison.Ordinal), $"lines {start}-{end} do not read '{quote}' but '{seed.CleanText(start, end)}'");
        }
    }

    [Fact]
    public void Literal_phrases_keep_phrases_whole_and_cut_them_after_a_wildcard_for_a_grep_baseline()
    {
        const string yaml = """
            schema: jhr-lexicon/1
            codebook: jeugdhulp-sturing
            codes:
              sturing.hierarchisch:
                terms:
                  - via het wijkteam
                  - afdwing* van regels
                  - "NEAR/5(toezicht, sancties)"
                  - niet ... afdwingbaar
            """;
        var lexicon = LexiconLoader.Parse(yaml, "lex.yaml", Repo.BundledCodebook);

        Assert.Equal(["afdwing", "afdwingbaar", "niet", "sancties", "toezicht", "via het wijkteam"], lexicon.LiteralPhrases());
        Assert.Contains("het", lexicon.LiteralWords());
    }

    [Fact]
    public void Syntax_errors_and_unknown_ids_are_reported_with_file_line_and_column()
    {
        string[] lines =
        [
            "schema: jhr-lexicon/1",
            "codebook: jeugdhulp-sturing",
            "codes:",
            "  sturing.hierarchisch:",
            "    terms:",
            "      - \"NEAR/5(regels handhaving)\"",
            "      - af*dwing",
            "      - ab*",
            "      - \"NEAR/99(a, b)\"",
            "      - \"regels (handhaving\"",
            "  sturing.onbekend:",
            "    terms: [regels]",
            "  sturing.markt:",
            "    termen: [markt]",
        ];
        var e = Assert.Throws<InputException>(() => LexiconLoader.Parse(string.Join('\n', lines), "lex.yaml", Repo.BundledCodebook));
        int Col(int line, string at) => lines[line - 1].IndexOf(at, StringComparison.Ordinal) + 1;
        var found = e.Diagnostics.Select(d => (d.Line, d.Column, d.Code)).ToList();
        Assert.Contains((6, Col(6, "regels handhaving"), "syntax"), found);
        Assert.Contains((7, Col(7, "*"), "misplaced-wildcard"), found);
        Assert.Contains((8, Col(8, "ab*"), "wildcard-too-short"), found);
        Assert.Contains((9, Col(9, "99"), "invalid-window"), found);
        Assert.Contains((10, Col(10, "("), "unexpected-character"), found);
        Assert.Contains((11, 3, "unknown-code"), found);
        Assert.Contains((14, 5, "unknown-field"), found);
        Assert.All(e.Diagnostics, d => Assert.StartsWith("lex.yaml:", d.ToString()));
    }

    [Fact]
    public void Wrong_schema_codebook_and_malformed_yaml_are_reported()
    {
        var e = Assert.Throws<InputException>(() => LexiconLoader.Parse("schema: x\ncodebook: ander\ncodes: {}\n", "l.yaml", Repo.BundledCodebook));
        Assert.Equal(["unknown-schema", "codebook-mismatch"], e.Diagnostics.Select(d => d.Code));
        var bad = Assert.Throws<InputException>(() => LexiconLoader.Parse("codes: [\n", "l.yaml", Repo.BundledCodebook));
        Assert.Equal("malformed-yaml", Assert.Single(bad.Diagnostics).Code);
    }

    [Fact]
    public void Words_match_by_stem_wildcards_by_prefix_and_case_and_diacritics_never_matter()
    {
        var lexicon = new Lexicon("t", 5, [new LexiconEntry("c", [PdfTextTests.Term("c", "afspraak"), PdfTextTests.Term("c", "hiërarch*")])]);
        var matcher = new LexiconMatcher(lexicon);
        Assert.Single(matcher.WordsMatching("afspraken"));
        Assert.Single(matcher.WordsMatching("hierarchische"));
        Assert.Empty(matcher.WordsMatching("afspreken"));
        var matches = matcher.Match(PdfText.Analyse("HIËRARCHIE en Afspraken"));
        Assert.Equal(2, matches.Count);
    }
}
