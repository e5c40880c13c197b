namespace Jeugdhulp.Research.Qca;

/// <summary>Which counterfactuals a solution rests on (Ragin 2008; Schneider &amp; Wagemann 2012).</summary>
public enum SolutionKind
{
    /// <summary>Complex (conservative) solution: no remainders used.</summary>
    Conservative,

    /// <summary>Most parsimonious solution: any remainder may be used (simplifying assumptions).</summary>
    Parsimonious,

    /// <summary>Intermediate solution: only easy counterfactuals consistent with directional expectations.</summary>
    Intermediate,
}
