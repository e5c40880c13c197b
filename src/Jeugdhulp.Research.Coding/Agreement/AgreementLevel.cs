namespace Jeugdhulp.Research.Coding.Agreement;

/// <summary>
/// At which level two or more coders are compared. Each answers a different question, so a study reports more than
/// one: do the coders reach the same conclusions (<see cref="Unit"/>), do they mark the same passages with the same
/// code (<see cref="Segment"/>), do they use the same codes in a source at all (<see cref="Presence"/>)?
/// </summary>
public enum AgreementLevel
{
    /// <summary>The classifier's judgment (cluster, response or factor) per unit (and period), derived from each coder's codings separately.</summary>
    Unit,
    /// <summary>Segments of the same source aligned by overlap; one rating unit per aligned group of segments.</summary>
    Segment,
    /// <summary>Whether a coder used a code at least once in a source (or about a unit): 1 or 0.</summary>
    Presence,
}

/// <summary>
/// How an undetermined judgment (mixed evidence, or no evidence at all) enters the ratings matrix. Reliability
/// figures change with this choice, so it is an explicit option and every report states it.
/// </summary>
public enum JudgmentTreatment
{
    /// <summary>As a category of its own: two coders who both find the evidence mixed agree; one finding it mixed and one finding volgen disagree.</summary>
    Category,
    /// <summary>As a missing value: the unit does not count for that coder (Krippendorff's alpha then pairs only the other coders' values).</summary>
    Missing,
}
