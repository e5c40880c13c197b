namespace Jeugdhulp.Research.Qca;

/// <summary>
/// Outcome of an exact Boolean minimisation: every prime implicant that covers part of the on-set, and all
/// minimal sums (fewest terms) built from them, so tied models (M1, M2, ...) are reported rather than hidden.
/// </summary>
/// <param name="PrimeImplicants">Prime implicants covering at least one on-set configuration, in display order.</param>
/// <param name="Solutions">All minimal covers (terms in display order), up to the requested maximum.</param>
/// <param name="Truncated">True when more tied minimal covers exist than were kept.</param>
public sealed record MinimizationResult(
    IReadOnlyList<Implicant> PrimeImplicants,
    IReadOnlyList<IReadOnlyList<Implicant>> Solutions,
    bool Truncated);
