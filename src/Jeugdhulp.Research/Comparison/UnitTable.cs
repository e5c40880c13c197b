using System.Collections.Immutable;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Comparison;

/// <summary>One unit with the value of every attribute (value ids; null = undetermined or absent).</summary>
public sealed record UnitRow(UnitInfo Unit, ImmutableDictionary<string, string?> Values)
{
    /// <summary>The value of an attribute, or null when undetermined or not recorded.</summary>
    public string? this[string attribute] => Values.GetValueOrDefault(attribute);
}

/// <summary>
/// The unit table: one row per unit, one column per attribute. Everything downstream (cross-tables, exports,
/// notebooks, QCA) consumes this shape, whether it comes from the bundled study or from a newly coded project.
/// </summary>
[Jeugdhulp.Research.Display.TypeFormatterSource(typeof(Jeugdhulp.Research.Display.UnitTableFormatterSource))]
public sealed class UnitTable
{
    /// <summary>Derived attribute: <c>ja</c> when the unit's response cluster changed between periods.</summary>
    public const string ResponseChanged = "response_changed";
    /// <summary>Derived attribute: the change of cluster, e.g. <c>volgen&gt;niet-volgen</c>, or <c>geen</c>.</summary>
    public const string Change = "verandering";
    /// <summary>The case of the unit.</summary>
    public const string Case = "case";
    /// <summary>The provider (pseudonym) of the unit.</summary>
    public const string Provider = "provider";

    private UnitTable(ImmutableArray<UnitRow> rows, ImmutableArray<string> attributes)
    {
        Rows = rows;
        Attributes = attributes;
    }

    /// <summary>The units in data order.</summary>
    public ImmutableArray<UnitRow> Rows { get; }
    /// <summary>Every attribute some unit has, in a stable order.</summary>
    public ImmutableArray<string> Attributes { get; }

    /// <summary>
    /// Builds the table: <c>case</c>, <c>provider</c>, every unit-level observation without a period, and the derived
    /// change attributes from the responses per period.
    /// </summary>
    public static UnitTable From(StudyData study)
    {
        var attributes = new List<string> { Case, Provider };
        var rows = ImmutableArray.CreateBuilder<UnitRow>();
        foreach (var unit in study.Units)
        {
            var values = ImmutableDictionary.CreateBuilder<string, string?>();
            values[Case] = unit.Case;
            values[Provider] = unit.Provider;
            foreach (var o in study.ValuesOf(unit.Id).Where(o => o.Period is null))
            {
                values[o.Variable] = o.Value;
                if (!attributes.Contains(o.Variable)) attributes.Add(o.Variable);
            }
            var change = ClusterChange(study.ResponsesOf(unit.Id).ToList());
            values[Change] = change;
            values[ResponseChanged] = change is null ? null : change == "geen" ? "nee" : "ja";
            rows.Add(new UnitRow(unit, values.ToImmutable()));
        }
        attributes.Add(ResponseChanged);
        attributes.Add(Change);
        return new UnitTable(rows.ToImmutable(), [.. attributes]);
    }

    /// <summary>One line per unit with its attributes, as aligned text.</summary>
    public override string ToString() => Display.DisplayTables.ToResultTable(this).ToString();

    /// <summary>Keeps the rows that satisfy <paramref name="predicate"/>.</summary>
    public UnitTable Where(Func<UnitRow, bool> predicate) => new([.. Rows.Where(predicate)], Attributes);

    /// <summary>
    /// The table with one more attribute, its value per row from <paramref name="value"/> (null = undetermined): for an
    /// analysis that needs a derived attribute of its own, such as the responses of a period for propositions, without
    /// adding it to every export and cross-table.
    /// </summary>
    public UnitTable With(string attribute, Func<UnitRow, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Attributes.Contains(attribute)) throw new ArgumentException($"The unit table already has attribute '{attribute}'.", nameof(attribute));
        return new([.. Rows.Select(r => r with { Values = r.Values.SetItem(attribute, value(r)) })], Attributes.Add(attribute));
    }

    /// <summary>
    /// The emphasis cluster of each period, in time order. Where a period holds several responses, the data lists the
    /// one where the emphasis lies first (<c>data/README.md</c>), as chapter 9 assigns every period one cluster.
    /// </summary>
    public static IReadOnlyList<string> ClusterSequence(IEnumerable<ResponseObservation> responses) =>
        responses.GroupBy(r => r.Period).OrderBy(g => g.Key).Select(g => g.First().Cluster).ToList();

    /// <summary>The changes of emphasis cluster between consecutive periods, as <c>from&gt;to</c>.</summary>
    public static IEnumerable<string> ClusterChanges(IEnumerable<ResponseObservation> responses)
    {
        var sequence = ClusterSequence(responses);
        for (var i = 1; i < sequence.Count; i++)
            if (sequence[i] != sequence[i - 1]) yield return $"{sequence[i - 1]}>{sequence[i]}";
    }

    /// <summary>
    /// The change of cluster over the periods: <c>geen</c> without change, otherwise the sequence of distinct
    /// consecutive clusters such as <c>volgen&gt;niet-volgen</c>; null when the unit has no responses.
    /// </summary>
    public static string? ClusterChange(IReadOnlyList<ResponseObservation> responses)
    {
        if (responses.Count == 0) return null;
        var sequence = ClusterSequence(responses).Aggregate(new List<string>(), (acc, c) =>
        {
            if (acc.Count == 0 || acc[^1] != c) acc.Add(c);
            return acc;
        });
        return sequence.Count == 1 ? "geen" : string.Join(">", sequence);
    }
}
