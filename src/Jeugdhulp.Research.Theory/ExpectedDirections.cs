using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Qca;

namespace Jeugdhulp.Research.Theory;

/// <summary>
/// Derives directional expectations for the intermediate QCA solution from the codebook, so that the theory
/// (Tables 3.4 and 3.5: "+" raises the chance of volgen) rather than the analyst decides which counterfactuals are easy.
/// </summary>
/// <remarks>
/// For an outcome cluster C: the condition is expected <em>present</em> when its <c>+</c> value is expected to favour C,
/// or its <c>-</c> value another cluster; <em>absent</em> in the mirrored cases; otherwise (no expectation, or
/// contradictory ones) <em>either</em>. A group without expectations of its own (<c>kenmerk.willen</c>) takes those its
/// direct children agree on. For a negated outcome (<c>~volgen</c>) the direction is reversed. Example:
/// <c>kenmerk.weten</c> has no expectation for <c>+</c> but expects <c>-</c> → niets-doen, so for volgen it is present.
/// </remarks>
public static class ExpectedDirections
{
    /// <summary>The expectation for <paramref name="attribute"/> and outcome cluster <paramref name="outcomeCluster"/> (a value id such as <c>volgen</c>).</summary>
    public static DirectionChoice For(Codebook codebook, string condition, string attribute, string outcomeCluster, bool outcomeNegated)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        if (codebook.Find(attribute) is not { } entry) return new(condition, DirectionalExpectation.Either, "geen codeboekvariabele");
        var (plus, minus, derived) = Expected(codebook, entry);
        var target = $"{StudyClusterPrefix}{outcomeCluster}";
        var votes = new List<DirectionalExpectation>();
        if (plus is not null) votes.Add(plus == target ? DirectionalExpectation.Present : DirectionalExpectation.Absent);
        if (minus is not null) votes.Add(minus == target ? DirectionalExpectation.Absent : DirectionalExpectation.Present);
        var explanation = $"'+' → {Short(plus)}, '-' → {Short(minus)}{(derived ? " (volgens de onderliggende kenmerken)" : "")}";
        if (votes.Count == 0 || votes.Distinct().Count() > 1)
            return new(condition, DirectionalExpectation.Either, explanation + (votes.Count == 0 ? ": geen verwachting" : ": tegenstrijdig"));
        var direction = votes[0];
        if (outcomeNegated) direction = Reverse(direction);
        return new(condition, direction, explanation);
    }

    /// <summary>Present ↔ absent; either stays either. Used for negated outcomes and negated conditions.</summary>
    public static DirectionalExpectation Reverse(DirectionalExpectation direction) => direction switch
    {
        DirectionalExpectation.Present => DirectionalExpectation.Absent,
        DirectionalExpectation.Absent => DirectionalExpectation.Present,
        _ => DirectionalExpectation.Either,
    };

    private const string StudyClusterPrefix = "cluster.";

    private static (string? Plus, string? Minus, bool Derived) Expected(Codebook codebook, CodebookEntry entry)
    {
        string? Of(IEnumerable<ValueMeaning> values, string id) => values.FirstOrDefault(v => v.ValueId == id)?.Expected;
        var plus = Of(entry.Values, "+");
        var minus = Of(entry.Values, "-");
        if (plus is not null || minus is not null) return (plus, minus, false);
        var children = codebook.Children(entry.Id).ToList();
        string? Agreed(string id)
        {
            var expected = children.Select(c => Of(c.Values, id)).OfType<string>().Distinct().ToList();
            return expected.Count == 1 ? expected[0] : null;
        }
        return (Agreed("+"), Agreed("-"), true);
    }

    private static string Short(string? cluster) =>
        cluster is null ? "geen verwachting" : cluster.StartsWith(StudyClusterPrefix, StringComparison.Ordinal) ? cluster[StudyClusterPrefix.Length..] : cluster;
}
