namespace Jeugdhulp.Research.Reliability;

/// <summary>Fleiss' kappa for one category (Fleiss 1971, eq. 11): how reliably coders agree on that category against all others.</summary>
/// <param name="Category">Category label.</param>
/// <param name="Proportion">p_j, the share of all assignments that went to this category.</param>
/// <param name="Kappa">κ_j, NaN when the category was used for all or none of the assignments.</param>
public sealed record CategoryKappa(string Category, double Proportion, double Kappa);
