namespace Jeugdhulp.Research.Qca;

/// <summary>Output value of a truth-table row, as in the OUT column of the R package QCA.</summary>
public enum OutputValue
{
    /// <summary>Row is not sufficient for the outcome (0); treated as off-set in minimisation.</summary>
    False,

    /// <summary>Row is sufficient for the outcome (1); must be covered by every solution.</summary>
    True,

    /// <summary>Inclusion between the exclusion and inclusion cuts ("C"); treated as off-set.</summary>
    Contradiction,

    /// <summary>Logical remainder ("?"): unobserved, or observed fewer than <c>nCut</c> times.</summary>
    Remainder,
}
