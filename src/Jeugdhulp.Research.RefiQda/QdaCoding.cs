using System.Collections.Immutable;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>One application of a code to a selection or source; who coded it matters for intercoder reliability.</summary>
public sealed record QdaCoding
{
    /// <summary>Identity of the coding.</summary>
    public required Guid Guid { get; init; }

    /// <summary>The applied code (CodeRef targetGUID); must exist in the codebook.</summary>
    public required Guid CodeGuid { get; init; }

    /// <summary>Coder who applied the code.</summary>
    public Guid? CreatingUser { get; init; }

    /// <summary>When the code was applied.</summary>
    public DateTimeOffset? CreationDateTime { get; init; }

    /// <summary>Notes (memos) attached to the coding.</summary>
    public ImmutableArray<Guid> NoteRefs { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Child elements this library does not model (vendor extensions, newer schema parts), kept verbatim and written back after the modelled children.</summary>
    public ImmutableArray<QdaOpaqueElement> Unmodelled { get; init => field = value.IsDefault ? [] : value; } = [];
}
