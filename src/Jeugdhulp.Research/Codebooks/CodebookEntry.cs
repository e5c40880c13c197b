using System.Collections.Immutable;

namespace Jeugdhulp.Research.Codebooks;

/// <summary>
/// One code of the codebook: a response, tactic, steering variable, characteristic, background variable or
/// Oliver category, with everything a coder needs to apply it and a rekenkamer needs to trace it to the seed.
/// </summary>
[Jeugdhulp.Research.Display.TypeFormatterSource(typeof(Jeugdhulp.Research.Display.CodebookEntryFormatterSource))]
public sealed record CodebookEntry
{
    /// <summary>Stable id; data files and exports refer to the entry by it.</summary>
    public required string Id { get; init; }
    /// <summary>Role of the entry in the framework.</summary>
    public required EntryKind Kind { get; init; }
    /// <summary>Dutch and English label.</summary>
    public required LocalizedText Label { get; init; }
    /// <summary>Definition as in the seed; null only for groups.</summary>
    public LocalizedText? Definition { get; init; }
    /// <summary>What a coder must see in documents or interviews.</summary>
    public ImmutableArray<LocalizedText> Indicators { get; init; } = [];
    /// <summary>Id of the value set observations of this entry take, or null.</summary>
    public string? ValueSetId { get; init; }
    /// <summary>Entry-specific meaning of each value, with its expected direction.</summary>
    public ImmutableArray<ValueMeaning> Values { get; init; } = [];
    /// <summary>For responses: the cluster entry it counts to.</summary>
    public string? Cluster { get; init; }
    /// <summary>Oliver (1991) strategies or tactics this entry corresponds to.</summary>
    public ImmutableArray<string> Oliver { get; init; } = [];
    /// <summary>For Oliver entries: the entries of this codebook that take their place.</summary>
    public ImmutableArray<string> MapsTo { get; init; } = [];
    /// <summary>Why the entry is part of the typology but not used in this study; null when used.</summary>
    public LocalizedText? ExcludedReason { get; init; }
    /// <summary>True for variables the study added during coding rather than from theory.</summary>
    public bool Inductive { get; init; }
    /// <summary>Where the seed defines the entry.</summary>
    public required SourceReference Source { get; init; }
    /// <summary>Anything a coder must know.</summary>
    public LocalizedText? Note { get; init; }
    /// <summary>Id of the parent entry, or null for a top-level entry.</summary>
    public string? ParentId { get; init; }
    /// <summary>Ids of the children, in file order.</summary>
    public ImmutableArray<string> ChildIds { get; init; } = [];

    /// <summary>True when the entry is part of the typology but excluded from this study.</summary>
    public bool IsExcluded => ExcludedReason is not null;

    /// <summary>
    /// Plain text where no HTML is shown (an exported notebook app, a terminal, a test message): label, id, kind,
    /// definition and values, in Dutch, instead of the record dump of nested arrays.
    /// </summary>
    public override string ToString()
    {
        var lines = new List<string> { $"{Label.Nl} ({Id}, {EntryKinds.ToName(Kind)}{(Inductive ? ", inductief toegevoegd" : "")})" };
        if (Definition is { } definition) lines.Add($"  Definitie: {definition.Nl}");
        if (ExcludedReason is { } excluded) lines.Add($"  Niet gebruikt: {excluded.Nl}");
        if (Cluster is { } cluster) lines.Add($"  Cluster: {cluster}");
        lines.AddRange(Values.Select(v => $"  {v.ValueId}: {v.Text.Nl}{(v.Expected is { } e ? $" (verwacht: {e})" : "")}"));
        if (!ChildIds.IsEmpty) lines.Add($"  Onderliggend: {string.Join(", ", ChildIds)}");
        lines.Add($"  Bron: {Source}");
        return string.Join("\n", lines);
    }
}
