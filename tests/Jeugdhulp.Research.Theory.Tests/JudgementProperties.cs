using FsCheck.Xunit;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Theory.Tests.Support;

namespace Jeugdhulp.Research.Theory.Tests;

/// <summary>
/// The judgement of a unit never guesses: a unit judged (hit, deviant, out of scope) gets the same prediction for every
/// way of filling in its undetermined values; a unit "niet te beoordelen" has an undetermined value some rule reads.
/// (The evaluator is conservative: where rules share attributes it may leave a unit unjudged that a full enumeration
/// could decide.)
/// </summary>
public class JudgementProperties
{
    private static readonly string[] Attributes = ["kenmerk.weten", "kenmerk.willen", "kenmerk.kunnen", "kenmerk.moeten"];
    private static readonly string[] Values = ["+", "-", "+/-"];
    private static readonly string[] Clusters = ["volgen", "niet-volgen", "niets-doen"];
    private static readonly UnitTable Table = UnitTable.From(Repo.Study);

    /// <summary>A clause <c>attribute=value</c> or <c>attribute!=value</c> as data, so the test can evaluate it itself.</summary>
    private sealed record Clause(string Attribute, bool Negated, string Value)
    {
        public override string ToString() => $"{Attribute}{(Negated ? "!=" : "=")}{Value}";

        /// <summary>Evaluated by hand on a row whose attribute is known (a completion), not by the condition compiler.</summary>
        public bool HoldsFor(UnitRow row) => (row[Attribute] ?? throw new InvalidOperationException($"{Attribute} is undetermined")) == Value != Negated;
    }

    private sealed record Rule(IReadOnlyList<Clause> When, Clause Then)
    {
        public string WhenText => string.Join(" and ", When);
    }

    [Property(MaxTest = 150)]
    public bool Judgements_are_certain_under_every_completion_of_undetermined_values(byte[] seed)
    {
        var bytes = seed.Length == 0 ? [0] : seed;
        byte At(int i) => bytes[i % bytes.Length];
        var ruleCount = 1 + At(0) % 3;
        var rules = Enumerable.Range(0, ruleCount).Select(r => new Rule(
            [.. Enumerable.Range(0, 1 + At(5 * r + 1) % 2).Select(c =>
                new Clause(Attributes[At(5 * r + 2 + c) % 4], At(5 * r + 3 + c) % 3 == 0, Values[At(5 * r + 4 + c) % 3]))],
            new Clause(Cluster, At(5 * r + 5) % 2 != 0, Clusters[At(5 * r + 6) % 3]))).ToList();
        var proposition = new Proposition
        {
            Id = "P", Kind = PropositionKind.Rule, Label = new("p"),
            Rules = [.. rules.Select(r => new PropositionRule(r.WhenText, TextPosition.Start, r.Then.ToString(), TextPosition.Start))],
        };
        var result = PropositionEvaluator.Evaluate(proposition, "p.yaml", Repo.Study, Table, Repo.Vocabulary);

        // The reference: every completion of the unit's undetermined characteristics, the first rule whose clauses all
        // hold (evaluated here, by hand), and its prediction; "-" when none applies.
        foreach (var (row, judgement) in Table.Rows.Zip(result.Judgements))
        {
            var predictions = Completions(row).Select(r =>
            {
                var first = rules.FindIndex(rule => rule.When.All(c => c.HoldsFor(r)));
                return first < 0 ? "-" : rules[first].Then.ToString();
            }).Distinct().ToList();
            var ok = judgement.Kind switch
            {
                JudgementKind.OutOfScope => predictions.SequenceEqual(["-"]),
                JudgementKind.Hit or JudgementKind.Deviant => predictions.Count == 1 && predictions[0] == rules[judgement.Rule!.Value].Then.ToString()
                    && rules[judgement.Rule.Value].Then.HoldsFor(row) == (judgement.Kind == JudgementKind.Hit),
                _ => judgement.Undetermined.Length > 0 && judgement.Undetermined.All(a => row[a] is null),
            };
            if (!ok) return false;
        }
        return result.Judgements.Length == 18;
    }

    private const string Cluster = Jeugdhulp.Research.Data.StudyDataLoader.ClusterVariable;

    private static IEnumerable<UnitRow> Completions(UnitRow row)
    {
        IEnumerable<UnitRow> rows = [row];
        foreach (var attribute in Attributes.Where(a => row[a] is null))
            rows = rows.SelectMany(r => Values.Select(v => r with { Values = r.Values.SetItem(attribute, v) }));
        return rows;
    }
}
