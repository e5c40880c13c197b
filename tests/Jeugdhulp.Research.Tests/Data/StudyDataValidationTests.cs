using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Data;

/// <summary>Malformed study data is refused with file, line and column, and exit code 1.</summary>
public class StudyDataValidationTests
{
    private static JhrResult ReproduceAfter(Action<string> edit)
    {
        var data = StudyFixture.CopyOfData();
        edit(data);
        return Jhr.Run("reproduce", "--data", data);
    }

    [Fact]
    public void Unknown_codebook_id_is_refused_with_its_position()
    {
        var result = ReproduceAfter(d => StudyFixture.Edit(d, "unit-classification.csv", "rijn.mars,aanbieder.specialisatie,", "rijn.mars,aanbieder.specialisering,"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unit-classification.csv:11:2: unknown-codebook-id: Variable 'aanbieder.specialisering' is not an id in codebook", result.Error);
    }

    [Fact]
    public void Duplicate_unit_is_refused_with_the_first_line()
    {
        var result = ReproduceAfter(d => File.AppendAllText(Path.Combine(d, "units.csv"), "rijn.mars,rijn,Mars,§4.5 Mars,3986-4255\n"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("units.csv:20:1: duplicate-unit: Unit 'rijn.mars' is already defined at line 3.", result.Error);
    }

    [Fact]
    public void Missing_column_is_refused()
    {
        var result = ReproduceAfter(d => StudyFixture.Edit(d, "responses.csv", "unit,period,period_label,response,tactic,cluster,", "unit,period,period_label,response,tactic,"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("responses.csv:1:1: missing-column: Missing column(s) 'cluster'", result.Error);
    }

    [Fact]
    public void Value_outside_the_vocabulary_is_refused_with_the_allowed_values()
    {
        var result = ReproduceAfter(d => StudyFixture.Edit(d, "unit-classification.csv", "rijn.mars,aanbieder.specialisatie,,hoog-specialistisch", "rijn.mars,aanbieder.specialisatie,,zeer-specialistisch"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unit-classification.csv:11:4: value-outside-vocabulary: 'zeer-specialistisch' is not a value of 'aanbieder.specialisatie'; allowed: laag-specialistisch, specialistisch, hoog-specialistisch.", result.Error);
    }

    [Fact]
    public void Non_utf8_file_is_refused_with_the_position_of_the_bad_byte()
    {
        var result = ReproduceAfter(d =>
        {
            var path = Path.Combine(d, "units.csv");
            var bytes = File.ReadAllBytes(path).ToList();
            var at = bytes.IndexOf((byte)'\n') + 1; // start of line 2
            bytes.Insert(at, 0xE9); // 'é' in Latin-1
            File.WriteAllBytes(path, [.. bytes]);
        });
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("units.csv:2:1: not-utf8:", result.Error);
    }

    [Fact]
    public void Undetermined_value_with_a_value_and_unknown_basis_are_both_reported_in_one_run()
    {
        var result = ReproduceAfter(d =>
        {
            StudyFixture.Edit(d, "unit-classification.csv", "rijn.mars,aanbieder.specialisatie,,hoog-specialistisch,stated,§4.5 Mars,3989-3989,,", "rijn.mars,aanbieder.specialisatie,,hoog-specialistisch,undetermined,§4.5 Mars,3989-3989,unclear,");
            StudyFixture.Edit(d, "cases.csv", "rijn,Rijn,4,", "rijn,Rijn,vier,");
        });
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cases.csv:2:3: not-a-number", result.Error);
        Assert.Contains("unit-classification.csv:11:4: value-with-undetermined", result.Error);
    }

    [Fact]
    public void Response_whose_cluster_contradicts_the_codebook_is_refused()
    {
        var result = ReproduceAfter(d => StudyFixture.Edit(d, "responses.csv", "rijn.mars,1,,reactie.volgen,reactie.volgen.conformeren,volgen", "rijn.mars,1,,reactie.volgen,reactie.volgen.conformeren,niet-volgen"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cluster-mismatch: 'reactie.volgen' counts to cluster 'volgen' in the codebook, not 'niet-volgen'.", result.Error);
    }
}
