namespace Jeugdhulp.Research.Coding.Segments;

/// <summary>The outcome of re-anchoring one segment: where it is now, or why it cannot be placed.</summary>
/// <param name="Status">How it was found.</param>
/// <param name="Start">New start (UTF-16); the old start when not found or ambiguous.</param>
/// <param name="End">New end (UTF-16, exclusive).</param>
/// <param name="Candidates">Number of occurrences of the coded text in the source.</param>
public sealed record AnchorResult(AnchorStatus Status, int Start, int End, int Candidates)
{
    /// <summary>True when the segment has a place in the source (exact or moved).</summary>
    public bool IsPlaced => Status is AnchorStatus.Exact or AnchorStatus.Moved;
}
