namespace Jeugdhulp.Research.Data;

/// <summary>How firmly the source establishes a value. A rekenkamer reads this before trusting any count.</summary>
public enum Basis
{
    /// <summary>The text or a table says it for this case or unit.</summary>
    Stated,
    /// <summary>Derived from what the text says; the reason is recorded.</summary>
    Inferred,
    /// <summary>Not said per unit, but the published counts leave only this value.</summary>
    ForcedByCounts,
    /// <summary>The source does not determine it; the value is empty.</summary>
    Undetermined,
}

/// <summary>Converts <see cref="Basis"/> to and from the words used in data files.</summary>
public static class BasisNames
{
    /// <summary>The words accepted in the <c>basis</c> column.</summary>
    public static readonly IReadOnlyList<string> All = ["stated", "inferred", "forced-by-counts", "undetermined"];

    /// <summary>The data-file word for a basis.</summary>
    public static string ToName(Basis basis) => All[(int)basis];

    /// <summary>Parses a data-file word; false when unknown.</summary>
    public static bool TryParse(string text, out Basis basis)
    {
        var index = All.ToList().IndexOf(text);
        basis = index < 0 ? default : (Basis)index;
        return index >= 0;
    }
}

/// <summary>
/// Where a value comes from: the printed table or section, the line range in the seed, how firmly it is established,
/// why (for inferred or forced values) and the words of the source. Also the data file and line, for error messages.
/// </summary>
/// <remarks>
/// <see cref="Reason"/> is the reason as recorded (<c>reason</c> column; English in the bundled study) and
/// <see cref="ReasonNl"/> its Dutch text (<c>reason_nl</c>), so a report shows the reasons in its own language.
/// </remarks>
public sealed record Provenance(string Source, string Lines, Basis Basis, string? Reason, string? Evidence, string File, int Line)
{
    /// <summary>The Dutch reason (<c>reason_nl</c>); null when the data gives none.</summary>
    public string? ReasonNl { get; init; }

    /// <summary>
    /// The reason in <paramref name="language"/> (<c>nl</c> or <c>en</c>). A Dutch reason that the data lacks falls
    /// back to the recorded one, marked <see cref="Untranslated"/>, so a missing translation is seen, never blank.
    /// </summary>
    public string? ReasonIn(string language) => LocalizedData.In(language, Reason, ReasonNl);

    /// <summary>The same provenance with both reasons prefixed (e.g. by the period a value was taken from).</summary>
    public Provenance WithReasonPrefix(string dutch, string english) => this with
    {
        Reason = Reason is null ? english : $"{english}: {Reason}",
        ReasonNl = ReasonIn("nl") is { } nl ? $"{dutch}: {nl}" : dutch,
    };

    /// <summary>The marker before a recorded text shown in a Dutch report because the data has no Dutch text for it.</summary>
    public const string Untranslated = LocalizedData.Untranslated;

    /// <summary>A one-line citation such as <c>Tabel 9.1, regels 12088-12095 (stated)</c>.</summary>
    public override string ToString() => $"{Source}, regels {Lines} ({BasisNames.ToName(Basis)}{(ReasonIn("nl") is { } r ? ": " + r : "")})";
}

/// <summary>Picks a data text (a reason, an inconsistency's description) in the report's language.</summary>
public static class LocalizedData
{
    /// <summary>The marker before a recorded text shown in a Dutch report because the data has no Dutch text for it.</summary>
    public const string Untranslated = "[niet vertaald] ";

    /// <summary>
    /// The English (recorded) text for <c>en</c>; otherwise the Dutch text, or the recorded one marked
    /// <see cref="Untranslated"/> when the data has no Dutch text; null only when there is no text at all.
    /// </summary>
    public static string? In(string language, string? recorded, string? dutch) =>
        language == "en" ? recorded ?? dutch
        : dutch ?? (recorded is null ? null : Untranslated + recorded);
}
