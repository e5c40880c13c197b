using Jeugdhulp.Research.Coding.Display;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Tests.Support;

namespace Jeugdhulp.Research.Coding.Tests.Segments;

public class ReanchoringTests
{
    [Fact]
    public void The_coded_text_at_the_old_offsets_is_an_exact_match()
    {
        Assert.Equal(new AnchorResult(AnchorStatus.Exact, 4, 7, 2), Reanchoring.Reanchor("abc def def", 4, 7, "def"));
    }

    [Fact]
    public void After_an_insertion_the_coded_text_is_found_where_it_moved()
    {
        var r = Reanchoring.Reanchor("INGEVOEGD. Wij volgen.", 4, 10, "volgen");
        Assert.Equal((AnchorStatus.Moved, 15, 21), (r.Status, r.Start, r.End));
    }

    [Fact]
    public void Of_several_occurrences_the_nearest_unique_one_is_taken()
    {
        var r = Reanchoring.Reanchor("ja ... xxxx ja ............ ja", 9, 11, "ja"); // occurrences at 0, 12 and 27
        Assert.Equal((AnchorStatus.Moved, 12), (r.Status, r.Start));
    }

    [Fact]
    public void Two_occurrences_at_equal_distance_are_ambiguous()
    {
        Assert.Equal(AnchorStatus.Ambiguous, Reanchoring.Reanchor("ja xx ja", 3, 5, "ja").Status);
    }

    [Fact]
    public void A_quote_that_is_gone_is_not_found()
    {
        Assert.Equal(AnchorStatus.NotFound, Reanchoring.Reanchor("iets anders", 0, 4, "weg!").Status);
    }

    [Fact]
    public void An_edited_transcript_re_anchors_CSV_codings_with_a_warning_and_classifies_the_same()
    {
        var dir = Repo.CopyOfCorpus();
        var path = Path.Combine(dir, "sources", "heidestein-kwartel-bestuurder-2020.md");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("## Sturing gemeente", "Aantekening van de interviewer: het gesprek vond plaats op locatie.\n\n## Sturing gemeente"));

        var project = CodingProjectLoader.Load(dir);

        var warnings = project.Warnings.Where(w => w.Code == "reanchored").ToList();
        Assert.Equal(File.ReadAllLines(Path.Combine(dir, "codings", "coderB.csv")).Count(l => l.StartsWith("heidestein-kwartel-bestuurder-2020,", StringComparison.Ordinal)), warnings.Count);
        Assert.All(warnings, w => Assert.EndsWith("coderB.csv", w.File));
        var source = project.FindSource("heidestein-kwartel-bestuurder-2020")!;
        Assert.All(project.Segments.Where(s => s.Source == source.Id), s => Assert.Equal(source.Text[s.Start..s.End], s.Text));
        var original = Classifier.Classify(CodingProjectLoader.Load(Repo.CopyOfCorpus()), CoderSelection.Pooled);
        var edited = Classifier.Classify(project, CoderSelection.Pooled);
        Assert.Equal(ClassificationTables.Judgments(original).Rows.Length, ClassificationTables.Judgments(edited).Rows.Length);
        static string Shares(Jeugdhulp.Research.Coding.Classification.ProjectClassification c) =>
            string.Join(";", c.Find("heidestein.kwartel")!.Periods.Single().Responses.Select(r => $"{r.Response} {r.Count} {string.Join(",", r.Tactics)}"));
        Assert.Equal(Shares(original), Shares(edited));
    }

    [Fact]
    public void A_coding_whose_words_were_deleted_is_reported()
    {
        var dir = Repo.CopyOfCorpus();
        var path = Path.Combine(dir, "sources", "heidestein-kwartel-bestuurder-2020.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("De zorgverzekeraar en de andere gemeenten vragen allemaal iets anders", "Er is druk van verschillende kanten"));

        var (errors, _) = CodingProjectLoader.Validate(dir);

        var error = Assert.Single(errors);
        Assert.Equal("anchor-not-found", error.Code);
        Assert.EndsWith("coderB.csv", error.File);
        Assert.Equal(26, error.Line);
    }
}
