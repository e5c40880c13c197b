namespace Jeugdhulp.Research.Coding.Segments;

/// <summary>How a coded segment was found again in a (possibly edited) source.</summary>
public enum AnchorStatus
{
    /// <summary>The text at the stored offsets is still the coded text.</summary>
    Exact,
    /// <summary>The coded text moved; it was found at the nearest unambiguous occurrence.</summary>
    Moved,
    /// <summary>The coded text occurs several times at equal distance from the old position; a human must choose.</summary>
    Ambiguous,
    /// <summary>The coded text no longer occurs in the source.</summary>
    NotFound,
}
