using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jeugdhulp.Research.Server.Tests.Support;

namespace Jeugdhulp.Research.Server.Tests;

/// <summary>
/// The disagreement view per unit: each coder's classification per period beside the others' (and the consensus's
/// once there is one), the unit-level agreement of the reliability library, and the unit's sources with their open
/// disagreement groups. Every figure is the one <c>jhr classify --coder X</c> and <c>jhr agree</c> give on the same folder.
/// </summary>
public sealed class WorkbenchUnitViewTests
{
    private const string Elke = "werkt nu vanuit een wijk";

    [Fact]
    public async Task The_unit_view_shows_each_coders_classification_and_the_unit_level_agreement_that_jhr_classify_and_jhr_agree_report()
    {
        var dir = TestStudy.Create();
        await using var bench = await Workbench.StartAsync(dir);
        await WorkbenchConsensusTests.TwoCoders(bench); // agree on the adapted method; the reports: anna negeren, bram bufferen
        // bram also reads defiance of the main demand into the next sentence, so his response is mixed where anna's is volgen.
        Assert.Equal(HttpStatusCode.Created, (await bench.Code("bram", await bench.Version("bram"), Elke, "reactie.trotseren.negeren", demand: "wijkgericht", enactment: "practice")).StatusCode);

        var view = await bench.GetJson($"/api/units/{TestStudy.Unit}");
        Assert.Equal((TestStudy.Unit, "rivierstad", "Horizon Jeugdzorg"),
            (view.GetProperty("unit").GetProperty("id").GetString(), view.GetProperty("unit").GetProperty("case").GetString(), view.GetProperty("unit").GetProperty("organisation").GetString()));
        Assert.Equal(["anna", "bram"], Columns(view));
        AssertClassificationAsCli(dir, view, ["anna", "bram"]);
        var period = Assert.Single(view.GetProperty("periods").EnumerateArray());
        // anna's codings lead to volgen; bram's main demand has volgen and trotseren: mixed, which agreement counts as a category.
        Assert.Equal([("anna", "reactie.volgen"), ("bram", null)], Cells(period, "response").Select(c => (c.Coder, c.Value)));
        Assert.Equal(["reactie.volgen", "gemengd"], period.GetProperty("response").GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("rating").GetString()));
        Assert.Equal(["determined", "mixed"], period.GetProperty("response").GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("outcome").GetString()));
        Assert.False(period.GetProperty("response").GetProperty("agree").GetBoolean());
        Assert.False(period.GetProperty("cluster").GetProperty("agree").GetBoolean());

        // The unit-level coefficients are jhr agree's, to the printed digit; this unit's share of agreeing periods beside them.
        var levels = view.GetProperty("agreement").GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal(["cluster", "response"], levels.Select(l => l.GetProperty("variable").GetString()));
        foreach (var level in levels)
        {
            var variable = level.GetProperty("variable").GetString()!;
            var agree = TestStudy.Jhr("agree", dir, "--level", "unit", "--variable", variable);
            Assert.True(agree.ExitCode is 0 or 1, agree.Error); // a coefficient without variation is reported, not fatal
            foreach (var metric in level.GetProperty("metrics").EnumerateArray())
            {
                var value = metric.GetProperty("value");
                var printed = value.ValueKind == JsonValueKind.Null ? "onbepaald" : value.GetDouble().ToString("F6", CultureInfo.InvariantCulture);
                Assert.Contains($"{metric.GetProperty("metric").GetString()} = {printed}", agree.Out);
            }
            Assert.Contains($"{level.GetProperty("items").GetInt32()} eenheden", agree.Out);
        }
        // One unit with one period in dispute: every coefficient as jhr agree prints it, and this unit's share of agreeing periods.
        foreach (var level in levels)
        {
            Assert.Equal([("agreement", 0.0), ("alpha-nominal", 0.0), ("cohen", 0.0), ("scott", -1.0)],
                level.GetProperty("metrics").EnumerateArray().Select(m => (m.GetProperty("metric").GetString()!, m.GetProperty("value").GetDouble())));
            Assert.Equal((1, 1, 0.0), (level.GetProperty("unit").GetProperty("items").GetInt32(), level.GetProperty("unit").GetProperty("disagreements").GetInt32(),
                level.GetProperty("unit").GetProperty("agreement").GetProperty("value").GetDouble()));
        }

        // The unit's source with its two open disagreement groups, the ones the curation of that source walks through.
        var source = Assert.Single(view.GetProperty("sources").EnumerateArray());
        Assert.Equal((TestStudy.Source, 3, 2, 0), (source.GetProperty("id").GetString(), source.GetProperty("groups").GetInt32(), source.GetProperty("disagreements").GetInt32(), source.GetProperty("decided").GetInt32()));
        var open = source.GetProperty("open").EnumerateArray().ToList();
        Assert.Equal(["bram reactie.trotseren.negeren", "anna reactie.trotseren.negeren / bram reactie.vermijden.bufferen"],
            open.Select(g => string.Join(" / ", g.GetProperty("codings").EnumerateArray().Select(c => $"{c.GetProperty("coder").GetString()} {c.GetProperty("code").GetString()}"))));
        var curation = await bench.GetJson($"/api/consensus?source={TestStudy.Source}");
        Assert.Equal(open.Select(g => g.GetProperty("id").GetString()),
            curation.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("disagreement").GetBoolean()).Select(i => i.GetProperty("id").GetString()));

        // After the curation (bram's lone reading set aside, his reading of the reports taken), the consensus stands beside the coders and nothing is open.
        var version = curation.GetProperty("version").GetString();
        foreach (var (item, choice) in new[] { (open[0].GetProperty("id").GetString()!, "neither"), (open[1].GetProperty("id").GetString()!, "bram") })
        {
            using var decided = await bench.Client.PostAsJsonAsync("/api/consensus", new { version, item, choice, by = "anna", reason = "Besproken." });
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
            version = (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString();
        }
        var after = await bench.GetJson($"/api/units/{TestStudy.Unit}");
        Assert.Equal(["anna", "bram", "consensus"], Columns(after));
        AssertClassificationAsCli(dir, after, ["anna", "bram", "consensus"]);
        // Only decided groups are in the consensus: the reports (vermijden) so far, not yet the agreed adapted method.
        Assert.Equal("reactie.vermijden", Cells(after.GetProperty("periods")[0], "response").Single(c => c.Coder == "consensus").Value);
        var sourceAfter = after.GetProperty("sources")[0];
        Assert.Equal((2, 0), (sourceAfter.GetProperty("decided").GetInt32(), sourceAfter.GetProperty("open").GetArrayLength()));
        // Agreement is before consensus: the figures did not move.
        Assert.Equal(JsonSerializer.Serialize(view.GetProperty("agreement")), JsonSerializer.Serialize(after.GetProperty("agreement")));
    }

    [Fact]
    public async Task An_unknown_unit_a_path_or_a_request_without_token_is_refused_and_changes_nothing()
    {
        var dir = TestStudy.Create();
        await using var bench = await Workbench.StartAsync(dir);
        async Task<(int, string)> Refused(string id, HttpClient? client = null)
        {
            var before = TestStudy.Hashes(dir);
            using var response = await (client ?? bench.Client).GetAsync("/api/units/" + id);
            Assert.Equal(before, TestStudy.Hashes(dir));
            return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()!);
        }
        Assert.Equal((404, "There is no unit 'rivierstad.horizont' in this project. Did you mean 'rivierstad.horizon'?"), await Refused("rivierstad.horizont"));
        Assert.Equal((400, "'..%2Fcodings%2Fanna.csv' looks like a path; the workbench takes ids, not paths (a unit id from /api/project)."), await Refused(Uri.EscapeDataString("../codings/anna.csv")));
        Assert.Equal(400, (await Refused(Uri.EscapeDataString("codings\\anna.csv"))).Item1);
        Assert.Equal(400, (await Refused("C:units")).Item1);
        using var anonymous = bench.NewClient(withToken: false);
        Assert.Equal((401, "Missing or wrong session token (X-Jhr-Token header)."), await Refused(TestStudy.Unit, anonymous));
    }

    private static List<string> Columns(JsonElement view) => [.. view.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("coder").GetString()!)];

    private static List<(string Coder, string? Value)> Cells(JsonElement period, string variable) =>
        [.. period.GetProperty(variable).GetProperty("cells").EnumerateArray().Select(c => (c.GetProperty("coder").GetString()!, c.GetProperty("value").GetString()))];

    /// <summary>Each column's response and cluster per period are what <c>jhr classify --coder X --format json</c> gives.</summary>
    private static void AssertClassificationAsCli(string dir, JsonElement view, string[] coders)
    {
        foreach (var coder in coders)
        {
            var classify = TestStudy.Jhr("classify", dir, "--coder", coder, "--format", "json");
            Assert.True(classify.ExitCode == 0, classify.Error);
            var unit = JsonDocument.Parse(classify.Out).RootElement.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == TestStudy.Unit);
            var cli = unit.GetProperty("periods").EnumerateArray()
                .Select(p => (p.GetProperty("period").GetInt32(), p.GetProperty("response").GetProperty("value").GetString(), p.GetProperty("cluster").GetProperty("value").GetString())).ToList();
            var shown = view.GetProperty("periods").EnumerateArray()
                .Select(p => (p.GetProperty("period").GetInt32(), Cells(p, "response").Single(c => c.Coder == coder).Value, Cells(p, "cluster").Single(c => c.Coder == coder).Value)).ToList();
            Assert.Equal(cli, shown);
        }
    }
}
