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
    public void Same_content_in_another_file_has_no_differences_and_one_changed_label_is_found_by_the_cli()
    {
        var folder = Directory.CreateTempSubdirectory("jhr-codebook-diff-").FullName;
        var original = File.ReadAllText(Repo.Codebook);
        // A second file with the same content in other bytes (a comment, trailing blank lines): nothing to report.
        var reformatted = Path.Combine(folder, "opnieuw-opgemaakt.yaml");
        File.WriteAllText(reformatted, "# dezelfde inhoud, anders opgemaakt\n" + original + "\n\n");
        // A third with one Dutch label changed: exactly that is reported, with the old and the new text.
        var edited = Path.Combine(folder, "bewerkt.yaml");
        File.WriteAllText(edited, original.Replace("nl: \"Ruimte\"", "nl: \"Beleidsruimte\""));

        var same = Jhr.Run("codebook", "diff", Repo.Codebook, reformatted);
        var changed = Jhr.Run("codebook", "diff", Repo.Codebook, edited);

        Assert.Equal(0, same.ExitCode);
        Assert.Equal("No differences.", same.Out.Trim());
        Assert.True(changed.ExitCode == 0, changed.Error);
        var lines = changed.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("~ sturing.ruimte", lines[0]);
        Assert.Contains(lines, l => l.Contains("label.nl", StringComparison.Ordinal) && l.Contains("Ruimte", StringComparison.Ordinal) && l.Contains("Beleidsruimte", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith('+') || l.StartsWith('-'));
    }
}
