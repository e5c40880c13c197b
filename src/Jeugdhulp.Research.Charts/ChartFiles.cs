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
    /// An HTML fragment for notebook output: the full document in a sandboxed <c>iframe srcdoc</c>, so each chart
    /// carries its own plotly.js and renders offline without clashing with other outputs.
    /// </summary>
    public static string ToInlineHtml(GenericChart chart, int height = 520) =>
        $"<iframe title=\"grafiek\" sandbox=\"allow-scripts\" style=\"width:100%;height:{height}px;border:0\" srcdoc=\"{WebUtility.HtmlEncode(ToHtmlDocument(chart))}\"></iframe>";
}
