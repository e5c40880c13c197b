using System.Collections.Immutable;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>A code of the codebook; codes nest to form a hierarchy (themes with subcodes).</summary>
public sealed record QdaCode
{
    /// <summary>Identity of the code; codings and code references point at it.</summary>
    public required Guid Guid { get; init; }

    /// <summary>Code label as coders see it.</summary>
    public required string Name { get; init; }

    /// <summary>False for grouping codes that may not be applied to data directly.</summary>
    public bool IsCodable { get; init; } = true;

    /// <summary>Display colour as "#RRGGBB" (or "#RGB"); null when the producer gave none.</summary>
    public string? Color { get; init; }

    /// <summary>Code definition / coding instruction.</summary>
    public string? Description { get; init; }

    /// <summary>Notes (memos) attached to the code.</summary>
    public ImmutableArray<Guid> NoteRefs { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Child codes, in codebook order.</summary>
    public ImmutableArray<QdaCode> Codes { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Child elements this library does not model (vendor extensions, newer schema parts), kept verbatim and written back after the modelled children.</summary>
    public ImmutableArray<QdaOpaqueElement> Unmodelled { get; init => field = value.IsDefault ? [] : value; } = [];
}
