using System.Collections.Immutable;
using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Theory;

/// <summary>
/// The test of one proposition on a unit table: a judgement per unit (rules) or a case comparison (comparative
/// propositions), with hit rate and coverage. Renders to <see cref="ResultTable"/>s, so every output format works.
/// </summary>
/// <param name="Proposition">The proposition tested.</param>
/// <param name="Judgements">One judgement per unit, in unit order; empty for comparative propositions.</param>
/// <param name="Predictions">Dutch wording of each rule's prediction, by rule index.</param>
/// <param name="OutcomeAttribute">The attribute the predictions are about (first attribute of the first rule's <c>then</c>), or the compared attribute.</param>
/// <param name="Comparison">The case comparison of a comparative proposition; null for rules.</param>
/// <param name="UnitCount">All units of the table, the denominator of <see cref="Coverage"/>.</param>
public sealed record PropositionResult(
    Proposition Proposition,
    ImmutableArray<UnitJudgement> Judgements,
    ImmutableArray<string> Predictions,
    string OutcomeAttribute,
    CaseComparison? Comparison,
    int UnitCount)
{
    /// <summary>Units whose prediction holds.</summary>
    public int Hits => Judgements.Count(j => j.Kind == JudgementKind.Hit);

    /// <summary>Units for which a rule predicts: hits plus deviants.</summary>
    public int Evaluated => Judgements.Count(j => j.Kind is JudgementKind.Hit or JudgementKind.Deviant);

    /// <summary>Hits / units evaluated; null when no unit could be evaluated.</summary>
    public double? HitRate => Evaluated == 0 ? null : (double)Hits / Evaluated;

    /// <summary>Units evaluated / all units (0 for comparative propositions, which judge cases).</summary>
    public double Coverage => UnitCount == 0 ? 0 : (double)Evaluated / UnitCount;

    /// <summary>The units that contradict the proposition.</summary>
    public ImmutableArray<UnitJudgement> Deviants => [.. Judgements.Where(j => j.Kind == JudgementKind.Deviant)];

    /// <summary>The units the data cannot judge, with the undetermined attributes that prevent it.</summary>
    public ImmutableArray<UnitJudgement> NotAssessable => [.. Judgements.Where(j => j.Kind == JudgementKind.NotAssessable)];

    /// <summary>The units no rule speaks about.</summary>
    public ImmutableArray<UnitJudgement> OutOfScope => [.. Judgements.Where(j => j.Kind == JudgementKind.OutOfScope)];

    /// <summary>
    /// The result as tables: predicted × observed (or the case table), the deviant units with their evidence, and
    /// the units that cannot be judged.
    /// </summary>
    public ImmutableArray<ResultTable> ToTables(Vocabulary vocabulary) => PropositionTables.For(this, vocabulary);

    /// <summary>One line in Dutch: hit rate and coverage, or the verdict of a comparison.</summary>
    public string Outcome(Vocabulary vocabulary) => PropositionTables.Outcome(this, vocabulary);
}
