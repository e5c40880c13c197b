namespace Jeugdhulp.Research.Qca;

/// <summary>
/// Everything a csQCA run needs besides the data, so the CLI can map its flags one-to-one
/// (<c>--outcome</c>, <c>--conditions</c>, <c>--incl-cut</c>, <c>--n-cut</c>). Defaults follow the R package QCA.
/// </summary>
/// <param name="Outcome">Outcome expression: <c>Y</c> or <c>~Y</c>.</param>
/// <param name="Conditions">Condition expressions (<c>X</c> or <c>~X</c>), in truth-table column order.</param>
public sealed record QcaOptions(string Outcome, IReadOnlyList<string> Conditions)
{
    /// <summary>Minimum sufficiency inclusion for a row to get output 1 (R: <c>incl.cut</c>, default 1).</summary>
    public double InclusionCut { get; init; } = 1.0;

    /// <summary>
    /// Rows with inclusion below this cut get output 0; rows between this and <see cref="InclusionCut"/> get
    /// "C" (R: second value of <c>incl.cut</c>). Null means equal to <see cref="InclusionCut"/>.
    /// </summary>
    public double? ExclusionCut { get; init; }

    /// <summary>Minimum PRI for output 1 (R: <c>pri.cut</c>, default 0). For crisp sets PRI equals inclusion.</summary>
    public double PriCut { get; init; }

    /// <summary>Minimum number of cases for a row to count as observed (R: <c>n.cut</c>, default 1).</summary>
    public int NCut { get; init; } = 1;

    /// <summary>
    /// Directional expectations per condition expression (as written in <see cref="Conditions"/>); when set,
    /// the intermediate solution is computed. Conditions not listed are <see cref="DirectionalExpectation.Either"/>.
    /// </summary>
    public IReadOnlyDictionary<string, DirectionalExpectation>? DirectionalExpectations { get; init; }

    /// <summary>Cap on tied minimal models reported per solution (M1, M2, ...).</summary>
    public int MaxSolutions { get; init; } = Minimizer.DefaultMaxSolutions;

    /// <summary>
    /// Search nodes allowed for each exact minimum cover (unlimited by default). Past it the analysis stops with
    /// <see cref="CoverBudgetExceededException"/> and the proven bounds, rather than report unproven models.
    /// </summary>
    public long MaxCoverNodes { get; init; } = long.MaxValue;
}
