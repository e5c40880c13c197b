using System.Collections.Immutable;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>A named set (group) of codes, sources and notes, e.g. "interviews with parents".</summary>
public sealed record QdaSet
{
    /// <summary>Identity of the set.</summary>
    public required Guid Guid { get; init; }

    /// <summary>Set name.</summary>
    public required string Name { get; init; }

    /// <summary>What the set groups and why.</summary>
    public string? Description { get; init; }

    /// <summary>Member codes (MemberCode).</summary>
    public ImmutableArray<Guid> MemberCodes { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Member sources (MemberSource).</summary>
    public ImmutableArray<Guid> MemberSources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Member notes (MemberNote).</summary>
    public ImmutableArray<Guid> MemberNotes { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Child elements this library does not model (vendor extensions, newer schema parts), kept verbatim and written back after the modelled children.</summary>
    public ImmutableArray<QdaOpaqueElement> Unmodelled { get; init => field = value.IsDefault ? [] : value; } = [];
}
