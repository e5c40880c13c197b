using System.Net;
using Jeugdhulp.Research.IO;
using Microsoft.FSharp.Core;
using Plotly.NET;

namespace Jeugdhulp.Research.Charts;

/// <summary>
/// Turns charts into HTML that works without an internet connection: plotly.js (shipped inside the Plotly.NET
/// package) is inlined, never loaded from a CDN, so a saved chart opens anywhere, in an archive, on an air-gapped
/// audit laptop, years later.
/// </summary>
/// <remarks>
/// A PNG for a paper or report: open the saved file in headless Chromium,
/// <c>chromium --headless --disable-gpu --no-sandbox --window-size=1000,700 --virtual-time-budget=5000 --screenshot=chart.png chart.html</c>
/// (Debian package <c>chromium</c>; <c>--no-sandbox</c> only when running as root).
/// </remarks>
public static class ChartFiles
{
    /// <summary>A complete HTML document with plotly.js inlined (about 3.5 MB), ready to open offline.</summary>
    public static string ToHtmlDocument(GenericChart chart, string? title = null)
    {
        var options = DisplayOptions.init(
            DocumentTitle: title is null ? FSharpOption<string>.None : FSharpOption<string>.Some(title),
            DocumentCharset: FSharpOption<string>.Some("utf-8"),
            DocumentDescription: FSharpOption<string>.None,
            DocumentFavicon: null,
            AdditionalHeadTags: null,
            ChartDescription: null,
            PlotlyJSReference: FSharpOption<PlotlyJSReference>.Some(PlotlyJSReference.Full));
        return GenericChart.toEmbeddedHTML(GenericChart.setDisplayOptions(options, chart));
    }

    /// <summary>
    /// Saves the chart as a self-contained HTML file, atomically (temporary file, then rename), so an interrupted run
    /// never leaves a half-written chart that would open as an empty page.
    /// </summary>
    public static void SaveHtml(GenericChart chart, string path, string? title = null) =>
        AtomicFile.WriteAllText(path, ToHtmlDocument(chart, title));

    /// <summary>
    /// The attribute that marks a script element as a shared library: a page (a report, an executed notebook) needs
    /// it once, before the first chart; the notebook runner and the report keep the first and drop the copies.
    /// </summary>
    public const string LibraryAttribute = "data-jhr-library";

    private static readonly Lazy<(string Name, string Source)> Plotly = new(() =>
    {
        var assembly = typeof(GenericChart).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return (resource["Plotly.NET.".Length..^".min.js".Length], reader.ReadToEnd());
    });

    /// <summary>plotly.js (shipped inside Plotly.NET) as one inline script element marked with <see cref="LibraryAttribute"/>.</summary>
    public static string LibraryScript() => $"<script {LibraryAttribute}=\"{Plotly.Value.Name}\">{Plotly.Value.Source}</script>";

    /// <summary>
    /// The chart alone: a titled figure with its drawing script, which needs plotly.js on the page
    /// (<see cref="LibraryScript"/>). Many charts then share one copy of the library instead of carrying 3.5 MB each.
    /// </summary>
    public static string ToFragment(GenericChart chart, int height = 520, string? description = null)
    {
        var options = DisplayOptions.init(
            DocumentTitle: FSharpOption<string>.None,
            DocumentCharset: FSharpOption<string>.Some("utf-8"),
            DocumentDescription: FSharpOption<string>.None,
            DocumentFavicon: null,
            AdditionalHeadTags: null,
            ChartDescription: null,
            PlotlyJSReference: FSharpOption<PlotlyJSReference>.Some(PlotlyJSReference.NoReference));
        var label = WebUtility.HtmlEncode(description ?? "grafiek");
        return $"<figure class=\"jhr-chart\" role=\"group\" aria-label=\"{label}\" style=\"margin:0;min-height:{height}px\">"
            + GenericChart.toChartHTML(GenericChart.setDisplayOptions(options, chart))
            + (description is null ? "" : $"<figcaption class=\"jhr-note\">{label}</figcaption>")
            + "</figure>";
    }

    /// <summary>
    /// An HTML fragment for notebook output: plotly.js (marked as a shared library) followed by the chart. The notebook
    /// runner keeps the library in the first chart's output only, so an executed notebook carries it once; VS Code and
    /// Jupyter show all outputs in one page, where the later charts find it.
    /// </summary>
    public static string ToInlineHtml(GenericChart chart, int height = 520) => LibraryScript() + ToFragment(chart, height);

}
