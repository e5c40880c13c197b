using System.Collections.Immutable;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;
using Plotly.NET;

namespace Jeugdhulp.Research.Charts;

/// <summary>
/// The three standard charts of the cross-case comparison, as Plotly.NET charts with Dutch labels: responses per case,
/// factor profiles per unit, and changes of response between periods. Traces are Plotly.NET trace objects whose
/// properties carry plotly.js attribute names, so every setting can be looked up in the plotly.js reference and the
/// chart can be styled further with Plotly.NET before it is saved (<see cref="ChartFiles"/>) or shown (<see cref="ChartView"/>).
/// </summary>
public static class StudyCharts
{
    /// <summary>
    /// Colours of the response clusters from the Okabe-Ito palette, distinguishable with every common form of colour
    /// blindness: volgen blue, niet-volgen orange, niets-doen grey, onbekend pale. Never the only cue: bars also carry
    /// <see cref="ClusterPatterns"/> and the legend names every cluster.
    /// </summary>
    public static readonly ImmutableDictionary<string, string> ClusterColors = new Dictionary<string, string>
    {
        ["volgen"] = "#0072B2",
        ["niet-volgen"] = "#D55E00",
        ["niets-doen"] = "#8c8c8c",
        [""] = "#e0e0e0",
    }.ToImmutableDictionary();

    /// <summary>Fill patterns of the response clusters (plotly.js <c>marker.pattern.shape</c>), so print in grey still tells them apart.</summary>
    public static readonly ImmutableDictionary<string, string> ClusterPatterns = new Dictionary<string, string>
    {
        ["volgen"] = "",
        ["niet-volgen"] = "/",
        ["niets-doen"] = ".",
        [""] = "x",
    }.ToImmutableDictionary();

    /// <summary>Stacked columns: per case the number of units in each response cluster (Table 9.1 as a chart).</summary>
    public static GenericChart ResponsesPerCase(StudyData study, Codebook codebook) =>
        ResponsesPerCase(UnitTable.From(study), new Vocabulary(codebook, study));

    /// <summary>Stacked columns of any (e.g. filtered) unit table: per case the units in each response cluster.</summary>
    public static GenericChart ResponsesPerCase(UnitTable units, Vocabulary vocabulary, string? title = null)
    {
        var table = CrossTab.Build(units, vocabulary, UnitTable.Case, StudyDataLoader.ClusterVariable);
        var cases = table.Rows.Select(r => r.Label).ToArray();
        var traces = table.Columns.Select((cluster, j) =>
        {
            var bar = new Trace2D("bar");
            bar.SetProperty("name", cluster.Label);
            bar.SetProperty("x", cases);
            bar.SetProperty("y", table.Rows.Select((_, i) => table.Counts[i][j]).ToArray());
            bar.SetProperty("customdata", table.Rows.Select((_, i) => string.Join(", ", table.Units[i][j])).ToArray());
            bar.SetProperty("hovertemplate", "%{x}, " + cluster.Label + ": %{y}<br>%{customdata}<extra></extra>");
            bar.SetProperty("marker", Obj(("color", ClusterColors.GetValueOrDefault(cluster.Id ?? "", "#607d8b")),
                ("pattern", Obj(("shape", ClusterPatterns.GetValueOrDefault(cluster.Id ?? "", "")), ("fgcolor", "#ffffff"), ("solidity", 0.35)))));
            // The count on the bar itself: the chart reads without telling colours apart.
            bar.SetProperty("text", table.Rows.Select((_, i) => table.Counts[i][j] == 0 ? "" : table.Counts[i][j].ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
            bar.SetProperty("textposition", "inside");
            return GenericChart.ofTraceObject(true, bar);
        });
        var layout = BaseLayout(title ?? "Strategische reactie per case");
        layout.SetProperty("barmode", "stack");
        layout.SetProperty("xaxis", Obj(("title", Obj(("text", "case")))));
        layout.SetProperty("yaxis", Obj(("title", Obj(("text", "aantal eenheden"))), ("dtick", 1)));
        layout.SetProperty("legend", Obj(("title", Obj(("text", "cluster")))));
        return GenericChart.setLayout(layout, GenericChart.combine(traces));
    }

    /// <summary>
    /// Heatmap of weten, willen, kunnen and moeten per unit: + blue (1), +/- pale (0), - orange (-1), undetermined
    /// blank (a colour-blind-safe diverging scale). The cell shows the coded symbol, so no colour must be told apart;
    /// the tooltip shows every coded value with its period.
    /// </summary>
    public static GenericChart FactorProfiles(StudyData study, Codebook codebook, IEnumerable<string>? unitIds = null) =>
        FactorProfiles(FactorMatrix.From(study, codebook, unitIds));

    /// <summary>The factor-profile heatmap of an already built matrix.</summary>
    public static GenericChart FactorProfiles(FactorMatrix matrix, string? title = null)
    {
        var heatmap = new Trace2D("heatmap");
        heatmap.SetProperty("x", matrix.FactorLabels.ToArray());
        heatmap.SetProperty("y", matrix.UnitLabels.ToArray());
        heatmap.SetProperty("z", matrix.Scores.Select(r => r.ToArray()).ToArray());
        heatmap.SetProperty("text", matrix.Symbols.Select(r => r.ToArray()).ToArray());
        heatmap.SetProperty("texttemplate", "%{text}");
        heatmap.SetProperty("customdata", matrix.Details.Select(r => r.ToArray()).ToArray());
        heatmap.SetProperty("hovertemplate", "%{y}<br>%{x}: %{customdata}<extra></extra>");
        heatmap.SetProperty("zmin", -1);
        heatmap.SetProperty("zmax", 1);
        heatmap.SetProperty("xgap", 2);
        heatmap.SetProperty("ygap", 2);
        heatmap.SetProperty("colorscale", new object[] { new object[] { 0, "#D55E00" }, new object[] { 0.5, "#f2f2f2" }, new object[] { 1, "#56B4E9" } });
        heatmap.SetProperty("colorbar", Obj(("title", Obj(("text", "score"))), ("tickvals", new[] { -1, 0, 1 }), ("ticktext", new[] { "− (−1)", "+/− (0)", "+ (1)" })));
        var layout = BaseLayout(title ?? "Organisatiekenmerken per eenheid (leeg = niet te bepalen)");
        layout.SetProperty("height", Math.Max(420, 120 + 26 * matrix.UnitIds.Length));
        layout.SetProperty("yaxis", Obj(("autorange", "reversed"), ("automargin", true)));
        layout.SetProperty("xaxis", Obj(("side", "top")));
        layout.SetProperty("plot_bgcolor", "#ffffff");
        return GenericChart.setLayout(layout, GenericChart.ofTraceObject(true, heatmap));
    }

    /// <summary>
    /// Sankey diagram from each unit's response cluster in its first period to its cluster in the last period; a
    /// unit with one period flows to its own cluster. Link tooltips name the units.
    /// </summary>
    public static GenericChart ResponseChanges(StudyData study, Codebook codebook, IEnumerable<string>? unitIds = null) =>
        ResponseChanges(ResponseFlows.From(study, unitIds), new Vocabulary(codebook, study));

    /// <summary>The Sankey diagram of already computed flows.</summary>
    public static GenericChart ResponseChanges(IReadOnlyList<ResponseFlow> flows, Vocabulary vocabulary, string? title = null)
    {
        var order = vocabulary.CategoriesOf(StudyDataLoader.ClusterVariable, []).Select(c => c.Id!).ToList();
        int Rank(string id) => order.IndexOf(id) is var i and >= 0 ? i : order.Count;
        var from = flows.Select(f => f.From).Distinct().OrderBy(Rank).ToList();
        var to = flows.Select(f => f.To).Distinct().OrderBy(Rank).ToList();
        string Label(string id) => vocabulary.ValueLabel(StudyDataLoader.ClusterVariable, id);
        var labels = from.Select(c => $"{Label(c)} (eerste periode)").Concat(to.Select(c => $"{Label(c)} (laatste periode)")).ToArray();
        var colors = from.Concat(to).Select(c => ClusterColors.GetValueOrDefault(c, "#607d8b")).ToArray();

        var sankey = new TraceDomain("sankey");
        sankey.SetProperty("arrangement", "snap");
        sankey.SetProperty("node", Obj(("label", labels), ("color", colors), ("pad", 18), ("thickness", 18)));
        sankey.SetProperty("link", Obj(
            ("source", flows.Select(f => from.IndexOf(f.From)).ToArray()),
            ("target", flows.Select(f => from.Count + to.IndexOf(f.To)).ToArray()),
            ("value", flows.Select(f => f.Units.Length).ToArray()),
            ("color", flows.Select(f => (f.From == f.To ? "rgba(120,120,120,0.25)" : "rgba(0,114,178,0.45)")).ToArray()),
            ("customdata", flows.Select(f => string.Join(", ", f.Units)).ToArray()),
            ("hovertemplate", "%{source.label} → %{target.label}: %{value} eenheden<br>%{customdata}<extra></extra>")));
        var layout = BaseLayout(title ?? "Verandering van strategische reactie: eerste → laatste periode");
        return GenericChart.setLayout(layout, GenericChart.ofTraceObject(true, sankey));
    }

    private static Layout BaseLayout(string title)
    {
        var layout = new Layout();
        layout.SetProperty("title", Obj(("text", title)));
        layout.SetProperty("font", Obj(("family", "system-ui, sans-serif"), ("size", 13)));
        layout.SetProperty("separators", ",.");
        return layout;
    }

    private static DynamicObj.DynamicObj Obj(params (string Name, object Value)[] properties)
    {
        var obj = new DynamicObj.DynamicObj();
        foreach (var (name, value) in properties) obj.SetProperty(name, value);
        return obj;
    }
}
