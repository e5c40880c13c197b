namespace Jeugdhulp.Research.Coding.Sources;

/// <summary>
/// The line endings a source file had on disk. Text is always normalised to LF before offsets are computed, so an
/// offset means the same on Windows and Linux; the original is recorded so the normalisation is never silent.
/// </summary>
public enum LineEndings
{
    /// <summary>LF only (or no line break at all).</summary>
    Lf,
    /// <summary>CRLF only (Windows editors).</summary>
    Crlf,
    /// <summary>A mixture, or lone CR (old Mac).</summary>
    Mixed,
}
