using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Codebooks;

public class CodebookValidationTests
{
    private static IReadOnlyList<Diagnostic> Problems(string fixture) => CodebookLoader.Validate(Repo.CodebookFixture(fixture));

    [Fact]
    public void Minimal_valid_codebook_loads_with_its_tree_and_values()
    {
        var codebook = CodebookLoader.Load(Repo.CodebookFixture("minimal-valid.yaml"));

        Assert.Equal(["cluster", "cluster.volgen", "reactie.volgen"], codebook.Entries.Select(e => e.Id));
        Assert.Equal("cluster", codebook.Parent("cluster.volgen")!.Id);
        Assert.Equal("cluster.volgen", codebook.ClusterOf("reactie.volgen")!.Id);
        Assert.Equal(["+", "-"], codebook.ValuesOf("reactie.volgen").Select(v => v.Id));
        Assert.Equal("cluster.volgen", codebook["reactie.volgen"].Values.Single().Expected);
        Assert.Matches("^[0-9a-f]{64}$", codebook.ContentHash);
    }

    [Fact]
    public void Duplicate_id_is_reported_at_the_second_occurrence_with_the_first_line()
    {
        var problem = Assert.Single(Problems("duplicate-id.yaml"));
        Assert.Equal(("duplicate-id", 17, 9), (problem.Code, problem.Line, problem.Column));
        Assert.Contains("already used at line 11", problem.Message);
    }

    [Fact]
    public void Dangling_references_are_all_reported_with_their_positions()
    {
        var problems = Problems("dangling-reference.yaml");
        Assert.Equal(
            [("dangling-reference", 10, 14, "cluster.niet-volgen"), ("dangling-reference", 11, 14, "oliver.defy")],
            problems.Select(p => (p.Code, p.Line, p.Column, p.Message.Split('\'')[3])));
    }

    [Fact]
    public void Unknown_value_set_and_value_outside_the_set_are_both_reported()
    {
        var problems = Problems("unknown-value-set.yaml");
        Assert.Equal([("unknown-value-set", 16, 16), ("unknown-value", 24, 7)], problems.Select(p => (p.Code, p.Line, p.Column)));
        Assert.Contains("defined: plusmin", problems[0].Message);
    }

    [Fact]
    public void Missing_labels_report_the_entry_without_label_and_the_label_without_english()
    {
        var problems = Problems("missing-label.yaml");
        Assert.Equal([("missing-label", 6, 5), ("missing-label", 12, 12)], problems.Select(p => (p.Code, p.Line, p.Column)));
        Assert.Contains("'kenmerk.weten' has no 'label'", problems[0].Message);
        Assert.Contains("no English text", problems[1].Message);
    }

    [Fact]
    public void Malformed_yaml_is_reported_with_line_and_column()
    {
        var problem = Assert.Single(Problems("malformed-yaml.yaml"));
        Assert.Equal("malformed-yaml", problem.Code);
        Assert.True(problem.Line >= 4, $"line {problem.Line}");
        Assert.True(problem.Column > 0);
    }

    [Fact]
    public void Yaml_anchors_are_refused_before_any_expansion()
    {
        var problem = Assert.Single(Problems("alias-bomb.yaml"));
        Assert.Equal(("alias-not-allowed", 4, 8), (problem.Code, problem.Line, problem.Column));
    }

    [Fact]
    public void Latin1_file_is_refused_with_the_position_of_the_first_bad_byte()
    {
        var problem = Assert.Single(Problems("not-utf8.yaml"));
        Assert.Equal(("not-utf8", 4, 15), (problem.Code, problem.Line, problem.Column));
        Assert.Contains("Save it as UTF-8", problem.Message);
    }

    [Fact]
    public void Deeply_nested_yaml_is_refused_without_recursion_trouble()
    {
        var yaml = "schema: jhr-codebook/1\nid: diep\nversion: 1\ntitle: {nl: d}\nentries: " + new string('[', 10_000) + new string(']', 10_000) + "\n";
        var error = Assert.Throws<InputException>(() => CodebookLoader.Parse(yaml, "diep.yaml"));
        Assert.Equal("too-deep", Assert.Single(error.Diagnostics).Code);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_in_one_run()
    {
        var yaml = """
            schema: jhr-codebook/1
            id: veel
            version: 1
            title: {nl: Veel fouten}
            entries:
              - id: a
                kind: soort
                label: {nl: A, en: A}
                definition: {nl: a}
                source: {section: "1"}
                colour: red
              - id: B
                kind: response
                label: {nl: B, en: B}
                definition: {nl: b}
                source: {lines: "12-x"}
            """;
        var error = Assert.Throws<InputException>(() => CodebookLoader.Parse(yaml, "veel.yaml"));
        Assert.Equal(
            ["unknown-kind", "unknown-field", "missing-field", "invalid-id", "missing-field", "invalid-lines"],
            error.Diagnostics.Select(d => d.Code));
    }
}
