using System.Collections.Immutable;
using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Theory;

/// <summary>One clause of a <see cref="UnitCondition"/>: an attribute, its accepted values (null = onbekend) and whether they are negated.</summary>
/// <param name="Attribute">The attribute (codebook id or derived attribute).</param>
/// <param name="Negated">True for <c>!=</c> and <c>not in</c>.</param>
/// <param name="Values">The value ids; null stands for <c>onbekend</c>.</param>
/// <param name="Predicate">The two-valued test of <see cref="UnitFilter"/>.</param>
public sealed record ConditionClause(string Attribute, bool Negated, ImmutableArray<string?> Values, Func<UnitRow, bool> Predicate)
{
    /// <summary>Null when the unit's value is undetermined and the clause does not name <c>onbekend</c>.</summary>
    public bool? Evaluate(UnitRow row) => row[Attribute] is null && !Values.Contains(null) ? null : Predicate(row);

    /// <summary>Dutch wording of the clause: the value labels, prefixed with "niet" when negated.</summary>
    public string Describe(Vocabulary vocabulary)
    {
        var labels = string.Join(" of ", Values.Select(v => vocabulary.ValueLabel(Attribute, v)));
        var subject = Attribute == Jeugdhulp.Research.Data.StudyDataLoader.ClusterVariable ? ""
            : Attribute == PeriodResponse.Attribute ? PeriodResponse.Label + " "
            : vocabulary.AttributeLabel(Attribute) + " ";
        return Negated ? $"{subject}niet {labels}" : subject + labels;
    }
}
