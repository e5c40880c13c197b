namespace Jeugdhulp.Research.RefiQda;

/// <summary>Direction of a link (directionType).</summary>
public enum QdaLinkDirection
{
    /// <summary>Undirected association.</summary>
    Associative,

    /// <summary>From origin to target.</summary>
    OneWay,

    /// <summary>Both ways.</summary>
    Bidirectional,
}
