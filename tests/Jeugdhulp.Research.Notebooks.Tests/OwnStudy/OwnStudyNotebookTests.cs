using System.Net;
using System.Text.RegularExpressions;
using Jeugdhulp.Research.Notebooks.Tests.Notebooks;

namespace Jeugdhulp.Research.Notebooks.Tests.OwnStudy;

/// <summary>
/// Notebooks 02-04 run on the study made by <see cref="OwnStudy"/> (jhr init + jhr code) with one parameter,
/// <c>studyDirectory</c>: coders, cases and tables come from that study, and the numbers are its own.
/// </summary>
public sealed class OwnStudyNotebookTests
{
    private static readonly Dictionary<string, Lazy<Task<NotebookRunResult>>> Runs = new(StringComparer.Ordinal);

    private static Task<NotebookRunResult> RunAsync(string fileName)
    {
        lock (Runs)
        {
            if (!Runs.TryGetValue(fileName, out var run))
                Runs[fileName] = run = new(() => NotebookRunner.RunFileAsync(Path.Combine(NotebookRuns.Folder, fileName), new NotebookRunOptions
                {
                    // Charts go to a temporary folder: tests must not write into notebooks/output.
                    Parameters = fileName.StartsWith("04-", StringComparison.Ordinal)
                        ? new Dictionary<string, string> { ["studyDirectory"] = OwnStudy.Folder, ["outputDirectory"] = Directory.CreateTempSubdirectory("jhr-own-study-output-").FullName }
                        : new Dictionary<string, string> { ["studyDirectory"] = OwnStudy.Folder },
                }));
            return run.Value;
        }
    }

    /// <summary>All text of a run's outputs (streams and HTML with the tags removed), for asserting numbers.</summary>
    private static string Text(NotebookRunResult result)
    {
        Assert.True(result.Succeeded, result.Failure?.ToString());
        var parts = result.Notebook.Cells.Where(c => c.IsCode).SelectMany(c => c.Outputs).Select(o => o!["output_type"]?.GetValue<string>() == "stream"
            ? string.Concat(o["text"] is System.Text.Json.Nodes.JsonArray a ? a.Select(l => l!.GetValue<string>()) : [o["text"]?.GetValue<string>() ?? ""])
            : NotebookRuns.Data(o, "text/html"));
        var text = WebUtility.HtmlDecode(Regex.Replace(string.Concat(parts), "<[^>]+>", " "));
        return Regex.Replace(text, @"[ \t]+", " ");
    }

    [Fact]
    public async Task Notebook_02_classifies_the_new_study_per_coder_and_pooled()
    {
        var text = Text(await RunAsync("02-transcripten-coderen.ipynb"));
        Assert.Contains("Rivierenland (FICTIEF): 2 bronnen, 2 cases, 3 eenheden, 0 override(s) in overrides.csv", text);
        Assert.Contains(" anna: 6 gecodeerde segmenten", text);
        Assert.Contains(" bram: 4 gecodeerde segmenten", text);
        Assert.Contains("Case × cluster (Rivierenland, FICTIEF) case \\ Clusters strategische reactie volgen niet-volgen niets-doen onbekend Totaal Gemeente Rivierstad 1 0 0 1 2 Gemeente Polderdorp 0 0 0 1 1 Totaal 1 0 0 2 3", text);
        Assert.Contains("rivierstad.horizon kenmerk.kunnen zonder override: +", text);
        Assert.DoesNotContain("coderA", text);
    }

    [Fact]
    public async Task Notebook_03_computes_agreement_between_the_new_studys_coders()
    {
        var text = Text(await RunAsync("03-intercodeur-betrouwbaarheid.ipynb"));
        Assert.Contains("Cluster per eenheid en periode coëfficiënt waarde eenheden 95%-interval (bootstrap) agreement 0.666667 3", text);
        Assert.Contains("alpha-nominal 0.615385 3", text);
        Assert.Contains("verschillen (anna vs bram)", text);
        Assert.Contains("kenmerk.kunnen 0.666667 0.000000 rivierstad.horizon: + vs geen bewijs", text);
        Assert.Contains("Segmenten, alle codes coëfficiënt waarde eenheden 95%-interval (bootstrap) agreement 0.250000 8", text);
    }

    [Fact]
    public async Task Notebook_04_compares_the_cases_of_the_new_study_without_published_tables()
    {
        var text = Text(await RunAsync("04-cross-case-vergelijking.ipynb"));
        Assert.Contains("2 cases, 3 eenheden", text);
        Assert.Contains("no published tables to reproduce", text);
        Assert.Contains("0 van 0 tabellen exact gereproduceerd.", text);
        Assert.Contains("Willen × cluster (alle eenheden) Willen \\ Clusters strategische reactie volgen niet-volgen niets-doen onbekend Totaal + 1 0 0 0 1", text);
        Assert.DoesNotContain("Tabel 9.1", text);
    }

    [Fact]
    public async Task Notebook_05_tests_the_propositions_and_runs_the_qca_on_the_new_study()
    {
        var text = Text(await RunAsync("05-verwachtingen-en-qca.ipynb"));
        // E1 counts the cases with determined clusters: only Rivierstad (Horizon volgen; Kompas mixed, Polderdorp without sources).
        Assert.Contains("nee: 1 verschillende verdelingen van cluster over 1 cases", text);
        Assert.Contains("nee: 0 van 1 cases met meer dan één cluster", text);
        // Horizon is the only unit with a calibrated outcome; weten and moeten have no evidence, so no unit is analysed.
        Assert.Contains("rivierstad.horizon 1 1 1 nee", text);
        Assert.Contains("3 eenheden, 0 in de analyse", text);
        Assert.Contains("Geen configuratie heeft uitkomst 1 voor volgen: er valt niets te minimaliseren.", text);
        Assert.DoesNotContain("coderA", text);
    }
}
