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

    [Property(MaxTest = 150)]
    public bool Judgements_are_certain_under_every_completion_of_undetermined_values(byte[] seed)
    {
        var bytes = seed.Length == 0 ? [0] : seed;
        byte At(int i) => bytes[i % bytes.Length];
        var ruleCount = 1 + At(0) % 3;
        var rules = Enumerable.Range(0, ruleCount).Select(r =>
        {
            var clauses = Enumerable.Range(0, 1 + At(5 * r + 1) % 2).Select(c =>
                $"{Attributes[At(5 * r + 2 + c) % 4]}{(At(5 * r + 3 + c) % 3 == 0 ? "!=" : "=")}{Values[At(5 * r + 4 + c) % 3]}");
            var then = $"cluster{(At(5 * r + 5) % 2 == 0 ? "=" : "!=")}{Clusters[At(5 * r + 6) % 3]}";
            return new PropositionRule(string.Join(" and ", clauses), TextPosition.Start, then, TextPosition.Start);
        }).ToList();
        var proposition = new Proposition { Id = "P", Kind = PropositionKind.Rule, Label = new("p"), Rules = [.. rules] };
        var result = PropositionEvaluator.Evaluate(proposition, "p.yaml", Repo.Study, Table, Repo.Vocabulary);
        var compiled = rules.Select(r => (When: UnitCondition.Compile(r.When, "p", TextPosition.Start, Table, Repo.Vocabulary),
            Then: UnitCondition.Compile(r.Then, "p", TextPosition.Start, Table, Repo.Vocabulary))).ToList();

        foreach (var (row, judgement) in Table.Rows.Zip(result.Judgements))
        {
            var predictions = Completions(row).Select(r =>
            {
                var first = compiled.FindIndex(c => c.When.Evaluate(r) == true);
                return first < 0 ? "-" : compiled[first].Then.Key;
            }).Distinct().ToList();
            var ok = judgement.Kind switch
            {
                JudgementKind.OutOfScope => predictions.SequenceEqual(["-"]),
                JudgementKind.Hit or JudgementKind.Deviant => predictions.Count == 1 && predictions[0] == compiled[judgement.Rule!.Value].Then.Key
                    && (compiled[judgement.Rule.Value].Then.Evaluate(row) == true) == (judgement.Kind == JudgementKind.Hit),
                _ => judgement.Undetermined.Length > 0 && judgement.Undetermined.All(a => row[a] is null),
            };
            if (!ok) return false;
        }
        return result.Judgements.Length == 18;
    }

    private static IEnumerable<UnitRow> Completions(UnitRow row)
    {
        IEnumerable<UnitRow> rows = [row];
        foreach (var attribute in Attributes.Where(a => row[a] is null))
            rows = rows.SelectMany(r => Values.Select(v => r with { Values = r.Values.SetItem(attribute, v) }));
        return rows;
    }
}
