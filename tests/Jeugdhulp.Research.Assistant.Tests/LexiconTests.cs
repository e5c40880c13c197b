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
