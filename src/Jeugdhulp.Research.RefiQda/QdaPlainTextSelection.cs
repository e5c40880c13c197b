using System.Collections.Immutable;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>
/// A segment of a text source. Positions count Unicode code points from 0 (REFI-QDA §10.2, not UTF-16 chars);
/// <see cref="EndPosition"/> is exclusive, as real tools write it. Use <see cref="TextOffsets"/> to convert.
/// </summary>
public sealed record QdaPlainTextSelection
{
    /// <summary>Identity of the selection (quotation); case selection references point at it.</summary>
    public required Guid Guid { get; init; }

    /// <summary>Optional label (ATLAS.ti quotation name, for example).</summary>
    public string? Name { get; init; }

    /// <summary>First code point of the segment (0-based, inclusive).</summary>
    public required int StartPosition { get; init; }

    /// <summary>Code point just after the segment (exclusive).</summary>
    public required int EndPosition { get; init; }

    /// <summary>User who made the selection.</summary>
    public Guid? CreatingUser { get; init; }

    /// <summary>When the selection was made.</summary>
    public DateTimeOffset? CreationDateTime { get; init; }

    /// <summary>User who last changed the selection.</summary>
    public Guid? ModifyingUser { get; init; }

    /// <summary>When the selection was last changed.</summary>
    public DateTimeOffset? ModifiedDateTime { get; init; }

    /// <summary>Comment on the selection.</summary>
    public string? Description { get; init; }

    /// <summary>Codes applied to the segment.</summary>
    public ImmutableArray<QdaCoding> Codings { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Notes (memos) attached to the segment.</summary>
    public ImmutableArray<Guid> NoteRefs { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Child elements this library does not model (vendor extensions, newer schema parts), kept verbatim and written back after the modelled children.</summary>
    public ImmutableArray<QdaOpaqueElement> Unmodelled { get; init => field = value.IsDefault ? [] : value; } = [];
}
