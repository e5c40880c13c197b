using System.Collections.Immutable;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>A user (coder) of the project; other objects name their creator by this GUID.</summary>
public sealed record QdaUser
{
    /// <summary>Identity of the user, unique in the project.</summary>
    public required Guid Guid { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>Producer-specific user id (e.g. initials or login), kept for provenance.</summary>
    public string? Id { get; init; }

    /// <summary>Child elements this library does not model (vendor extensions, newer schema parts), kept verbatim and written back after the modelled children.</summary>
    public ImmutableArray<QdaOpaqueElement> Unmodelled { get; init => field = value.IsDefault ? [] : value; } = [];
}
