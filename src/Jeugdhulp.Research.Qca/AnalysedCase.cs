namespace Jeugdhulp.Research.Qca;

/// <summary>A case that enters the analysis: its configuration (truth-table row index) and outcome value.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="RowIndex">Row index of its configuration (row number minus one).</param>
/// <param name="Outcome">Membership in the outcome expression (after negation for <c>~Y</c>).</param>
public sealed record AnalysedCase(string CaseId, int RowIndex, bool Outcome);
