namespace Jeugdhulp.Research.Theory;

/// <summary>A unit without a crisp value for a set, and why; QCA leaves the unit out, and the report names it.</summary>
/// <param name="UnitId">The unit (QCA case).</param>
/// <param name="SetName">The crisp set.</param>
/// <param name="Attribute">The attribute it was calibrated from.</param>
/// <param name="RawValue">The unit's value (e.g. <c>+/-</c>), or null when undetermined or absent.</param>
/// <param name="Reason">Why the value is missing: the provenance's reason for an undetermined value, or the rule that leaves the value missing.</param>
public sealed record MissingCrispValue(string UnitId, string SetName, string Attribute, string? RawValue, string Reason);
