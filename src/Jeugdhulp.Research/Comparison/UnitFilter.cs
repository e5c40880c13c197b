using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Comparison;

/// <summary>
/// A small filter language over unit attributes for the command line and notebooks:
/// <c>case=maas</c>, <c>cluster!=niets-doen</c>, <c>aanbieder.specialisatie in (specialistisch,hoog-specialistisch)</c>,
/// clauses joined by <c>and</c>. Values are value ids or Dutch labels; <c>onbekend</c> matches undetermined values.
/// </summary>
public static class UnitFilter
{
    /// <summary>Parses <paramref name="expression"/> into a predicate.</summary>
    /// <exception cref="InputException">The expression is malformed or names an unknown attribute.</exception>
    public static Func<UnitRow, bool> Parse(string expression, UnitTable table, Vocabulary vocabulary)
    {
        var clauses = System.Text.RegularExpressions.Regex.Split(expression.Trim(), @"\s+and\s+", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var predicates = clauses.Select(c => ParseClause(c, expression, table, vocabulary)).ToList();
        return row => predicates.All(p => p(row));
    }

    private static Func<UnitRow, bool> ParseClause(string clause, string expression, UnitTable table, Vocabulary vocabulary)
    {
        var match = System.Text.RegularExpressions.Regex.Match(clause, @"^\s*([\w.\-]+)\s*(!=|=|\s+in\s+|\s+not\s+in\s+)\s*(.+?)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        if (!match.Success)
            throw Error(expression, $"cannot read '{clause}'; write ATTRIBUTE=VALUE, ATTRIBUTE!=VALUE or ATTRIBUTE in (A,B), joined by 'and'.");
        var attribute = Vocabulary.Resolve(match.Groups[1].Value);
        if (!table.Attributes.Contains(attribute))
            throw Error(expression, $"unknown attribute '{match.Groups[1].Value}'; known: {string.Join(", ", table.Attributes)}.");
        var op = match.Groups[2].Value.Trim().ToLowerInvariant();
        var raw = match.Groups[3].Value.Trim();
        if (op is "in" or "not in")
        {
            if (!raw.StartsWith('(') || !raw.EndsWith(')')) throw Error(expression, $"'{op}' needs a list in parentheses, e.g. (a,b).");
            raw = raw[1..^1];
        }
        var values = raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(v => ToValueId(attribute, v, table, vocabulary)).ToList();
        var negate = op is "!=" or "not in";
        return row => values.Contains(row[attribute]) != negate;
    }

    private static string? ToValueId(string attribute, string text, UnitTable table, Vocabulary vocabulary)
    {
        if (string.Equals(text, Category.Unknown.Label, StringComparison.OrdinalIgnoreCase)) return null;
        var categories = vocabulary.CategoriesOf(attribute, table.Rows.Select(r => r[attribute]));
        return categories.FirstOrDefault(c => string.Equals(c.Id, text, StringComparison.OrdinalIgnoreCase))?.Id
            ?? categories.FirstOrDefault(c => string.Equals(c.Label, text, StringComparison.OrdinalIgnoreCase))?.Id
            ?? text;
    }

    private static InputException Error(string expression, string message) =>
        new(new Diagnostic("--where", 1, 1, "invalid-filter", $"In '{expression}': {message}"));
}
