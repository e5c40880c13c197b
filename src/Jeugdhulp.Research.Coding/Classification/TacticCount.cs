namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>How many segments of a period were coded with one tactic.</summary>
/// <param name="Tactic">Tactic id.</param>
/// <param name="Count">Segments.</param>
public sealed record TacticCount(string Tactic, int Count);
