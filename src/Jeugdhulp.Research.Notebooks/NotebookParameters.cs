using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Jeugdhulp.Research.Notebooks;

/// <summary>
/// Parameters the papermill way: the cell tagged <c>parameters</c> holds the defaults, and a run with values gets a
/// cell tagged <c>injected-parameters</c> right after it that assigns them, so the executed notebook records what
/// it ran with.
/// </summary>
public static class NotebookParameters
{
    /// <summary>The tag of the cell with the defaults.</summary>
    public const string ParametersTag = "parameters";
    /// <summary>The tag of the cell the runner adds.</summary>
    public const string InjectedTag = "injected-parameters";
    /// <summary>The first line of the injected cell.</summary>
    public const string InjectedHeader = "// Parameters injected by jhr";
    /// <summary>The id of the injected cell in nbformat 4.5+ notebooks (stable, so reruns diff cleanly).</summary>
    public const string InjectedCellId = "jhr-injected-parameters";

    /// <summary>
    /// Parses "NAME=VALUE" command-line parameters; throws <see cref="ArgumentException"/> naming a malformed one.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Parse(IEnumerable<string> assignments)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            var eq = assignment.IndexOf('=');
            var name = eq > 0 ? assignment[..eq].Trim() : "";
            if (eq <= 0 || !SyntaxFacts.IsValidIdentifier(name))
                throw new ArgumentException($"Parameter '{assignment}' must be NAME=VALUE with a C# identifier as NAME.");
            result[name] = assignment[(eq + 1)..];
        }
        return result;
    }

    /// <summary>
    /// Replaces any earlier injected cell with one holding the given values, right after the <c>parameters</c>
    /// cell (at the top if there is none, as papermill does). Returns the injected cell, or null when there are no
    /// values. Throws <see cref="ArgumentException"/> for a name the parameters cell does not declare.
    /// </summary>
    public static NotebookCell? Inject(Notebook notebook, IReadOnlyDictionary<string, string> values)
    {
        foreach (var old in notebook.Cells.Where(c => c.Tags.Contains(InjectedTag)).ToList()) notebook.RemoveCell(old);
        if (values.Count == 0) return null;
        var parametersCell = notebook.Cells.FirstOrDefault(c => c.IsCode && c.Tags.Contains(ParametersTag));
        var declared = parametersCell is null ? null : Declarations(parametersCell.Source);
        if (declared is not null)
        {
            var unknown = values.Keys.Where(k => !declared.ContainsKey(k)).ToList();
            if (unknown.Count > 0)
                throw new ArgumentException($"Parameter(s) {string.Join(", ", unknown.Select(u => $"'{u}'"))} not declared in the parameters cell " +
                    $"(cell {notebook.NumberOf(parametersCell!)}); it declares {(declared.Count == 0 ? "nothing" : string.Join(", ", declared.Keys))}.");
        }
        var lines = new List<string> { InjectedHeader };
        foreach (var (name, value) in values)
            lines.Add($"{name} = {Literal(value, declared?.GetValueOrDefault(name))};");
        var cell = PolyglotMetadata.CreateCodeCell(string.Join("\n", lines), notebook.FormatMinor >= 5 ? InjectedCellId : null);
        cell.Metadata["tags"] = new JsonArray(InjectedTag);
        var index = parametersCell is null ? 0 : notebook.NumberOf(parametersCell);
        notebook.InsertCell(index, cell);
        return cell;
    }

    /// <summary>
    /// The C# literal for a value: int (long if large), double, bool, else a string literal with proper escaping.
    /// When the parameters cell declares the variable as a string, the value is always a string literal.
    /// </summary>
    public static string Literal(string value, string? declaredType = null)
    {
        if (declaredType is "string" or "string?" or "String" or "System.String")
            return SymbolDisplay.FormatLiteral(value, quote: true);
        var text = value.Trim();
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)) return i.ToString(CultureInfo.InvariantCulture);
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l.ToString(CultureInfo.InvariantCulture) + "L";
        if (text.Length > 0 && (char.IsAsciiDigit(text[^1]) || text[^1] == '.')
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            var r = d.ToString("R", CultureInfo.InvariantCulture);
            return r.Contains('.') || r.Contains('E') ? r : r + ".0";
        }
        if (bool.TryParse(text, out var b)) return b ? "true" : "false";
        return SymbolDisplay.FormatLiteral(value, quote: true);
    }

    /// <summary>Variable name to declared type text ("var" when inferred; the literal kind is then used for strings).</summary>
    private static Dictionary<string, string> Declarations(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script)).GetRoot();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var declaration in root.DescendantNodes().OfType<VariableDeclarationSyntax>())
        {
            if (declaration.Parent is not (FieldDeclarationSyntax or LocalDeclarationStatementSyntax)) continue;
            foreach (var variable in declaration.Variables)
            {
                var type = declaration.Type.ToString();
                if (type == "var" && variable.Initializer?.Value is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                    type = "string";
                result[variable.Identifier.Text] = type;
            }
        }
        return result;
    }
}
