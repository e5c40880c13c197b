namespace Jeugdhulp.Research.Qca;

/// <summary>Necessity statistics of one condition literal for the outcome (R: <c>pof(..., relation = "necessity")</c>).</summary>
/// <param name="Condition">The condition literal (a condition or its negation).</param>
/// <param name="Inclusion">Necessity inclusion (consistency): share of outcome cases that have the condition.</param>
/// <param name="Relevance">Relevance of necessity (RoN): sum(1 - X) / sum(1 - min(X, Y)); low values flag trivial necessity.</param>
/// <param name="Coverage">Necessity coverage: share of condition cases that have the outcome.</param>
public sealed record NecessityResult(Literal Condition, double Inclusion, double Relevance, double Coverage);
