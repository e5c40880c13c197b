namespace Jeugdhulp.Research.RefiQda;

/// <summary>An element kept as XML because it is not modelled (e.g. a Graph), so a round trip does not lose it.</summary>
public sealed record QdaOpaqueElement
{
    /// <summary>Element name, e.g. "Graph".</summary>
    public required string ElementName { get; init; }

    /// <summary>The complete element as XML in the <c>urn:QDA-XML:project:1.0</c> namespace.</summary>
    public required string Xml { get; init; }
}
