namespace Jeugdhulp.Research.RefiQda;

/// <summary>
/// A source this library does not map (PDF, picture, audio, video, or text without readable plain text). Its XML
/// is kept verbatim (namespace normalised) so that export writes it back unchanged instead of dropping it.
/// </summary>
public sealed record QdaOpaqueSource : QdaSource
{
    /// <summary>Element name, e.g. "PDFSource", so callers can report what was not mapped.</summary>
    public required string ElementName { get; init; }

    /// <summary>The complete element as XML in the <c>urn:QDA-XML:project:1.0</c> namespace.</summary>
    public required string Xml { get; init; }
}
