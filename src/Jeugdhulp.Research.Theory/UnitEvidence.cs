using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Theory;

/// <summary>One value a judgement rests on, with its provenance, so a reader can check a deviant unit against the source.</summary>
/// <param name="Attribute">The attribute.</param>
/// <param name="Value">The value id, or null when undetermined or absent.</param>
/// <param name="Provenance">Where the value comes from (<see cref="StudyData.ValueOf"/>), or null for derived attributes and absent values.</param>
public sealed record UnitEvidence(string Attribute, string? Value, Provenance? Provenance);
