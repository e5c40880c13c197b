using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Assistant.Tests;

public sealed class CliTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("jhr-suggest-");

    public void Dispose() => _dir.Delete(true);

    private string Corpus()
    {
        var corpus = Path.Combine(_dir.FullName, "corpus");
        Directory.CreateDirectory(Path.Combine(corpus, "sub"));
        var pages = new List<string>();
        for (var p = 1; p <= 4; p++)
        {
            pages.Add("Regio Voorbeeld | Inkoopkader jeugdhulp");
            pages.Add("Tekst zonder bijzonderheden over de jeugdhulp in de regio.");
            pages.Add(p == 2 ? "De gemeente kiest voor marktwerking: aanbieders concur-" : "Nog een gewone regel met woorden.");
            pages.Add(p == 2 ? "reren op kwaliteit en prijs." : "En nog een regel.");
            for (var k = 0; k < 14; k++) pages.Add("Opvulregel zonder termen.");
            pages.Add($"{p}");
        }
        File.WriteAllText(Path.Combine(corpus, "inkoop.txt"), string.Join('\n', pages) + "\n");
        File.WriteAllText(Path.Combine(corpus, "sub", "nota.md"),
            "# Nota\n\nDe gemeente en aanbieders maken gezamenlijke afspraken.\nEr is draagvlak.\n\nDe regels zijn niet afdwingbaar.\n");
        File.WriteAllText(Path.Combine(corpus, "skip.pdf"), "not text");
        return corpus;
    }

    [Fact]
    public void Suggest_writes_cited_suggestions_for_a_small_corpus()
    {
        var output = Path.Combine(_dir.FullName, "codings.csv");
        var (code, stdout, stderr) = Jhr.Run("suggest", Corpus(), "--output", output);
        Assert.True(code == 0, stderr);
        Assert.Contains("Wrote", stdout);
        Assert.Equal("", stderr); // no progress bar when stderr is not a terminal
        var diagnostics = new List<Jeugdhulp.Research.Diagnostics.Diagnostic>();
        var table = CsvTable.Read(output, SuggestionCsv.Columns, diagnostics)!;
        Assert.Empty(diagnostics);
        Assert.Equal(SuggestionCsv.Columns.ToArray(), table.Header.ToArray());
        var rows = table.Rows.Select(r => (r["source"], int.Parse(r["start_line"]), int.Parse(r["end_line"]), r["code"], r["value"], r["matched_terms"])).ToList();
        // Page 2 starts at line 20 (header); the sentence with "concur-" / "reren" is on lines 22-23.
        Assert.Contains(rows, r => r.Item1 == "inkoop.txt" && r.Item2 == 22 && r.Item3 == 23 && r.Item4 == "sturing.markt" && r.Item6.Contains("markt*"));
        Assert.Contains(rows, r => r.Item1 == "inkoop.txt" && r.Item2 == 22 && r.Item3 == 23 && r.Item4 == "sturing.markt.competitie" && r.Item6.Contains("concurrerend"));
        Assert.Contains(rows, r => r.Item1 == "sub/nota.md" && r.Item3 == 3 && r.Item4 == "sturing.netwerk.gezamenlijke-afspraken");
        Assert.Contains(rows, r => r.Item1 == "sub/nota.md" && r.Item2 == 6 && r.Item4 == "sturing.hierarchisch.afdwingbare-regels" && r.Item5 == "-");
        Assert.DoesNotContain(rows, r => r.Item1 == "inkoop.txt" && r.Item2 % 19 == 1); // the running header is never cited
        Assert.All(table.Rows, r => Assert.True(double.Parse(r["score"], System.Globalization.CultureInfo.InvariantCulture) > 0));
    }

    [Fact]
    public void Suggest_restricts_to_codes_and_writes_to_standard_output()
    {
        var (code, stdout, _) = Jhr.Run("suggest", Corpus(), "--codes", "sturing.markt", "--threads", "1");
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("source,start_line,end_line,code,value,score,matched_terms,text,origin", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Contains(",sturing.markt", l));
        Assert.True(lines.Length >= 2);
    }

    [Fact]
    public void Suggest_with_a_model_trained_on_a_coding_project_adds_sentence_suggestions_with_their_driving_words()
    {
        var corpus = Path.Combine(_dir.FullName, "interviews");
        Directory.CreateDirectory(corpus);
        File.WriteAllText(Path.Combine(corpus, "interview.md"),
            "# Interview\n\nWij zijn voor bijna al onze omzet afhankelijk van Heidestein.\n\n" +
            "De nieuwe verantwoordingseisen vullen we gewoon niet in.\n\nHet weer was die dag erg mooi en zonnig.\n");
        var output = Path.Combine(_dir.FullName, "suggesties.csv");

        var (code, stdout, stderr) = Jhr.Run("suggest", corpus, "--model", Repo.File("data", "corpus"), "--model-coder", "coderA", "--output", output);

        Assert.True(code == 0, stderr);
        Assert.Contains("from the model trained on 32 coded segments and 44 uncoded sentences of voorbeeldcorpus", stdout);
        var diagnostics = new List<Jeugdhulp.Research.Diagnostics.Diagnostic>();
        var table = CsvTable.Read(output, SuggestionCsv.Columns, diagnostics)!;
        Assert.Empty(diagnostics);
        var model = table.Rows.Where(r => r["origin"] == "model").Select(r => (Line: int.Parse(r["start_line"]), Code: r["code"], Terms: r["matched_terms"], Score: double.Parse(r["score"], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal([(3, "kenmerk.moeten.afhankelijkheid"), (5, "reactie.trotseren.negeren")], model.Select(r => (r.Line, r.Code)));
        Assert.StartsWith("afhank (", model[0].Terms);
        Assert.Contains("verantwoordingseis (", model[1].Terms);
        Assert.All(model, r => Assert.InRange(r.Score, 0.5, 1.0));
        Assert.All(table.Rows.Where(r => r["origin"] != "model"), r => Assert.Equal("lexicon", r["origin"]));
    }

    [Fact]
    public void Suggest_model_options_are_checked()
    {
        var corpus = Corpus();
        Assert.Equal(2, Jhr.Run("suggest", corpus, "--model-coder", "coderA").Code);
        Assert.Equal(2, Jhr.Run("suggest", corpus, "--model", Repo.File("data", "corpus"), "--model-coder", "coderZ").Code);
        Assert.Equal(2, Jhr.Run("suggest", corpus, "--model", Repo.File("data", "corpus"), "--min-probability", "1.5").Code);
        var (code, _, stderr) = Jhr.Run("suggest", corpus, "--model", Path.Combine(_dir.FullName, "geen-project"));
        Assert.Equal(1, code);
        Assert.Contains("geen-project", stderr);
    }

    [Fact]
    public void Suggest_exit_codes_follow_the_other_commands()
    {
        Assert.Equal(1, Jhr.Run("suggest", Path.Combine(_dir.FullName, "missing")).Code);
        Assert.Equal(2, Jhr.Run("suggest", Corpus(), "--codes", "sturing.bestaat-niet").Code);
        Assert.Equal(2, Jhr.Run("suggest").Code);
        var bad = Path.Combine(_dir.FullName, "bad.lexicon.yaml");
        File.WriteAllText(bad, "schema: jhr-lexicon/1\ncodebook: jeugdhulp-sturing\ncodes:\n  sturing.markt:\n    terms: [\"NEAR/3(markt\"]\n");
        var (code, _, stderr) = Jhr.Run("suggest", Corpus(), "--lexicon", bad);
        Assert.Equal(1, code);
        Assert.Contains("bad.lexicon.yaml:5:", stderr);
    }
}
