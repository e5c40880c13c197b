using Jeugdhulp.Research.Charts;
using Jeugdhulp.Research.Notebooks.Tests.Display;

namespace Jeugdhulp.Research.Notebooks.Tests.Charts;

/// <summary>The numbers behind the charts, checked against data/ and the dissertation's findings.</summary>
public sealed class ChartDataTests
{
    [Fact]
    public void Factor_matrix_scores_plus_minus_and_leaves_undetermined_blank()
    {
        var matrix = FactorMatrix.From(DisplayFixture.Study, DisplayFixture.Codebook);

        Assert.Equal(["kenmerk.weten", "kenmerk.willen", "kenmerk.kunnen", "kenmerk.moeten"], matrix.FactorIds.ToArray());
        Assert.Equal(["Weten", "Willen", "Kunnen", "Moeten"], matrix.FactorLabels.ToArray());
        Assert.Equal(18, matrix.UnitIds.Length);
        double? Score(string unit, string factor) => matrix.Scores[matrix.UnitIds.IndexOf(unit)][matrix.FactorIds.IndexOf(factor)];
        Assert.Equal(1, Score("rijn.mars", "kenmerk.willen"));
        Assert.Equal(-1, Score("rijn.mars", "kenmerk.moeten"));
        Assert.Equal(0, Score("ijssel.mercurius", "kenmerk.moeten"));
        Assert.Null(Score("waal.jupiter", "kenmerk.kunnen"));
        // Only values per period: the last period counts, the tooltip lists both.
        Assert.Equal(1, Score("rijn.saturnus", "kenmerk.willen"));
        var detail = matrix.Details[matrix.UnitIds.IndexOf("rijn.saturnus")][1];
        Assert.Equal("2016-2017: -; 2018-2020: +", detail);
        Assert.Equal("Saturnus (Rijn)", matrix.UnitLabels[0]);
    }

    [Fact]
    public void Response_flows_cover_every_unit_and_show_Saturnus_turning_to_volgen()
    {
        var flows = ResponseFlows.From(DisplayFixture.Study);

        Assert.Equal(18, flows.Sum(f => f.Units.Length));
        Assert.Contains("rijn.saturnus", flows.Single(f => f.From == "niet-volgen" && f.To == "volgen").Units);
        Assert.All(flows, f => Assert.Equal(f.Units.Length, f.Units.Distinct().Count()));
    }

    [Fact]
    public void Saved_chart_is_one_self_contained_offline_document_written_atomically()
    {
        var folder = Directory.CreateTempSubdirectory("jhr-chart-").FullName;
        var path = Path.Combine(folder, "sub", "reacties.html");

        var full = ChartView.ResponsesPerCase(DisplayFixture.Study, DisplayFixture.Codebook).SaveHtml(path, "Reacties per case");

        Assert.Equal(path, full);
        var html = File.ReadAllText(path);
        Assert.Equal(["reacties.html"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
        Assert.True(html.Length > 2_000_000, "plotly.js must be inlined");
        // Two inline scripts (plotly.js, the chart), none loaded from elsewhere; plotly.js itself merely names its CDN
        // as a default for map data, which these charts never fetch (the Chromium test checks for requests).
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "<script"));
        Assert.DoesNotMatch("<script[^>]+src=", html);
        Assert.Contains("\"barmode\":\"stack\"", html);
        Assert.Contains("Strategische reactie per case", html);
        Assert.Contains("<title>Reacties per case</title>", html);
    }

    [Fact]
    public void Chart_view_displays_inline_in_the_kernel_with_plotly_js_inlined_for_the_runner_to_keep_once()
    {
        var view = ChartView.ResponseChanges(DisplayFixture.Study, DisplayFixture.Codebook);

        var html = Microsoft.DotNet.Interactive.Formatting.Formatter.ToDisplayString(view, "text/html");

        // plotly.js inline (marked, so the runner keeps only the first copy per notebook), then the chart itself.
        Assert.StartsWith("<script data-jhr-library=\"plotly-", html);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "data-jhr-library="));
        Assert.Contains("sankey", html);
        Assert.DoesNotMatch("<script[^>]+src=", html);
    }
}
