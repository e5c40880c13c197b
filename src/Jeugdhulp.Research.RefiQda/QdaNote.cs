using System.Collections.Immutable;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>
/// A note or memo. REFI-QDA gives notes the shape of a text source, so they can carry selections and codings
/// too; the text is exported inline as PlainTextContent.
/// </summary>
public sealed record QdaNote
{
    /// <summary>Identity of the note; note references point at it.</summary>
    public required Guid Guid { get; init; }

    /// <summary>Note title.</summary>
    public string? Name { get; init; }

    /// <summary>The note text.</summary>
    public required string PlainTextContent { get; init; }

    /// <summary>Description of the note.</summary>
    public string? Description { get; init; }

    /// <summary>Author of the note.</summary>
    public Guid? CreatingUser { get; init; }

    /// <summary>When the note was written.</summary>
    public DateTimeOffset? CreationDateTime { get; init; }

    /// <summary>Who last edited the note.</summary>
    public Guid? ModifyingUser { get; init; }

    /// <summary>When the note was last edited.</summary>
    public DateTimeOffset? ModifiedDateTime { get; init; }

    /// <summary>Selections in the note text (code points, end exclusive).</summary>
    public ImmutableArray<QdaPlainTextSelection> PlainTextSelections { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Codings of the note as a whole.</summary>
    public ImmutableArray<QdaCoding> Codings { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Further notes attached to this note.</summary>
    public ImmutableArray<Guid> NoteRefs { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Variable values of the note (REFI-QDA gives notes the shape of a text source, so they may carry them).</summary>
    public ImmutableArray<QdaVariableValue> VariableValues { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Child elements this library does not model (vendor extensions, newer schema parts), kept verbatim and written back after the modelled children.</summary>
    public ImmutableArray<QdaOpaqueElement> Unmodelled { get; init => field = value.IsDefault ? [] : value; } = [];
}
