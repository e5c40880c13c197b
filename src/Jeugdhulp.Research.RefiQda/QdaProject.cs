using System.Collections.Immutable;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>
/// A REFI-QDA project (the root <c>Project</c> element of <c>project.qde</c>), immutable so that an imported
/// project can be shared between analyses and compared by value in tests. Collections are never default.
/// </summary>
public sealed record QdaProject
{
    /// <summary>Project name (required by the schema); shown by QDA tools on import.</summary>
    public required string Name { get; init; }

    /// <summary>Producing software, e.g. "ATLAS.ti for Windows 23.2.3"; kept for provenance.</summary>
    public string? Origin { get; init; }

    /// <summary>User who created the project; refers to <see cref="Users"/>.</summary>
    public Guid? CreatingUserGuid { get; init; }

    /// <summary>When the project was created (UTC on import).</summary>
    public DateTimeOffset? CreationDateTime { get; init; }

    /// <summary>User who last modified the project; refers to <see cref="Users"/>.</summary>
    public Guid? ModifyingUserGuid { get; init; }

    /// <summary>When the project was last modified (UTC on import).</summary>
    public DateTimeOffset? ModifiedDateTime { get; init; }

    /// <summary>Base folder for <c>relative://</c> source paths; only meaningful to the producer.</summary>
    public string? BasePath { get; init; }

    /// <summary>Free-text description of the whole project.</summary>
    public string? Description { get; init; }

    /// <summary>Coders and other users that created or changed objects.</summary>
    public ImmutableArray<QdaUser> Users { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Top-level codes of the codebook; children nest inside <see cref="QdaCode.Codes"/>.</summary>
    public ImmutableArray<QdaCode> Codes { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Variables (attributes) whose values cases and sources carry.</summary>
    public ImmutableArray<QdaVariable> Variables { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Cases (units of analysis, e.g. a young person or a family).</summary>
    public ImmutableArray<QdaCase> Cases { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Sources in document order: mapped text sources and preserved, unmapped other source types.</summary>
    public ImmutableArray<QdaSource> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Notes and memos; objects point at them with note references.</summary>
    public ImmutableArray<QdaNote> Notes { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Links between objects (e.g. code-to-code relations).</summary>
    public ImmutableArray<QdaLink> Links { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Sets (groups) of codes, sources and notes.</summary>
    public ImmutableArray<QdaSet> Sets { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Graphs (network views), kept as opaque XML because this library does not model them.</summary>
    public ImmutableArray<QdaOpaqueElement> Graphs { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Notes that apply to the project as a whole.</summary>
    public ImmutableArray<Guid> NoteRefs { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>
    /// Files from the <c>sources/</c> folder that no mapped text source consumed (PDFs, pictures, rich text),
    /// kept byte for byte so that a round trip does not lose them.
    /// </summary>
    public ImmutableArray<QdaEmbeddedFile> EmbeddedFiles { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Child elements this library does not model (vendor extensions, newer schema parts), kept verbatim and written back after the modelled children.</summary>
    public ImmutableArray<QdaOpaqueElement> Unmodelled { get; init => field = value.IsDefault ? [] : value; } = [];
}
