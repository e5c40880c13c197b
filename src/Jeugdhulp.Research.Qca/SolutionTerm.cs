namespace Jeugdhulp.Research.Qca;

/// <summary>One sufficient term (prime implicant) of a model with its parameters of fit and the cases behind it.</summary>
/// <param name="Implicant">The term as bitmasks.</param>
/// <param name="Expression">The term in QCA notation, e.g. <c>DEV*~URB*LIT*STB</c>.</param>
/// <param name="Inclusion">Sufficiency inclusion (inclS): covered cases with the outcome / covered cases.</param>
/// <param name="Pri">PRI; equals inclusion for crisp sets.</param>
/// <param name="RawCoverage">Raw coverage (covS): covered cases with the outcome / cases with the outcome.</param>
/// <param name="UniqueCoverage">Unique coverage (covU): outcome cases covered by this term only / cases with the outcome.</param>
/// <param name="Cases">Cases covered by the term, in data order.</param>
/// <param name="DeviantCases">Covered cases without the outcome (deviant cases consistency).</param>
public sealed record SolutionTerm(
    Implicant Implicant,
    string Expression,
    double Inclusion,
    double Pri,
    double RawCoverage,
    double UniqueCoverage,
    IReadOnlyList<string> Cases,
    IReadOnlyList<string> DeviantCases);
