using System.Collections.Immutable;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>A variable (case or document attribute such as age group or municipality).</summary>
public sealed record QdaVariable
{
    /// <summary>Identity of the variable; variable values point at it.</summary>
    public required Guid Guid { get; init; }

    /// <summary>Variable name.</summary>
    public required string Name { get; init; }

    /// <summary>Declared value type.</summary>
    public required QdaVariableType Type { get; init; }

    /// <summary>Meaning of the variable and its coding scheme.</summary>
    public string? Description { get; init; }

    /// <summary>Child elements this library does not model (vendor extensions, newer schema parts), kept verbatim and written back after the modelled children.</summary>
    public ImmutableArray<QdaOpaqueElement> Unmodelled { get; init => field = value.IsDefault ? [] : value; } = [];
}
