using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Theory;

/// <summary>
/// Short names for the four groups of organisation characteristics (<c>weten</c>, <c>willen</c>, <c>kunnen</c>,
/// <c>moeten</c>), because researchers speak of them that way and QCA output stays readable with short names.
/// </summary>
public static class TheoryAliases
{
    /// <summary>The short names and the codebook ids they stand for.</summary>
    public static readonly IReadOnlyDictionary<string, string> Characteristics = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["weten"] = "kenmerk.weten",
        ["willen"] = "kenmerk.willen",
        ["kunnen"] = "kenmerk.kunnen",
        ["moeten"] = "kenmerk.moeten",
    };

    /// <summary>Resolves a short name or an export alias (<see cref="Vocabulary.Aliases"/>) to an attribute; other names are returned unchanged.</summary>
    public static string Resolve(string name) =>
        Characteristics.TryGetValue(name, out var id) ? id : Vocabulary.Resolve(name);
}
