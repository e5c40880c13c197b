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

    private static List<string> InternetScripts(JsonNode? output)
    {
        var findings = new List<string>();
        if (output?["data"] is not JsonObject data) return findings;
        foreach (var (mime, value) in data)
        {
            if (!mime.Contains("html", StringComparison.OrdinalIgnoreCase) && !mime.Contains("javascript", StringComparison.OrdinalIgnoreCase)) continue;
            // Also look inside escaped HTML (an iframe's srcdoc), where a chart library may hide its script tag.
            var raw = NotebookJson.Text(value);
            var text = raw + "\n" + System.Net.WebUtility.HtmlDecode(raw);
            var urls = new HashSet<string>(StringComparer.Ordinal);
            void Add(string url, string finding)
            {
                if (urls.Add(url)) findings.Add(finding);
            }
            foreach (Match m in ScriptSrc().Matches(text)) Add(m.Groups["url"].Value, $"<script src=\"{m.Groups["url"].Value}\">");
            for (var at = text.IndexOf("require.config", StringComparison.Ordinal); at >= 0; at = text.IndexOf("require.config", at + 1, StringComparison.Ordinal))
            {
                var end = text.IndexOf(')', at);
                var call = text[at..(end < 0 ? text.Length : Math.Min(text.Length, end + 1))];
                foreach (Match m in Url().Matches(call)) Add(m.Value, $"require.config path {m.Value}");
            }
            foreach (Match m in ImportUrl().Matches(text)) Add(m.Groups["url"].Value, $"import from {m.Groups["url"].Value}");
            foreach (Match m in Cdn().Matches(text))
                if (!urls.Any(u => u.Contains(m.Value, StringComparison.Ordinal) || m.Value.Contains(u, StringComparison.Ordinal))) Add(m.Value, m.Value);
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

    [GeneratedRegex("""<script\b[^>]*\bsrc\s*=\s*["']?(?<url>(?:https?:)?//[^"'\s>]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSrc();

    [GeneratedRegex("""(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s"'<>)]*""", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex("""https?://cdn[\w.-]*\.[^\s"'<>)]+""", RegexOptions.IgnoreCase)]
    private static partial Regex Cdn();

    [GeneratedRegex("""\bimport\s*(?:\(|[^;'"]*\bfrom\s*)\s*["'](?<url>https?://[^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex ImportUrl();
}
