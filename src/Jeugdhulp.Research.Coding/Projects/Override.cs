namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>
/// A researcher's override of a derived judgment (<c>overrides.csv</c>), with the reason. The derived value stays
/// visible beside it in every report, so a reader sees where the researcher departed from the rules and why.
/// </summary>
/// <param name="Unit">Unit id; for a case-level steering variable (<c>Classification.CaseSteering</c>) the case id.</param>
/// <param name="Period">Response period for <c>reactie</c> and <c>cluster</c>; null for factors.</param>
/// <param name="Variable"><c>reactie</c> (value: a response id), <c>cluster</c> (value: volgen, niet-volgen, niets-doen) or a <c>kenmerk.*</c> id (value: +, -, +/-).</param>
/// <param name="Value">The value the researcher sets; empty only for a case-level steering variable, where it records "undetermined" with the reason.</param>
/// <param name="Reason">Why; required.</param>
/// <param name="By">Who decided, optional.</param>
/// <param name="Date">When, optional (free text, ISO date recommended).</param>
/// <param name="Line">Line in overrides.csv, for the audit trail; 0 for an override made in code (e.g. in a notebook), not read from a file.</param>
public sealed record Override(string Unit, int? Period, string Variable, string Value, string Reason, string? By, string? Date, int Line);
