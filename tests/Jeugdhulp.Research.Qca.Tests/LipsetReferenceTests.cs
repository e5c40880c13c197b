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

    [Fact]
    public void Reference_readme_keeps_its_citation_and_provenance()
    {
        var readme = File.ReadAllText(Path.Combine(ReferenceData.Directory, "README.md"));
        Assert.Contains("Rihoux & De Meur 2009", readme, StringComparison.Ordinal);
        Assert.Contains("Provenance", readme, StringComparison.Ordinal);
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
        Assert.Equal("M1: DEV*~URB*LIT*STB + DEV*LIT*IND*STB -> SURV", QcaFormatter.ModelLine(model, Result.Conservative.Outcome));
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
    public void Lipset_parsimonious_prime_implicants_include_the_alternatives_to_DEV_STB()
    {
        // DEV*~IND, URB*STB and IND*STB are prime but each covers only part of the positive rows.
        Assert.Equal(["DEV*~IND", "DEV*STB", "URB*STB", "IND*STB"], Result.Parsimonious.PrimeImplicants);
    }

    [Fact]
    public void Lipset_necessity_of_DEV_for_SURV()
    {
        var dev = Result.Necessity.Single(n => n.Condition == Literal.Parse("DEV"));
        Assert.Equal("1.000", F3(dev.Inclusion)); // every survivor is developed
        Assert.Equal("0.800", F3(dev.Coverage));  // 8 of the 10 developed countries survived
        Assert.Equal("0.800", F3(dev.Relevance)); // 8 not developed / 10 not (developed and survived)
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
        var model = Assert.Single(result.Conservative.Models);
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
