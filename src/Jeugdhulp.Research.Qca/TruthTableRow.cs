namespace Jeugdhulp.Research.Qca;

/// <summary>One observed configuration of the truth table with its sufficiency statistics.</summary>
/// <param name="Index">Binary value of the configuration, first condition most significant (row number minus one).</param>
/// <param name="Configuration">Values of the conditions (after negation for <c>~X</c> conditions).</param>
/// <param name="Cases">Cases with this configuration, in data order.</param>
/// <param name="PositiveCases">Number of those cases with outcome 1.</param>
/// <param name="Inclusion">Sufficiency inclusion (consistency): positive cases / n.</param>
/// <param name="Pri">Proportional reduction in inconsistency; equals inclusion for crisp sets.</param>
/// <param name="Output">Output value given the inclusion, PRI and frequency cuts.</param>
public sealed record TruthTableRow(
    int Index,
    IReadOnlyList<bool> Configuration,
    IReadOnlyList<string> Cases,
    int PositiveCases,
    double Inclusion,
    double Pri,
    OutputValue Output)
{
    /// <summary>Row number as printed by the R package QCA (index + 1).</summary>
    public int RowNumber => Index + 1;

    /// <summary>Number of cases with this configuration.</summary>
    public int N => Cases.Count;

    /// <summary>True when cases with outcome 1 and cases with outcome 0 share this configuration.</summary>
    public bool IsContradictory => PositiveCases > 0 && PositiveCases < Cases.Count;
}
