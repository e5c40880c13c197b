using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Server.Tests.Support;

namespace Jeugdhulp.Research.Server.Tests;

/// <summary>
/// Curation of a consensus: the aligned groups where two coders differ, a decision per group (a coder's coding, both,
/// neither, or a new one) with a reason, into <c>codings/consensus.csv</c> with its provenance; <c>jhr classify
/// --coder consensus</c> uses it, and <c>jhr agree</c> still reports the agreement before consensus.
/// </summary>
public sealed class WorkbenchConsensusTests
{
    private const string Adapted = "We hebben onze werkwijze aangepast aan de wijkteams";
    private const string Reports = "De extra rapportages leveren we gewoon niet aan";

    /// <summary>anna and bram agree on the adapted method and differ on the reports (negeren against bufferen).</summary>
    internal static async Task TwoCoders(Workbench bench)
    {
        await bench.Code("anna", CodingsFile.Absent, Adapted, "reactie.volgen.conformeren", demand: "wijkgericht", enactment: "practice");
        await bench.Code("bram", CodingsFile.Absent, Adapted, "reactie.volgen.conformeren", demand: "wijkgericht", enactment: "practice");
        await bench.Code("anna", await bench.Version("anna"), Reports, "reactie.trotseren.negeren", demand: "rapportage", enactment: "practice");
        await bench.Code("bram", await bench.Version("bram"), Reports, "reactie.vermijden.bufferen", demand: "rapportage", enactment: "practice");
    }

    private static async Task<HttpResponseMessage> Decide(Workbench bench, string item, string choice, string reason, string by = "anna", string? code = null, string? version = null)
    {
        version ??= (await bench.GetJson("/api/consensus")).GetProperty("version").GetString();
        return await bench.Client.PostAsJsonAsync("/api/consensus", new { version, item, choice, by, reason, code });
    }

    [Fact]
    public async Task Curation_walks_the_disagreements_and_writes_a_consensus_with_the_provenance_of_every_decision()
    {
        var dir = TestStudy.Create();
        await using var bench = await Workbench.StartAsync(dir);
        await TwoCoders(bench);
        var agreeBefore = TestStudy.Jhr("agree", dir, "--level", "segment");
        var unitBefore = TestStudy.Jhr("agree", dir);

        var listed = await bench.GetJson($"/api/consensus?source={TestStudy.Source}");
        Assert.Equal(CodingsFile.Absent, listed.GetProperty("version").GetString());
        Assert.Equal((2, 1, 0), (listed.GetProperty("total").GetInt32(), listed.GetProperty("disagreements").GetInt32(), listed.GetProperty("decided").GetInt32()));
        var items = listed.GetProperty("items").EnumerateArray().ToList();
        var agreed = items.Single(i => !i.GetProperty("disagreement").GetBoolean()).GetProperty("id").GetString()!;
        var disputed = items.Single(i => i.GetProperty("disagreement").GetBoolean());
        Assert.Equal(["anna reactie.trotseren.negeren", "bram reactie.vermijden.bufferen"],
            disputed.GetProperty("codings").EnumerateArray().Select(c => $"{c.GetProperty("coder").GetString()} {c.GetProperty("code").GetString()}"));

        Assert.Equal(HttpStatusCode.OK, (await Decide(bench, agreed, "anna", "Beide codeurs eens.")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Decide(bench, disputed.GetProperty("id").GetString()!, "bram", "Ze leveren wel, maar minimaal: bufferen.", by: "bram")).StatusCode);

        var consensus = CodingProjectLoader.Load(dir).Segments.Where(s => s.Coder == Coder.ConsensusId).ToList();
        Assert.Equal([(Adapted, "reactie.volgen.conformeren", "wijkgericht"), (Reports, "reactie.vermijden.bufferen", "rapportage")],
            consensus.Select(s => (s.Text, s.Code, s.Demand)));
        var decisions = ConsensusFile.ReadDecisions(dir);
        Assert.Equal([(agreed, "anna", "anna", "anna", "Beide codeurs eens."), (disputed.GetProperty("id").GetString()!, "bram", "bram", "bram", "Ze leveren wel, maar minimaal: bufferen.")],
            decisions.Select(d => (d.Item, d.Choice, d.TakenFrom, d.By, d.Reason)));
        Assert.StartsWith("item,choice,taken_from,source,start,end,code,value,decided_by,reason,decided_at\n", File.ReadAllText(Path.Combine(dir, ConsensusFile.DecisionsName)));

        // jhr classify uses the consensus; the agreement before consensus is what it was.
        var classify = TestStudy.Jhr("classify", dir, "--coder", "consensus", "--format", "csv");
        Assert.True(classify.ExitCode == 0, classify.Error);
        var panel = (await bench.GetJson("/api/classification?coder=consensus")).GetProperty("classification");
        var cli = TestStudy.Jhr("classify", dir, "--coder", "consensus", "--format", "json");
        Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(cli.Out).RootElement), JsonSerializer.Serialize(panel));
        Assert.Equal(agreeBefore.Out, TestStudy.Jhr("agree", dir, "--level", "segment").Out);
        Assert.Equal(unitBefore.Out, TestStudy.Jhr("agree", dir).Out);
        var agreement = await bench.GetJson("/api/agreement");
        Assert.Equal(["anna", "bram"], agreement.GetProperty("coders").EnumerateArray().Select(c => c.GetString()));

        // A decision taken again replaces the earlier one and what it took.
        Assert.Equal(HttpStatusCode.OK, (await Decide(bench, disputed.GetProperty("id").GetString()!, "new", "Geen van beide: de aanbieder verzet zich openlijk.", code: "reactie.trotseren.negeren")).StatusCode);
        Assert.Equal(["reactie.volgen.conformeren", "reactie.trotseren.negeren"], CodingProjectLoader.Load(dir).Segments.Where(s => s.Coder == Coder.ConsensusId).Select(s => s.Code));
        Assert.Equal(["anna", "new"], ConsensusFile.ReadDecisions(dir).Select(d => d.Choice));
        Assert.Equal(HttpStatusCode.OK, (await Decide(bench, disputed.GetProperty("id").GetString()!, "neither", "Te weinig context.")).StatusCode);
        Assert.Equal(["reactie.volgen.conformeren"], CodingProjectLoader.Load(dir).Segments.Where(s => s.Coder == Coder.ConsensusId).Select(s => s.Code));
        Assert.Equal([(string?)"anna", null], ConsensusFile.ReadDecisions(dir).Select(d => d.TakenFrom));
    }

    [Fact]
    public async Task A_decision_without_reason_on_a_stale_version_or_by_a_path_changes_nothing()
    {
        var dir = TestStudy.Create();
        await using var bench = await Workbench.StartAsync(dir);
        await TwoCoders(bench);
        var item = (await bench.GetJson("/api/consensus")).GetProperty("items").EnumerateArray().First(i => i.GetProperty("disagreement").GetBoolean()).GetProperty("id").GetString()!;
        async Task<(int, string)> Refused(Func<Task<HttpResponseMessage>> request)
        {
            var before = TestStudy.Hashes(dir);
            using var response = await request();
            Assert.Equal(before, TestStudy.Hashes(dir));
            return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()!);
        }
        Assert.Equal((400, "Give a reason: the provenance of the consensus says why each decision was taken."), await Refused(() => Decide(bench, item, "anna", " ")));
        Assert.Equal(409, (await Refused(() => Decide(bench, item, "anna", "r", version: "0123456789abcdef"))).Item1);
        Assert.Equal(400, (await Refused(() => Decide(bench, "../codings/anna.csv", "anna", "r"))).Item1);
        Assert.Equal(404, (await Refused(() => Decide(bench, "horizon-2023@1-2", "anna", "r"))).Item1);
        Assert.Equal(400, (await Refused(() => Decide(bench, item, "carla", "r"))).Item1);
        Assert.Equal(400, (await Refused(() => Decide(bench, item, "anna", "r", by: "consensus"))).Item1);
        var (status, error) = await Refused(() => Decide(bench, item, "new", "r", code: "reactie"));
        Assert.Equal(400, status);
        Assert.Contains("code the response, tactic or variable itself", error);
        // The consensus is written by the curation only, never coded as if it were a coder.
        Assert.Equal(400, (await Refused(() => bench.Client.PostAsJsonAsync("/api/codings", new { coder = "consensus", version = CodingsFile.Absent, source = TestStudy.Source, start = 0, end = 8, code = "reactie.volgen.conformeren", unit = TestStudy.Unit }))).Item1);
    }
}
