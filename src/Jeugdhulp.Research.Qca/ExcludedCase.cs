namespace Jeugdhulp.Research.Qca;

/// <summary>A case left out of the analysis because of missing values, reported so nothing is dropped silently.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="MissingVariables">The used variables (conditions or outcome) that are missing for it.</param>
public sealed record ExcludedCase(string CaseId, IReadOnlyList<string> MissingVariables);
