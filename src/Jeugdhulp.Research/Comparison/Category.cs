using System.Collections.Immutable;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Comparison;

/// <summary>A category of an attribute: its value id (null for "onbekend") and the Dutch label users see.</summary>
public sealed record Category(string? Id, string Label)
{
    /// <summary>The explicit category for undetermined or missing values; never silently dropped.</summary>
    public static readonly Category Unknown = new(null, "onbekend");
}

/// <summary>
/// Knows the categories of every attribute, in the codebook's order, with Dutch labels. Also maps the English
/// column names of exports (<c>specialisation</c>, <c>age_class</c>, ...) to codebook ids.
/// </summary>
public sealed class Vocabulary(Codebook codebook, StudyData? study = null)
{
    /// <summary>English export column names and the attributes they stand for.</summary>
    public static readonly ImmutableArray<KeyValuePair<string, string>> Aliases =
    [
        new("case", UnitTable.Case),
        new("provider", UnitTable.Provider),
        new("specialisation", "aanbieder.specialisatie"),
        new("age_class", "aanbieder.leeftijd"),
        new("founded", "aanbieder.opgericht"),
        new("market_share_category", "aanbieder.marktaandeel-categorie"),
        new("growth_objective", "aanbieder.groeidoelstelling"),
        new("market_oriented", "aanbieder.marktgericht"),
        new("response_cluster", StudyDataLoader.ClusterVariable),
        new("response_changed", UnitTable.ResponseChanged),
        new("response_change", UnitTable.Change),
    ];

    /// <summary>The codebook the labels come from.</summary>
    public Codebook Codebook { get; } = codebook;

    /// <summary>Resolves an alias or returns the name unchanged.</summary>
    public static string Resolve(string attribute) =>
        Aliases.FirstOrDefault(a => a.Key == attribute).Value ?? attribute;

    /// <summary>The Dutch label of an attribute (its codebook label, or the name of a derived attribute).</summary>
    public string AttributeLabel(string attribute) => attribute switch
    {
        UnitTable.Case => "case",
        UnitTable.Provider => "aanbieder",
        UnitTable.ResponseChanged => "reactie veranderd",
        UnitTable.Change => "verandering van reactie",
        _ => Codebook.Find(attribute)?.Label.Nl ?? attribute,
    };

    /// <summary>The Dutch label of a value of an attribute; the id itself where no label is known.</summary>
    public string ValueLabel(string attribute, string? value)
    {
        if (value is null) return Category.Unknown.Label;
        if (attribute == UnitTable.Case) return study?.FindCase(value)?.Name ?? value;
        if (attribute == UnitTable.Change) return ChangeLabel(value);
        var entry = Codebook.Find(attribute);
        return entry?.ValueSetId is { } set && Codebook.FindValueSet(set)?.Find(value) is { } v ? v.Label.Nl : value;
    }

    /// <summary>
    /// The categories of an attribute in presentation order: the value set's order, the cases' order, or sorted
    /// observed values; <see cref="Category.Unknown"/> last when <paramref name="observed"/> contains null.
    /// </summary>
    public ImmutableArray<Category> CategoriesOf(string attribute, IEnumerable<string?> observed)
    {
        var seen = observed.ToList();
        IEnumerable<string> ids;
        if (attribute == UnitTable.Case && study is not null) ids = study.Cases.Select(c => c.Id);
        else if (attribute == UnitTable.ResponseChanged) ids = ["ja", "nee"];
        else if (Codebook.Find(attribute)?.ValueSetId is { } setId && Codebook.FindValueSet(setId) is { } set) ids = set.Values.Select(v => v.Id);
        else ids = seen.OfType<string>().Distinct().Order(StringComparer.Ordinal);
        var list = ids.ToList();
        list.AddRange(seen.OfType<string>().Distinct().Where(v => !list.Contains(v)).Order(StringComparer.Ordinal));
        var categories = list.Select(id => new Category(id, ValueLabel(attribute, id))).ToList();
        if (seen.Contains(null)) categories.Add(Category.Unknown);
        return [.. categories];
    }

    private string ChangeLabel(string value) => value switch
    {
        "geen" => "geen verandering",
        _ => "van " + string.Join(" naar ", value.Split('>').Select(c => ValueLabel(StudyDataLoader.ClusterVariable, c))),
    };
}
