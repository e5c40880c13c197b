using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Jeugdhulp.Research.IO;

/// <summary>
/// The shared machinery of the toolkit's hand-written YAML files (codebooks, propositions, lexicons): safe loading
/// (no anchors or aliases, bounded nesting, every parser failure turned into a positioned diagnostic) and field
/// readers that collect every problem with line and column instead of stopping at the first.
/// </summary>
public abstract class YamlFileReader(string file)
{
    /// <summary>Deeper nesting than this is refused: real files are a few levels deep, hostile ones are not.</summary>
    public const int MaxDepth = SafeYaml.MaxDepth;

    /// <summary>The file as named in diagnostics.</summary>
    protected string File { get; } = file;

    /// <summary>Every problem found so far.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Records a problem at a position.</summary>
    protected void Error(Mark at, string code, string message) =>
        Diagnostics.Add(new Diagnostic(File, (int)at.Line, (int)at.Column, code, message));

    /// <summary>
    /// Loads the single YAML document of the file and returns its root mapping, or null after recording why not.
    /// A pre-scan of the event stream refuses anchors and aliases (billion laughs) and runaway nesting before any
    /// tree is built.
    /// </summary>
    protected YamlMappingNode? LoadRoot(string yaml, string expectedShape)
    {
        var problems = new List<YamlProblem>();
        var root = SafeYaml.LoadMapping(yaml, expectedShape, problems);
        foreach (var p in problems)
        {
            if (p.Code == "empty") Diagnostics.Add(new Diagnostic(File, 0, 0, "empty", "The file is empty."));
            else Error(p.At, p.Code, p.Message);
        }
        return root;
    }

    /// <summary>The value node of <paramref name="key"/>, or null.</summary>
    protected static YamlNode? Node(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    /// <summary>Reports every key of <paramref name="map"/> that is not in <paramref name="allowed"/> (typos are the commonest error).</summary>
    protected void CheckFields(YamlMappingNode map, IReadOnlyCollection<string> allowed, string what)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !allowed.Contains(name))
                Error(key.Start, "unknown-field", $"Unknown field '{name}' in {what}; allowed: {string.Join(", ", allowed)}.");
        }
    }

    /// <summary>A trimmed single value; null (with a diagnostic when required, or when present but not a single value or empty).</summary>
    protected string? Scalar(YamlMappingNode map, string key, string what, bool required)
    {
        var node = Node(map, key);
        if (node is null)
        {
            if (required) Error(map.Start, "missing-field", $"{Capital(what)} has no '{key}'.");
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            Error(node.Start, "wrong-type", $"'{key}' of {what} must be a single value, not a {(node is YamlSequenceNode ? "list" : "mapping")}.");
            return null;
        }
        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            Error(node.Start, "empty-value", $"'{key}' of {what} is empty.");
            return null;
        }
        return scalar.Value.Trim();
    }

    /// <summary>A list; null (with a diagnostic when required or when the value is not a list).</summary>
    protected YamlSequenceNode? Sequence(YamlMappingNode map, string key, string what, bool required)
    {
        var node = Node(map, key);
        if (node is null)
        {
            if (required) Error(map.Start, "missing-field", $"{Capital(what)} has no '{key}'.");
            return null;
        }
        if (node is YamlSequenceNode seq) return seq;
        Error(node.Start, "wrong-type", $"'{key}' of {what} must be a list.");
        return null;
    }

    /// <summary>
    /// Dutch text with optional English: either a plain value (Dutch only) or a mapping <c>{nl, en}</c>. A missing
    /// label is reported as <c>missing-label</c>, any other missing text as <c>missing-field</c>.
    /// </summary>
    protected LocalizedText? Localized(YamlMappingNode map, string key, string what, bool required, bool englishRequired)
    {
        var node = Node(map, key);
        if (node is null)
        {
            if (required) Error(map.Start, key == "label" ? "missing-label" : "missing-field", $"{Capital(what)} has no '{key}'.");
            return null;
        }
        return Localized(node, $"'{key}' of {what}", englishRequired);
    }

    /// <summary>Reads a <c>{nl, en}</c> node (or a plain value, Dutch only, where English is not required).</summary>
    protected LocalizedText? Localized(YamlNode node, string what, bool englishRequired)
    {
        if (node is YamlScalarNode s)
        {
            if (englishRequired) Error(node.Start, "missing-label", $"{Capital(what)} needs both 'nl' and 'en'.");
            return string.IsNullOrWhiteSpace(s.Value) ? null : new LocalizedText(s.Value.Trim());
        }
        if (node is not YamlMappingNode map)
        {
            Error(node.Start, "wrong-type", $"{Capital(what)} must be a mapping with 'nl' and 'en'.");
            return null;
        }
        CheckFields(map, ["nl", "en"], what);
        var nl = Node(map, "nl") is YamlScalarNode { Value: { } n } ? n.Trim() : null;
        var en = Node(map, "en") is YamlScalarNode { Value: { } e } ? e.Trim() : null;
        if (string.IsNullOrWhiteSpace(nl))
        {
            Error(map.Start, "missing-label", $"{Capital(what)} has no Dutch text ('nl').");
            return null;
        }
        if (englishRequired && string.IsNullOrWhiteSpace(en))
            Error(map.Start, "missing-label", $"{Capital(what)} has no English text ('en').");
        return new LocalizedText(nl, string.IsNullOrWhiteSpace(en) ? null : en);
    }

    /// <summary>Upper-cases the first letter, for messages that start with a description.</summary>
    protected static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
