namespace Jeugdhulp.Research.Coding.Segments;

/// <summary>
/// One coding: a stretch of a source's text labelled with a codebook id (and value) by one coder.
/// <para>
/// Offsets are <b>UTF-16 code units</b> into the source's text (front matter removed, inline markers removed, line
/// endings normalised to LF), <see cref="Start"/> inclusive and <see cref="End"/> exclusive, as .NET strings index.
/// REFI-QDA counts Unicode code points instead; <see cref="RefiQda.TextOffsets"/> converts at that boundary only.
/// The coded <see cref="Text"/> is kept beside the offsets so the segment can be re-anchored after the source is edited.
/// </para>
/// </summary>
/// <param name="Source">Id of the source.</param>
/// <param name="Start">First UTF-16 code unit.</param>
/// <param name="End">One past the last UTF-16 code unit.</param>
/// <param name="Text">The coded text as it stood when coded.</param>
/// <param name="Code">Codebook id.</param>
/// <param name="Value">Value id where the code has a value set (<c>+</c>, <c>-</c>, <c>+/-</c>), else null.</param>
/// <param name="Coder">Who coded it (an id from <c>project.yaml</c>).</param>
public sealed record CodedSegment(string Source, int Start, int End, string Text, string Code, string? Value, string Coder)
{
    /// <summary>The unit the segment is evidence about; null = the source's only unit.</summary>
    public string? Unit { get; init; }
    /// <summary>The response period (1, 2, ...); null = the source's period.</summary>
    public int? Period { get; init; }
    /// <summary>
    /// The steering demand (an id of the project's <c>demands.csv</c>) a response segment is about; null = the steering
    /// as a whole. The dissertation judged the response per demand (seed 003 lines 2179-2182).
    /// </summary>
    public string? Demand { get; init; }
    /// <summary>Whether a response segment shows an adapted practice, a statement on paper or an intention; null = not said.</summary>
    public Enactment? Enactment { get; init; }
    /// <summary>Whose account it is; null = derived from the speaker or document.</summary>
    public Account? Account { get; init; }
    /// <summary>The coder's memo.</summary>
    public string? Memo { get; init; }
    /// <summary>When it was coded, if recorded.</summary>
    public DateTimeOffset? Timestamp { get; init; }
    /// <summary>Set when the coder accepted a suggestion of the coding assistant (by what, with what score); null = coded by hand.</summary>
    public Assistance? Assisted { get; init; }
    /// <summary>Where it was written down; not part of what was coded (compare with <c>with { Origin = null }</c>).</summary>
    public SegmentOrigin? Origin { get; init; }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>The same coding without its file position, for comparing codings from different files.</summary>
    public CodedSegment WithoutOrigin() => this with { Origin = null };
}
