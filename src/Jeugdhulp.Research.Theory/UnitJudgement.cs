using System.Collections.Immutable;

namespace Jeugdhulp.Research.Theory;

/// <summary>The verdict of one proposition on one unit, with everything needed to check it.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Case">The unit's case.</param>
/// <param name="Kind">Hit, deviant, not assessable or out of scope.</param>
/// <param name="Rule">0-based index of the rule that predicts, or null.</param>
/// <param name="Predicted">Dutch wording of the prediction, or null when no single prediction follows.</param>
/// <param name="Observed">The observed value id of the predicted attribute, or null when undetermined or not relevant.</param>
/// <param name="Undetermined">The attributes whose undetermined value made the unit not assessable.</param>
/// <param name="Evidence">The unit's values of every attribute the proposition reads, with provenance.</param>
public sealed record UnitJudgement(
    string UnitId,
    string Case,
    JudgementKind Kind,
    int? Rule,
    string? Predicted,
    string? Observed,
    ImmutableArray<string> Undetermined,
    ImmutableArray<UnitEvidence> Evidence);
