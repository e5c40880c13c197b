namespace Jeugdhulp.Research.Codebooks;

/// <summary>What role an entry plays in the framework; analysis code selects entries by kind, never by id prefix.</summary>
public enum EntryKind
{
    /// <summary>An organising heading with no meaning of its own.</summary>
    Group,
    /// <summary>A strategic response (Table 3.3).</summary>
    Response,
    /// <summary>A tactic of a strategic response.</summary>
    Tactic,
    /// <summary>A cluster of responses used in the cross-case analysis (§3.4).</summary>
    Cluster,
    /// <summary>A manner of steering: hierarchical, network or market (Table 3.4).</summary>
    SteeringMode,
    /// <summary>A dimension of a manner of steering.</summary>
    SteeringDimension,
    /// <summary>Another steering variable: ruimte, adaptief vermogen, onzekerheid, kanalen.</summary>
    SteeringVariable,
    /// <summary>weten, willen, kunnen or moeten (Table 3.5).</summary>
    CharacteristicGroup,
    /// <summary>An organisation characteristic.</summary>
    Characteristic,
    /// <summary>A sub-indicator of a characteristic or variable.</summary>
    Indicator,
    /// <summary>A background variable of a municipality or provider.</summary>
    BackgroundVariable,
    /// <summary>One of Oliver's (1991) five strategies.</summary>
    OliverStrategy,
    /// <summary>One of Oliver's (1991) fifteen tactics.</summary>
    OliverTactic,
    /// <summary>An element of network steering that Oliver counted as a response tactic.</summary>
    NetworkElement,
}

/// <summary>Converts between <see cref="EntryKind"/> and the kebab-case names used in codebook files.</summary>
public static class EntryKinds
{
    private static readonly Dictionary<string, EntryKind> ByName = Enum.GetValues<EntryKind>()
        .ToDictionary(ToName, k => k, StringComparer.Ordinal);

    /// <summary>All names accepted in a codebook file, for error messages.</summary>
    public static IEnumerable<string> Names => ByName.Keys;

    /// <summary>The file name of a kind, e.g. <c>steering-dimension</c>.</summary>
    public static string ToName(EntryKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>
    /// False for the kinds that are never coded directly: groups, clusters (counted from their responses) and
    /// Oliver's (1991) strategies and tactics (mapped onto this codebook's entries). The project loader and the
    /// REFI-QDA mapping both ask this, so they cannot disagree.
    /// </summary>
    public static bool IsCodable(EntryKind kind) =>
        kind is not (EntryKind.Group or EntryKind.Cluster or EntryKind.OliverStrategy or EntryKind.OliverTactic);

    /// <summary>Parses a kind name; false when unknown.</summary>
    public static bool TryParse(string name, out EntryKind kind) => ByName.TryGetValue(name, out kind);
}
