using System.Collections.Immutable;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>A case (unit of analysis, e.g. one youth-care trajectory) with its codes, variables and sources.</summary>
public sealed record QdaCase
{
    /// <summary>Identity of the case.</summary>
    public required Guid Guid { get; init; }

    /// <summary>Case name.</summary>
    public string? Name { get; init; }

    /// <summary>Description of the case.</summary>
    public string? Description { get; init; }

    /// <summary>Codes that characterise the case (CodeRef).</summary>
    public ImmutableArray<Guid> CodeRefs { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Variable values of the case.</summary>
    public ImmutableArray<QdaVariableValue> VariableValues { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Sources that belong to the case (SourceRef).</summary>
    public ImmutableArray<Guid> SourceRefs { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Individual selections that belong to the case (SelectionRef).</summary>
    public ImmutableArray<Guid> SelectionRefs { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Child elements this library does not model (vendor extensions, newer schema parts), kept verbatim and written back after the modelled children.</summary>
    public ImmutableArray<QdaOpaqueElement> Unmodelled { get; init => field = value.IsDefault ? [] : value; } = [];
}
