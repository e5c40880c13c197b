namespace Jeugdhulp.Research.Coding.Sources;

/// <summary>
/// One speaker turn of an interview: who speaks and which stretch of the source text (UTF-16 offsets, end exclusive)
/// they speak, so a coded segment can be attributed to its speaker.
/// </summary>
/// <param name="Speaker">Name as written in the turn label.</param>
/// <param name="Role">Role from the label, or from the front matter when the label has none.</param>
/// <param name="Start">Offset of the first character after the label.</param>
/// <param name="End">Offset just past the turn's last character (before the next turn or heading).</param>
/// <param name="Line">1-based line of the label in the source text.</param>
public sealed record SpeakerTurn(string Speaker, string? Role, int Start, int End, int Line)
{
    /// <summary>True when the offset falls inside the turn (label excluded).</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;
}
