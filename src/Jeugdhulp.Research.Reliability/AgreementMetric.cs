namespace Jeugdhulp.Research.Reliability;

/// <summary>A registered coefficient: what the CLI lists and calls by name.</summary>
/// <param name="Name">Registry name, e.g. "alpha-ordinal".</param>
/// <param name="Description">One line for help texts.</param>
/// <param name="RequiresNumericValues">True for interval and ratio alpha; files are then read with numeric checks.</param>
/// <param name="Compute">Computes the coefficient on a matrix, with an optional bootstrap.</param>
public sealed record AgreementMetric(string Name, string Description, bool RequiresNumericValues,
    Func<RatingsMatrix, BootstrapOptions?, AgreementResult> Compute);
