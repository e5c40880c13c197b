using System.Collections.Immutable;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Qca;

namespace Jeugdhulp.Research.Theory;

/// <summary>
/// Calibrates a unit table into crisp sets by explicit rules (<see cref="CalibrationRule"/>). Default rules:
/// a cluster value (<c>volgen</c>, <c>niet-volgen</c>, <c>niets-doen</c>) → 1 for units in that cluster, else 0;
/// a +/- variable → <c>+</c> = 1, <c>-</c> = 0, <c>+/-</c> = configurable (default missing); a ja/nee variable →
/// <c>ja</c> = 1, <c>nee</c> = 0. Undetermined values stay missing and are reported with the data's reason.
/// </summary>
public static class Calibration
{
    /// <summary>Applies <paramref name="rules"/> to every unit; case ids are unit ids, sets are in rule order.</summary>
    /// <param name="table">The unit table.</param>
    /// <param name="rules">One rule per set; set names must be unique.</param>
    /// <param name="study">The study the table comes from, to explain undetermined values; optional.</param>
    /// <exception cref="CrispDataException">Duplicate or invalid set names.</exception>
    public static CalibratedData Calibrate(UnitTable table, IReadOnlyList<CalibrationRule> rules, StudyData? study = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rules);
        var missing = ImmutableArray.CreateBuilder<MissingCrispValue>();
        var rows = new List<(string, IReadOnlyList<int?>)>();
        foreach (var row in table.Rows)
        {
            var values = new int?[rules.Count];
            for (var j = 0; j < rules.Count; j++)
            {
                var raw = row[rules[j].Attribute];
                values[j] = rules[j].Apply(raw);
                if (values[j] is null)
                    missing.Add(new MissingCrispValue(row.Unit.Id, rules[j].SetName, rules[j].Attribute, raw, Reason(row.Unit.Id, rules[j], raw, study)));
            }
            rows.Add((row.Unit.Id, values));
        }
        var dataset = CrispDataset.Create(rules.Select(r => r.SetName), rows, "eenheidstabel");
        return new CalibratedData(dataset, [.. rules], missing.ToImmutable());
    }

    /// <summary>
    /// The default rule for a set name: a cluster value, a short name (<c>weten</c> … <c>moeten</c>), an export name or a
    /// codebook id of a +/- or ja/nee variable. The set is named as written.
    /// </summary>
    /// <param name="name">The name as the user wrote it (without <c>~</c>).</param>
    /// <param name="table">The unit table, to check that units have the attribute.</param>
    /// <param name="vocabulary">The codebook's vocabulary.</param>
    /// <param name="mixed">Membership for <c>+/-</c>: 1, 0 or null (missing, the default).</param>
    /// <exception cref="ArgumentException">The name is no cluster value or calibratable attribute.</exception>
    public static CalibrationRule RuleFor(string name, UnitTable table, Vocabulary vocabulary, int? mixed = null)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var codebook = vocabulary.Codebook;
        if (codebook.FindValueSet(StudyDataLoader.ClusterVariable)?.Find(name) is not null)
            return CalibrationRule.ValueIs(name, StudyDataLoader.ClusterVariable, name);
        var attribute = TheoryAliases.Resolve(name);
        if (!table.Attributes.Contains(attribute) && codebook.Find(attribute) is null)
            throw new ArgumentException($"'{name}' is no cluster value and no attribute of the units; use volgen, niet-volgen, niets-doen, "
                + $"{string.Join(", ", TheoryAliases.Characteristics.Keys)} or a codebook id such as kenmerk.willen.belang.");
        if (attribute == UnitTable.ResponseChanged) return CalibrationRule.ValueIs(name, attribute, "ja");
        var valueSet = codebook.Find(attribute)?.ValueSetId;
        return valueSet switch
        {
            "plusmin" => CalibrationRule.PlusMinus(name, attribute, mixed),
            "ja-nee" => CalibrationRule.ValueIs(name, attribute, "ja"),
            _ => throw new ArgumentException(
                $"No default calibration for '{name}' ({attribute}, values {(valueSet ?? "free text")}); crisp sets come from +/- or ja/nee variables and cluster values."),
        };
    }

    private static string Reason(string unit, CalibrationRule rule, string? raw, StudyData? study)
    {
        if (raw is not null) return $"regel: {raw} → ontbreekt";
        if (study is null) return "onbepaald";
        if (study.ValueOf(unit, rule.Attribute) is { } observation)
            return "onbepaald" + (observation.Provenance.ReasonIn("nl") is { } reason ? ": " + reason : "");
        var periods = study.ValuesOf(unit).Where(o => o.Variable == rule.Attribute && o.Period is not null).ToList();
        return periods.Count > 0
            ? "alleen per periode gecodeerd: " + string.Join("; ", periods.Select(o => $"{o.Period} {o.Value ?? Category.Unknown.Label}"))
            : "geen waarde in de data";
    }
}
