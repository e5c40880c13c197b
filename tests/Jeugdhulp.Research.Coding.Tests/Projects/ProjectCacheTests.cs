using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Coding.Tests.Support;

namespace Jeugdhulp.Research.Coding.Tests.Projects;

/// <summary>
/// A load that reuses an earlier one (<see cref="CodingProjectCache"/>, what the workbench does after every save) must
/// give exactly what a fresh load gives: the same codings, errors, warnings and classification, whatever happened to
/// the files in between, by the workbench or by an editor behind its back.
/// </summary>
public class ProjectCacheTests
{
    private const string Source = "kustwijk-eikenhof-bestuurder-2017";

    [Fact]
    public void A_load_through_the_cache_equals_a_fresh_load_after_saves_edits_deletes_and_editors_changes()
    {
        var dir = Repo.CopyOfCorpus();
        var cache = new CodingProjectCache();
        var codings = Path.Combine(dir, "codings", "coderB.csv");
        var source = Path.Combine(dir, "sources", Source + ".md");

        var project = SameAsFreshLoad(dir, cache, "first load");
        Assert.Equal((0, 0), cache.Reused);

        // The workbench saves: add, replace, delete (which moves every later row one line up).
        var first = CodingsFile.Read(dir, "coderB").Rows[0];
        CodingsFile.Apply(project, "coderB", CodingsFile.LoadedVersion(project, "coderB"), new CodingEdit.Add(first with { Value = "-", Memo = "toch niet" }));
        project = SameAsFreshLoad(dir, cache, "after a save");
        Assert.Equal(project.Sources.Length, cache.Reused.Files); // the sources were not parsed again, only the codings file
        Assert.True(cache.Reused.Codings >= project.Segments.Length - 1, $"{cache.Reused.Codings} of {project.Segments.Length} codings reused");

        var rows = CodingsFile.Read(dir, "coderB").Rows;
        CodingsFile.Apply(project, "coderB", CodingsFile.LoadedVersion(project, "coderB"), new CodingEdit.Replace(2, rows[1] with { Memo = "herzien" }));
        project = SameAsFreshLoad(dir, cache, "after an edit");
        CodingsFile.Apply(project, "coderB", CodingsFile.LoadedVersion(project, "coderB"), new CodingEdit.Remove(1));
        project = SameAsFreshLoad(dir, cache, "after a delete");

        // An editor inserts a sentence at the top of a transcript: its codings move (re-anchored, with warnings).
        var text = File.ReadAllText(source);
        var body = text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        File.WriteAllText(source, text[..body] + "Een zin die de redacteur toevoegde.\n\n" + text[body..]);
        var (_, warnings) = Loaded(dir, cache, "after a source was edited");
        Assert.Contains(warnings, w => w.Code == "reanchored");

        // An editor changes a codings file without changing its size or its write time: the content decides, not the stamp.
        var written = File.GetLastWriteTimeUtc(codings);
        var csv = File.ReadAllText(codings);
        Assert.Contains("We wisten precies wat Kustwijk wilde", csv);
        File.WriteAllText(codings, csv.Replace("We wisten precies wat Kustwijk wilde", "We wisten precies wat Kustwijk WILDE", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(codings, written);
        Loaded(dir, cache, "after an edit that kept size and write time");
        File.WriteAllText(codings, csv);

        // An editor introduces an error, then fixes it.
        File.WriteAllText(codings, csv + $"{Source},0,10,geen tekst,reactie.bestaat-niet,,,,coderB,,,,,\n");
        var (errors, _) = Loaded(dir, cache, "with an error");
        Assert.NotEmpty(errors);
        File.WriteAllText(codings, csv);
        Assert.Empty(Loaded(dir, cache, "with the error fixed").Errors);

        // The codings file is renamed, then removed.
        var renamed = Path.Combine(dir, "codings", "coderB-import.csv");
        File.Move(codings, renamed);
        Loaded(dir, cache, "after a rename");
        File.Delete(renamed);
        Assert.Contains(Loaded(dir, cache, "after a removal").Warnings, w => w.Code == "coder-without-codings");

        // What every check reads changes: a unit is dropped from units.csv, then restored.
        var units = Path.Combine(dir, "units.csv");
        var unitsText = File.ReadAllText(units);
        File.WriteAllText(units, string.Join('\n', unitsText.Split('\n').Where(l => !l.StartsWith("kustwijk.de-wilg,", StringComparison.Ordinal))));
        Assert.NotEmpty(Loaded(dir, cache, "without a unit").Errors);
        File.WriteAllText(units, unitsText);
        File.WriteAllText(Path.Combine(dir, "codings", "coderB.csv"), csv);
        Assert.Empty(Loaded(dir, cache, "all restored").Errors);
    }

    [Fact]
    public void The_cache_keeps_only_what_the_last_load_used()
    {
        var dir = Repo.CopyOfCorpus();
        var cache = new CodingProjectCache();
        var project = CodingProjectLoader.Load(dir, new CodingDiagnostics(), cache)!;
        var row = CodingsFile.Read(dir, "coderB").Rows[0];
        for (var i = 0; i < 20; i++)
        {
            var state = CodingsFile.Apply(project, "coderB", CodingsFile.LoadedVersion(project, "coderB"), new CodingEdit.Add(row with { Value = "-", Memo = $"save {i}" }));
            project = CodingProjectLoader.Load(dir, new CodingDiagnostics(), cache)!;
            Assert.Equal(state.Version, CodingsFile.LoadedVersion(project, "coderB"));
            CodingsFile.Apply(project, "coderB", state.Version, new CodingEdit.Remove(state.Rows.Length));
            project = CodingProjectLoader.Load(dir, new CodingDiagnostics(), cache)!;
        }

        // Forty saves later, a load that changes nothing reuses every file and coding, and nothing of the saves in between.
        CodingProjectLoader.Load(dir, new CodingDiagnostics(), cache);
        Assert.Equal((project.Sources.Length + 1, project.Segments.Length), cache.Reused);
        Assert.Equal(project.Sources.Length + 1, cache.Entries.Files);
        Assert.Equal(project.Segments.Length, cache.Entries.Codings);
    }

    private static (IReadOnlyList<Diagnostics.Diagnostic> Errors, IReadOnlyList<Diagnostics.Diagnostic> Warnings) Loaded(string dir, CodingProjectCache cache, string step)
    {
        var incremental = new CodingDiagnostics();
        var project = CodingProjectLoader.Load(dir, incremental, cache);
        Same(dir, project, incremental, step);
        return (incremental.Errors, incremental.Warnings);
    }

    private static CodingProject SameAsFreshLoad(string dir, CodingProjectCache cache, string step)
    {
        var incremental = new CodingDiagnostics();
        var project = CodingProjectLoader.Load(dir, incremental, cache);
        Same(dir, project, incremental, step);
        Assert.Empty(incremental.Errors);
        return project!;
    }

    /// <summary>The project and problems of a load through the cache are those of a fresh load, down to the order and the classification.</summary>
    private static void Same(string dir, CodingProject? project, CodingDiagnostics incremental, string step)
    {
        var fresh = new CodingDiagnostics();
        var expected = CodingProjectLoader.Load(dir, fresh);
        Assert.True(fresh.Errors.SequenceEqual(incremental.Errors), $"{step}: errors differ");
        Assert.True(fresh.Warnings.SequenceEqual(incremental.Warnings), $"{step}: warnings differ");
        Assert.Equal(expected is null, project is null);
        if (expected is null || project is null) return;
        Assert.True(expected.Segments.SequenceEqual(project.Segments), $"{step}: codings differ");
        Assert.True(expected.Files.SequenceEqual(project.Files), $"{step}: files differ");
        Assert.Equal(expected.Sources.Select(s => (s.Id, s.Text, s.Turns.Length)), project.Sources.Select(s => (s.Id, s.Text, s.Turns.Length)));
        Assert.True(expected.Coders.SequenceEqual(project.Coders), $"{step}: coders differ");
        if (fresh.HasErrors) return;
        foreach (var coders in new[] { CoderSelection.Pooled, CoderSelection.Of("coderA"), CoderSelection.Of("coderB") })
            Assert.Equal(ClassificationJson.Write(Classifier.Classify(expected, coders)), ClassificationJson.Write(Classifier.Classify(project, coders)));
    }
}
