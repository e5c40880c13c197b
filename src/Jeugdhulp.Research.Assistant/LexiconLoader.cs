using System.Collections.Immutable;
using System.Globalization;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// Reads an indicator lexicon (<c>schema: jhr-lexicon/1</c>) and checks it against its codebook. Every problem is
/// reported in one run with file, line and column (a bad term down to the character), because lexicons are edited
/// by hand, term by term.
/// </summary>
/// <remarks>
/// <code>
/// schema: jhr-lexicon/1
/// codebook: jeugdhulp-sturing      # id of the codebook the codes belong to
/// window: 5                        # default N of NEAR and '...' (words)
/// codes:
///   sturing.hierarchisch:          # a codebook id
///     terms: [hiërarch*, "NEAR/5(regels, handhaving)", verticaal contract]
///     negated: ["niet ... afdwingbaar"]   # suggest the code with value "-"
/// </code>
/// </remarks>
public static class LexiconLoader
{
    /// <summary>The schema tag this loader understands.</summary>
    public const string Schema = "jhr-lexicon/1";

    private static readonly string[] TopFields = ["schema", "codebook", "window", "description", "codes"];
    private static readonly string[] CodeFields = ["terms", "negated", "note"];

    /// <summary>Loads and checks the lexicon at <paramref name="path"/> against <paramref name="codebook"/>.</summary>
    /// <exception cref="InputException">The file is unreadable or invalid; carries every problem found.</exception>
    public static Lexicon Load(string path, Codebook codebook) => Parse(TextFile.ReadUtf8(path), path, codebook);

    /// <summary>Parses lexicon text; <paramref name="fileName"/> is used in diagnostics.</summary>
    /// <exception cref="InputException">The text is invalid; carries every problem found.</exception>
    public static Lexicon Parse(string yaml, string fileName, Codebook codebook)
    {
        var diagnostics = new List<Diagnostic>();
        void Error(Mark at, string code, string message) => diagnostics.Add(new Diagnostic(fileName, (int)at.Line, (int)at.Column, code, message));

        YamlMappingNode? root = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0) diagnostics.Add(new Diagnostic(fileName, 0, 0, "empty", "The lexicon is empty."));
            else if (stream.Documents[0].RootNode is YamlMappingNode map) root = map;
            else Error(stream.Documents[0].RootNode.Start, "wrong-type", "A lexicon is a mapping with 'schema', 'codebook' and 'codes'.");
        }
        catch (YamlException e)
        {
            Error(e.Start, "malformed-yaml", $"Malformed YAML: {e.Message}");
        }
        if (root is null) throw new InputException(diagnostics);

        CheckFields(root, TopFields, "top level", Error);
        var schema = Scalar(root, "schema");
        if (schema is null) Error(root.Start, "missing-field", $"'schema: {Schema}' is required.");
        else if (schema.Value != Schema) Error(schema.Start, "unknown-schema", $"Unknown schema '{schema.Value}'; this version reads '{Schema}'.");
        var book = Scalar(root, "codebook");
        if (book is null) Error(root.Start, "missing-field", $"'codebook: {codebook.Id}' is required: it names the codebook the ids belong to.");
        else if (book.Value != codebook.Id) Error(book.Start, "codebook-mismatch", $"The lexicon is for codebook '{book.Value}', but the codebook loaded is '{codebook.Id}'.");
        var window = 5;
        if (Scalar(root, "window") is { } w &&
            (!int.TryParse(w.Value, NumberStyles.None, CultureInfo.InvariantCulture, out window) || window < 1 || window > TermSyntax.MaxWindow))
        {
            Error(w.Start, "invalid-window", $"window must be a whole number from 1 to {TermSyntax.MaxWindow} (words).");
            window = 5;
        }

        var entries = new List<LexiconEntry>();
        if (!root.Children.TryGetValue(new YamlScalarNode("codes"), out var codesNode) || codesNode is not YamlMappingNode codes)
        {
            Error(root.Start, "missing-field", "'codes' is required: a mapping from codebook ids to their terms.");
            throw new InputException(diagnostics);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in codes.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } code })
            {
                Error(keyNode.Start, "wrong-type", "Each key under 'codes' is a codebook id.");
                continue;
            }
            if (!seen.Add(code)) { Error(keyNode.Start, "duplicate-code", $"'{code}' is listed twice; merge its terms."); continue; }
            var entry = codebook.Find(code);
            if (entry is null)
            {
                var hint = codebook.Entries.Select(e => e.Id).Where(id => id.EndsWith("." + code, StringComparison.Ordinal) || id.Contains(code, StringComparison.Ordinal)).Take(3).ToList();
                Error(keyNode.Start, "unknown-code", $"'{code}' is not an id in codebook '{codebook.Id}'" + (hint.Count > 0 ? $"; did you mean {string.Join(" or ", hint)}?" : "."));
            }
            else if (entry.IsExcluded)
                Error(keyNode.Start, "excluded-code", $"'{code}' is excluded from the study in the codebook; it cannot be suggested.");
            if (valueNode is not YamlMappingNode body)
            {
                Error(valueNode.Start, "wrong-type", $"'{code}' needs a mapping with 'terms' and/or 'negated'.");
                continue;
            }
            CheckFields(body, CodeFields, code, Error);
            var terms = ImmutableArray.CreateBuilder<LexiconTerm>();
            foreach (var (field, negated) in new[] { ("terms", false), ("negated", true) })
            {
                if (!body.Children.TryGetValue(new YamlScalarNode(field), out var listNode)) continue;
                if (listNode is not YamlSequenceNode list) { Error(listNode.Start, "wrong-type", $"'{field}' is a list of terms."); continue; }
                foreach (var item in list.Children)
                {
                    if (item is not YamlScalarNode { Value: { } text } scalar) { Error(item.Start, "wrong-type", "A term is a string."); continue; }
                    var errors = new List<TermSyntax.Error>();
                    var parsed = TermSyntax.Parse(text, window, errors);
                    var shift = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
                    foreach (var e in errors)
                        diagnostics.Add(new Diagnostic(fileName, (int)scalar.Start.Line, (int)scalar.Start.Column + shift + e.Offset, e.Code, $"In term '{text}': {e.Message}"));
                    if (parsed is null) continue;
                    if (negated && parsed.Kind == TermKind.Near)
                        Error(scalar.Start, "negated-near", $"In term '{text}': a negated term is a phrase or 'niet ... woord', not NEAR.");
                    terms.Add(new LexiconTerm
                    {
                        Code = code, Text = text, Kind = parsed.Kind, First = parsed.First, Second = parsed.Second,
                        Window = parsed.Window, Negated = negated, Line = (int)scalar.Start.Line, Column = (int)scalar.Start.Column,
                    });
                }
            }
            if (terms.Count == 0 && diagnostics.Count == 0) Error(valueNode.Start, "no-terms", $"'{code}' has no terms.");
            entries.Add(new LexiconEntry(code, terms.ToImmutable()));
        }
        if (diagnostics.Count > 0) throw new InputException([.. diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)]);
        return new Lexicon(codebook.Id, window, entries, fileName);
    }

    private static YamlScalarNode? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node as YamlScalarNode : null;

    private static void CheckFields(YamlMappingNode map, string[] allowed, string where, Action<Mark, string, string> error)
    {
        foreach (var key in map.Children.Keys)
            if (key is YamlScalarNode { Value: { } name } && !allowed.Contains(name))
                error(key.Start, "unknown-field", $"Unknown field '{name}' at {where}; allowed: {string.Join(", ", allowed)}.");
    }
}
