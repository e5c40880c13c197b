using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Privacy.Tests;

public class PseudonymiseCorpusTests
{
    private static readonly PseudonymKey Key = PseudonymKey.Load(TestPaths.CorpusKey);

    [Fact]
    public void The_corpus_pseudonymised_has_no_real_name_left_and_every_offset_valid()
    {
        using var temp = TestPaths.Temp();
        var output = temp["out"];
        var result = ProjectPseudonymiser.Run(TestPaths.Corpus, TestPaths.CorpusKey, output);

        Assert.True(result.Replacements > 50, $"only {result.Replacements} replacements");
        Assert.Contains("README.md", result.NotCopied);
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            Assert.Empty(LeakCheck.Scan(File.ReadAllText(file), Key, file));
            Assert.Empty(LeakCheck.Scan(Path.GetRelativePath(output, file), Key, file));
        }

        var original = CodingProjectLoader.Load(TestPaths.Corpus);
        var pseudonymous = CodingProjectLoader.Load(output);
        Assert.DoesNotContain(pseudonymous.Warnings, w => w.Code == "reanchored");
        Assert.Equal(original.Segments.Length, pseudonymous.Segments.Length);
        Assert.Equal(original.Sources.Length, pseudonymous.Sources.Length);
        for (var i = 0; i < original.Segments.Length; i++)
        {
            var before = original.Segments[i];
            var after = pseudonymous.Segments.Single(s => s.Origin!.File.EndsWith(".md", StringComparison.Ordinal) == before.Origin!.File.EndsWith(".md", StringComparison.Ordinal)
                && s.Code == before.Code && s.Coder == before.Coder && s.Value == before.Value
                && s.Source == Pseudonymiser.ApplyToId(before.Source, Key) && s.Text == Pseudonymiser.Apply(before.Text, Key).Text);
            var source = pseudonymous.FindSource(after.Source)!;
            Assert.Equal(after.Text, source.Text[after.Start..after.End]);
            Assert.Equal(Pseudonymiser.Apply(before.Text, Key).Text, after.Text);
        }
    }

    [Fact]
    public void The_pseudonymised_corpus_classifies_as_the_original()
    {
        using var temp = TestPaths.Temp();
        ProjectPseudonymiser.Run(TestPaths.Corpus, TestPaths.CorpusKey, temp["out"]);
        var before = CodingProjectLoader.Load(TestPaths.Corpus);
        var after = CodingProjectLoader.Load(temp["out"]);
        Assert.Equal(before.Units.Select(u => Pseudonymiser.ApplyToId(u.Id, Key)), after.Units.Select(u => u.Id));
        Assert.Equal(before.Overrides.Length, after.Overrides.Length);
        Assert.Contains(after.Units, u => u.Organisation == "Aanbieder A");
        Assert.Contains(after.Sources, s => s.Speakers.Any(p => p.Name == "Persoon 1"));
        // Whose account a coding is depends on speaker organisations and case names: it must survive renaming.
        var accountsBefore = before.Evidence().Select(e => (Pseudonymiser.ApplyToId(e.Segment.Source, Key), Pseudonymiser.Apply(e.Segment.Text, Key).Text, e.Segment.Code, e.Segment.Coder, e.Account)).Order();
        var accountsAfter = after.Evidence().Select(e => (e.Segment.Source, e.Segment.Text, e.Segment.Code, e.Segment.Coder, e.Account)).Order();
        Assert.Equal(accountsBefore, accountsAfter);
    }

    [Fact]
    public void Segment_text_after_equals_the_original_text_with_the_same_replacements()
    {
        using var temp = TestPaths.Temp();
        ProjectPseudonymiser.Run(TestPaths.Corpus, TestPaths.CorpusKey, temp["out"]);
        var before = CodingProjectLoader.Load(TestPaths.Corpus);
        var after = CodingProjectLoader.Load(temp["out"]);
        var expected = before.Segments.Select(s => (Pseudonymiser.ApplyToId(s.Source, Key), Pseudonymiser.Apply(s.Text, Key).Text, s.Code, s.Coder)).Order().ToList();
        var actual = after.Segments.Select(s => (s.Source, s.Text, s.Code, s.Coder)).Order().ToList();
        Assert.Equal(expected, actual);
        Assert.Contains(actual, s => s.Text.Contains("Noord", StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_inside_the_project_is_refused()
    {
        using var temp = TestPaths.Temp();
        var project = temp["project"];
        CopyDirectory(TestPaths.Corpus, project);
        File.Copy(TestPaths.CorpusKey, Path.Combine(project, "sources", "key.yaml"));
        var e = Assert.Throws<InputException>(() => ProjectPseudonymiser.Run(project, Path.Combine(project, "sources", "key.yaml"), temp["out"]));
        Assert.Contains(e.Diagnostics, d => d.Code == "key-inside-project");
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void A_key_reached_through_a_symbolic_link_into_the_project_is_refused()
    {
        using var temp = TestPaths.Temp();
        var project = temp["project"];
        CopyDirectory(TestPaths.Corpus, project);
        File.Copy(TestPaths.CorpusKey, Path.Combine(project, "key.yaml"));
        var link = temp["outside.yaml"];
        File.CreateSymbolicLink(link, Path.Combine(project, "key.yaml"));
        var e = Assert.Throws<InputException>(() => PseudonymKey.EnsureOutside(link, project));
        Assert.Contains(e.Diagnostics, d => d.Code == "key-inside-project");
    }

    [Fact]
    public void A_non_empty_output_folder_is_refused_and_left_alone()
    {
        using var temp = TestPaths.Temp();
        Directory.CreateDirectory(temp["out"]);
        File.WriteAllText(temp["out/keep.txt"], "mine");
        var e = Assert.Throws<InputException>(() => ProjectPseudonymiser.Run(TestPaths.Corpus, TestPaths.CorpusKey, temp["out"]));
        Assert.Contains(e.Diagnostics, d => d.Code == "output-not-empty");
        Assert.Equal(["keep.txt"], Directory.EnumerateFileSystemEntries(temp["out"]).Select(Path.GetFileName));
    }

    [Fact]
    public void An_empty_output_folder_is_used()
    {
        using var temp = TestPaths.Temp();
        Directory.CreateDirectory(temp["out"]);
        ProjectPseudonymiser.Run(TestPaths.Corpus, TestPaths.CorpusKey, temp["out"]);
        Assert.True(File.Exists(temp["out/project.yaml"]));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(temp.Path), p => Path.GetFileName(p).EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_in_a_file_copied_as_is_stops_the_run_and_nothing_is_written()
    {
        using var temp = TestPaths.Temp();
        // The codebook is copied unchanged (it is not project data); the final scan covers it too.
        var key = PseudonymKey.FromEntries([.. Key.Entries, new KeyEntry(NameKind.Persoon, "Oliver", "Auteur X")]);
        var e = Assert.Throws<LeakException>(() => ProjectPseudonymiser.Run(TestPaths.Corpus, key, temp["out"]));
        Assert.NotEmpty(e.Leaks);
        Assert.All(e.Leaks, l => Assert.Equal("Oliver", l.Name));
        Assert.Contains(e.Leaks, l => l.File.EndsWith(ProjectPseudonymiser.CodebookFile, StringComparison.Ordinal) && l.Line > 0 && l.Column > 0);
        Assert.False(Directory.Exists(temp["out"]));
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    internal static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        // The corpus names its codebook relative to itself; point the copy at the real one.
        var yaml = Path.Combine(to, "project.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("../../codebooks/jeugdhulp-sturing.yaml",
            Path.Combine(TestPaths.Root, "codebooks", "jeugdhulp-sturing.yaml").Replace('\\', '/'), StringComparison.Ordinal));
    }
}
