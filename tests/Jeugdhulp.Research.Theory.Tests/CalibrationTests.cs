using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Qca;
using Jeugdhulp.Research.Theory.Tests.Support;

namespace Jeugdhulp.Research.Theory.Tests;

public class CalibrationTests
{
    private static readonly string[] Factors = ["weten", "willen", "kunnen", "moeten"];

    private static CalibratedData Calibrate(int? mixed = null)
    {
        var table = UnitTable.From(Repo.Study);
        var rules = Factors.Prepend("volgen").Select(n => Calibration.RuleFor(n, table, Repo.Vocabulary, mixed)).ToList();
        return Calibration.Calibrate(table, rules, Repo.Study);
    }

    [Fact]
    public void Units_become_cases_and_cluster_volgen_becomes_1_else_0()
    {
        var data = Calibrate();
        Assert.Equal(Repo.Study.Units.Select(u => u.Id), data.Dataset.CaseIds);
        Assert.Equal(["volgen", "weten", "willen", "kunnen", "moeten"], data.Dataset.Variables);
        var volgen = data.Dataset.CaseIds.Select((id, i) => (id, data.Dataset.Value(i, "volgen"))).ToList();
        Assert.Equal(8, volgen.Count(v => v.Item2 == true));
        Assert.Equal(10, volgen.Count(v => v.Item2 == false));
        var mars = data.Dataset.CaseIds.ToList().IndexOf("rijn.mars");
        Assert.Equal([true, true, true, true, false], data.Dataset.Variables.Select(v => data.Dataset.Value(mars, v)));
    }

    [Fact]
    public void Undetermined_and_mixed_values_stay_missing_and_are_reported_with_a_reason()
    {
        var missing = Calibrate().Missing.Select(m => $"{m.UnitId}:{m.SetName}").ToList();
        Assert.Equal([
            "rijn.saturnus:willen", "rijn.saturnus:kunnen", "maas.venus:willen", "maas.gezin-centraal:willen", "maas.gezin-centraal:kunnen",
            "ijssel.mercurius:moeten", "waal.orion:willen", "waal.orion:kunnen", "waal.jupiter:weten", "waal.jupiter:kunnen",
            "waal.praktijk-jeugdklasse:kunnen", "lek.neptunus:willen", "lek.neptunus:moeten", "lek.gezond-en-wel:kunnen",
        ], missing);
        var reasons = Calibrate().Missing.ToDictionary(m => $"{m.UnitId}:{m.SetName}", m => m.Reason);
        Assert.Equal("alleen per periode gecodeerd: 2016-2017 -; 2018-2020 +", reasons["rijn.saturnus:willen"]);
        Assert.Equal("regel: +/- → ontbreekt", reasons["ijssel.mercurius:moeten"]);
        Assert.Equal("onbepaald: Tabel 8.3: 'Kunnen: nvt'", reasons["lek.gezond-en-wel:kunnen"]);
        Assert.Equal(14, Calibrate().MissingTable().Rows.Length);
    }

    [Fact]
    public void The_mixed_value_is_configurable()
    {
        var data = Calibrate(mixed: 1);
        Assert.DoesNotContain(data.Missing, m => m.UnitId == "ijssel.mercurius");
        Assert.Equal(true, data.Dataset.Value(data.Dataset.CaseIds.ToList().IndexOf("ijssel.mercurius"), "moeten"));
        Assert.Contains("+/- → 1", data.RulesTable().Text(4, 2));
    }

    [Fact]
    public void Rules_are_explicit_and_describe_themselves()
    {
        Assert.Equal("kenmerk.willen: + → 1, - → 0, +/- → ontbreekt, overige waarden → ontbreekt, onbepaald → ontbreekt",
            CalibrationRule.PlusMinus("willen", "kenmerk.willen").Describe());
        Assert.Equal("cluster: volgen → 1, overige waarden → 0, onbepaald → ontbreekt", CalibrationRule.ValueIs("volgen", "cluster", "volgen").Describe());
        var rule = CalibrationRule.PlusMinus("x", "a", mixed: 0);
        Assert.Equal([1, 0, 0, null, null], new[] { "+", "-", "+/-", "?", null }.Select(rule.Apply));
    }

    [Fact]
    public void Names_that_cannot_be_calibrated_are_refused()
    {
        var table = UnitTable.From(Repo.Study);
        Assert.Throws<ArgumentException>(() => Calibration.RuleFor("bestaat-niet", table, Repo.Vocabulary));
        var e = Assert.Throws<ArgumentException>(() => Calibration.RuleFor("aanbieder.omvang", table, Repo.Vocabulary));
        Assert.Contains("No default calibration", e.Message);
        Assert.Equal("kenmerk.willen.belang", Calibration.RuleFor("kenmerk.willen.belang", table, Repo.Vocabulary).Attribute);
    }

    [Theory]
    [InlineData("kenmerk.willen", "volgen", false, DirectionalExpectation.Present)]
    [InlineData("kenmerk.willen", "volgen", true, DirectionalExpectation.Absent)]
    [InlineData("kenmerk.willen", "niet-volgen", false, DirectionalExpectation.Absent)]
    [InlineData("kenmerk.weten", "volgen", false, DirectionalExpectation.Present)]
    [InlineData("kenmerk.weten", "niets-doen", false, DirectionalExpectation.Absent)]
    [InlineData("kenmerk.moeten.afhankelijkheid", "volgen", false, DirectionalExpectation.Present)]
    [InlineData("aanbieder.omvang", "volgen", false, DirectionalExpectation.Either)]
    public void Directional_expectations_follow_the_codebook(string attribute, string cluster, bool negated, DirectionalExpectation expected)
    {
        Assert.Equal(expected, ExpectedDirections.For(Repo.Codebook, "c", attribute, cluster, negated).Direction);
    }
}
