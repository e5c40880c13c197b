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
    /// Heatmap of the steering matrix: steering variables × cases (of one or more studies side by side). Colours from
    /// the Okabe-Ito palette on one stepped scale (- / ontbreekt orange, +/- / voorgesteld yellow, + / ingezet sky blue,
    /// a value without direction or 'onbekend' grey, not coded blank); every cell shows its value as text, so no colour
    /// must be told apart, and the tooltip gives the provenance and quote.
    /// </summary>
    public static GenericChart SteeringHeatmap(SteeringGrid grid, string? title = null)
    {
        var heatmap = new Trace2D("heatmap");
        heatmap.SetProperty("x", grid.ColumnLabels.ToArray());
        heatmap.SetProperty("y", grid.RowLabels.ToArray());
        heatmap.SetProperty("z", grid.Scores.Select(r => r.ToArray()).ToArray());
        // Long labels ("meer dan acht deelnemers") break over lines at a fixed, readable size instead of shrinking to fit.
        heatmap.SetProperty("text", grid.Labels.Select(r => r.Select(l => Wrap(l, 16)).ToArray()).ToArray());
        heatmap.SetProperty("texttemplate", "%{text}");
        heatmap.SetProperty("textfont", Obj(("size", 11)));
        heatmap.SetProperty("customdata", grid.Details.Select(r => r.ToArray()).ToArray());
        heatmap.SetProperty("hovertemplate", "%{y}<br>%{x}: %{text}<br>%{customdata}<extra></extra>");
        heatmap.SetProperty("zmin", -1);
        heatmap.SetProperty("zmax", SteeringGrid.NoDirection);
        heatmap.SetProperty("xgap", 2);
        heatmap.SetProperty("ygap", 2);
        heatmap.SetProperty("colorscale", SteeringColors);
        heatmap.SetProperty("colorbar", Obj(("title", Obj(("text", "waarde"))), ("tickvals", new[] { -1, 0, 1, SteeringGrid.NoDirection }),
            ("ticktext", new[] { "− / ontbreekt", "+/− / voorgesteld", "+ / ingezet", "andere waarde, onbekend" })));
        var heading = title ?? "Sturingskenmerken per case (lege cel = niet gecodeerd)";
        var layout = BaseLayout(heading);
        layout.SetProperty("height", SteeringHeatmapHeight(grid));
        // Room above the plot for the slanted case names, below the title.
        layout.SetProperty("margin", Obj(("t", 230)));
        layout.SetProperty("title", Obj(("text", heading), ("y", 0.995), ("yanchor", "top")));
        layout.SetProperty("yaxis", Obj(("autorange", "reversed"), ("automargin", true)));
        layout.SetProperty("xaxis", Obj(("side", "top"), ("automargin", true)));
        layout.SetProperty("plot_bgcolor", "#ffffff");
        return GenericChart.setLayout(layout, GenericChart.ofTraceObject(true, heatmap));
    }

    /// <summary>The height in pixels the steering heatmap needs: two lines of cell text per row, the case names above.</summary>
    public static int SteeringHeatmapHeight(SteeringGrid grid) => 300 + 34 * grid.Variables.Length;

    /// <summary>Breaks a label into lines of about <paramref name="width"/> characters at spaces (plotly's <c>&lt;br&gt;</c>).</summary>
    private static string Wrap(string label, int width)
    {
        if (label.Length <= width) return label;
        var lines = new List<string>();
        var line = "";
        foreach (var word in label.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width) { lines.Add(line); line = word; }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        lines.Add(line);
        return string.Join("<br>", lines);
    }

    /// <summary>
    /// The stepped scale of <see cref="SteeringHeatmap"/> over -1..2 (Okabe-Ito: orange, yellow, sky blue; grey for
    /// values without direction): each score gets one flat colour band, never a blend.
    /// </summary>
    public static readonly object[] SteeringColors =
    [
        new object[] { 0.0, "#D55E00" }, new object[] { 1.0 / 6, "#D55E00" },
        new object[] { 1.0 / 6, "#F0E442" }, new object[] { 0.5, "#F0E442" },
        new object[] { 0.5, "#56B4E9" }, new object[] { 5.0 / 6, "#56B4E9" },
        new object[] { 5.0 / 6, "#d9d9d9" }, new object[] { 1.0, "#d9d9d9" },
    ];

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
