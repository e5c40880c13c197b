using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Cli;

public class CodebookCliTests
{
    [Theory]
    [InlineData("duplicate-id.yaml", "duplicate-id.yaml:17:9: duplicate-id")]
    [InlineData("dangling-reference.yaml", "dangling-reference.yaml:11:14: dangling-reference")]
    [InlineData("unknown-value-set.yaml", "unknown-value-set.yaml:16:16: unknown-value-set")]
    [InlineData("missing-label.yaml", "missing-label.yaml:6:5: missing-label")]
    [InlineData("malformed-yaml.yaml", ": malformed-yaml:")]
    [InlineData("not-utf8.yaml", "not-utf8.yaml:4:15: not-utf8")]
    public void Validate_prints_every_problem_on_stderr_and_exits_1(string fixture, string expected)
    {
        var result = Jhr.Run("codebook", "validate", Repo.CodebookFixture(fixture));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Validate_accepts_a_valid_file_and_exits_0()
    {
        var result = Jhr.Run("codebook", "validate", Repo.CodebookFixture("minimal-valid.yaml"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("valid (minimaal 0.1.0, 3 entries, 1 value sets)", result.Out);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error_with_exit_2()
    {
        var result = Jhr.Run("codebook", "export", "--format", "pdf", "--output", "x.pdf");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pdf", result.Error);
        Assert.Contains("jhr codebook export --help", result.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("codebook", "--help")]
    [InlineData("codebook", "export", "--help")]
    public void Help_is_available_everywhere_and_exits_0(params string[] args)
    {
        var result = Jhr.Run(args);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
    }

    [Fact]
    public void Missing_file_is_reported_as_invalid_input()
    {
        var result = Jhr.Run("codebook", "validate", "does-not-exist.yaml");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does-not-exist.yaml: file-not-found", result.Error);
    }
}
