using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Codebooks;

public class CodebookDiffTests
{
    [Fact]
    public void Diff_lists_added_removed_and_changed_entries()
    {
        var original = File.ReadAllText(Repo.Codebook);
        var edited = original
            .Replace("nl: \"Ruimte\"", "nl: \"Beleidsruimte\"")
            .Replace("      - id: gemeente.omvang", "      - id: gemeente.inwonertal");
        var diff = CodebookDiff.Compare(CodebookLoader.Parse(original, "old.yaml"), CodebookLoader.Parse(edited, "new.yaml"));

        Assert.Equal(["gemeente.inwonertal"], diff.Added.Select(e => e.Id));
        Assert.Equal(["gemeente.omvang"], diff.Removed.Select(e => e.Id));
        Assert.Contains(diff.Changed, c => c.Id == "sturing.ruimte" && c.Changes.Any(f => f is { Field: "label.nl", Old: "Ruimte", New: "Beleidsruimte" }));
        Assert.Contains("~ sturing.ruimte", diff.ToText());
    }

    [Fact]
    public void Identical_codebooks_have_no_differences_and_the_cli_says_so()
    {
        var result = Jhr.Run("codebook", "diff", Repo.Codebook, Repo.Codebook);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No differences.", result.Out.Trim());
    }
}
