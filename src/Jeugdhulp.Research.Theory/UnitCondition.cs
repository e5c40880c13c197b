using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Theory;

/// <summary>
/// An expression of the <c>--where</c> language (<see cref="UnitFilter"/>) compiled for testing theory: every clause
/// is evaluated in three-valued logic, so a unit whose value is undetermined yields "unknown" instead of being
/// counted as not matching. A clause that names <c>onbekend</c> matches undetermined values explicitly.
/// </summary>
public sealed class UnitCondition
{
    private static readonly Regex ClauseSplit = new(@"\s+and\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex ClauseShape = new(@"^(\s*)([\w.\-]+)(\s*(?:!=|=|\s+in\s+|\s+not\s+in\s+)\s*)(.+?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private UnitCondition(string text, ImmutableArray<ConditionClause> clauses)
    {
        Text = text;
        Clauses = clauses;
    }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>The clauses, all of which must hold.</summary>
    public ImmutableArray<ConditionClause> Clauses { get; }

    /// <summary>The attributes the expression reads, in order of appearance.</summary>
    public IEnumerable<string> Attributes => Clauses.Select(c => c.Attribute).Distinct();

    /// <summary>
    /// A normalised form (attribute, operator and value ids of each clause), so two spellings of the same prediction
    /// compare equal.
    /// </summary>
    public string Key => string.Join(" and ", Clauses.Select(c => $"{c.Attribute}{(c.Negated ? " not in " : " in ")}({string.Join(",", c.Values.Select(v => v ?? "(onbekend)"))})"));

    /// <summary>
    /// Compiles <paramref name="expression"/> against a unit table. Attribute names may be codebook ids, export names
    /// or the short names of <see cref="TheoryAliases"/>; values are value ids or Dutch labels. A codebook variable that
    /// no unit has is accepted and is undetermined for every unit.
    /// </summary>
    /// <exception cref="InputException">With <paramref name="file"/> and the position of the offending clause.</exception>
    public static UnitCondition Compile(string expression, string file, TextPosition at, UnitTable table, Vocabulary vocabulary)
    {
        var diagnostics = new List<Diagnostic>();
        var clauses = ImmutableArray.CreateBuilder<ConditionClause>();
        var offset = 0;
        foreach (var clause in ClauseSplit.Split(expression))
        {
            var start = expression.IndexOf(clause, offset, StringComparison.Ordinal);
            offset = start + clause.Length;
            var position = at.Advance(start);
            var compiled = CompileClause(clause, file, position, table, vocabulary, diagnostics);
            if (compiled is not null) clauses.Add(compiled);
        }
        if (diagnostics.Count > 0) throw new InputException(diagnostics);
        return new UnitCondition(expression, clauses.ToImmutable());
    }

    /// <summary>True, false, or null when an undetermined value decides the outcome (Kleene's three-valued "and").</summary>
    public bool? Evaluate(UnitRow row)
    {
        var unknown = false;
        foreach (var clause in Clauses)
        {
            switch (clause.Evaluate(row))
            {
                case false: return false;
                case null: unknown = true; break;
            }
        }
        return unknown ? null : true;
    }

    /// <summary>The attributes whose undetermined value makes <see cref="Evaluate"/> unknown for this unit.</summary>
    public IEnumerable<string> UndeterminedAttributes(UnitRow row) =>
        Clauses.Where(c => c.Evaluate(row) is null).Select(c => c.Attribute).Distinct();

    /// <summary>A Dutch description of what the expression requires, e.g. <c>niet niets-doen</c> or <c>volgen</c>.</summary>
    public string Describe(Vocabulary vocabulary) => string.Join(" en ", Clauses.Select(c => c.Describe(vocabulary)));

    private static ConditionClause? CompileClause(string clause, string file, TextPosition at, UnitTable table, Vocabulary vocabulary, List<Diagnostic> diagnostics)
    {
        var shape = ClauseShape.Match(clause);
        if (!shape.Success)
        {
            diagnostics.Add(new Diagnostic(file, at.Line, at.Column, "invalid-expression",
                $"Cannot read '{clause.Trim()}'; write ATTRIBUTE=VALUE, ATTRIBUTE!=VALUE or ATTRIBUTE in (A,B), joined by 'and'."));
            return null;
        }
        var written = shape.Groups[2].Value;
        var attribute = TheoryAliases.Resolve(written);
        var op = shape.Groups[3].Value.Trim().ToLowerInvariant();
        var rawValues = shape.Groups[4].Value.Trim();
        var valuesAt = at.Advance(shape.Groups[4].Index);
        var negated = op is "!=" or "not in";
        if (op is "in" or "not in")
        {
            if (!rawValues.StartsWith('(') || !rawValues.EndsWith(')'))
            {
                diagnostics.Add(new Diagnostic(file, valuesAt.Line, valuesAt.Column, "invalid-expression", $"'{op}' needs a list in parentheses, e.g. (volgen,niet-volgen)."));
                return null;
            }
            rawValues = rawValues[1..^1];
        }
        var texts = rawValues.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (texts.Length == 0)
        {
            diagnostics.Add(new Diagnostic(file, valuesAt.Line, valuesAt.Column, "invalid-expression", $"'{clause.Trim()}' names no value."));
            return null;
        }
        if (attribute == PeriodResponse.Attribute) return CompileResponseClause(texts, negated, file, valuesAt, vocabulary, diagnostics);
        var known = table.Attributes.Contains(attribute);
        if (!known && vocabulary.Codebook.Find(attribute) is null)
        {
            var attributeAt = at.Advance(shape.Groups[2].Index);
            diagnostics.Add(new Diagnostic(file, attributeAt.Line, attributeAt.Column, "unknown-attribute",
                $"Unknown attribute '{written}'; use a codebook id, an export name ({string.Join(", ", Vocabulary.Aliases.Select(a => a.Key))}) or {string.Join(", ", TheoryAliases.Characteristics.Keys)}."));
            return null;
        }
        var values = new List<string?>();
        foreach (var text in texts)
        {
            if (string.Equals(text, Category.Unknown.Label, StringComparison.OrdinalIgnoreCase))
            {
                values.Add(null);
                continue;
            }
            if (ResolveValue(attribute, text, table, vocabulary) is { } id) values.Add(id);
            else
            {
                var allowed = AllowedValues(attribute, table, vocabulary);
                diagnostics.Add(new Diagnostic(file, valuesAt.Line, valuesAt.Column, "unknown-value",
                    $"'{text}' is not a value of '{attribute}'; allowed: {string.Join(", ", allowed)} or onbekend."));
            }
        }
        if (values.Count != texts.Length) return null;
        // Reuse the --where language itself for the matching, so both always agree on ids, labels and 'onbekend'.
        Func<UnitRow, bool> predicate;
        if (known)
        {
            var rewritten = attribute + shape.Groups[3].Value + shape.Groups[4].Value;
            try
            {
                predicate = UnitFilter.Parse(rewritten, table, vocabulary);
            }
            catch (InputException e)
            {
                diagnostics.AddRange(e.Diagnostics.Select(d => d with { File = file, Line = at.Line, Column = at.Column, Code = "invalid-expression" }));
                return null;
            }
        }
        else predicate = row => values.Contains(row[attribute]) != negated;
        return new ConditionClause(attribute, negated, [.. values], predicate);
    }

    /// <summary>
    /// A clause on the responses of the response period (<see cref="PeriodResponse"/>): <c>=</c> and <c>in</c> hold
    /// when one of the period's responses is named, <c>!=</c> and <c>not in</c> when none is.
    /// </summary>
    private static ConditionClause? CompileResponseClause(string[] texts, bool negated, string file, TextPosition valuesAt, Vocabulary vocabulary, List<Diagnostic> diagnostics)
    {
        var values = new List<string?>();
        foreach (var text in texts)
        {
            if (string.Equals(text, Category.Unknown.Label, StringComparison.OrdinalIgnoreCase)) values.Add(null);
            else if (PeriodResponse.Resolve(text, vocabulary.Codebook) is { } id) values.Add(id);
            else diagnostics.Add(new Diagnostic(file, valuesAt.Line, valuesAt.Column, "unknown-value",
                $"'{text}' is not a response of '{PeriodResponse.Attribute}'; allowed: {string.Join(", ", PeriodResponse.Allowed(vocabulary.Codebook))} or onbekend."));
        }
        if (values.Count != texts.Length) return null;
        return new ConditionClause(PeriodResponse.Attribute, negated, [.. values], row =>
        {
            var responses = PeriodResponse.Split(row[PeriodResponse.Attribute]).ToList();
            var named = values.Any(v => v is null ? responses.Count == 0 : responses.Contains(v, StringComparer.Ordinal));
            return named != negated;
        });
    }

    private static string? ResolveValue(string attribute, string text, UnitTable table, Vocabulary vocabulary)
    {
        var categories = vocabulary.CategoriesOf(attribute, table.Rows.Select(r => r[attribute]));
        var match = categories.FirstOrDefault(c => c.Id is not null && string.Equals(c.Id, text, StringComparison.OrdinalIgnoreCase))
            ?? categories.FirstOrDefault(c => c.Id is not null && string.Equals(c.Label, text, StringComparison.OrdinalIgnoreCase));
        if (match is not null) return match.Id;
        // Without a value set any observed or future value is acceptable: free-text attributes cannot be checked.
        return HasValueSet(attribute, vocabulary) || attribute == UnitTable.Case ? null : text;
    }

    private static IEnumerable<string> AllowedValues(string attribute, UnitTable table, Vocabulary vocabulary) =>
        vocabulary.CategoriesOf(attribute, table.Rows.Select(r => r[attribute])).Where(c => c.Id is not null).Select(c => c.Id!);

    private static bool HasValueSet(string attribute, Vocabulary vocabulary) =>
        vocabulary.Codebook.Find(attribute)?.ValueSetId is { } set && vocabulary.Codebook.FindValueSet(set) is not null;
}
