using System.Collections.Immutable;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Comparison;

/// <summary>
/// The values marked <c>forced-by-counts</c> are not said per unit in the dissertation; they feed Tables 9.4, 9.8 and
/// 9.12-9.14, so reproducing those tables from them is circular unless each value really is the only one the
/// published counts allow. These tests enumerate the alternatives: every other value of the variable's value set and
/// "undetermined" (empty), with every stated, inferred and undetermined value left as it is, and require that each
/// alternative breaks at least one printed cell. So "forced" is shown, not asserted.
/// </summary>
public class ForcedValuesTests
{
    private static readonly ImmutableArray<Observation> Forced =
        [.. StudyFixture.Study.UnitValues.Where(o => o.Provenance.Basis == Basis.ForcedByCounts && o.Period is null)];

    public static TheoryData<string, string> ForcedValues()
    {
        var data = new TheoryData<string, string>();
        foreach (var o in Forced) data.Add(o.Subject, o.Variable);
        return data;
    }

    [Fact]
    public void The_data_hold_the_22_forced_values_data_README_lists_per_variable()
    {
        // data/README.md: "22 values are forced-by-counts ... (aanbieder.specialisatie 2, aanbieder.groeidoelstelling 6,
        // aanbieder.marktgericht 5, aanbieder.marktgericht-tabel-9.13 9)".
        Assert.Equal(22, Forced.Length);
        Assert.Equal(
            [("aanbieder.groeidoelstelling", 6), ("aanbieder.marktgericht", 5), ("aanbieder.marktgericht-tabel-9.13", 9), ("aanbieder.specialisatie", 2)],
            Forced.GroupBy(o => o.Variable).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())));
    }

    [Theory]
    [MemberData(nameof(ForcedValues))]
    public void Every_alternative_to_a_forced_value_breaks_a_published_count(string unit, string variable)
    {
        var original = Forced.Single(o => o.Subject == unit && o.Variable == variable);
        Assert.Empty(Mismatches(StudyFixture.Study)); // the data as they are reproduce every printed cell

        var alternatives = Alternatives(variable).Where(v => v != original.Value).ToList();
        Assert.True(alternatives.Count >= 2, $"{variable} has no alternative to try besides {original.Value}");
        foreach (var alternative in alternatives)
        {
            var mismatches = Mismatches(With(StudyFixture.Study, [(unit, variable, alternative)]));
            Assert.True(mismatches.Count > 0,
                $"{unit} {variable} = {alternative ?? "onbekend"} fits every published count as well as {original.Value}: the value is chosen, not forced");
        }
    }

    /// <summary>
    /// Stronger than one value at a time: all forced values of a variable changed together (every combination of the
    /// value set and "undetermined") and exactly one combination, the data's, fits the published counts. This rules
    /// out two forced values that could be swapped against each other.
    /// </summary>
    [Theory]
    [InlineData("aanbieder.specialisatie", 16)]
    [InlineData("aanbieder.groeidoelstelling", 4096)]
    [InlineData("aanbieder.marktgericht", 243)]
    public void Only_the_datas_combination_of_a_variables_forced_values_fits_the_published_counts(string variable, int combinations)
    {
        var free = Forced.Where(o => o.Variable == variable).ToList();
        var fitting = Fitting(free, combinations, derive: s => s);
        Assert.Equal([Describe(free)], fitting);
    }

    /// <summary>
    /// Table 9.13's market orientation alone does not force its nine values: Gezin Centraal (niet) can trade places
    /// with any of the three new units forced to wel (De Jeugdfirma, 1 Jeugd, Praktijk Jeugdklasse) and Table 9.13
    /// still fits, because all four are new. What settles it is the codebook's rule for the variable ("gelijk aan
    /// aanbieder.marktgericht waar die bepaald is"): Gezin Centraal's value comes from Table 9.14, where it is forced
    /// (see the next test). This test states the ambiguity exactly, so a change in the data that widens it fails.
    /// </summary>
    [Fact]
    public void Table_9_13_alone_lets_Gezin_Centraal_trade_places_with_each_new_market_oriented_unit()
    {
        var free = Forced.Where(o => o.Variable == TableVariable).ToList();
        var fitting = Fitting(free, 19683, derive: s => s);
        string Swapped(string unit) => Describe(free.Select(o =>
            o.Subject == "maas.gezin-centraal" ? o with { Value = "marktgericht" } : o.Subject == unit ? o with { Value = "niet-marktgericht" } : o).ToList());
        Assert.Equal(
            new[] { Describe(free), Swapped("rijn.de-jeugdfirma"), Swapped("maas.1-jeugd"), Swapped("waal.praktijk-jeugdklasse") }.Order(StringComparer.Ordinal),
            fitting.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Both market orientations together, under the codebook's rule that Table 9.13's value equals
    /// <c>aanbieder.marktgericht</c> wherever that is determined: the five forced values of Table 9.14 and the four
    /// Table 9.13 values of units Table 9.14 leaves unknown vary freely (every value and "undetermined"); the other
    /// five Table 9.13 values follow by the rule. Exactly one combination fits Tables 9.13 and 9.14: the data's.
    /// </summary>
    [Fact]
    public void Both_market_orientations_together_are_forced_under_the_codebooks_rule()
    {
        var undetermined = StudyFixture.Study.UnitValues
            .Where(o => o.Variable == MarketVariable && o.Period is null && o.Value is null).Select(o => o.Subject).ToHashSet();
        var free = Forced.Where(o => o.Variable == MarketVariable || (o.Variable == TableVariable && undetermined.Contains(o.Subject))).ToList();
        Assert.Equal(["rijn.saturnus", "rijn.de-jeugdfirma", "maas.1-jeugd", "waal.praktijk-jeugdklasse"],
            free.Where(o => o.Variable == TableVariable).Select(o => o.Subject));
        var fitting = Fitting(free, 19683, derive: s => s with
        {
            UnitValues = [.. s.UnitValues.Select(o => o.Variable == TableVariable && o.Period is null && s.ValueOf(o.Subject, MarketVariable)?.Value is { } market
                ? o with { Value = market } : o)],
        });
        Assert.Equal([Describe(free)], fitting);
    }

    private const string MarketVariable = "aanbieder.marktgericht";
    private const string TableVariable = "aanbieder.marktgericht-tabel-9.13";

    /// <summary>
    /// Every assignment of the variable's values and "undetermined" to the <paramref name="free"/> observations
    /// (everything else as in the data, then <paramref name="derive"/>), kept when every published table over one of
    /// the variables involved reproduces.
    /// </summary>
    private static List<string> Fitting(IReadOnlyList<Observation> free, int combinations, Func<StudyData, StudyData> derive)
    {
        var variables = free.Select(o => o.Variable).ToHashSet();
        var tables = StudyFixture.Study.PublishedTables.Where(t => variables.Contains(t.RowVariable) || variables.Contains(t.ColumnVariable)).ToList();
        Assert.NotEmpty(tables);
        var domains = free.Select(o => Alternatives(o.Variable)).ToList();
        Assert.Equal(combinations, domains.Aggregate(1, (n, d) => n * d.Count));

        var fitting = new List<string>();
        for (var n = 0; n < combinations; n++)
        {
            var rest = n;
            var assignment = free.Select((o, i) => { var v = domains[i][rest % domains[i].Count]; rest /= domains[i].Count; return o with { Value = v }; }).ToList();
            var study = derive(With(StudyFixture.Study, [.. assignment.Select(o => (o.Subject, o.Variable, o.Value))]));
            var units = UnitTable.From(study);
            if (tables.All(t => Reproduction.Reproduce(study, units, t).Matches)) fitting.Add(Describe(assignment));
        }
        return fitting;
    }

    private static string Describe(IEnumerable<Observation> values) =>
        string.Join(", ", values.Select(o => $"{o.Subject} {o.Variable}={o.Value ?? "onbekend"}"));

    /// <summary>Every value of the variable's value set in the codebook, and null (undetermined).</summary>
    private static List<string?> Alternatives(string variable)
    {
        var entry = StudyFixture.Codebook.Find(variable) ?? throw new InvalidOperationException($"{variable} is not in the codebook");
        var set = StudyFixture.Codebook.FindValueSet(entry.ValueSetId!) ?? throw new InvalidOperationException($"{variable} has no value set");
        return [.. set.Values.Select(v => (string?)v.Id), null];
    }

    /// <summary>The study with some unit values replaced; null makes a value undetermined.</summary>
    private static StudyData With(StudyData study, IReadOnlyList<(string Unit, string Variable, string? Value)> changes) =>
        study with
        {
            UnitValues = [.. study.UnitValues.Select(o =>
                changes.FirstOrDefault(c => c.Unit == o.Subject && c.Variable == o.Variable && o.Period is null) is { Unit: not null } c
                    ? o with { Value = c.Value }
                    : o)],
        };

    /// <summary>Every printed cell the study does not reproduce, as "9.8 Volgen × Groeidoelstelling: 5 ≠ 4".</summary>
    private static List<string> Mismatches(StudyData study) =>
        [.. Reproduction.Run(study).SelectMany(t => t.Cells.Where(c => !c.Matches)
            .Select(c => $"{t.Published.Id} {c.Row} × {c.Column}: {c.Reproduced} ≠ {c.Published}"))];
}
