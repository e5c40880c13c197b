using System.Collections.Immutable;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Qca;

namespace Jeugdhulp.Research.Theory;

/// <summary>
/// A unit table calibrated into crisp sets: the QCA dataset (case ids = unit ids), the rules used and every missing
/// value with its reason, so that no unit silently drops out of a QCA.
/// </summary>
/// <param name="Dataset">The crisp dataset for <see cref="QcaAnalysis.Run"/>.</param>
/// <param name="Rules">The calibration rules, one per set, in column order.</param>
/// <param name="Missing">Every unit × set without a crisp value.</param>
public sealed record CalibratedData(CrispDataset Dataset, ImmutableArray<CalibrationRule> Rules, ImmutableArray<MissingCrispValue> Missing)
{
    /// <summary>The rules as a table: set, attribute, rule.</summary>
    public ResultTable RulesTable() => new("Kalibratie naar crisp sets",
        ["set", "attribuut", "regel"],
        [.. Rules.Select(r => (ImmutableArray<TableCell>)[new(r.SetName), new(r.Attribute), new(r.Describe())])],
        ["1 = lid van de set, 0 = geen lid; ontbrekende waarden worden niet ingevuld: de eenheid valt buiten de QCA."]);

    /// <summary>The missing values as a table: unit, set, value and reason.</summary>
    public ResultTable MissingTable() => new("Ontbrekende waarden na kalibratie",
        ["eenheid", "set", "waarde", "reden"],
        [.. Missing.Select(m => (ImmutableArray<TableCell>)[new(m.UnitId), new(m.SetName), new(m.RawValue ?? Category.Unknown.Label), new(m.Reason)])],
        [Missing.Length == 0 ? "Geen ontbrekende waarden." : $"{Missing.Select(m => m.UnitId).Distinct().Count()} eenheden missen minstens één waarde."]);
}
