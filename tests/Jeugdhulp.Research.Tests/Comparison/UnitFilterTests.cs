using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Comparison;

/// <summary>
/// The filter language: a filter either means what it says or is refused with the valid names. A table of zeros is a
/// plausible answer, so a typo must never produce one.
/// </summary>
public class UnitFilterTests
{
    private static string[] Matching(string expression)
    {
        var units = StudyFixture.Units;
        return [.. units.Where(UnitFilter.Parse(expression, units, StudyFixture.Vocabulary)).Rows.Select(r => r.Unit.Id)];
    }

    private static Diagnostic Refused(string expression) =>
        Assert.Single(Assert.Throws<InputException>(() => UnitFilter.Compile(expression, StudyFixture.Units, StudyFixture.Vocabulary)).Diagnostics);

    [Fact]
    public void Or_joins_two_cases_into_their_eight_units()
    {
        var units = Matching("case=rijn or case=maas");
        Assert.Equal(8, units.Length);
        Assert.All(units, u => Assert.True(u.StartsWith("rijn.", StringComparison.Ordinal) || u.StartsWith("maas.", StringComparison.Ordinal)));
    }

    [Fact]
    public void And_binds_tighter_than_or_and_parentheses_override_it()
    {
        // case=waal (4 units) or (case=rijn and cluster=volgen): all 4 Rijn units follow.
        Assert.Equal(8, Matching("case=waal or case=rijn and cluster=volgen").Length);
        // (case=waal or case=rijn) and cluster=niets-doen: no Rijn unit does nothing, three Waal units do.
        Assert.Equal(["waal.jupiter", "waal.praktijk-jeugdklasse", "waal.gezond-en-wel"], Matching("(case=waal or case=rijn) and cluster=niets-doen"));
    }

    [Fact]
    public void Not_in_and_not_equal_are_the_complement()
    {
        Assert.Equal(["waal.orion"], Matching("case=waal and not cluster=niets-doen"));
        Assert.Equal(Matching("case=waal and not cluster=niets-doen"), Matching("case = waal and cluster != niets-doen"));
        Assert.Equal(10, Matching("case not in (rijn, maas)").Length);
        Assert.Equal(8, Matching("case in (Rijn, 'maas')").Length);
        Assert.Equal(18, Matching("case=rijn or not (case=rijn)").Length);
    }

    [Fact]
    public void Labels_ids_and_attribute_names_are_case_insensitive()
    {
        Assert.Equal(Matching("age_class=oud"), Matching("AGE_CLASS=\"oud (voor 2000)\""));
        Assert.Equal(Matching("aanbieder.leeftijd=oud"), Matching("age_class=Oud"));
    }

    [Fact]
    public void Onbekend_matches_undetermined_values()
    {
        var units = StudyFixture.Units;
        var undetermined = units.Rows.Count(r => r["aanbieder.marktgericht"] is null);
        Assert.True(undetermined > 0);
        Assert.Equal(undetermined, Matching("market_oriented=onbekend").Length);
    }

    [Theory]
    [InlineData("age_class=old", "unknown-value", "'old' is not a value of 'age_class' (aanbieder.leeftijd). Did you mean 'oud'?")]
    [InlineData("cluster=niet volgen", "unknown-value", "Did you mean 'niet-volgen'? Valid values: volgen, niet-volgen, niets-doen, onbekend.")]
    [InlineData("case=rijn or case=mass", "unknown-value", "Did you mean 'maas'?")]
    [InlineData("kleur=rood", "unknown-attribute", "Unknown attribute 'kleur'. Known attributes: case, provider, specialisation, age_class")]
    [InlineData("age_clas=oud", "unknown-attribute", "Did you mean 'age_class'?")]
    [InlineData("age_class==oud", "invalid-filter", "'==' is not an operator")]
    [InlineData("age_class=oud case=rijn", "invalid-filter", "'=' follows a value; join conditions with 'and' or 'or'.")]
    [InlineData("(case=rijn or case=maas", "invalid-filter", "This '(' is never closed.")]
    [InlineData("case=rijn)", "invalid-filter", "This ')' closes no '('.")]
    [InlineData("case in rijn", "invalid-filter", "'in' needs a list in parentheses")]
    [InlineData("case=", "invalid-filter", "Expected a value after '='.")]
    [InlineData("case=rijn and", "invalid-filter", "The filter ends where a condition was expected")]
    [InlineData("", "invalid-filter", "The filter is empty")]
    [InlineData("case='rijn", "invalid-filter", "is never closed")]
    public void Invalid_filters_are_refused_with_what_to_write(string expression, string code, string message)
    {
        var diagnostic = Refused(expression);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal("--where", diagnostic.File);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_unknown_value_is_reported_at_once_with_its_column()
    {
        var error = Assert.Throws<InputException>(() => UnitFilter.Compile("age_class=old and case=mass", StudyFixture.Units, StudyFixture.Vocabulary));
        Assert.Equal([11, 24], error.Diagnostics.Select(d => d.Column));
    }

    [Theory]
    [InlineData("age_class=old", "Valid values: oud (\"oud (voor 2000)\"), nieuw (\"nieuw (na 2000)\"), onbekend.")]
    [InlineData("cluster=niet volgen", "Valid values: volgen, niet-volgen, niets-doen, onbekend.")]
    [InlineData("age_class==oud", "'==' is not an operator")]
    [InlineData("age_class=oud or case=ryn", "Valid values: rijn (\"Rijn\"), maas (\"Maas\"), ijssel (\"IJssel\"), waal (\"Waal\"), lek (\"Lek\"), onbekend.")]
    public void The_table_command_exits_with_a_usage_error_naming_the_valid_values(string expression, string expected)
    {
        var result = Jhr.Run("table", "--rows", "case", "--cols", "cluster", "--where", expression);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_or_filter_on_the_command_line_counts_eight_units()
    {
        var result = Jhr.Run("table", "--rows", "case", "--cols", "cluster", "--where", "case=rijn or case=maas", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Totaal,6,2,0,8", result.Out.Trim().Split('\n')[^1].TrimEnd('\r'));
    }

    [Fact]
    public void A_valid_filter_that_matches_no_unit_says_so()
    {
        var result = Jhr.Run("table", "--rows", "case", "--cols", "cluster", "--where", "case=rijn and cluster=niets-doen");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Filter: case=rijn and cluster=niets-doen; 0 eenheden voldoen aan het filter.", result.Out, StringComparison.Ordinal);
        Assert.Contains("0 eenheden voldoen aan het filter", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_attribute_gets_the_same_list_and_exit_code_in_every_option()
    {
        var byWhere = Jhr.Run("table", "--rows", "case", "--cols", "cluster", "--where", "kleur=rood");
        var byRows = Jhr.Run("table", "--rows", "kleur", "--cols", "cluster");
        var byVars = Jhr.Run("matrix", "contrast", "--vars", "kleur");
        static string List(string error) => error[error.IndexOf("Known attributes:", StringComparison.Ordinal)..].Trim();
        Assert.All(new[] { byWhere, byRows, byVars }, r => Assert.Equal(2, r.ExitCode));
        Assert.Equal(List(byRows.Error), List(byWhere.Error));
        Assert.Equal(List(byRows.Error), List(byVars.Error));
        Assert.StartsWith("--rows: unknown-attribute: Unknown attribute 'kleur'.", byRows.Error, StringComparison.Ordinal);
        Assert.StartsWith("--vars: unknown-attribute:", byVars.Error, StringComparison.Ordinal);
    }
}
