using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Comparison;

/// <summary>
/// The one place that turns an attribute or value as a user wrote it (<c>--rows</c>, <c>--cols</c>, <c>--vars</c>,
/// <c>--where</c>, a notebook) into the id the unit table uses, or into an error that lists the same valid names
/// everywhere with a did-you-mean. A mistyped value must never silently become a filter that matches nothing.
/// </summary>
public static class UnitAttributes
{
    /// <summary>
    /// The names a user may write for the attributes of <paramref name="table"/>: the export names first, then the
    /// codebook ids and derived attributes that have no export name.
    /// </summary>
    public static IReadOnlyList<string> KnownNames(UnitTable table)
    {
        var aliased = Vocabulary.Aliases.Where(a => table.Attributes.Contains(a.Value)).ToList();
        return [.. aliased.Select(a => a.Key), .. table.Attributes.Where(a => aliased.All(x => x.Value != a))];
    }

    /// <summary>Resolves an export name or attribute id (case-insensitive), or null when the table has no such attribute.</summary>
    public static string? TryResolve(string written, UnitTable table)
    {
        var name = written.Trim();
        var alias = Vocabulary.Aliases.FirstOrDefault(a => string.Equals(a.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        if (alias is not null && table.Attributes.Contains(alias)) return alias;
        return table.Attributes.FirstOrDefault(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Resolves an attribute name or throws a diagnostic located in <paramref name="source"/> (an option or file).</summary>
    /// <exception cref="InputException">Code <c>unknown-attribute</c>, listing the known names.</exception>
    public static string Resolve(string written, UnitTable table, string source, int column = 0) =>
        TryResolve(written, table) ?? throw new InputException(UnknownAttribute(written, table, source, column));

    /// <summary>The error for an unknown attribute: the same wording and the same list for every option.</summary>
    public static Diagnostic UnknownAttribute(string written, UnitTable table, string source, int column = 0)
    {
        var known = KnownNames(table);
        return new Diagnostic(source, column > 0 ? 1 : 0, column, "unknown-attribute",
            $"Unknown attribute '{written.Trim()}'.{Suggestions.DidYouMean(written, known)} Known attributes: {string.Join(", ", known)}.");
    }

    /// <summary>
    /// The values an attribute accepts: the value set of the codebook, the cases of the study, or the values observed in
    /// the data for attributes without a value set. <c>onbekend</c> (undetermined) is always accepted.
    /// </summary>
    public static IReadOnlyList<Category> ValidValues(string attribute, UnitTable table, Vocabulary vocabulary) =>
        [.. vocabulary.CategoriesOf(attribute, table.Rows.Select(r => r[attribute])).Where(c => c.Id is not null)];

    /// <summary>
    /// Resolves a value (id or Dutch label, case-insensitive; <c>onbekend</c> is null) or returns a diagnostic naming
    /// the valid values with a did-you-mean.
    /// </summary>
    public static (string? Id, Diagnostic? Error) ResolveValue(string attribute, string written, UnitTable table, Vocabulary vocabulary, string source, int column = 0)
    {
        var text = written.Trim();
        if (string.Equals(text, Category.Unknown.Label, StringComparison.OrdinalIgnoreCase)) return (null, null);
        var valid = ValidValues(attribute, table, vocabulary);
        var match = valid.FirstOrDefault(c => string.Equals(c.Id, text, StringComparison.OrdinalIgnoreCase))
            ?? valid.FirstOrDefault(c => string.Equals(c.Label, text, StringComparison.OrdinalIgnoreCase));
        if (match is not null) return (match.Id, null);
        var listed = valid.Select(c => c.Label == c.Id ? c.Id! : $"{c.Id} (\"{c.Label}\")").Append(Category.Unknown.Label);
        var candidates = valid.SelectMany(c => new[] { c.Id!, c.Label }).Append(Category.Unknown.Label);
        return (null, new Diagnostic(source, column > 0 ? 1 : 0, column, "unknown-value",
            $"'{text}' is not a value of {Describe(attribute, vocabulary)}.{Suggestions.DidYouMean(text, candidates)} Valid values: {string.Join(", ", listed)}."));
    }

    private static string Describe(string attribute, Vocabulary vocabulary)
    {
        var alias = Vocabulary.Aliases.FirstOrDefault(a => a.Value == attribute).Key;
        return alias is null || alias == attribute ? $"'{attribute}'" : $"'{alias}' ({attribute})";
    }
}
