using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Coding.Tests.Support;

namespace Jeugdhulp.Research.Coding.Tests.Segments;

public class CodingCsvTests
{
    private static string Write(string content)
    {
        var path = Path.Combine(Repo.TempDirectory(), "codings.csv");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Codings_round_trip_through_CSV()
    {
        var segments = new[]
        {
            new CodedSegment("bron", 3, 10, "tekst, met \"komma\"", "kenmerk.weten", "+/-", "coderA")
            { Unit = "a.b", Period = 2, Account = Account.ThirdParty, Memo = "regel 1\nregel 2", Timestamp = new DateTimeOffset(2024, 4, 8, 9, 0, 0, TimeSpan.FromHours(2)) },
            new CodedSegment("bron", 0, 2, "ja", "reactie.volgen", null, "coderB"),
            new CodedSegment("bron", 20, 31, "regels zijn", "sturing.hierarchisch", "+", "coderB") { Assisted = new Assistance("lexicon", 2.75) },
            new CodedSegment("bron", 40, 52, "we volgen ze", "reactie.volgen", null, "coderA") { Assisted = new Assistance("model", 0.9342718281828459) },
        };
        var path = Write(CodingCsv.Write(segments));
        var diagnostics = new CodingDiagnostics();

        var read = CodingCsv.Read(path, diagnostics);

        Assert.Empty(diagnostics.Errors);
        Assert.Equal(segments, read.Select(s => s.WithoutOrigin()));
        Assert.Equal((path, 2), (read[0].Origin!.File, read[0].Origin!.Line));
        Assert.Equal(4, read[1].Origin!.Line); // the memo spans two lines
    }

    [Fact]
    public void Assisted_codings_are_written_as_suggester_and_score_and_files_without_the_column_still_load()
    {
        var csv = CodingCsv.Write([new CodedSegment("bron", 0, 2, "ja", "reactie.volgen", null, "coderB") { Assisted = new Assistance("lexicon", 2.5) }]);
        Assert.Equal("source,start,end,text,code,value,unit,period,coder,account,memo,timestamp,assisted\nbron,0,2,ja,reactie.volgen,,,,coderB,,,,lexicon:2.5\n", csv);

        var diagnostics = new CodingDiagnostics();
        var old = CodingCsv.Read(Path.Combine(Repo.Corpus, "codings", "coderB.csv"), diagnostics);
        Assert.Empty(diagnostics.Errors);
        Assert.Equal(29, old.Length);
        Assert.All(old, s => Assert.Null(s.Assisted));
    }

    [Fact]
    public void Every_bad_cell_is_reported_with_file_line_and_column()
    {
        var path = Write(
            "source,start,end,text,code,value,unit,period,coder,account,memo,timestamp,assisted\n" +
            "bron,x,5,tekst,reactie.volgen,,,,coderA,,,,\n" +
            "bron,1,5,tekst,reactie.volgen,,,nul,coderA,buurman,,gisteren,lexicon\n" +
            "bron,9,5,tekst,reactie.volgen,,,,,,,,Model:0.5\n");
        var diagnostics = new CodingDiagnostics();

        Assert.Empty(CodingCsv.Read(path, diagnostics));

        Assert.Equal(
        [
            $"{path}:2:2: not-an-offset", $"{path}:3:8: invalid-period", $"{path}:3:10: invalid-account", $"{path}:3:12: invalid-timestamp",
            $"{path}:3:13: invalid-assisted", $"{path}:4:3: empty-segment", $"{path}:4:9: missing-value", $"{path}:4:13: invalid-assisted",
        ], diagnostics.Errors.Select(d => $"{d.File}:{d.Line}:{d.Column}: {d.Code}"));
    }

    [Fact]
    public void A_missing_column_and_a_ragged_row_are_reported()
    {
        var diagnostics = new CodingDiagnostics();
        CodingCsv.Read(Write("source,start,end,text,code\nbron,1,2,x,reactie.volgen\n"), diagnostics);
        Assert.Equal("missing-column", Assert.Single(diagnostics.Errors).Code);

        diagnostics = new CodingDiagnostics();
        CodingCsv.Read(Write("source,start,end,text,code,coder\nbron,1,2,x,reactie.volgen\n"), diagnostics);
        Assert.Equal(("ragged-row", 2), (diagnostics.Errors.Single().Code, diagnostics.Errors.Single().Line));
    }
}
