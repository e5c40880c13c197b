namespace Jeugdhulp.Research.Qca;

/// <summary>Everything a csQCA run produces, shown as tables by the Theory project's <c>QcaTables</c> or processed further.</summary>
/// <param name="Options">The options of the run.</param>
/// <param name="TruthTable">The truth table.</param>
/// <param name="Necessity">Necessity statistics for every condition and its negation.</param>
/// <param name="Conservative">The conservative (complex) solution.</param>
/// <param name="Parsimonious">The most parsimonious solution.</param>
/// <param name="Intermediate">The intermediate solution; null unless directional expectations were given.</param>
public sealed record QcaResult(
    QcaOptions Options,
    TruthTable TruthTable,
    IReadOnlyList<NecessityResult> Necessity,
    QcaSolution Conservative,
    QcaSolution Parsimonious,
    QcaSolution? Intermediate);
