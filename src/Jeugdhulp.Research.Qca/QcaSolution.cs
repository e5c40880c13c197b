namespace Jeugdhulp.Research.Qca;

/// <summary>A solution type (conservative, parsimonious or intermediate) with all its tied minimal models.</summary>
/// <param name="Kind">Which counterfactuals were allowed.</param>
/// <param name="Outcome">The outcome expression, for rendering <c>-&gt; Y</c>.</param>
/// <param name="PrimeImplicants">Prime implicants the models were chosen from, in QCA notation.</param>
/// <param name="Models">All minimal models (fewest terms); empty when no row has output 1.</param>
/// <param name="Truncated">True when more tied models exist than <see cref="QcaOptions.MaxSolutions"/>.</param>
public sealed record QcaSolution(
    SolutionKind Kind,
    Literal Outcome,
    IReadOnlyList<string> PrimeImplicants,
    IReadOnlyList<QcaModel> Models,
    bool Truncated);
