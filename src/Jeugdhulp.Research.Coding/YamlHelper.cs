using YamlDotNet.Core;
using Jeugdhulp.Research.IO;
using YamlDotNet.RepresentationModel;

namespace Jeugdhulp.Research.Coding;

/// <summary>Small YAML reading helpers with positions for diagnostics; aliases are refused, as in the codebook loader.</summary>
internal sealed class YamlHelper(string file, int lineOffset, CodingDiagnostics diagnostics)
{
    public YamlMappingNode? LoadMapping(string yaml, string what)
    {
        var problems = new List<YamlProblem>();
        var map = SafeYaml.LoadMapping(yaml, $"{what}: a YAML mapping (key: value lines)", problems);
        foreach (var p in problems)
        {
            if (p.At.Line > 0) Error(p.At, p.Code, $"{p.Message} ({what})");
            else diagnostics.Error(file, lineOffset + 1, 1, p.Code, $"{p.Message} ({what})");
        }
        return map;
    }

    public void Error(Mark at, string code, string message) => diagnostics.Error(file, (int)at.Line + lineOffset, (int)at.Column, code, message);
    public void Warning(Mark at, string code, string message) => diagnostics.Warning(file, (int)at.Line + lineOffset, (int)at.Column, code, message);

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(p => p.Key is YamlScalarNode k && k.Value == key).Value;

    public string? Scalar(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null) return null;
        if (node is YamlScalarNode s) return string.IsNullOrWhiteSpace(s.Value) ? null : s.Value!.Trim();
        Error(node.Start, "wrong-type", $"'{key}' must be a single value.");
        return null;
    }

    /// <summary>A list of scalars; a single scalar counts as a one-element list.</summary>
    public List<string> Scalars(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        switch (node)
        {
            case null: return [];
            case YamlScalarNode s: return string.IsNullOrWhiteSpace(s.Value) ? [] : [s.Value!.Trim()];
            case YamlSequenceNode seq:
                var result = new List<string>();
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode v && !string.IsNullOrWhiteSpace(v.Value)) result.Add(v.Value!.Trim());
                    else Error(item.Start, "wrong-type", $"Every item of '{key}' must be a single value.");
                }
                return result;
            default:
                Error(node.Start, "wrong-type", $"'{key}' must be a value or a list of values.");
                return [];
        }
    }

    public void WarnUnknownKeys(YamlMappingNode map, IReadOnlyCollection<string> known, string what)
    {
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
            if (!known.Contains(key.Value!))
                Warning(key.Start, "unknown-field", $"'{key.Value}' is not a field of {what} (known: {string.Join(", ", known)}); it is kept but not used.");
    }
}
