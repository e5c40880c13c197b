using System.Collections.Immutable;

namespace Jeugdhulp.Research.Codebooks;

/// <summary>One category a variable can take. The id is what data files store; the Dutch label is what users see.</summary>
/// <param name="Id">Stable id stored in data, e.g. <c>laag-specialistisch</c> or <c>+</c>.</param>
/// <param name="Label">Dutch (and English) label, e.g. "laag specialistisch".</param>
/// <param name="Min">Lower bound for values defined by a threshold (e.g. million euro turnover), if any.</param>
/// <param name="Max">Upper bound, if any.</param>
public sealed record CodebookValue(string Id, LocalizedText Label, double? Min = null, double? Max = null);

/// <summary>A shared vocabulary, such as the +/- values of the steering dimensions or the size classes of providers.</summary>
public sealed record ValueSet(string Id, LocalizedText Label, ImmutableArray<CodebookValue> Values)
{
    /// <summary>The value with this id, or null.</summary>
    public CodebookValue? Find(string valueId) => Values.FirstOrDefault(v => v.Id == valueId);

    /// <summary>The value whose Dutch label or id equals <paramref name="text"/> (case-insensitive), or null.</summary>
    public CodebookValue? FindByLabelOrId(string text) =>
        Values.FirstOrDefault(v => string.Equals(v.Id, text, StringComparison.OrdinalIgnoreCase))
        ?? Values.FirstOrDefault(v => string.Equals(v.Label.Nl, text, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// What one value means for one entry, e.g. "+" on <c>sturing.hierarchisch.afdwingbare-regels</c> means
/// "afdwingbare regels", with the response the framework expects it to favour.
/// </summary>
/// <param name="ValueId">Id of a value in the entry's value set.</param>
/// <param name="Text">The meaning, from the Waarde column of Tables 3.4 and 3.5.</param>
/// <param name="Expected">Id of the cluster entry this value is expected to favour, or null.</param>
public sealed record ValueMeaning(string ValueId, LocalizedText Text, string? Expected);
