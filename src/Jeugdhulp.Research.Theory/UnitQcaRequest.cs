using Jeugdhulp.Research.Qca;

namespace Jeugdhulp.Research.Theory;

/// <summary>What to analyse on the unit table: the flags of <c>jhr qca</c> without <c>--data</c>.</summary>
/// <param name="Outcome">Outcome, e.g. <c>volgen</c> or <c>~volgen</c>.</param>
/// <param name="Conditions">Conditions, e.g. <c>weten, willen, kunnen, moeten</c>; <c>~X</c> for a negated condition.</param>
public sealed record UnitQcaRequest(string Outcome, IReadOnlyList<string> Conditions)
{
    /// <summary>Minimum inclusion for output 1 (R: <c>incl.cut</c>).</summary>
    public double InclusionCut { get; init; } = 1.0;
    /// <summary>Minimum number of units for an observed row (R: <c>n.cut</c>).</summary>
    public int NCut { get; init; } = 1;
    /// <summary>Membership of <c>+/-</c> values: 1, 0 or null (missing, the default).</summary>
    public int? MixedValue { get; init; }
    /// <summary>Which unit values to use.</summary>
    public PeriodPolicy Periods { get; init; } = PeriodPolicy.UnitLevel;
    /// <summary>Directional expectations given by the analyst; null derives them from the codebook (<see cref="ExpectedDirections"/>).</summary>
    public IReadOnlyDictionary<string, DirectionalExpectation>? Directions { get; init; }
    /// <summary>Search nodes allowed per exact minimum cover (<see cref="QcaOptions.MaxCoverNodes"/>); unlimited by default.</summary>
    public long MaxCoverNodes { get; init; } = long.MaxValue;
}
