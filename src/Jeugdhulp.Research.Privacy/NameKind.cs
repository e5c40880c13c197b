namespace Jeugdhulp.Research.Privacy;

/// <summary>
/// What a real name in a key stands for. Kept per name so a leak report says which kind of party would be exposed
/// (in the dissertation municipalities and providers took part anonymously; persons never appear by name).
/// </summary>
public enum NameKind
{
    /// <summary>A municipality (<c>gemeente</c>).</summary>
    Gemeente,
    /// <summary>A youth-care provider (<c>aanbieder</c>).</summary>
    Aanbieder,
    /// <summary>A person: interviewee, civil servant, client (<c>persoon</c>).</summary>
    Persoon,
}

/// <summary>Spelling of <see cref="NameKind"/> in key files and reports.</summary>
public static class NameKinds
{
    /// <summary>The words a key file uses, in enum order.</summary>
    public static readonly IReadOnlyList<string> Names = ["gemeente", "aanbieder", "persoon"];

    /// <summary>The key-file word for a kind.</summary>
    public static string ToName(NameKind kind) => Names[(int)kind];

    /// <summary>Parses a key-file word (case-insensitive; English <c>municipality</c>, <c>provider</c>, <c>person</c> too).</summary>
    public static bool TryParse(string text, out NameKind kind)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "gemeente" or "municipality": kind = NameKind.Gemeente; return true;
            case "aanbieder" or "provider": kind = NameKind.Aanbieder; return true;
            case "persoon" or "person": kind = NameKind.Persoon; return true;
            default: kind = default; return false;
        }
    }
}
