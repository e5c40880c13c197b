using Jeugdhulp.Research.Qca;

namespace Jeugdhulp.Research.Qca.Tests;

public class CrispCsvTests
{
    private static CrispDataset Parse(string text) => CrispCsv.Parse(new StringReader(text), "study.csv");

    [Fact]
    public void Reads_the_Lipset_reference_file()
    {
        var data = ReferenceData.Lipset();
        Assert.Equal(18, data.CaseCount);
        Assert.Equal(["DEV", "URB", "LIT", "IND", "STB", "SURV"], data.Variables);
        Assert.Equal(true, data.Value(data.CaseIds.ToList().IndexOf("BE"), "SURV"));
        Assert.Equal(Path.GetFullPath(ReferenceData.LipsetCsv), Path.GetFullPath(data.Source!));
    }

    [Fact]
    public void Non_binary_value_is_reported_with_file_line_and_column()
    {
        var e = Assert.Throws<CrispDataException>(() => Parse("case,A,B\nc1,1,0\nc2,0.5,1\n"));
        Assert.Equal("study.csv", e.Source);
        Assert.Equal(3, e.Line);
        Assert.Equal("A", e.Column);
        Assert.Contains("study.csv, line 3, column 'A'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'0.5'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_case_is_reported_with_both_lines()
    {
        var e = Assert.Throws<CrispDataException>(() => Parse("case,A\nc1,1\nc2,0\nc1,0\n"));
        Assert.Equal(4, e.Line);
        Assert.Contains("duplicate case 'c1' (first on line 2)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_column_is_reported()
    {
        var e = Assert.Throws<CrispDataException>(() => Parse("case,A,A\nc1,1,0\n"));
        Assert.Equal(1, e.Line);
        Assert.Equal("A", e.Column);
    }

    [Fact]
    public void Row_with_wrong_number_of_cells_is_reported()
    {
        var e = Assert.Throws<CrispDataException>(() => Parse("case,A,B\nc1,1\n"));
        Assert.Equal(2, e.Line);
        Assert.Contains("2 cells where the header has 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_condition_column_is_reported_when_analysing()
    {
        var data = Parse("case,A,Y\nc1,1,1\n");
        var e = Assert.Throws<CrispDataException>(() => QcaAnalysis.Run(data, new QcaOptions("Y", ["A", "B"])));
        Assert.Equal("B", e.Column);
        Assert.Contains("study.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains("no column 'B'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_named_case_column_is_reported()
    {
        var e = Assert.Throws<CrispDataException>(() => CrispCsv.Parse(new StringReader("id,A\nc1,1\n"), "study.csv", caseColumn: "case"));
        Assert.Equal("case", e.Column);
    }

    [Fact]
    public void Empty_NA_and_question_mark_are_missing_values()
    {
        var data = Parse("case,A,B,C\nc1,,NA,?\n");
        Assert.Null(data.Value(0, "A"));
        Assert.Null(data.Value(0, "B"));
        Assert.Null(data.Value(0, "C"));
    }

    [Fact]
    public void Semicolon_separated_files_and_quoted_cells_are_read()
    {
        var data = Parse("\"case\";A\n\"Gemeente \"\"X\"\"\";1\n");
        Assert.Equal("Gemeente \"X\"", data.CaseIds[0]);
        Assert.Equal(true, data.Value(0, "A"));
    }

    [Fact]
    public void Missing_file_is_reported_with_its_path()
    {
        var e = Assert.Throws<CrispDataException>(() => CrispCsv.Read("/nonexistent/x.csv"));
        Assert.Equal("/nonexistent/x.csv", e.Source);
    }

    [Fact]
    public void Datasets_built_in_code_reject_non_binary_values()
    {
        var e = Assert.Throws<CrispDataException>(() => CrispDataset.Create(["A"], [("c1", [2])]));
        Assert.Equal("A", e.Column);
    }
}
