using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Jeugdhulp.Research.Notebooks;

/// <summary>
/// Keeps a shared script library (an inline <c>&lt;script data-jhr-library="NAME"&gt;</c>, e.g. plotly.js from the
/// chart outputs) in the first output of a run that has it and drops the copies after it: notebook front ends show all
/// outputs in one page, so later charts find the library, and the executed notebook carries 3.5 MB once, not per chart.
/// </summary>
internal sealed partial class SharedLibraries
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>Removes libraries already emitted by an earlier output from this output's HTML.</summary>
    public void Deduplicate(JsonNode output)
    {
        if (output["data"] is not JsonObject data || data["text/html"] is not { } node) return;
        var html = NotebookJson.Text(node);
        if (!html.Contains("data-jhr-library", StringComparison.Ordinal)) return;
        var kept = Library().Replace(html, m => _seen.Add(m.Groups["name"].Value) ? m.Value : "");
        if (kept.Length != html.Length) data["text/html"] = NotebookJson.Lines(kept);
    }

    [GeneratedRegex("""<script data-jhr-library="(?<name>[^"]+)">.*?</script>""", RegexOptions.Singleline)]
    private static partial Regex Library();
}
