using System.Collections.Immutable;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Jeugdhulp.Research.Theory;

/// <summary>
/// Reads a propositions file (<c>schema: jhr-propositions/1</c>, described in the header of <c>data/propositions.yaml</c>).
/// Checks the structure and reports every problem at once with file, line and column, because these files are written
/// by hand. Whether the expressions name known attributes and values is checked against the data by
/// <see cref="PropositionEvaluator"/>, with the same positions.
/// </summary>
public static class PropositionLoader
{
    /// <summary>The schema tag this loader understands.</summary>
    public const string Schema = "jhr-propositions/1";

    private static readonly string[] TopFields = ["schema", "id", "title", "source_file", "propositions"];
    private static readonly string[] PropositionFields = ["id", "kind", "label", "source", "note", "attribute", "when", "then", "rules"];
    private static readonly string[] RuleFields = ["when", "then"];
    private static readonly string[] SourceFields = ["section", "table", "lines"];

    /// <summary>The kind names accepted in the <c>kind</c> field.</summary>
    public static readonly IReadOnlyDictionary<string, PropositionKind> KindNames = new Dictionary<string, PropositionKind>(StringComparer.Ordinal)
    {
        ["rule"] = PropositionKind.Rule,
        ["between-cases"] = PropositionKind.BetweenCases,
        ["within-cases"] = PropositionKind.WithinCases,
    };

    /// <summary>Loads the propositions file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, not UTF-8 or invalid; carries every problem found.</exception>
    public static PropositionSet Load(string path) => Parse(TextFile.ReadUtf8(path, maxBytes: 4 * 1024 * 1024), path);

    /// <summary>Parses propositions from text; <paramref name="fileName"/> appears in diagnostics and results.</summary>
    /// <exception cref="InputException">The text is invalid; carries every problem found.</exception>
    public static PropositionSet Parse(string yaml, string fileName)
    {
        var reader = new Reader(fileName);
        var set = reader.Read(yaml);
        if (reader.Diagnostics.Count > 0 || set is null)
            throw new InputException(reader.Diagnostics.Count > 0
                ? [.. reader.Diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)]
                : [new Diagnostic(fileName, 0, 0, "empty", "The propositions file is empty.")]);
        return set;
    }

    private sealed class Reader(string file) : YamlFileReader(file)
    {
        public PropositionSet? Read(string yaml)
        {
            var root = LoadRoot(yaml, "a mapping with 'schema' and 'propositions'");
            if (root is null) return null;
            CheckFields(root, TopFields, "the file");
            var schema = Scalar(root, "schema", "the file", required: true);
            if (schema is not null && schema != Schema)
                Error(Node(root, "schema")!.Start, "unknown-schema", $"Schema '{schema}' is not supported; this version reads '{Schema}'.");
            var id = Scalar(root, "id", "the file", required: false) ?? Path.GetFileNameWithoutExtension(File);
            var title = Localized(root, "title", "the file", required: false, englishRequired: false);
            Scalar(root, "source_file", "the file", required: false);
            var propositions = ImmutableArray.CreateBuilder<Proposition>();
            var seen = new Dictionary<string, Mark>(StringComparer.Ordinal);
            if (Node(root, "propositions") is not { } list)
                Error(root.Start, "missing-field", "The file needs 'propositions': a list of propositions.");
            else if (list is not YamlSequenceNode sequence)
                Error(list.Start, "wrong-type", "'propositions' must be a list.");
            else
                foreach (var node in sequence)
                {
                    // Duplicates are found on the id alone, so an invalid proposition still claims its id.
                    if (node is YamlMappingNode m && Node(m, "id") is YamlScalarNode { Value: { Length: > 0 } idText })
                    {
                        if (seen.TryGetValue(idText.Trim(), out var first))
                        {
                            Error(node.Start, "duplicate-id", $"Proposition '{idText.Trim()}' is defined twice (first at line {first.Line}).");
                            ReadProposition(node); // its other problems are reported too
                            continue;
                        }
                        seen[idText.Trim()] = node.Start;
                    }
                    if (ReadProposition(node) is { } p) propositions.Add(p);
                }
            return Diagnostics.Count > 0 ? null : new PropositionSet(id, title, File, propositions.ToImmutable());
        }

        private Proposition? ReadProposition(YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                Error(node.Start, "wrong-type", "A proposition must be a mapping with 'id', 'kind', 'label' and 'when'/'then' or 'rules'.");
                return null;
            }
            var errors = Diagnostics.Count;
            CheckFields(map, PropositionFields, "a proposition");
            var id = Scalar(map, "id", "a proposition", required: true);
            var what = id is null ? "a proposition" : $"proposition '{id}'";
            var kindText = Scalar(map, "kind", what, required: false) ?? "rule";
            var knownKind = KindNames.TryGetValue(kindText, out var kind);
            if (!knownKind)
                Error(Node(map, "kind")!.Start, "unknown-kind", $"Unknown kind '{kindText}'; use one of: {string.Join(", ", KindNames.Keys)}.");
            var label = Localized(map, "label", what, required: true, englishRequired: false);
            var source = ReadSource(map, what);
            var note = Localized(map, "note", what, required: false, englishRequired: false);
            var attribute = Scalar(map, "attribute", what, required: false);
            var rules = knownKind ? ReadRules(map, what, kind) : [];
            if (Diagnostics.Count > errors || id is null || label is null) return null;
            return new Proposition
            {
                Id = id,
                Kind = kind,
                Label = label,
                Source = source,
                Rules = rules,
                Attribute = attribute ?? "cluster",
                Note = note,
                At = Position(map.Start),
            };
        }

        private ImmutableArray<PropositionRule> ReadRules(YamlMappingNode map, string what, PropositionKind kind)
        {
            var inline = Node(map, "when") is not null || Node(map, "then") is not null;
            var list = Node(map, "rules");
            if (kind != PropositionKind.Rule)
            {
                if (inline || list is not null)
                    Error((list ?? Node(map, "when") ?? Node(map, "then"))!.Start, "unexpected-rules",
                        $"{Capital(what)} compares cases; 'when', 'then' and 'rules' belong to kind 'rule'.");
                return [];
            }
            if (inline && list is not null)
            {
                Error(list.Start, "unexpected-rules", $"{Capital(what)} has both 'when'/'then' and 'rules'; use one of them.");
                return [];
            }
            if (inline) return ReadRule(map, what) is { } single ? [single] : [];
            if (list is null)
            {
                Error(map.Start, "missing-field", $"{Capital(what)} needs 'when' and 'then', or 'rules'.");
                return [];
            }
            if (list is not YamlSequenceNode sequence || sequence.Children.Count == 0)
            {
                Error(list.Start, "wrong-type", $"'rules' of {what} must be a non-empty list of mappings with 'when' and 'then'.");
                return [];
            }
            var rules = ImmutableArray.CreateBuilder<PropositionRule>();
            foreach (var node in sequence)
            {
                if (node is not YamlMappingNode rule)
                {
                    Error(node.Start, "wrong-type", "A rule must be a mapping with 'when' and 'then'.");
                    continue;
                }
                CheckFields(rule, RuleFields, "a rule");
                if (ReadRule(rule, what) is { } r) rules.Add(r);
            }
            return rules.ToImmutable();
        }

        private PropositionRule? ReadRule(YamlMappingNode map, string what)
        {
            var when = Scalar(map, "when", what, required: true);
            var then = Scalar(map, "then", what, required: true);
            if (when is null || then is null) return null;
            return new PropositionRule(when, ExpressionPosition(Node(map, "when")!), then, ExpressionPosition(Node(map, "then")!));
        }

        private SourceReference? ReadSource(YamlMappingNode map, string what)
        {
            if (Node(map, "source") is not { } node) return null;
            if (node is not YamlMappingNode source)
            {
                Error(node.Start, "wrong-type", $"'source' of {what} must be a mapping with 'section', 'table' and/or 'lines'.");
                return null;
            }
            CheckFields(source, SourceFields, "'source'");
            return new SourceReference(Scalar(source, "section", what, false), Scalar(source, "table", what, false), Scalar(source, "lines", what, false));
        }

        /// <summary>Where the expression text itself starts: after the opening quote of a quoted scalar.</summary>
        private static TextPosition ExpressionPosition(YamlNode node)
        {
            var start = Position(node.Start);
            return node is YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } ? start.Advance(1) : start;
        }

        private static TextPosition Position(Mark mark) => new((int)mark.Line, (int)mark.Column);
    }
}
