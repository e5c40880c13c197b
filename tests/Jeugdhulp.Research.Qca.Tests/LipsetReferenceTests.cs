using Jeugdhulp.Research.Qca;

namespace Jeugdhulp.Research.Qca.Tests;

/// <summary>
/// Reproduces the published csQCA of Lipset's data as documented in data/reference/qca/README.md
/// (Rihoux &amp; De Meur 2009; the LC data of the R package QCA).
/// </summary>
public class LipsetReferenceTests
{
    private static readonly QcaResult Result = QcaAnalysis.Run(ReferenceData.Lipset(), ReferenceData.LipsetOptions);

    private static string F3(double x) => x.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly string[] Conditions = ["DEV", "URB", "LIT", "IND", "STB"];

    /// <summary>The Lipset data read here with a plain split, not through the library's CSV reader.</summary>
    private static readonly (string Case, int[] Values, int Surv)[] Countries =
    [
        .. File.ReadAllLines(ReferenceData.LipsetCsv).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(f =>
            (f[0], f[1..6].Select(v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray(), int.Parse(f[6], System.Globalization.CultureInfo.InvariantCulture))),
    ];

    /// <summary>Truth-table kinds per row index (first condition most significant): 1 positive, 0 negative, -1 remainder.</summary>
    private static int[] Kinds(int positive)
    {
        var kinds = Enumerable.Repeat(-1, 32).ToArray();
        foreach (var c in Countries) kinds[c.Values.Aggregate(0, (n, v) => 2 * n + v)] = c.Surv == positive ? 1 : 0;
        return kinds;
    }

    /// <summary>An implicant written as the library writes terms (condition order, ~ for absence), for comparison.</summary>
    private static string Term(Implicant p) => string.Join("*", Conditions.Select((name, i) => (name, bit: 1 << (Conditions.Length - 1 - i)))
        .Where(c => (p.Care & c.bit) != 0).Select(c => (p.Value & c.bit) != 0 ? c.name : "~" + c.name));

    /// <summary>
    /// The expected results the reference README quotes from the literature (Rihoux &amp; De Meur 2009) are the ones
    /// the analysis produces: read from the README's text, so the published source and the tests cannot drift apart.
    /// </summary>
    [Fact]
    public void The_expected_results_quoted_in_the_reference_README_are_reproduced()
    {
        var readme = string.Join(' ', File.ReadAllText(Path.Combine(ReferenceData.Directory, "README.md")).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        var observed = System.Text.RegularExpressions.Regex.Match(readme, @"observed rows: (.*?); (\d+) remainders");
        Assert.True(observed.Success, "README: 'observed rows: ...; N remainders' not found");
        var rows = System.Text.RegularExpressions.Regex.Matches(observed.Groups[1].Value, @"(\d+) \(([A-Z, ]+); (?:OUT )?([01])\)")
            .Select(m => (Row: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Cases: string.Join(",", m.Groups[2].Value.Split(", ").Order(StringComparer.Ordinal)), Out: m.Groups[3].Value == "1" ? OutputValue.True : OutputValue.False))
            .OrderBy(r => r.Row).ToList();
        Assert.Equal(9, rows.Count);
        Assert.Equal(rows, Result.TruthTable.Rows.Select(r => (r.RowNumber, string.Join(",", r.Cases.Order(StringComparer.Ordinal)), r.Output)));
        Assert.Equal(int.Parse(observed.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), Result.TruthTable.Remainders.Count);

        Assert.Contains($"conservative (complex) solution: {Assert.Single(Result.Conservative.Models).Expression} -> SURV", readme, StringComparison.Ordinal);
        Assert.Contains($"parsimonious solution (remainders allowed): {Assert.Single(Result.Parsimonious.Models).Expression} -> SURV", readme, StringComparison.Ordinal);
        Assert.Contains($"simplifying assumptions: rows {string.Join(", ", Result.Parsimonious.Models[0].SimplifyingAssumptionRows)}.", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Lipset_truth_table_matches_published()
    {
        var expected = new (int Row, string Cases, OutputValue Out)[]
        {
            (1, "GR,PT,ES", OutputValue.False),
            (2, "IT,RO", OutputValue.False),
            (5, "HU,PL", OutputValue.False),
            (6, "EE", OutputValue.False),
            (22, "FI,IE", OutputValue.True),
            (23, "AU", OutputValue.False),
            (24, "FR,SE", OutputValue.True),
            (31, "DE", OutputValue.False),
            (32, "BE,CZ,NL,UK", OutputValue.True),
        };
        var rows = Result.TruthTable.Rows;
        Assert.Equal(expected.Select(e => e.Row), rows.Select(r => r.RowNumber));
        Assert.Equal(expected.Select(e => e.Cases), rows.Select(r => string.Join(",", r.Cases)));
        Assert.Equal(expected.Select(e => e.Out), rows.Select(r => r.Output));
        Assert.All(rows, r => Assert.Equal(r.Output == OutputValue.True ? 1.0 : 0.0, r.Inclusion));
        Assert.All(rows, r => Assert.Equal(r.Inclusion, r.Pri));
        Assert.Empty(Result.TruthTable.ContradictoryRows);
        Assert.Empty(Result.TruthTable.ExcludedCases);
    }

    [Fact]
    public void Lipset_truth_table_has_23_remainders()
    {
        var remainders = Result.TruthTable.Remainders;
        Assert.Equal(23, remainders.Count);
        Assert.DoesNotContain(remainders, i => Result.TruthTable.Rows.Any(r => r.Index == i));
    }

    [Fact]
    public void Lipset_conservative_solution_matches_published()
    {
        var model = Assert.Single(Result.Conservative.Models);
        Assert.Equal("DEV*~URB*LIT*STB + DEV*LIT*IND*STB", model.Expression);
        Assert.Equal("M1: DEV*~URB*LIT*STB + DEV*LIT*IND*STB -> SURV", model.ToLine(Result.Conservative.Outcome));
        Assert.Equal(["1.000", "1.000"], model.Terms.Select(t => F3(t.Inclusion)));
        Assert.Equal(["0.500", "0.750"], model.Terms.Select(t => F3(t.RawCoverage)));
        Assert.Equal(["0.250", "0.500"], model.Terms.Select(t => F3(t.UniqueCoverage)));
        Assert.Equal("1.000", F3(model.Inclusion));
        Assert.Equal("1.000", F3(model.Coverage));
        Assert.Empty(model.SimplifyingAssumptionRows);
        Assert.Equal(["FI", "FR", "IE", "SE"], model.Terms[0].Cases);
        Assert.Equal(["BE", "CZ", "FR", "NL", "SE", "UK"], model.Terms[1].Cases);
    }

    [Fact]
    public void Lipset_parsimonious_solution_matches_published()
    {
        var model = Assert.Single(Result.Parsimonious.Models);
        Assert.Equal("DEV*STB", model.Expression);
        Assert.Equal("1.000", F3(model.Inclusion));
        Assert.Equal("1.000", F3(model.Coverage));
        var term = Assert.Single(model.Terms);
        Assert.Equal("1.000", F3(term.Inclusion));
        Assert.Equal("1.000", F3(term.RawCoverage));
        Assert.Equal("1.000", F3(term.UniqueCoverage));
        Assert.False(Result.Parsimonious.Truncated);
    }

    [Fact]
    public void Lipset_simplifying_assumptions_match_published()
    {
        var model = Assert.Single(Result.Parsimonious.Models);
        Assert.Equal([18, 20, 26, 28, 30], model.SimplifyingAssumptionRows);
    }

    [Fact]
    public void Lipset_parsimonious_prime_implicants_are_those_of_a_brute_force_over_all_cubes()
    {
        // The independent source: every one of the 3^5 cubes checked against the data's rows (ExhaustiveReferenceTests'
        // reference, which shares no code with the minimiser). DEV*~IND, URB*STB and IND*STB are prime but each covers
        // only part of the positive rows.
        var brute = ExhaustiveReferenceTests.ReferencePrimeImplicants(5, Kinds(positive: 1)).Select(Term).ToHashSet();
        Assert.Equal(["DEV*STB", "DEV*~IND", "IND*STB", "URB*STB"], brute.Order(StringComparer.Ordinal));
        Assert.Equal(brute.Order(StringComparer.Ordinal), Result.Parsimonious.PrimeImplicants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Lipset_necessity_of_DEV_for_SURV()
    {
        // Counted here from the CSV: inclusion = |DEV and SURV| / |SURV|, coverage = |DEV and SURV| / |DEV|,
        // relevance = |not DEV| / |not (DEV and SURV)| (Schneider & Wagemann 2012, crisp sets).
        var both = Countries.Count(c => c.Values[0] == 1 && c.Surv == 1);
        var developed = Countries.Count(c => c.Values[0] == 1);
        var survived = Countries.Count(c => c.Surv == 1);
        Assert.Equal((18, 8, 10, 8), (Countries.Length, both, developed, survived));
        var dev = Result.Necessity.Single(n => n.Condition == Literal.Parse("DEV"));
        Assert.Equal((double)both / survived, dev.Inclusion, 12);                             // 1: every survivor is developed
        Assert.Equal((double)both / developed, dev.Coverage, 12);                             // 0.8: 8 of the 10 developed survived
        Assert.Equal((double)(Countries.Length - developed) / (Countries.Length - both), dev.Relevance, 12); // 8 / 10
        var notDev = Result.Necessity.Single(n => n.Condition == Literal.Parse("~DEV"));
        Assert.Equal("0.000", F3(notDev.Inclusion));
        Assert.Equal(10, Result.Necessity.Count);
    }

    [Fact]
    public void Lipset_negated_outcome_is_explained_by_its_own_solutions()
    {
        var result = QcaAnalysis.Run(ReferenceData.Lipset(), ReferenceData.LipsetOptions with { Outcome = "~SURV" });
        Assert.Equal(["1", "2", "5", "6", "23", "31"],
            result.TruthTable.Rows.Where(r => r.Output == OutputValue.True).Select(r => r.RowNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        // The rows of the published truth table with OUT 0 (README), and the minimal covers of a brute force over
        // every combination of prime implicants (ExhaustiveReferenceTests' reference) as the independent source.
        var reference = ExhaustiveReferenceTests.ReferenceSolutions(new RandomTruthTable(5, Kinds(positive: 0)), [])!;
        var model = Assert.Single(result.Conservative.Models);
        Assert.Equal(Assert.Single(reference).Select(Term).Order(StringComparer.Ordinal), model.Expression.Split(" + ").Order(StringComparer.Ordinal));
        Assert.Equal("~DEV*~URB*~IND + DEV*LIT*IND*~STB", model.Expression);
        Assert.Equal("1.000", F3(model.Coverage));
    }

    [Fact]
    public void Lipset_intermediate_solution_with_all_expectations_present()
    {
        var options = ReferenceData.LipsetOptions with
        {
            DirectionalExpectations = new Dictionary<string, DirectionalExpectation>
            {
                ["DEV"] = DirectionalExpectation.Present,
                ["URB"] = DirectionalExpectation.Present,
                ["LIT"] = DirectionalExpectation.Present,
                ["IND"] = DirectionalExpectation.Present,
                ["STB"] = DirectionalExpectation.Present,
            },
        };
        var result = QcaAnalysis.Run(ReferenceData.Lipset(), options);
        var model = Assert.Single(result.Intermediate!.Models);
        // ~URB runs against the expectation and is dropped; DEV, LIT, STB are kept.
        Assert.Equal("DEV*LIT*STB", model.Expression);
        Assert.Equal("C1P1", model.Origin);
        Assert.Equal([30], model.SimplifyingAssumptionRows);
    }
}
