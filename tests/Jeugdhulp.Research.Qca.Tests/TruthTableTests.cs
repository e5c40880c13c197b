using Jeugdhulp.Research.Qca;

namespace Jeugdhulp.Research.Qca.Tests;

public class TruthTableTests
{
    private static CrispDataset Data(params (string Id, int? A, int? B, int? Y)[] rows) =>
        CrispDataset.Create(["A", "B", "Y"], rows.Select(r => (r.Id, (IReadOnlyList<int?>)[r.A, r.B, r.Y])));

    [Fact]
    public void Cases_with_missing_values_in_used_variables_are_excluded_and_reported()
    {
        var data = Data(("c1", 1, 1, 1), ("c2", null, 1, 1), ("c3", 1, 0, null), ("c4", 0, 0, 0));
        var table = TruthTable.Build(data, new QcaOptions("Y", ["A", "B"]));
        Assert.Equal(["c1", "c4"], table.Cases.Select(c => c.CaseId));
        Assert.Equal(2, table.ExcludedCases.Count);
        Assert.Equal(new ExcludedCase("c2", ["A"]).CaseId, table.ExcludedCases[0].CaseId);
        Assert.Equal(["A"], table.ExcludedCases[0].MissingVariables);
        Assert.Equal(["Y"], table.ExcludedCases[1].MissingVariables);
    }

    [Fact]
    public void Missing_values_in_unused_variables_do_not_exclude_cases()
    {
        var data = Data(("c1", 1, null, 1), ("c2", 0, null, 0));
        var table = TruthTable.Build(data, new QcaOptions("Y", ["A"]));
        Assert.Empty(table.ExcludedCases);
        Assert.Equal(2, table.Cases.Count);
    }

    [Fact]
    public void Contradictory_row_gets_output_by_inclusion_cut_and_is_reported()
    {
        var data = Data(("c1", 1, 1, 1), ("c2", 1, 1, 1), ("c3", 1, 1, 1), ("c4", 1, 1, 1), ("c5", 1, 1, 0), ("c6", 0, 0, 0));
        var strict = TruthTable.Build(data, new QcaOptions("Y", ["A", "B"]));
        var row = strict.Rows.Single(r => r.RowNumber == 4);
        Assert.True(row.IsContradictory);
        Assert.Equal(0.8, row.Inclusion, 12);
        Assert.Equal(OutputValue.False, row.Output);
        Assert.Single(strict.ContradictoryRows);

        var lenient = TruthTable.Build(data, new QcaOptions("Y", ["A", "B"]) { InclusionCut = 0.8 });
        Assert.Equal(OutputValue.True, lenient.Rows.Single(r => r.RowNumber == 4).Output);

        var twoCuts = TruthTable.Build(data, new QcaOptions("Y", ["A", "B"]) { InclusionCut = 0.9, ExclusionCut = 0.7 });
        Assert.Equal(OutputValue.Contradiction, twoCuts.Rows.Single(r => r.RowNumber == 4).Output);
    }

    [Fact]
    public void Rows_below_the_frequency_cut_become_remainders()
    {
        var data = Data(("c1", 1, 1, 1), ("c2", 1, 1, 1), ("c3", 0, 1, 1), ("c4", 0, 0, 0), ("c5", 0, 0, 0));
        var table = TruthTable.Build(data, new QcaOptions("Y", ["A", "B"]) { NCut = 2 });
        Assert.Equal(OutputValue.Remainder, table.Rows.Single(r => r.RowNumber == 2).Output);
        Assert.Equal([1, 2], table.Remainders);
        Assert.Equal([3], table.PositiveRows);
    }

    [Fact]
    public void Negated_condition_is_analysed_as_written_and_rendered_without_double_negation()
    {
        var data = Data(("c1", 0, 1, 1), ("c2", 1, 1, 0), ("c3", 0, 0, 0), ("c4", 1, 0, 0));
        var result = QcaAnalysis.Run(data, new QcaOptions("Y", ["~A", "B"]));
        Assert.Equal(["~A", "B"], result.TruthTable.Conditions.Select(c => c.ToString()));
        Assert.Equal("~A*B", Assert.Single(result.Conservative.Models).Expression);
        Assert.Equal([4], result.TruthTable.PositiveRows.Select(i => i + 1));
    }

    [Fact]
    public void Invalid_options_are_rejected_with_reasons()
    {
        var data = Data(("c1", 1, 1, 1));
        Assert.Throws<ArgumentException>(() => TruthTable.Build(data, new QcaOptions("Y", [])));
        Assert.Throws<ArgumentException>(() => TruthTable.Build(data, new QcaOptions("Y", ["A", "~A"])));
        Assert.Throws<ArgumentException>(() => TruthTable.Build(data, new QcaOptions("Y", ["A", "Y"])));
        Assert.Throws<ArgumentException>(() => TruthTable.Build(data, new QcaOptions("Y", ["A"]) { InclusionCut = 1.5 }));
        Assert.Throws<ArgumentException>(() => TruthTable.Build(data, new QcaOptions("Y", ["A"]) { NCut = 0 }));
        Assert.Throws<ArgumentException>(() => TruthTable.Build(data, new QcaOptions("Y", ["A*B"])));
    }

    [Fact]
    public void Literal_parsing_handles_negation_and_whitespace()
    {
        Assert.Equal(new Literal("X", true), Literal.Parse(" ~X "));
        Assert.Equal(new Literal("X", false), Literal.Parse("~~X"));
        Assert.Equal("~X", new Literal("X", true).ToString());
        Assert.Throws<ArgumentException>(() => Literal.Parse("~"));
    }
}
