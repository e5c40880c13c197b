using System.Net;
using Jeugdhulp.Research.Notebooks.Tests.Display;

namespace Jeugdhulp.Research.Notebooks.Tests.Notebooks;

/// <summary>Notebook 03 (intercoder reliability) runs headlessly and shows the corpus's agreement at the three levels, the report and the QDA comparison.</summary>
public sealed class AgreementNotebookTests
{
    private const string FileName = "03-intercodeur-betrouwbaarheid.ipynb";

    private static string Html(Notebook notebook, string sourcePart) =>
        WebUtility.HtmlDecode(string.Concat(NotebookRuns.OutputsOf(notebook, sourcePart).Select(o => NotebookRuns.Data(o, "text/html"))));

    [Fact]
    public async Task Reliability_notebook_computes_the_three_levels_with_a_bootstrap_and_the_disagreement_report()
    {
        var (result, _) = await NotebookRuns.RunAsync(FileName);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        var notebook = result.Notebook;

        var cluster = HtmlParts.Table(Html(notebook, "var cluster = UnitLevel.Build(project);"), "Cluster per eenheid en periode");
        Assert.Equal(["0.513514", "5"], HtmlParts.Row(cluster, "alpha-nominal").Take(2)); // 38/74, by hand in the notebook and CorpusAgreementTests
        Assert.Equal(["0.473684", "5"], HtmlParts.Row(cluster, "cohen").Take(2));         // 9/19
        Assert.StartsWith("[", HtmlParts.Row(cluster, "alpha-nominal")[2]);

        var segments = HtmlParts.Table(Html(notebook, "var segmenten = SegmentLevel.Build(project);"), "Segmenten, alle codes");
        Assert.Equal("0.367500", HtmlParts.Row(segments, "alpha-nominal")[0]);
        var presence = HtmlParts.Table(Html(notebook, "var aanwezigheid = PresenceLevel.Build(project);"), "Aanwezigheid van codes per bron");
        Assert.Equal("0.644748", HtmlParts.Row(presence, "alpha-nominal")[0]);

        var report = Html(notebook, "DisagreementReport.Build(");
        Assert.Contains("Meningsverschillen tussen codeurs", report);
        Assert.Contains("In die nieuwe productstructuur gaan we niet mee", report);

        var qda = Html(notebook, "CharacterAgreement.Compute(");
        Assert.Contains("0.765081", qda);
        Assert.Contains("-0.166667", qda);
    }
}
