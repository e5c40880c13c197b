using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Jeugdhulp.Research.Notebooks;

/// <summary>
/// Checks a committed notebook: that VS Code will open it as a C# Polyglot notebook (kernelspec, language_info,
/// kernel info, per-cell kernel), that every code cell is C# (the only language the runner executes), and that no
/// saved output loads scripts from the internet (a committed notebook must render offline and leak nothing).
/// </summary>
public static partial class NotebookLint
{
    /// <summary>Every problem found; empty when the notebook is fine.</summary>
    public static IReadOnlyList<NotebookProblem> Check(Notebook notebook)
    {
        var problems = new List<NotebookProblem>();
        void Notebook(string message) => problems.Add(new NotebookProblem(null, null, message));

        if (notebook.Format != 4) Notebook($"nbformat is {notebook.Format}, expected 4.");
        var metadata = notebook.Metadata;
        CheckObject(metadata["kernelspec"], "metadata.kernelspec", PolyglotMetadata.Kernelspec(), Notebook);
        if (StringAt(metadata["language_info"], "name") != PolyglotMetadata.LanguageInfoName)
            Notebook($"metadata.language_info.name must be \"{PolyglotMetadata.LanguageInfoName}\" (is {Show(metadata["language_info"]?["name"])}).");
        var kernelInfo = metadata["polyglot_notebook"]?["kernelInfo"];
        if (kernelInfo is not JsonObject)
            Notebook("metadata.polyglot_notebook.kernelInfo is missing; VS Code needs it to pick the C# kernel.");
        else
        {
            if (StringAt(kernelInfo, "defaultKernelName") != PolyglotMetadata.KernelName)
                Notebook($"metadata.polyglot_notebook.kernelInfo.defaultKernelName must be \"csharp\" (is {Show(kernelInfo["defaultKernelName"])}).");
            var items = kernelInfo["items"] as JsonArray;
            if (items is null || !items.Any(i => StringAt(i, "name") == PolyglotMetadata.KernelName))
                Notebook("metadata.polyglot_notebook.kernelInfo.items must list the \"csharp\" kernel.");
        }

        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            void Cell(string message) => problems.Add(new NotebookProblem(i + 1, cell.Id, message));
            if (cell.IsCode)
            {
                var kernelName = StringAt(cell.Metadata["polyglot_notebook"], "kernelName");
                if (kernelName is null) Cell("metadata.polyglot_notebook.kernelName is missing (VS Code writes \"csharp\").");
                else if (!IsCSharp(kernelName)) Cell($"is a '{kernelName}' cell; notebooks hold C# only.");
                var legacy = StringAt(cell.Metadata["dotnet_interactive"], "language");
                if (legacy is not null && !IsCSharp(legacy)) Cell($"metadata.dotnet_interactive.language is '{legacy}'; notebooks hold C# only.");
                var firstLine = cell.Source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
                if (firstLine is not null && firstLine.StartsWith("#!", StringComparison.Ordinal) && !NotebookMagic.IsCSharpMagic(firstLine))
                    Cell($"starts with '{firstLine}'; only C# (#!csharp) cells are allowed.");
            }
            foreach (var output in cell.Json["outputs"] as JsonArray ?? [])
                foreach (var finding in InternetScripts(output))
                    Cell($"an output loads a script from the internet ({finding}); clear the output or render it offline.");
            foreach (var attachment in (cell.Json["attachments"] as JsonObject ?? []).Select(a => a.Value))
                foreach (var finding in InternetScripts(new JsonObject { ["data"] = attachment?.DeepClone() }))
                    Cell($"an attachment loads a script from the internet ({finding}).");
        }
        return problems;
    }

    private static bool IsCSharp(string kernel) => kernel is "csharp" or "C#" or "c#" or "cs";

    /// <summary>
    /// What an output loads from the internet: remote <c>src</c> of script, image, frame and media elements, remote
    /// stylesheets, and inside inline scripts only the loaders themselves (<c>require.config</c> paths, <c>import</c>
    /// from a URL). URL strings elsewhere in inline code (plotly.js names its CDN, MathJax, topojson) load nothing and
    /// are not findings, so the runner's own offline chart output passes.
    /// </summary>
    private static List<string> InternetScripts(JsonNode? output)
    {
        var findings = new List<string>();
        if (output?["data"] is not JsonObject data) return findings;
        var urls = new HashSet<string>(StringComparer.Ordinal);
        void Add(string url, string finding)
        {
            if (urls.Add(url)) findings.Add(finding);
        }
        void InlineCode(string code)
        {
            for (var at = code.IndexOf("require.config", StringComparison.Ordinal); at >= 0; at = code.IndexOf("require.config", at + 1, StringComparison.Ordinal))
            {
                var end = code.IndexOf(')', at);
                var call = code[at..(end < 0 ? code.Length : Math.Min(code.Length, end + 1))];
                foreach (Match m in Url().Matches(call)) Add(m.Value, $"require.config path {m.Value}");
            }
            foreach (Match m in ImportUrl().Matches(code)) Add(m.Groups["url"].Value, $"import from {m.Groups["url"].Value}");
        }
        void Html(string html)
        {
            foreach (Match script in ScriptElement().Matches(html))
            {
                if (RemoteAttribute().Match(script.Groups["attrs"].Value) is { Success: true, Groups: var g } && g["name"].Value.Equals("src", StringComparison.OrdinalIgnoreCase))
                    Add(g["url"].Value, $"<script src=\"{g["url"].Value}\">");
                InlineCode(script.Groups["body"].Value);
            }
            foreach (Match tag in Tag().Matches(ScriptElement().Replace(html, "")))
            {
                var name = tag.Groups["tag"].Value.ToLowerInvariant();
                foreach (Match attribute in RemoteAttribute().Matches(tag.Groups["attrs"].Value))
                {
                    var isSrc = attribute.Groups["name"].Value.Equals("src", StringComparison.OrdinalIgnoreCase);
                    if (isSrc || (name == "link" && !LinkIsPlainReference().IsMatch(tag.Groups["attrs"].Value)))
                        Add(attribute.Groups["url"].Value, $"<{name} {attribute.Groups["name"].Value.ToLowerInvariant()}=\"{attribute.Groups["url"].Value}\">");
                }
            }
        }
        foreach (var (mime, value) in data)
        {
            var text = NotebookJson.Text(value);
            if (mime.Contains("javascript", StringComparison.OrdinalIgnoreCase)) InlineCode(text);
            else if (mime.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                // Also look inside escaped HTML (an iframe's srcdoc), where a chart library may hide its script tag.
                Html(text);
                Html(System.Net.WebUtility.HtmlDecode(text));
            }
        }
        return findings;
    }

    private static void CheckObject(JsonNode? actual, string path, JsonObject expected, Action<string> report)
    {
        if (actual is not JsonObject)
        {
            report($"{path} is missing; VS Code writes {expected.ToJsonString()}.");
            return;
        }
        foreach (var (key, value) in expected)
        {
            var want = value!.GetValue<string>();
            if (StringAt(actual, key) != want) report($"{path}.{key} must be \"{want}\" (is {Show(actual[key])}).");
        }
    }

    private static string? StringAt(JsonNode? node, string key)
        => node is JsonObject o && o[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static string Show(JsonNode? node) => node is null ? "missing" : node.ToJsonString();

    [GeneratedRegex("""<script\b(?<attrs>[^>]*)>(?<body>.*?)(?:</script\s*>|$)""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptElement();

    [GeneratedRegex("""<(?<tag>[a-z][\w-]*)\b(?<attrs>[^>]*)>""", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex("""\b(?<name>src|href)\s*=\s*["']?(?<url>(?:https?:)?//[^"'\s>]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteAttribute();

    [GeneratedRegex("""\brel\s*=\s*["']?(?:canonical|license|author|help|alternate|noopener|noreferrer)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex LinkIsPlainReference();

    [GeneratedRegex("""(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s"'<>)]*""", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex("""\bimport\s*(?:\(|[^;'"]*\bfrom\s*)\s*["'](?<url>https?://[^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex ImportUrl();
}
