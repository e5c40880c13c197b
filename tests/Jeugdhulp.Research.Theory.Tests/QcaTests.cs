using System.Text.RegularExpressions;
using Jeugdhulp.Research.Theory.Tests.Support;
using Jeugdhulp.Research.Qca;

namespace Jeugdhulp.Research.Theory.Tests;

public class QcaTests
{
    [Fact]
    public void Qca_on_the_bundled_unit_table_runs_and_reports_the_excluded_units()
    {
        var result = JhrResult.Run("qca", "--outcome", "volgen", "--conditions", "weten,willen,kunnen,moeten", "--study", Repo.File("data"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("csQCA op de eenheidstabel: 18 eenheden, 9 geanalyseerd", result.Out);
        Assert.Contains("Waarheidstabel voor volgen", result.Out);
        Assert.Contains("Noodzakelijkheid voor volgen", result.Out);
        Assert.Contains("Conservatieve oplossing M1: weten*willen*kunnen + weten*willen*moeten → volgen", result.Out);
        Assert.Contains("Oplossing: M1: weten*willen*kunnen + weten*willen*moeten -> volgen.", result.Out);
        Assert.Contains("Oplossing: M1: willen -> volgen.", result.Out);
        Assert.Contains("Intermediaire oplossing M1: weten*willen*kunnen + weten*willen*moeten → volgen", result.Out);
        Assert.Contains("Afgeleid uit C1P1 (conservatief model C1, parsimonieus model P1).", result.Out);
        Assert.Contains("Uitgesloten eenheden (ontbrekende waarden): rijn.saturnus (willen, kunnen); maas.venus (willen); maas.gezin-centraal (willen, kunnen); "
            + "ijssel.mercurius (moeten); waal.orion (willen, kunnen); waal.jupiter (weten, kunnen); waal.praktijk-jeugdklasse (kunnen); "
            + "lek.neptunus (willen, moeten); lek.gezond-en-wel (kunnen).", result.Out);
        Assert.Contains("Ontbrekende waarden na kalibratie", result.Out);
        Assert.Contains("Richtingsverwachtingen", result.Out);
    }

    [Fact]
    public void Unit_qca_in_code_gives_willen_as_the_parsimonious_solution()
    {
        var result = UnitQca.Run(Repo.Study, Repo.Vocabulary, new UnitQcaRequest("volgen", ["weten", "willen", "kunnen", "moeten"]));
        Assert.Equal("willen", Assert.Single(result.Result.Parsimonious.Models).Expression);
        Assert.Equal(9, result.Result.TruthTable.Cases.Count);
        Assert.All(result.Directions, d => Assert.Equal(Jeugdhulp.Research.Qca.DirectionalExpectation.Present, d.Direction));
        var negated = UnitQca.Run(Repo.Study, Repo.Vocabulary, new UnitQcaRequest("~volgen", ["weten", "willen"]));
        Assert.All(negated.Directions, d => Assert.Equal(Jeugdhulp.Research.Qca.DirectionalExpectation.Absent, d.Direction));
    }

    [Fact]
    public void Qca_on_the_lipset_csv_reproduces_the_published_result_of_the_reference_readme()
    {
        var readme = File.ReadAllText(Repo.File("data", "reference", "qca", "README.md"));
        var flat = Regex.Replace(readme, @"\s+", " ");
        var conservative = Regex.Match(flat, @"conservative \(complex\) solution: (.+?) -> SURV").Groups[1].Value;
        var parsimonious = Regex.Match(flat, @"parsimonious solution \(remainders allowed\): (.+?) -> SURV").Groups[1].Value;
        var assumptions = Regex.Match(flat, @"simplifying assumptions: rows ([\d, ]+)\.").Groups[1].Value;
        Assert.Equal("DEV*~URB*LIT*STB + DEV*LIT*IND*STB", conservative);
        Assert.Equal("DEV*STB", parsimonious);

        var result = JhrResult.Run("qca", "--data", Repo.File("data", "reference", "qca", "lipset_crisp.csv"),
            "--outcome", "SURV", "--conditions", "DEV,URB,LIT,IND,STB");
        Assert.Equal(0, result.ExitCode);
        var output = result.Out;
        Assert.Contains($"Oplossing: M1: {conservative} -> SURV.", output);
        Assert.Contains($"Oplossing: M1: {parsimonious} -> SURV.", output);
        Assert.Contains($"Vereenvoudigende aannames (restrijen): {assumptions}.", output);
        Assert.Contains("9 geobserveerde rijen, 23 logische restrijen (remainders), 18 eenheden in de analyse.", output);
        // Observed rows with output and cases, as listed in the README.
        foreach (var (row, config, output1, cases) in new[]
        {
            (32, "1 1 1 1 1", 1, "BE,CZ,NL,UK"), (22, "1 0 1 0 1", 1, "FI,IE"), (24, "1 0 1 1 1", 1, "FR,SE"),
            (1, "0 0 0 0 0", 0, "GR,PT,ES"), (2, "0 0 0 0 1", 0, "IT,RO"), (5, "0 0 1 0 0", 0, "HU,PL"),
            (6, "0 0 1 0 1", 0, "EE"), (23, "1 0 1 1 0", 0, "AU"), (31, "1 1 1 1 0", 0, "DE"),
        })
        {
            var pattern = $@"(?m)^{row}\s+{config.Replace(" ", @"\s+")}\s+{output1}\s+\d+\s+[\d.]+\s+[\d.]+\s+{Regex.Escape(cases.Replace(",", ", "))}$";
            Assert.Matches(pattern, output);
        }
        // Conservative terms: consistency 1, raw coverage 0.5 and 0.75, unique coverage 0.25 and 0.5; solution 1 and 1.
        Assert.Matches(@"(?m)^DEV\*~URB\*LIT\*STB\s+1\.000\s+1\.000\s+0\.500\s+0\.250\s+FI, FR, IE, SE$", output);
        Assert.Matches(@"(?m)^DEV\*LIT\*IND\*STB\s+1\.000\s+1\.000\s+0\.750\s+0\.500\s+BE, CZ, FR, NL, SE, UK$", output);
        Assert.Matches(@"(?m)^M1\s+1\.000\s+1\.000\s+1\.000$", output);
        Assert.DoesNotContain("Intermediaire oplossing", output);
    }

    [Fact]
    public void Directional_expectations_on_csv_data_give_the_intermediate_solution()
    {
        var result = JhrResult.Run("qca", "--data", Repo.File("data", "reference", "qca", "lipset_crisp.csv"),
            "--outcome", "SURV", "--conditions", "DEV,URB,LIT,IND,STB", "--dir-exp", "DEV,URB,LIT,IND,STB", "--format", "md");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(@"**Intermediaire oplossing M1: DEV\*LIT\*STB → SURV**", result.Out); // escaped: literal in every Markdown viewer, not italic
        Assert.Contains("Afgeleid uit C1P1 (conservatief model C1, parsimonieus model P1).", result.Out);
        Assert.Contains(@"| DEV\*LIT\*STB | 1.000 | 1.000 | 1.000 | 1.000 | BE, CZ, FI, FR, IE, NL, SE, UK |  |", result.Out);
    }

    [Fact]
    public void A_cover_search_past_its_node_budget_exits_1_naming_the_budget_instead_of_running_on()
    {
        // Every one of the 2^7 configurations observed, outcome by a seeded coin: a dense chart with no remainders.
        var random = new Random(7);
        var lines = new List<string> { "case,C0,C1,C2,C3,C4,C5,C6,Y" };
        for (var row = 0; row < 128; row++)
            lines.Add($"r{row}," + string.Join(",", Enumerable.Range(0, 7).Select(i => (row >> i) & 1)) + $",{random.Next(2)}");
        var csv = Path.Combine(Directory.CreateTempSubdirectory("jhr-qca-").FullName, "dense.csv");
        File.WriteAllLines(csv, lines);
        string[] arguments = ["qca", "--data", csv, "--outcome", "Y", "--conditions", "C0,C1,C2,C3,C4,C5,C6"];

        var stopped = JhrResult.Run([.. arguments, "--max-nodes", "1"]);
        var solved = JhrResult.Run(arguments);

        Assert.Equal(1, stopped.ExitCode);
        Assert.Equal("", stopped.Out);
        Assert.StartsWith("jhr: the exact minimum cover was not proven within 1 search nodes", stopped.Error);
        Assert.Contains("raise --max-nodes (now 1) to search further.", stopped.Error);
        Assert.Equal(0, solved.ExitCode);
        Assert.Contains("Conservatieve oplossing M1:", solved.Out);
        Assert.Equal(2, JhrResult.Run([.. arguments, "--max-nodes", "0"]).ExitCode);
    }

    [Fact]
    public void The_node_budget_reaches_the_analysis_of_the_unit_table()
    {
        // The bundled units solve within one node, so the budget is checked where it arrives, not by running out.
        var result = UnitQca.Run(Repo.Study, Repo.Vocabulary, new UnitQcaRequest("volgen", ["weten", "willen", "kunnen", "moeten"]) { MaxCoverNodes = 1 });
        Assert.Equal(1, result.Result.Options.MaxCoverNodes);
        Assert.Equal("willen", Assert.Single(result.Result.Parsimonious.Models).Expression);
    }

    [Fact]
    public void Bad_input_gives_exit_codes_1_and_2()
    {
        var missingColumn = JhrResult.Run("qca", "--data", Repo.File("data", "reference", "qca", "lipset_crisp.csv"), "--outcome", "SURVIVAL", "--conditions", "DEV");
        Assert.Equal(1, missingColumn.ExitCode);
        Assert.Contains("no column 'SURVIVAL'", missingColumn.Error);
        var unknown = JhrResult.Run("qca", "--study", Repo.File("data"), "--outcome", "volgen", "--conditions", "weten,vermogen");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("'vermogen' is no cluster value", unknown.Error);
        var cut = JhrResult.Run("qca", "--outcome", "volgen", "--conditions", "weten", "--incl-cut", "1.5");
        Assert.Equal(2, cut.ExitCode);
    }
}
