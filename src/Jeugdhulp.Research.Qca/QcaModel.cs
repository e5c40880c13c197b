namespace Jeugdhulp.Research.Qca;

/// <summary>
/// One minimal sum of prime implicants (M1, M2, ...) with its parameters of fit and the remainders it
/// relies on, so the counterfactual basis of every reported model is explicit.
/// </summary>
/// <param name="Name">Model name, <c>M1</c>, <c>M2</c>, ...</param>
/// <param name="Origin">For intermediate models, the conservative and parsimonious models they derive from (<c>C1P1</c>); otherwise null.</param>
/// <param name="Terms">The terms in display order.</param>
/// <param name="Inclusion">Solution inclusion: covered cases with the outcome / covered cases.</param>
/// <param name="Pri">Solution PRI; equals inclusion for crisp sets.</param>
/// <param name="Coverage">Solution coverage: covered cases with the outcome / cases with the outcome.</param>
/// <param name="SimplifyingAssumptionRows">Row numbers (index + 1) of the remainders the model covers: simplifying assumptions (parsimonious) or easy counterfactuals (intermediate).</param>
public sealed record QcaModel(
    string Name,
    string? Origin,
    IReadOnlyList<SolutionTerm> Terms,
    double Inclusion,
    double Pri,
    double Coverage,
    IReadOnlyList<int> SimplifyingAssumptionRows)
{
    /// <summary>The model as a sum of terms, e.g. <c>DEV*STB + URB*~IND</c>.</summary>
    public string Expression => Terms.Count == 0 ? "0" : string.Join(" + ", Terms.Select(t => t.Expression));

    /// <summary>The model line in the notation of the R package QCA, e.g. <c>M1: DEV*STB -&gt; SURV</c>, so QCA users recognise it.</summary>
    public string ToLine(Literal outcome) => $"{Name}: {Expression} -> {outcome}";
}
