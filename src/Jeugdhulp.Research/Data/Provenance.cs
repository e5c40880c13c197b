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
public sealed record Provenance(string Source, string Lines, Basis Basis, string? Reason, string? Evidence, string File, int Line)
{
    /// <summary>A one-line citation such as <c>Tabel 9.1, regels 12088-12095 (stated)</c>.</summary>
    public override string ToString() => $"{Source}, regels {Lines} ({BasisNames.ToName(Basis)}{(Reason is null ? "" : ": " + Reason)})";
}
