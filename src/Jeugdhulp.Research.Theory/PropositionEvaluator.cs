using System.Collections.Immutable;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Theory;

/// <summary>
/// Tests propositions on a study's unit table. Rules form an ordered list (the first rule whose <c>when</c> holds
/// predicts); a unit is judged only when its prediction is certain whatever its undetermined values are, otherwise it
/// is "niet te beoordelen" and reported with the attributes that prevent a judgement.
/// </summary>
public static class PropositionEvaluator
{
    /// <summary>Tests every proposition of <paramref name="set"/>.</summary>
    /// <exception cref="InputException">An expression names an unknown attribute or value, or is malformed (file:line:column).</exception>
    public static PropositionEvaluation Evaluate(PropositionSet set, StudyData study, Vocabulary vocabulary, PeriodPolicy periods = PeriodPolicy.ResponsePeriod)
    {
        ArgumentNullException.ThrowIfNull(set);
        var data = StudyPeriods.Apply(study, periods);
        var table = PeriodResponse.AddTo(UnitTable.From(data), data);
        var diagnostics = new List<Diagnostic>();
        var results = ImmutableArray.CreateBuilder<PropositionResult>();
        foreach (var proposition in set.Propositions)
        {
            try
            {
                results.Add(Evaluate(proposition, set.File, data, table, vocabulary));
            }
            catch (InputException e)
            {
                diagnostics.AddRange(e.Diagnostics);
            }
        }
        if (diagnostics.Count > 0) throw new InputException([.. diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)]);
        return new PropositionEvaluation(set, periods, results.ToImmutable());
    }

    /// <summary>Tests one proposition on a unit table built from <paramref name="study"/>.</summary>
    /// <exception cref="InputException">An expression is invalid; positions refer to <paramref name="file"/>.</exception>
    public static PropositionResult Evaluate(Proposition proposition, string file, StudyData study, UnitTable table, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(proposition);
        return proposition.Kind == PropositionKind.Rule
            ? EvaluateRules(proposition, file, study, table, vocabulary)
            : EvaluateComparison(proposition, file, table, vocabulary);
    }

    private static PropositionResult EvaluateRules(Proposition proposition, string file, StudyData study, UnitTable table, Vocabulary vocabulary)
    {
        table = PeriodResponse.AddTo(table, study);
        var diagnostics = new List<Diagnostic>();
        var compiled = new List<(UnitCondition When, UnitCondition Then)>();
        foreach (var rule in proposition.Rules)
        {
            var when = Compile(rule.When, file, rule.WhenAt, table, vocabulary, diagnostics);
            var then = Compile(rule.Then, file, rule.ThenAt, table, vocabulary, diagnostics);
            if (when is not null && then is not null) compiled.Add((when, then));
        }
        if (compiled.Count == 0 && diagnostics.Count == 0)
            diagnostics.Add(new Diagnostic(file, proposition.At.Line, proposition.At.Column, "missing-field", $"Proposition '{proposition.Id}' has no rules."));
        if (diagnostics.Count > 0) throw new InputException(diagnostics);
        var outcome = compiled[0].Then.Clauses[0].Attribute;
        var attributes = compiled.SelectMany(r => r.When.Attributes.Concat(r.Then.Attributes)).Distinct().ToList();
        var judgements = table.Rows.Select(row => Judge(row, compiled, outcome, attributes, study, vocabulary)).ToImmutableArray();
        return new PropositionResult(proposition, judgements, [.. compiled.Select(r => r.Then.Describe(vocabulary))], outcome, null, table.Rows.Length);
    }

    /// <summary>
    /// Judges one unit. Candidates are the rules that might be the first to apply: every rule whose condition is
    /// unknown up to the first that certainly holds, plus "no rule" when none certainly holds. The unit is judged only
    /// when all candidates make the same prediction.
    /// </summary>
    private static UnitJudgement Judge(UnitRow row, IReadOnlyList<(UnitCondition When, UnitCondition Then)> rules, string outcome,
        IReadOnlyList<string> attributes, StudyData study, Vocabulary vocabulary)
    {
        var candidates = new List<int?>();
        var undetermined = new List<string>();
        int? certain = null;
        for (var i = 0; i < rules.Count && certain is null; i++)
        {
            switch (rules[i].When.Evaluate(row))
            {
                case true:
                    certain = i;
                    candidates.Add(i);
                    break;
                case null:
                    candidates.Add(i);
                    undetermined.AddRange(rules[i].When.UndeterminedAttributes(row));
                    break;
            }
        }
        if (certain is null) candidates.Add(null);
        var evidence = attributes.Select(a => new UnitEvidence(a, row[a],
            a == PeriodResponse.Attribute ? PeriodResponse.ProvenanceOf(study, row.Unit.Id) : study.ValueOf(row.Unit.Id, a)?.Provenance)).ToImmutableArray();
        var observed = row[outcome];
        UnitJudgement Verdict(JudgementKind kind, int? rule, IEnumerable<string> missing) => new(
            row.Unit.Id, row.Unit.Case, kind, rule, rule is { } r ? rules[r].Then.Describe(vocabulary) : null, observed,
            [.. missing.Distinct()], evidence);

        var predictions = candidates.Select(c => c is { } i ? rules[i].Then.Key : null).Distinct().ToList();
        if (predictions.Count > 1) return Verdict(JudgementKind.NotAssessable, null, undetermined);
        if (predictions[0] is null) return Verdict(JudgementKind.OutOfScope, null, []);
        var rule = certain ?? candidates[0]!.Value;
        return rules[rule].Then.Evaluate(row) switch
        {
            true => Verdict(JudgementKind.Hit, rule, []),
            false => Verdict(JudgementKind.Deviant, rule, []),
            null => Verdict(JudgementKind.NotAssessable, rule, rules[rule].Then.UndeterminedAttributes(row)),
        };
    }

    private static PropositionResult EvaluateComparison(Proposition proposition, string file, UnitTable table, Vocabulary vocabulary)
    {
        var attribute = TheoryAliases.Resolve(proposition.Attribute);
        if (!table.Attributes.Contains(attribute))
            throw new InputException(new Diagnostic(file, proposition.At.Line, proposition.At.Column, "unknown-attribute",
                $"Proposition '{proposition.Id}' compares '{proposition.Attribute}', which no unit has; known: {string.Join(", ", table.Attributes)}."));
        var cross = CrossTab.Build(table, vocabulary, UnitTable.Case, attribute);
        var determined = Enumerable.Range(0, cross.Columns.Length).Where(j => cross.Columns[j].Id is not null).ToList();
        var distributions = new HashSet<string>(StringComparer.Ordinal);
        var several = ImmutableArray.CreateBuilder<string>();
        var cases = 0;
        for (var i = 0; i < cross.Rows.Length; i++)
        {
            var counts = determined.Select(j => cross.Counts[i][j]).ToList();
            if (counts.Sum() == 0) continue;
            cases++;
            var divisor = counts.Where(c => c > 0).Aggregate(0, Gcd);
            distributions.Add(string.Join(":", counts.Select(c => c / divisor)));
            if (counts.Count(c => c > 0) > 1) several.Add(cross.Rows[i].Id ?? cross.Rows[i].Label);
        }
        var holds = proposition.Kind == PropositionKind.BetweenCases ? distributions.Count > 1 : several.Count > 0;
        var comparison = new CaseComparison(cross, holds, distributions.Count, several.ToImmutable(), cases);
        return new PropositionResult(proposition, [], [], attribute, comparison, table.Rows.Length);
    }

    private static UnitCondition? Compile(string expression, string file, TextPosition at, UnitTable table, Vocabulary vocabulary, List<Diagnostic> diagnostics)
    {
        try
        {
            return UnitCondition.Compile(expression, file, at, table, vocabulary);
        }
        catch (InputException e)
        {
            diagnostics.AddRange(e.Diagnostics);
            return null;
        }
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
