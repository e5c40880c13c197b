using System.Collections.Immutable;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>
/// A plain-text source (interview transcript, case file) with its selections and codings. The text is held in
/// memory; on export it goes to <c>sources/&lt;guid&gt;.txt</c>, referenced as <c>internal://&lt;guid&gt;.txt</c>.
/// </summary>
public sealed record QdaTextSource : QdaSource
{
    /// <summary>The full plain text; selection positions count Unicode code points in it.</summary>
    public required string PlainTextContent { get; init; }

    /// <summary>Description of the source.</summary>
    public string? Description { get; init; }

    /// <summary>Path of a rich-text rendition (e.g. <c>internal://x.docx</c>), kept as given; its bytes live in <see cref="QdaProject.EmbeddedFiles"/>.</summary>
    public string? RichTextPath { get; init; }

    /// <summary>User who imported the source.</summary>
    public Guid? CreatingUser { get; init; }

    /// <summary>When the source was imported.</summary>
    public DateTimeOffset? CreationDateTime { get; init; }

    /// <summary>User who last changed the source.</summary>
    public Guid? ModifyingUser { get; init; }

    /// <summary>When the source was last changed.</summary>
    public DateTimeOffset? ModifiedDateTime { get; init; }

    /// <summary>Coded or annotated text segments.</summary>
    public ImmutableArray<QdaPlainTextSelection> PlainTextSelections { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Codings of the source as a whole (not of a segment).</summary>
    public ImmutableArray<QdaCoding> Codings { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Notes (memos) attached to the source.</summary>
    public ImmutableArray<Guid> NoteRefs { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Variable values of the source itself (document attributes).</summary>
    public ImmutableArray<QdaVariableValue> VariableValues { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>The text a selection covers, cutting by code points as REFI-QDA counts them.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The selection lies outside the text.</exception>
    public string GetSelectedText(QdaPlainTextSelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return TextOffsets.Slice(PlainTextContent, selection.StartPosition, selection.EndPosition);
    }

    /// <summary>Child elements this library does not model (vendor extensions, newer schema parts), kept verbatim and written back after the modelled children.</summary>
    public ImmutableArray<QdaOpaqueElement> Unmodelled { get; init => field = value.IsDefault ? [] : value; } = [];
}
