namespace Jeugdhulp.Research.RefiQda;

/// <summary>
/// Common part of every source in <see cref="QdaProject.Sources"/>: either a mapped <see cref="QdaTextSource"/>
/// or a <see cref="QdaOpaqueSource"/> whose XML is preserved because this library does not model it.
/// </summary>
public abstract record QdaSource
{
    /// <summary>Identity of the source; case source references and set members point at it.</summary>
    public required Guid Guid { get; init; }

    /// <summary>Document name as shown to coders (often the original file name).</summary>
    public string? Name { get; init; }
}
