using System.Collections.Immutable;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>A link between two objects (e.g. "code A causes code B"), kept for relational analyses.</summary>
public sealed record QdaLink
{
    /// <summary>Identity of the link.</summary>
    public required Guid Guid { get; init; }

    /// <summary>Relation label.</summary>
    public string? Name { get; init; }

    /// <summary>Direction of the relation.</summary>
    public QdaLinkDirection? Direction { get; init; }

    /// <summary>Display colour as "#RRGGBB".</summary>
    public string? Color { get; init; }

    /// <summary>Object the link starts at.</summary>
    public Guid? OriginGuid { get; init; }

    /// <summary>Object the link points to.</summary>
    public Guid? TargetGuid { get; init; }

    /// <summary>Notes attached to the link.</summary>
    public ImmutableArray<Guid> NoteRefs { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Child elements this library does not model (vendor extensions, newer schema parts), kept verbatim and written back after the modelled children.</summary>
    public ImmutableArray<QdaOpaqueElement> Unmodelled { get; init => field = value.IsDefault ? [] : value; } = [];
}
