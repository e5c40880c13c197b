using Jeugdhulp.Research.Coding.Segments;

namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>
/// A coded segment resolved for analysis: the unit and period it is evidence about and whose account it is (explicit
/// on the coding, or derived from the speaker's organisation or the document).
/// </summary>
/// <param name="Segment">The coding, with offsets valid in the current source text.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Period">The response period.</param>
/// <param name="Account">Whose account.</param>
/// <param name="Speaker">The speaker of the turn it starts in, if an interview.</param>
public sealed record Evidence(CodedSegment Segment, string Unit, int Period, Account Account, string? Speaker)
{
    /// <summary>Source id.</summary>
    public string Source => Segment.Source;
    /// <summary>UTF-16 start.</summary>
    public int Start => Segment.Start;
    /// <summary>UTF-16 end (exclusive).</summary>
    public int End => Segment.End;
    /// <summary>The coded words.</summary>
    public string Quote => Segment.Text;
    /// <summary>Codebook id.</summary>
    public string Code => Segment.Code;
    /// <summary>Value, if any.</summary>
    public string? Value => Segment.Value;
    /// <summary>The steering demand the segment is about, or null (the steering as a whole).</summary>
    public string? Demand => Segment.Demand;
    /// <summary>Adapted practice, on paper, or an intention; null when the coder did not say.</summary>
    public Enactment? Enactment => Segment.Enactment;
    /// <summary>Coder.</summary>
    public string Coder => Segment.Coder;

    /// <summary>A one-line citation: <c>source@start-end coder (account): "quote"</c>.</summary>
    public override string ToString() =>
        $"{Source}@{Start}-{End} {Coder} ({AccountNames.ToName(Account)}{(Speaker is null ? "" : ", " + Speaker)}): \"{Quote}\"";
}
