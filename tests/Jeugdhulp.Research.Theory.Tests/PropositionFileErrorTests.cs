using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.Theory.Tests.Support;

namespace Jeugdhulp.Research.Theory.Tests;

public class PropositionFileErrorTests
{
    [Fact]
    public void Malformed_yaml_gives_file_line_column_and_exit_1()
    {
        var result = JhrResult.Run("propositions", Repo.Fixture("malformed-yaml.yaml"));
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"malformed-yaml\.yaml:\d+:\d+: malformed-yaml: ", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Structural_errors_are_all_reported_with_positions()
    {
        var e = Assert.Throws<InputException>(() => PropositionLoader.Load(Repo.Fixture("structure-errors.yaml")));
        var found = e.Diagnostics.Select(d => $"{d.Line}:{d.Column}:{d.Code}").ToList();
        Assert.Contains("3:5:missing-field", found);     // X1 has 'when' without 'then'
        Assert.Contains("7:11:unknown-kind", found);     // 'tussen-cases'
        Assert.Contains("9:5:duplicate-id", found);      // second X2
        Assert.Contains("13:5:unknown-field", found);    // 'voorspelling'
        Assert.All(e.Diagnostics, d => Assert.EndsWith("structure-errors.yaml", d.File));
    }

    [Fact]
    public void Expression_errors_point_at_the_clause_and_exit_1()
    {
        var result = JhrResult.Run("propositions", Repo.Fixture("expression-errors.yaml"));
        Assert.Equal(1, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // 'kenmerk.wilen' starts at column 31 of line 5 ("    when: kenmerk.weten=+ and kenmerk.wilen=+").
        Assert.Contains(lines, l => l.EndsWith("expression-errors.yaml:5:31: unknown-attribute: Unknown attribute 'kenmerk.wilen'; use a codebook id, an export name (case, provider, specialisation, age_class, founded, market_share_category, growth_objective, market_oriented, response_cluster, response_changed, response_change) or weten, willen, kunnen, moeten.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("expression-errors.yaml:10:22: unknown-value: 'ja' is not a value of 'kenmerk.willen'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("expression-errors.yaml:12:25: invalid-expression: 'in' needs a list in parentheses", StringComparison.Ordinal));
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_missing_file_is_invalid_input()
    {
        var result = JhrResult.Run("propositions", "does-not-exist.yaml");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does-not-exist.yaml: file-not-found", result.Error);
    }

    [Fact]
    public void Anchors_and_a_wrong_schema_are_refused()
    {
        var e = Assert.Throws<InputException>(() => PropositionLoader.Parse("schema: jhr-propositions/2\npropositions:\n  - &a {id: X}\n", "x.yaml"));
        Assert.Contains(e.Diagnostics, d => d.Code == "alias-not-allowed" && d.Line == 3);
        var schema = Assert.Throws<InputException>(() => PropositionLoader.Parse("schema: jhr-propositions/2\npropositions: []\n", "x.yaml"));
        Assert.Equal("x.yaml:1:9: unknown-schema: Schema 'jhr-propositions/2' is not supported; this version reads 'jhr-propositions/1'.", schema.Diagnostics.Single().ToString());
    }
}
