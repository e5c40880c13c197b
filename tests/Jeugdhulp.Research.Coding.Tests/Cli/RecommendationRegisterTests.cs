using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Tests.Support;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Coding.Tests.Cli;

/// <summary>data/regios/recommendations.csv and <c>jhr recommendations</c>: what a rekenkamer follows up.</summary>
public class RecommendationRegisterTests
{
    private static readonly Lazy<CodingProject> Project = new(() => CodingProjectLoader.Load(Repo.Regions));

    [Fact]
    public void Each_region_has_its_recommendations_with_addressee_effect_and_status()
    {
        var register = RecommendationRegister.Read(Repo.Regions, Project.Value.Cases);
        Assert.Equal(new Dictionary<string, int> { ["groningen"] = 6, ["zhz"] = 5, ["waadhoeke"] = 4 },
            register.GroupBy(r => r.Case).ToDictionary(g => g.Key, g => g.Count()));
        Assert.All(register, r => Assert.Equal("onbekend", r.Status));
        Assert.Equal("jaarlijks", register.Single(r => r.Id == "groningen-4").Deadline);
        Assert.Equal("Stel een extra controlemechanisme in op de beschikkingen", register.Single(r => r.Id == "zhz-2").Quote);
    }

    [SharedFileFact("seeds/000_8cfe1021f1bcaf43.txt")]
    public void Every_recommendation_is_verbatim_in_its_seed_at_its_lines()
    {
        foreach (var r in RecommendationRegister.Read(Repo.Regions, Project.Value.Cases))
        {
            var seed = File.ReadAllLines(Repo.Shared("seeds", r.Seed));
            var range = r.Lines.Split('-').Select(int.Parse).ToArray();
            Assert.True(SeedPassages.IsAt(seed, range[0], range[1], r.Quote), $"{r.Id}: \"{r.Quote}\" is not at lines {r.Lines} of {r.Seed}");
        }
    }

    [Fact]
    public void Jhr_lists_one_region_and_exports_the_register_through_the_shared_output_options()
    {
        var listed = Jhr.Run("recommendations", Repo.Regions, "--case", "waadhoeke", "--format", "csv");
        Assert.Equal((0, ""), (listed.ExitCode, listed.Error));
        var lines = listed.Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("id,regio,aan,beoogd effect,termijn,status,aanbeveling (letterlijk),bron", lines[0]);
        Assert.Equal(["waadhoeke-1", "waadhoeke-2", "waadhoeke-3", "waadhoeke-4"], lines.Skip(1).Where(l => l.StartsWith("waadhoeke-", StringComparison.Ordinal)).Select(l => l.Split(',')[0]));

        var file = Path.Combine(Repo.TempDirectory(), "aanbevelingen.xlsx");
        var exported = Jhr.Run("recommendations", Repo.Regions, "--output", file);
        Assert.Equal(0, exported.ExitCode);
        Assert.True(new FileInfo(file).Length > 1000);
    }

    [Fact]
    public void A_wrong_status_or_case_is_refused_with_the_line_and_what_to_write()
    {
        var dir = Repo.TempDirectory();
        File.WriteAllText(Path.Combine(dir, RecommendationRegister.FileName),
            "id,case,seed,lines,addressee,intended_effect,deadline,status,quote\nx-1,groningen,000.txt,1-2,gemeenten,effect,,klaar,Doe iets.\nx-2,utrecht,000.txt,1-2,gemeenten,effect,,open,Doe iets.\n");
        var e = Assert.Throws<InputException>(() => RecommendationRegister.Read(dir, Project.Value.Cases));
        Assert.Contains(e.Diagnostics, d => d.Code == "invalid-status" && d.Line == 2 && d.Message.Contains("onbekend, open, in-uitvoering, uitgevoerd, niet-uitgevoerd", StringComparison.Ordinal));
        Assert.Contains(e.Diagnostics, d => d.Code == "unknown-case" && d.Line == 3);

        var refused = Jhr.Run("recommendations", Repo.Regions, "--status", "klaar");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--status 'klaar' must be one of", refused.Error, StringComparison.Ordinal);
    }
}
