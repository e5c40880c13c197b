using System.Text.Json;
using Jeugdhulp.Research.Coding.Tests.Support;

namespace Jeugdhulp.Research.Coding.Tests.Cli;

public class CodingCliTests
{
    [Fact]
    public void Classify_prints_a_markdown_report_with_shares_flags_overrides_and_rules()
    {
        var result = Jhr.Run("classify", Repo.Corpus, "--coder", "coderB");

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.Contains("## Classificatie voorbeeldcorpus (codeur: coderB)", result.Out);
        Assert.StartsWith("FICTIEF / FICTITIOUS", result.Out);
        Assert.Contains("| coderB | kustwijk.eikenhof | 1 | 2015-2017 | volgen 2 (66.7 %), compromis-sluiten 1 (33.3 %) |", result.Out);
        // Derived beside what counts: decided (beslist) over mixed evidence, overridden against the derived cluster.
        Assert.Contains("| coderB | kustwijk.eikenhof | 2 | vanaf 2018 |", result.Out);
        Assert.Contains("| gemengd | gemengd | niet-volgen | beslist | nee |", result.Out);
        Assert.Contains("| kleinere eis rapportages: trotseren | trotseren | niet-volgen | volgen | overschreven | ja |", result.Out);
        Assert.Contains("| coderB | kustwijk.eikenhof | 2 | cluster | gemengd | niet-volgen | FICTIEF: het plafond", result.Out);
        Assert.Contains("terzijde: 1", result.Out);
        Assert.Contains("⚑ alleen anderen", result.Out);
        Assert.Contains("| coderB | kustwijk.eikenhof | niet-volgen | volgen>niet-volgen | + | - | - | + |", result.Out);
        Assert.Contains("| R4-niet-weten-is-niets-doen |", result.Out);
    }

    [Fact]
    public void Classify_as_csv_has_one_row_per_judgment()
    {
        var result = Jhr.Run("classify", Repo.Corpus, "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("unit,period,variable,value,derived,override,override_reason,outcome,segments,accounts,flag,rule,evidence,status", lines[0]);
        Assert.Equal(1 + (5 * 2) + 4 + (4 * 12), lines.Length); // 5 periods × (reactie, cluster) + 4 unit clusters + 4 × 12 factors
        Assert.Contains(lines, l => l.StartsWith("heidestein.kwartel,1,reactie,,,,,mixed,", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_as_json_lists_every_judgments_evidence()
    {
        var result = Jhr.Run("classify", Repo.Corpus, "--coder", "coderA", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var reigersbos = json.RootElement.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "heidestein.reigersbos");
        var cluster = reigersbos.GetProperty("periods")[0].GetProperty("cluster");
        Assert.True(cluster.GetProperty("flagged").GetBoolean());
        Assert.Equal("volgen", cluster.GetProperty("override").GetProperty("value").GetString());
        Assert.Equal("confirmed", cluster.GetProperty("status").GetString());
        // The evidence that decides: the segment on the main demand (wachttijden); the tariff deal is a minor demand.
        var evidence = Assert.Single(cluster.GetProperty("evidence").EnumerateArray());
        Assert.Equal("document-author", evidence.GetProperty("account").GetString());
        Assert.StartsWith("Reigersbos Jeugdpraktijk levert per kwartaal de wachttijden aan", evidence.GetProperty("quote").GetString());
    }

    [Fact]
    public void Classify_writes_study_data_that_jhr_table_and_export_read()
    {
        var data = Path.Combine(Repo.TempDirectory(), "data");
        Assert.Equal(0, Jhr.Run("classify", Repo.Corpus, "--coder", "coderA", "--write-data", data, "--output", Path.Combine(data, "..", "report.md")).ExitCode);

        var table = Jhr.Run("table", "--data", data, "--rows", "case", "--cols", "cluster", "--format", "csv");
        Assert.Equal((0, ""), (table.ExitCode, table.Error));
        Assert.Contains("Kustwijk,0,1,1,2", table.Out);
        Assert.Contains("Heidestein,1,1,0,2", table.Out);

        var changes = Jhr.Run("table", "--data", data, "--rows", "response_change", "--cols", "case", "--format", "csv");
        Assert.Equal(0, changes.ExitCode);
        Assert.Contains("van volgen naar niet-volgen,1,0,1", changes.Out);

        var export = Jhr.Run("export", "units", "--data", data);
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("kustwijk.eikenhof", export.Out);
    }

    [Fact]
    public void Evidence_lists_the_segments_of_a_unit_for_one_code_and_its_tactics()
    {
        var result = Jhr.Run("evidence", Repo.Corpus, "kustwijk.eikenhof", "--code", "reactie.trotseren");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| 2 | kustwijk-gemeente-inkoop-2019 | 332-384 | reactie.trotseren.uitdagen-aanvallen |  | coderA | municipality | Jeroen Hartman | Eikenhof ging ons zelfs in de lokale krant aanvallen |", result.Out);
        Assert.DoesNotContain("reactie.volgen", result.Out);
        Assert.Contains("7 segment(en).", result.Out);
    }

    [Theory]
    [InlineData("classify", "--coder", "coderC")]
    [InlineData("classify", "--format", "pdf")]
    [InlineData("evidence", "kustwijk.onbekend")]
    [InlineData("evidence", "kustwijk.eikenhof", "--code", "reactie.bestaat-niet")]
    public void Usage_errors_exit_2(string command, params string[] rest)
    {
        var result = Jhr.Run([command, Repo.Corpus, .. rest]);
        Assert.Equal(2, result.ExitCode);
        Assert.NotEqual("", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void An_invalid_project_exits_1_with_every_problem_on_stderr()
    {
        var dir = Repo.CopyOfCorpus();
        File.AppendAllText(Path.Combine(dir, "codings", "coderB.csv"), "kustwijk-de-wilg-uitvoering-2019,0,4,zzzz,reactie.volgen,,,,coderQ,,,,,\n");

        var result = Jhr.Run("classify", dir);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("coderB.csv:31:1: anchor-not-found", result.Error);
        Assert.Contains("coderB.csv:31:1: unknown-coder", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_missing_project_exits_1()
    {
        var result = Jhr.Run("classify", "does-not-exist");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("directory-not-found", result.Error);
    }
}

public class QdpxCliTests
{
    [Fact]
    public void Qdpx_export_then_import_round_trips_through_the_command_line()
    {
        var dir = Repo.TempDirectory();
        var qdpx = Path.Combine(dir, "corpus.qdpx");

        var export = Jhr.Run("qdpx", "export", Repo.Corpus, "--output", qdpx);
        Assert.Equal((0, ""), (export.ExitCode, export.Error));
        Assert.Contains("7 sources, 61 codings", export.Out);

        var import = Jhr.Run("qdpx", "import", qdpx, "--output", Path.Combine(dir, "project"), "--codebook", Repo.Codebook);
        Assert.Equal((0, ""), (import.ExitCode, import.Error));

        var classify = Jhr.Run("classify", Path.Combine(dir, "project"), "--coder", "coderA", "--format", "csv");
        static IEnumerable<string> Values(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => string.Join(",", l.Split(',').Take(5)));
        Assert.Equal(Values(Jhr.Run("classify", Repo.Corpus, "--coder", "coderA", "--format", "csv").Out), Values(classify.Out));
    }

    [Fact]
    public void A_rejected_qdpx_import_exits_1_and_writes_nothing()
    {
        var dir = Repo.TempDirectory();
        var bad = Path.Combine(dir, "bad.qdpx");
        File.WriteAllBytes(bad, [0x50, 0x4B, 0x03, 0x04, 0x00]);

        var result = Jhr.Run("qdpx", "import", bad, "--output", Path.Combine(dir, "out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("qdpx-unreadable", result.Error);
        Assert.Equal([bad], Directory.EnumerateFileSystemEntries(dir));
    }

    [Fact]
    public void Qdpx_without_output_is_a_usage_error()
    {
        Assert.Equal(2, Jhr.Run("qdpx", "export", Repo.Corpus).ExitCode);
    }
}
