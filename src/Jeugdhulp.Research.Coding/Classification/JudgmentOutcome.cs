namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>What the evidence allowed the rules to conclude.</summary>
public enum JudgmentOutcome
{
    /// <summary>One value carries the required majority.</summary>
    Determined,
    /// <summary>There is evidence, but no value carries the majority (or values tie); reported as mixed, never forced.</summary>
    Mixed,
    /// <summary>No segment bears on the judgment; the value is undetermined.</summary>
    NoEvidence,
}
