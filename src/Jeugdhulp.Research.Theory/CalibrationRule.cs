using System.Collections.Immutable;
using System.Globalization;

namespace Jeugdhulp.Research.Theory;

/// <summary>
/// How one unit attribute becomes one crisp set: an explicit map from value ids to 1, 0 or missing, and what to do
/// with other determined values. Undetermined values are always missing. Explicit rules make a QCA on coded data
/// reproducible and let a reader see every calibration decision.
/// </summary>
/// <param name="SetName">Name of the crisp set (the QCA condition or outcome), e.g. <c>willen</c> or <c>volgen</c>.</param>
/// <param name="Attribute">The unit attribute it is calibrated from, e.g. <c>kenmerk.willen</c> or <c>cluster</c>.</param>
/// <param name="Map">Value id → 1, 0 or null (missing).</param>
/// <param name="Otherwise">Membership for determined values not in <see cref="Map"/>; null = missing.</param>
public sealed record CalibrationRule(string SetName, string Attribute, ImmutableDictionary<string, int?> Map, int? Otherwise = null)
{
    /// <summary>The usual rule for a +/- variable: <c>+</c> → 1, <c>-</c> → 0, <c>+/-</c> → <paramref name="mixed"/> (default missing).</summary>
    public static CalibrationRule PlusMinus(string setName, string attribute, int? mixed = null) =>
        new(setName, attribute, ImmutableDictionary.CreateRange(StringComparer.Ordinal, new KeyValuePair<string, int?>[] { new("+", 1), new("-", 0), new("+/-", mixed) }));

    /// <summary>Membership by one value: <paramref name="value"/> → 1, every other determined value → 0 (e.g. cluster = volgen).</summary>
    public static CalibrationRule ValueIs(string setName, string attribute, string value) =>
        new(setName, attribute, ImmutableDictionary.CreateRange(StringComparer.Ordinal, new KeyValuePair<string, int?>[] { new(value, 1) }), Otherwise: 0);

    /// <summary>Membership of a value: 1, 0, or null (missing) for undetermined values and values the rule leaves missing.</summary>
    public int? Apply(string? value) =>
        value is null ? null : Map.TryGetValue(value, out var mapped) ? mapped : Otherwise;

    /// <summary>The rule in words, e.g. <c>kenmerk.willen: + → 1, - → 0, +/- → ontbreekt</c>.</summary>
    public string Describe()
    {
        var parts = Map.OrderByDescending(p => p.Value ?? -1).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} → {Text(p.Value)}").ToList();
        parts.Add($"{(Map.Count == 0 ? "elke waarde" : "overige waarden")} → {Text(Otherwise)}");
        parts.Add("onbepaald → ontbreekt");
        return $"{Attribute}: {string.Join(", ", parts)}";
    }

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "ontbreekt";
}
