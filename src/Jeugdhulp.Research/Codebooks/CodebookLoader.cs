using System.Collections.Immutable;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Jeugdhulp.Research.Codebooks;

/// <summary>
/// Reads and validates a codebook file (<c>schema: jhr-codebook/1</c>, see <c>codebooks/README.md</c>).
/// Validation collects every problem in one run, each with line and column, because codebooks are edited by hand.
/// </summary>
public static class CodebookLoader
{
    /// <summary>The schema tag this loader understands.</summary>
    public const string Schema = "jhr-codebook/1";

    /// <summary>Deeper nesting than this is refused: a real codebook is a few levels deep, a hostile one is not.</summary>
    public const int MaxDepth = YamlFileReader.MaxDepth;

    private static readonly string[] TopFields = ["schema", "id", "version", "title", "citation", "source_file", "value_sets", "entries"];
    private static readonly string[] EntryFields =
        ["id", "kind", "label", "definition", "indicators", "value_set", "values", "cluster", "oliver", "maps_to", "excluded", "inductive", "source", "note", "children"];
    private static readonly string[] ValueSetFields = ["id", "label", "values"];
    private static readonly string[] ValueFields = ["id", "label", "min", "max"];
    private static readonly string[] TextFields = ["nl", "en"];
    private static readonly string[] MeaningFields = ["nl", "en", "expected"];
    private static readonly string[] SourceFields = ["section", "table", "lines", "seed"];

    /// <summary>Loads the codebook at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is unreadable or invalid; carries every problem found.</exception>
    public static Codebook Load(string path) => Load(path, null);

    /// <summary>
    /// Loads the codebook, or returns <paramref name="previous"/> when the file still holds exactly the bytes it was
    /// parsed from (same content hash): a long-running reader (the workbench) reloads a project after every save, and
    /// parsing the codebook would be most of that cost.
    /// </summary>
    /// <exception cref="InputException">The file is missing, too large or invalid; carries every problem found.</exception>
    public static Codebook Load(string path, Codebook? previous)
    {
        var bytes = ReadBytes(path);
        var hash = Hashing.Sha256Hex(bytes);
        return previous is not null && previous.ContentHash == hash ? previous : Parse(TextFile.DecodeUtf8(bytes, path), path, hash);
    }

    /// <summary>Validates the file and returns every problem (empty when valid), never throwing for bad input.</summary>
    public static IReadOnlyList<Diagnostic> Validate(string path)
    {
        try
        {
            Load(path);
            return [];
        }
        catch (InputException e)
        {
            return e.Diagnostics;
        }
    }

    /// <summary>Parses codebook text; <paramref name="fileName"/> is used in diagnostics only.</summary>
    /// <exception cref="InputException">The text is invalid; carries every problem found.</exception>
    public static Codebook Parse(string yaml, string fileName, string? contentHash = null)
    {
        var reader = new Reader(fileName);
        var root = reader.LoadRoot(yaml);
        var codebook = root is null ? null : reader.ReadCodebook(root, contentHash ?? Hashing.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(yaml)));
        if (reader.Diagnostics.Count > 0 || codebook is null)
            throw new InputException(reader.Diagnostics.Count > 0
                ? reader.Diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ToList()
                : [new Diagnostic(fileName, 0, 0, "empty", "The codebook is empty.")]);
        return codebook;
    }

    private static byte[] ReadBytes(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new InputException(new Diagnostic(path, 0, 0, "file-not-found", "Codebook file not found."));
        if (info.Length > TextFile.DefaultMaxBytes)
            throw new InputException(new Diagnostic(path, 0, 0, "file-too-large", $"File is {info.Length:N0} bytes; a codebook is far smaller. Is this the right file?"));
        return File.ReadAllBytes(path);
    }

    private sealed class Reader(string file) : YamlFileReader(file)
    {
        private readonly List<CodebookEntry> _entries = [];
        private readonly Dictionary<string, Mark> _idMarks = new(StringComparer.Ordinal);
        private readonly List<(string Field, string Target, Mark At, Func<CodebookEntry, bool>? Accept, string Expectation)> _references = [];
        private readonly List<(string ValueSetId, Mark At, IReadOnlyList<(string ValueId, Mark At)> Values)> _valueSetUses = [];

        public YamlMappingNode? LoadRoot(string yaml) =>
            LoadRoot(yaml, "a mapping with 'schema', 'id', 'version', 'value_sets' and 'entries'");

        public Codebook? ReadCodebook(YamlMappingNode root, string contentHash)
        {
            CheckFields(root, TopFields, "codebook");
            var schema = Scalar(root, "schema", "codebook", required: true);
            if (schema is not null && schema != Schema)
                Error(root.Children[new YamlScalarNode("schema")].Start, "unknown-schema", $"Schema '{schema}' is not supported; this version reads '{Schema}'.");
            var id = Scalar(root, "id", "codebook", required: true) ?? "";
            var version = Scalar(root, "version", "codebook", required: true) ?? "";
            var title = Localized(root, "title", "codebook", required: true, englishRequired: false) ?? new LocalizedText("");
            var citation = Scalar(root, "citation", "the codebook", required: false);
            var sourceFile = Scalar(root, "source_file", "the codebook", required: false);

            var valueSets = ImmutableArray.CreateBuilder<ValueSet>();
            var valueSetMarks = new Dictionary<string, Mark>(StringComparer.Ordinal);
            if (Sequence(root, "value_sets", "the codebook", required: false) is { } sets)
                foreach (var node in sets)
                    if (ReadValueSet(node) is { } vs)
                    {
                        if (valueSetMarks.TryGetValue(vs.Id, out var first))
                            Error(node.Start, "duplicate-id", $"Value set '{vs.Id}' is defined twice (first at line {first.Line}).");
                        else
                        {
                            valueSetMarks[vs.Id] = node.Start;
                            valueSets.Add(vs);
                        }
                    }

            if (Sequence(root, "entries", "the codebook", required: true) is { } entries)
                foreach (var node in entries) ReadEntry(node, parentId: null, depth: 0);

            ResolveReferences(valueSets.ToDictionary(v => v.Id));
            return Diagnostics.Count > 0 ? null
                : new Codebook(id, version, title, citation, sourceFile, valueSets.ToImmutable(), [.. _entries], contentHash);
        }

        private ValueSet? ReadValueSet(YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                Error(node.Start, "wrong-type", "A value set must be a mapping with 'id', 'label' and 'values'.");
                return null;
            }
            CheckFields(map, ValueSetFields, "value set");
            var id = Scalar(map, "id", "value set", required: true);
            var label = Localized(map, "label", $"value set '{id}'", required: true, englishRequired: true);
            var values = ImmutableArray.CreateBuilder<CodebookValue>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            if (Sequence(map, "values", $"value set '{id}'", required: true) is { } list)
                foreach (var v in list)
                {
                    if (v is not YamlMappingNode vm)
                    {
                        Error(v.Start, "wrong-type", "A value must be a mapping with 'id' and 'label'.");
                        continue;
                    }
                    CheckFields(vm, ValueFields, "value");
                    var vid = Scalar(vm, "id", $"value of set '{id}'", required: true);
                    var vlabel = Localized(vm, "label", $"value '{vid}' of set '{id}'", required: true, englishRequired: true);
                    if (vid is null || vlabel is null) continue;
                    if (!seen.Add(vid)) Error(vm.Start, "duplicate-id", $"Value '{vid}' appears twice in value set '{id}'.");
                    values.Add(new CodebookValue(vid, vlabel, Number(vm, "min"), Number(vm, "max")));
                }
            return id is null || label is null ? null : new ValueSet(id, label, values.ToImmutable());
        }

        private string? ReadEntry(YamlNode node, string? parentId, int depth)
        {
            if (node is not YamlMappingNode map)
            {
                Error(node.Start, "wrong-type", "An entry must be a mapping with at least 'id', 'kind', 'label', 'definition' and 'source'.");
                return null;
            }
            CheckFields(map, EntryFields, "entry");
            var id = Scalar(map, "id", "entry", required: true);
            var what = id is null ? "entry" : $"entry '{id}'";
            if (id is not null)
            {
                if (_idMarks.TryGetValue(id, out var first))
                    Error(Node(map, "id")!.Start, "duplicate-id", $"Id '{id}' is already used at line {first.Line}; every id must be unique.");
                else if (!IsValidId(id))
                    Error(Node(map, "id")!.Start, "invalid-id", $"Id '{id}' must be ASCII lower case letters, digits, '-' and '.'.");
                else _idMarks[id] = Node(map, "id")!.Start;
            }

            EntryKind kind = EntryKind.Group;
            var kindName = Scalar(map, "kind", what, required: true);
            if (kindName is not null && !EntryKinds.TryParse(kindName, out kind))
                Error(Node(map, "kind")!.Start, "unknown-kind", $"Unknown kind '{kindName}' on {what}; use one of: {string.Join(", ", EntryKinds.Names)}.");

            var label = Localized(map, "label", what, required: true, englishRequired: true);
            var definition = Localized(map, "definition", what, required: kind != EntryKind.Group, englishRequired: false);
            var indicators = ImmutableArray.CreateBuilder<LocalizedText>();
            if (Sequence(map, "indicators", what, required: false) is { } inds)
                foreach (var ind in inds)
                    if (Localized(ind, $"indicator of {what}", englishRequired: false) is { } t) indicators.Add(t);

            var valueSetId = Scalar(map, "value_set", what, required: false);
            if (valueSetId is not null) _valueSetUses.Add((valueSetId, Node(map, "value_set")!.Start, ReadMeaningIds(map)));
            else if (Node(map, "values") is { } valuesNode)
                Error(valuesNode.Start, "values-without-value-set", $"{what} has 'values' but no 'value_set' to take them from.");
            var meanings = ReadMeanings(map, what);

            var cluster = Scalar(map, "cluster", what, required: false);
            if (cluster is not null) Reference("cluster", cluster, Node(map, "cluster")!.Start, e => e.Kind == EntryKind.Cluster, "a cluster entry");
            if (kind == EntryKind.Response && cluster is null && id is not null)
                Error(map.Start, "missing-field", $"Response '{id}' needs a 'cluster' (the cluster it counts to in the cross-case reduction).");
            var oliver = ReferenceList(map, "oliver", e => e.Kind is EntryKind.OliverStrategy or EntryKind.OliverTactic, "an Oliver strategy or tactic");
            var mapsTo = ReferenceList(map, "maps_to", null, "an entry");
            LocalizedText? excluded = null;
            if (Node(map, "excluded") is YamlMappingNode ex)
            {
                CheckFields(ex, ["reason"], "excluded");
                excluded = Localized(ex, "reason", $"exclusion of {what}", required: true, englishRequired: false);
            }
            else if (Node(map, "excluded") is { } bad)
                Error(bad.Start, "wrong-type", "'excluded' must be a mapping with a 'reason'.");
            var inductive = Scalar(map, "inductive", what, required: false) is { } ind2 && Boolean(ind2, Node(map, "inductive")!.Start);
            var source = ReadSource(map, what);
            var note = Localized(map, "note", what, required: false, englishRequired: false);

            var children = ImmutableArray.CreateBuilder<string>();
            var index = _entries.Count;
            _entries.Add(null!); // placeholder keeps depth-first file order: parent before children
            if (Sequence(map, "children", what, required: false) is { } kids)
            {
                if (depth + 1 > MaxDepth) Error(kids.Start, "too-deep", $"Entries nested deeper than {MaxDepth} levels.");
                else
                    foreach (var child in kids)
                        if (ReadEntry(child, id, depth + 1) is { } cid) children.Add(cid);
            }

            if (id is null || label is null || source is null)
            {
                _entries.RemoveAt(index);
                return null;
            }
            _entries[index] = new CodebookEntry
            {
                Id = id, Kind = kind, Label = label, Definition = definition, Indicators = indicators.ToImmutable(),
                ValueSetId = valueSetId, Values = meanings, Cluster = cluster, Oliver = oliver, MapsTo = mapsTo,
                ExcludedReason = excluded, Inductive = inductive, Source = source, Note = note,
                ParentId = parentId, ChildIds = children.ToImmutable(),
            };
            return id;
        }

        private IReadOnlyList<(string, Mark)> ReadMeaningIds(YamlMappingNode map) =>
            Node(map, "values") is YamlMappingNode values
                ? values.Children.Select(kv => (((YamlScalarNode)kv.Key).Value ?? "", kv.Key.Start)).ToList()
                : [];

        private ImmutableArray<ValueMeaning> ReadMeanings(YamlMappingNode map, string what)
        {
            var node = Node(map, "values");
            if (node is null) return [];
            if (node is not YamlMappingNode values)
            {
                Error(node.Start, "wrong-type", $"'values' of {what} must map each value id to its meaning, e.g. \"+\": {{nl: ..., expected: cluster.volgen}}.");
                return [];
            }
            var result = ImmutableArray.CreateBuilder<ValueMeaning>();
            foreach (var (key, value) in values.Children)
            {
                var valueId = (key as YamlScalarNode)?.Value ?? "";
                if (value is not YamlMappingNode vm)
                {
                    Error(value.Start, "wrong-type", $"The meaning of value '{valueId}' of {what} must be a mapping with 'nl' (and optionally 'en', 'expected').");
                    continue;
                }
                CheckFields(vm, MeaningFields, $"value '{valueId}'");
                var nl = Scalar(vm, "nl", $"value '{valueId}' of {what}", required: true);
                var expected = Scalar(vm, "expected", $"value '{valueId}' of {what}", required: false);
                if (expected is not null)
                    Reference("expected", expected, Node(vm, "expected")!.Start, e => e.Kind == EntryKind.Cluster, "a cluster entry");
                if (nl is not null) result.Add(new ValueMeaning(valueId, new LocalizedText(nl, Scalar(vm, "en", $"value '{valueId}' of {what}", required: false)), expected));
            }
            return result.ToImmutable();
        }

        private SourceReference? ReadSource(YamlMappingNode map, string what)
        {
            var node = Node(map, "source");
            if (node is null)
            {
                Error(map.Start, "missing-field", $"{what} has no 'source' (section, table, lines in the seed).");
                return null;
            }
            if (node is not YamlMappingNode src)
            {
                Error(node.Start, "wrong-type", $"'source' of {what} must be a mapping with 'section', 'table' and/or 'lines'.");
                return null;
            }
            CheckFields(src, SourceFields, "source");
            var reference = new SourceReference(Scalar(src, "section", what, required: false), Scalar(src, "table", what, required: false), Scalar(src, "lines", what, required: false),
                Scalar(src, "seed", what, required: false));
            if (reference.Section is null && reference.Table is null)
                Error(src.Start, "missing-field", $"'source' of {what} needs a 'section' or a 'table'.");
            if (reference.Lines is { } lines && !System.Text.RegularExpressions.Regex.IsMatch(lines, @"^\d+(-\d+)?(,\s*\d+(-\d+)?)*$"))
                Error(Node(src, "lines")!.Start, "invalid-lines", $"'lines' of {what} must look like '2234-2363' (got '{lines}').");
            return reference;
        }

        private void Reference(string field, string target, Mark at, Func<CodebookEntry, bool>? accept, string expectation) =>
            _references.Add((field, target, at, accept, expectation));

        private ImmutableArray<string> ReferenceList(YamlMappingNode map, string field, Func<CodebookEntry, bool>? accept, string expectation)
        {
            var node = Node(map, field);
            if (node is null) return [];
            if (node is YamlScalarNode single && single.Value is { } one)
            {
                Reference(field, one, single.Start, accept, expectation);
                return [one];
            }
            if (node is not YamlSequenceNode seq)
            {
                Error(node.Start, "wrong-type", $"'{field}' must be an id or a list of ids.");
                return [];
            }
            var result = ImmutableArray.CreateBuilder<string>();
            foreach (var item in seq)
                if (item is YamlScalarNode s && !string.IsNullOrEmpty(s.Value))
                {
                    Reference(field, s.Value, s.Start, accept, expectation);
                    result.Add(s.Value);
                }
                else Error(item.Start, "wrong-type", $"Items of '{field}' must be ids.");
            return result.ToImmutable();
        }

        private void ResolveReferences(Dictionary<string, ValueSet> valueSets)
        {
            var byId = _entries.DistinctBy(e => e.Id).ToDictionary(e => e.Id, StringComparer.Ordinal);
            foreach (var (field, target, at, accept, expectation) in _references)
            {
                if (!byId.TryGetValue(target, out var entry))
                    Error(at, "dangling-reference", $"'{field}' refers to '{target}', which is not an id in this codebook.");
                else if (accept is not null && !accept(entry))
                    Error(at, "wrong-reference", $"'{field}' refers to '{target}' ({EntryKinds.ToName(entry.Kind)}), but must refer to {expectation}.");
            }
            foreach (var (setId, at, values) in _valueSetUses)
            {
                if (!valueSets.TryGetValue(setId, out var set))
                {
                    Error(at, "unknown-value-set", $"Value set '{setId}' is not defined under 'value_sets' (defined: {string.Join(", ", valueSets.Keys)}).");
                    continue;
                }
                foreach (var (valueId, vat) in values)
                    if (set.Find(valueId) is null)
                        Error(vat, "unknown-value", $"Value '{valueId}' is not in value set '{setId}' ({string.Join(", ", set.Values.Select(v => v.Id))}).");
            }
        }

        private double? Number(YamlMappingNode map, string key)
        {
            if (Scalar(map, key, "a value", required: false) is not { } text) return null;
            if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)) return d;
            Error(Node(map, key)!.Start, "wrong-type", $"'{key}' must be a number (got '{text}').");
            return null;
        }

        private bool Boolean(string text, Mark at)
        {
            if (text is "true" or "false") return text == "true";
            Error(at, "wrong-type", $"Expected true or false (got '{text}').");
            return false;
        }

        private static bool IsValidId(string id) =>
            id.Length > 0 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '_');
    }
}
