using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Server.Tests.Support;

namespace Jeugdhulp.Research.Server.Tests;

/// <summary>
/// The workbench's API on a study made with <c>jhr init</c>: what the page gets when it opens a source and the
/// codebook, and that what it saves is the project's own files, read back by <c>jhr classify</c> and <c>jhr agree</c>
/// with the numbers the page shows.
/// </summary>
public sealed class WorkbenchApiTests
{
    [Fact]
    public async Task Opening_a_source_gives_its_text_speaker_turns_first_line_and_front_matter()
    {
        await using var bench = await Workbench.StartAsync(TestStudy.Create());
        var source = await bench.Source("anna");
        var text = source.GetProperty("text").GetString()!;
        Assert.StartsWith("# Interview (FICTIEF)\n", text);
        Assert.Equal(18, source.GetProperty("firstLine").GetInt32()); // the front matter takes lines 1-17
        Assert.Equal(1, source.GetProperty("period").GetInt32());
        Assert.Equal([TestStudy.Unit], source.GetProperty("units").EnumerateArray().Select(u => u.GetString()));
        var turns = source.GetProperty("turns").EnumerateArray().ToList();
        Assert.Equal(["Interviewer", "Sanne de Vries", "Interviewer", "Sanne de Vries"], turns.Select(t => t.GetProperty("speaker").GetString()));
        Assert.Equal([20, 22, 25, 27], turns.Select(t => t.GetProperty("line").GetInt32()));
        Assert.Equal(["wijkgericht", "rapportage"], source.GetProperty("demands").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Equal(CodingsFile.Absent, source.GetProperty("versions").GetProperty("anna").GetString());
        Assert.Empty(source.GetProperty("codings").EnumerateArray());
    }

    [Fact]
    public async Task The_codebook_carries_what_the_search_looks_in_and_the_definitions_shown_on_hover()
    {
        await using var bench = await Workbench.StartAsync(TestStudy.Create());
        var codebook = await bench.GetJson("/api/codebook");
        Assert.Equal("jeugdhulp-sturing", codebook.GetProperty("id").GetString());
        var entries = codebook.GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        var conformeren = entries["reactie.volgen.conformeren"];
        Assert.True(conformeren.GetProperty("codable").GetBoolean());
        Assert.True(conformeren.GetProperty("takesDemand").GetBoolean());
        Assert.Equal("reactie", conformeren.GetProperty("group").GetString());
        Assert.Contains("conformeren", conformeren.GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()));
        Assert.False(string.IsNullOrEmpty(conformeren.GetProperty("definition").GetString()));
        Assert.NotEmpty(conformeren.GetProperty("indicators").EnumerateArray());
        Assert.Contains("regels", conformeren.GetProperty("seed").GetString());
        Assert.Equal(["+", "-", "+/-"], entries["kenmerk.weten"].GetProperty("values").EnumerateArray().Select(v => v.GetProperty("id").GetString()));
        Assert.False(entries["reactie.volgen"].GetProperty("codable").GetBoolean() && entries["reactie"].GetProperty("codable").GetBoolean());
    }

    [Fact]
    public async Task A_saved_coding_lands_in_the_coders_file_loads_and_shows_highlighted_with_its_row()
    {
        var dir = TestStudy.Create();
        await using var bench = await Workbench.StartAsync(dir);
        var response = await bench.Code("anna", CodingsFile.Absent, "We hebben onze werkwijze aangepast aan de wijkteams", "reactie.volgen.conformeren",
            demand: "wijkgericht", enactment: "practice");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var saved = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("anna/1", saved.GetProperty("key").GetString());

        var project = CodingProjectLoader.Load(dir);
        var segment = Assert.Single(project.Segments);
        Assert.Equal(("We hebben onze werkwijze aangepast aan de wijkteams", "reactie.volgen.conformeren", "anna", "wijkgericht"),
            (segment.Text, segment.Code, segment.Coder, segment.Demand));
        Assert.Equal(Jeugdhulp.Research.Coding.Segments.Enactment.Practice, segment.Enactment);
        Assert.Null(segment.Period); // the source's own period is not repeated: it follows the front matter
        Assert.Equal(saved.GetProperty("version").GetString(), CodingsFile.CurrentVersion(dir, "anna"));

        var source = await bench.Source("anna");
        var coding = Assert.Single(source.GetProperty("codings").EnumerateArray());
        Assert.Equal(("anna/1", 1, true), (coding.GetProperty("key").GetString(), coding.GetProperty("row").GetInt32(), coding.GetProperty("editable").GetBoolean()));
        Assert.Equal("reactie", coding.GetProperty("group").GetString());
        Assert.Empty((await bench.Source("bram")).GetProperty("codings").EnumerateArray()); // blind by default
        Assert.Single((await bench.Source("bram", others: true)).GetProperty("codings").EnumerateArray());
    }

    [Fact]
    public async Task Edit_and_delete_change_exactly_the_row_named_and_an_undo_restores_the_coding()
    {
        var dir = TestStudy.Create();
        await using var bench = await Workbench.StartAsync(dir);
        var first = await bench.Code("anna", CodingsFile.Absent, "Elke behandelaar", "reactie.volgen.conformeren");
        var v1 = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString()!;
        var second = await bench.Code("anna", v1, "We wisten precies wat de gemeente van ons vroeg", "kenmerk.weten", "+");
        var v2 = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString()!;

        var text = (await bench.Source("anna")).GetProperty("text").GetString()!;
        var (start, end) = TestStudy.Find(text, "We wisten precies wat de gemeente van ons vroeg");
        var edit = await bench.Client.PutAsJsonAsync("/api/codings/anna/2", new { version = v2, source = TestStudy.Source, start, end, code = "kenmerk.weten", value = "-", unit = TestStudy.Unit });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var v3 = (await edit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString()!;
        Assert.Equal([("reactie.volgen.conformeren", null), ("kenmerk.weten", "-")], CodingProjectLoader.Load(dir).Segments.Select(s => (s.Code, s.Value)));

        var delete = await bench.Client.DeleteAsync($"/api/codings/anna/1?version={v3}");
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        var v4 = (await delete.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString()!;
        Assert.Equal(["kenmerk.weten"], CodingProjectLoader.Load(dir).Segments.Select(s => s.Code));

        var undo = await bench.Code("anna", v4, "Elke behandelaar", "reactie.volgen.conformeren");
        Assert.Equal(HttpStatusCode.Created, undo.StatusCode);
        Assert.Equal(["kenmerk.weten", "reactie.volgen.conformeren"], CodingProjectLoader.Load(dir).Segments.Select(s => s.Code));
    }

    [Fact]
    public async Task The_panel_shows_the_very_classification_jhr_classify_writes_and_changes_with_a_save()
    {
        var dir = TestStudy.Create();
        await using var bench = await Workbench.StartAsync(dir);
        var before = (await bench.GetJson("/api/classification?coder=anna")).GetProperty("classification");
        var period = before.GetProperty("units")[0].GetProperty("periods")[0];
        Assert.Equal("no-evidence", period.GetProperty("response").GetProperty("outcome").GetString());

        await bench.Code("anna", CodingsFile.Absent, "We hebben onze werkwijze aangepast aan de wijkteams", "reactie.volgen.conformeren", demand: "wijkgericht", enactment: "practice");
        var after = (await bench.GetJson("/api/classification?coder=anna")).GetProperty("classification");
        var response = after.GetProperty("units")[0].GetProperty("periods")[0].GetProperty("response");
        Assert.Equal("reactie.volgen", response.GetProperty("value").GetString()); // the proefschrift rules judge the response, the tactic is context
        Assert.Equal("proposed", response.GetProperty("status").GetString());
        Assert.Equal("We hebben onze werkwijze aangepast aan de wijkteams", response.GetProperty("evidence")[0].GetProperty("quote").GetString());

        var cli = TestStudy.Jhr("classify", dir, "--coder", "anna", "--format", "json");
        Assert.True(cli.ExitCode == 0, cli.Error);
        Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(cli.Out).RootElement), JsonSerializer.Serialize(after));
    }

    [Fact]
    public async Task A_confirmation_with_a_reason_is_written_to_overrides_csv_and_jhr_classify_reports_it_confirmed()
    {
        var dir = TestStudy.Create();
        await using var bench = await Workbench.StartAsync(dir);
        await bench.Code("anna", CodingsFile.Absent, "We hebben onze werkwijze aangepast aan de wijkteams", "reactie.volgen.conformeren", demand: "wijkgericht", enactment: "practice");
        var version = (await bench.GetJson("/api/classification")).GetProperty("overridesVersion").GetString();
        Assert.Equal(CodingsFile.Absent, version);
        var confirm = await bench.Client.PostAsJsonAsync("/api/judgments", new
        {
            version, unit = TestStudy.Unit, period = 1, variable = "reactie", value = "reactie.volgen", reason = "Aangepaste werkwijze, door de bestuurder zelf beschreven.", by = "anna",
        });
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        var overrides = File.ReadAllText(Path.Combine(dir, "overrides.csv"));
        Assert.StartsWith("unit,period,variable,value,reason,by,date\nrivierstad.horizon,1,reactie,reactie.volgen,\"Aangepaste werkwijze, door de bestuurder zelf beschreven.\",anna,", overrides);

        var cli = TestStudy.Jhr("classify", dir, "--format", "csv");
        Assert.True(cli.ExitCode == 0, cli.Error);
        Assert.Contains("rivierstad.horizon,1,reactie,reactie.volgen,reactie.volgen,reactie.volgen,", cli.Out);
        Assert.Contains(",confirmed", cli.Out.Split('\n').Single(l => l.StartsWith("rivierstad.horizon,1,reactie,", StringComparison.Ordinal)));
        var panel = (await bench.GetJson("/api/classification")).GetProperty("classification").GetProperty("units")[0].GetProperty("periods")[0].GetProperty("response");
        Assert.Equal("confirmed", panel.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_agreement_figures_are_those_of_jhr_agree_and_the_disagreements_name_both_coders()
    {
        var dir = TestStudy.Create();
        await using var bench = await Workbench.StartAsync(dir);
        await bench.Code("anna", CodingsFile.Absent, "We hebben onze werkwijze aangepast aan de wijkteams", "reactie.volgen.conformeren", demand: "wijkgericht", enactment: "practice");
        await bench.Code("bram", CodingsFile.Absent, "We hebben onze werkwijze aangepast aan de wijkteams", "reactie.volgen.conformeren", demand: "wijkgericht", enactment: "practice");
        var annaVersion = await bench.Version("anna");
        await bench.Code("anna", annaVersion, "De extra rapportages leveren we gewoon niet aan", "reactie.trotseren.negeren", demand: "rapportage", enactment: "practice");
        await bench.Code("bram", await bench.Version("bram"), "De extra rapportages leveren we gewoon niet aan", "reactie.vermijden.bufferen", demand: "rapportage", enactment: "practice");

        var agreement = await bench.GetJson($"/api/agreement?source={TestStudy.Source}");
        Assert.True(agreement.GetProperty("available").GetBoolean());
        foreach (var (level, variable, args) in new[] { ("eenheid", "cluster", new[] { "--level", "unit" }), ("segment", "alle codes", ["--level", "segment"]) })
        {
            var shown = agreement.GetProperty("levels").EnumerateArray().Single(l => l.GetProperty("level").GetString() == level && l.GetProperty("variable").GetString() == variable);
            var cli = TestStudy.Jhr(["agree", dir, .. args]);
            foreach (var metric in shown.GetProperty("metrics").EnumerateArray())
            {
                var value = metric.GetProperty("value");
                var printed = value.ValueKind == JsonValueKind.Null ? "onbepaald" : value.GetDouble().ToString("F6", System.Globalization.CultureInfo.InvariantCulture);
                Assert.Contains($"{metric.GetProperty("metric").GetString()} = {printed}", cli.Out);
            }
        }
        var segment = agreement.GetProperty("levels").EnumerateArray().Single(l => l.GetProperty("level").GetString() == "segment");
        var disagreement = Assert.Single(segment.GetProperty("disagreements").EnumerateArray());
        Assert.Equal(["anna reactie.trotseren.negeren", "bram reactie.vermijden.bufferen"],
            disagreement.GetProperty("ratings").EnumerateArray().Select(r => $"{r.GetProperty("coder").GetString()} {r.GetProperty("label").GetString()}"));
    }
}
