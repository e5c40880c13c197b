using System.Collections.Immutable;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>A file in the <c>sources/</c> folder of a .qdpx that is preserved byte for byte (PDF, image, DOCX).</summary>
public sealed record QdaEmbeddedFile
{
    /// <summary>File name inside <c>sources/</c> (flat, no folders), as used after <c>internal://</c>.</summary>
    public required string FileName { get; init; }

    /// <summary>File bytes.</summary>
    public required ImmutableArray<byte> Content { get; init; }
}
