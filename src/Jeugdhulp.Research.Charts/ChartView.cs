using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Display;
using Plotly.NET;

namespace Jeugdhulp.Research.Charts;

/// <summary>
/// A chart as notebook output. Without the Plotly.NET.Interactive extension (not available for the deprecated
/// kernel) a <see cref="GenericChart"/> would display as an object dump; this wrapper displays as the chart itself,
/// with plotly.js inlined so it renders offline.
/// </summary>
/// <remarks>
/// The static factories and <see cref="SaveHtml"/> let a notebook draw and save the standard charts without naming a
/// Plotly.NET type, so its first cell needs only <c>#r</c> of the two toolkit assemblies; to restyle a chart with
/// Plotly.NET, reference <c>lib/Plotly.NET.dll</c> and <c>lib/FSharp.Core.dll</c> too and use <see cref="Chart"/>.
/// </remarks>
/// <param name="Chart">The Plotly.NET chart.</param>
/// <param name="Height">Height of the output frame in pixels.</param>
[TypeFormatterSource(typeof(ChartViewFormatterSource))]
public sealed record ChartView(GenericChart Chart, int Height = 520)
{
    /// <summary>Plain text where no HTML can be shown (an exported app, a terminal): what the chart is and how to see it.</summary>
    public override string ToString() => "[grafiek: zichtbaar in de notebook; sla op met SaveHtml en open het bestand in een browser]";

    /// <summary>The HTML fragment the notebook shows.</summary>
    public string ToHtml() => ChartFiles.ToInlineHtml(Chart, Height);

    /// <summary>Saves the chart as a self-contained, offline HTML file (atomically); returns the full path.</summary>
    public string SaveHtml(string path, string? title = null)
    {
        ChartFiles.SaveHtml(Chart, path, title);
        return Path.GetFullPath(path);
    }

    /// <summary>Responses per case as stacked columns (see <see cref="StudyCharts.ResponsesPerCase(StudyData, Codebook)"/>).</summary>
    public static ChartView ResponsesPerCase(StudyData study, Codebook codebook) => new(StudyCharts.ResponsesPerCase(study, codebook));

    /// <summary>Responses per case of a (filtered) unit table.</summary>
    public static ChartView ResponsesPerCase(UnitTable units, Vocabulary vocabulary, string? title = null) =>
        new(StudyCharts.ResponsesPerCase(units, vocabulary, title));

    /// <summary>Factor profiles per unit as a heatmap (see <see cref="StudyCharts.FactorProfiles(StudyData, Codebook, IEnumerable{string})"/>).</summary>
    public static ChartView FactorProfiles(StudyData study, Codebook codebook, IEnumerable<string>? unitIds = null)
    {
        var matrix = FactorMatrix.From(study, codebook, unitIds);
        return new(StudyCharts.FactorProfiles(matrix), Math.Max(440, 140 + 26 * matrix.UnitIds.Length));
    }

    /// <summary>
    /// The steering matrix of <paramref name="studies"/> side by side as a heatmap (see <see cref="StudyCharts.SteeringHeatmap"/>),
    /// e.g. the dissertation's five cases beside regions of one's own.
    /// </summary>
    public static ChartView SteeringHeatmap(IReadOnlyList<(string Name, StudyData Study)> studies, Vocabulary vocabulary)
    {
        var grid = SteeringGrid.From(studies, vocabulary);
        return new(StudyCharts.SteeringHeatmap(grid), StudyCharts.SteeringHeatmapHeight(grid) + 20);
    }

    /// <summary>Changes of response between the first and last period as a Sankey diagram.</summary>
    public static ChartView ResponseChanges(StudyData study, Codebook codebook, IEnumerable<string>? unitIds = null) =>
        new(StudyCharts.ResponseChanges(study, codebook, unitIds));
}

/// <summary>Shortcuts for notebook cells.</summary>
public static class ChartViewExtensions
{
    /// <summary>Wraps the chart for inline display: <c>StudyCharts.ResponsesPerCase(study, codebook).ToView()</c>.</summary>
    public static ChartView ToView(this GenericChart chart, int height = 520) => new(chart, height);
}

/// <summary>The convention-based formatter source for <see cref="ChartView"/>.</summary>
internal sealed class ChartViewFormatterSource : HtmlFormatterSource<ChartView>
{
    /// <inheritdoc />
    protected override string Render(ChartView value) => value.ToHtml();
}
