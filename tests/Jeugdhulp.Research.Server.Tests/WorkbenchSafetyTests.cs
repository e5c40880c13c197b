using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Server.Tests.Support;

namespace Jeugdhulp.Research.Server.Tests;

/// <summary>
/// The workbench's safety list on a real Kestrel on 127.0.0.1: no token, another origin, a path instead of an id, a
/// stale version, a malformed request: each gets a 4xx with a message and leaves every file of the study as it was
/// (hashes before and after); and two tabs saving at once never lose or double a coding.
/// </summary>
public sealed class WorkbenchSafetyTests
{
    private static async Task<(int Status, string Error)> Refused(Workbench bench, Func<Task<HttpResponseMessage>> request)
    {
        var before = TestStudy.Hashes(bench.Directory);
        using var response = await request();
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(before, TestStudy.Hashes(bench.Directory));
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(error));
        return ((int)response.StatusCode, error);
    }

    private static object Coding(string version, int start = 0, int end = 8, string code = "reactie.volgen.conformeren", string source = TestStudy.Source, string coder = "anna") =>
        new { coder, version, source, start, end, code, unit = TestStudy.Unit };

    [Fact]
    public async Task The_server_listens_on_loopback_only_on_a_free_port()
    {
        await using var bench = await Workbench.StartAsync(TestStudy.Create());
        Assert.Equal("127.0.0.1", bench.Running.BaseAddress.Host);
        Assert.NotEqual(0, bench.Running.BaseAddress.Port);
        Assert.Contains("?token=" + bench.Running.Token, bench.Running.Url.ToString());
        Assert.True(bench.Running.Token.Length >= 32);
    }

    [Fact]
    public async Task Without_the_token_neither_the_page_nor_the_api_answers()
    {
        await using var bench = await Workbench.StartAsync(TestStudy.Create());
        using var anonymous = bench.NewClient(withToken: false);
        Assert.Equal((401, "Open the address that 'jhr serve' printed: it carries this session's token."), await Refused(bench, () => anonymous.GetAsync("/")));
        Assert.Equal(401, (await Refused(bench, () => anonymous.GetAsync("/?token=wrong"))).Status);
        Assert.Equal((401, "Missing or wrong session token (X-Jhr-Token header)."), await Refused(bench, () => anonymous.GetAsync("/api/project")));
        Assert.Equal(401, (await Refused(bench, () => anonymous.PostAsJsonAsync("/api/codings", Coding(CodingsFile.Absent)))).Status);
        using var page = await anonymous.GetAsync(bench.Running.Url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single()); // the token never leaves in a Referer
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task A_write_from_another_origin_or_site_is_refused_even_with_the_token()
    {
        await using var bench = await Workbench.StartAsync(TestStudy.Create());
        Assert.Equal((403, "A change must come from the workbench page itself (origin 'http://evil.example' refused)."), await Refused(bench, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/codings") { Content = JsonContent.Create(Coding(CodingsFile.Absent)) };
            request.Headers.Add("Origin", "http://evil.example");
            return bench.Client.SendAsync(request);
        }));
        Assert.Equal(403, (await Refused(bench, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Delete, "/api/codings/anna/1?version=none");
            request.Headers.Add("Sec-Fetch-Site", "cross-site");
            return bench.Client.SendAsync(request);
        })).Status);
        Assert.Equal((415, "Send the change as application/json."), await Refused(bench, () =>
            bench.Client.PostAsync("/api/codings", new StringContent("coder=anna", Encoding.UTF8, "application/x-www-form-urlencoded"))));
    }

    [Fact]
    public async Task A_request_for_another_host_name_is_refused_against_dns_rebinding()
    {
        await using var bench = await Workbench.StartAsync(TestStudy.Create());
        var (status, error) = await Refused(bench, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/project");
            request.Headers.Host = "attacker.example:" + bench.Running.BaseAddress.Port;
            return bench.Client.SendAsync(request);
        });
        Assert.Equal(421, status);
        Assert.StartsWith("This workbench answers only at 127.0.0.1:", error);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..")]
    [InlineData("sources\\horizon-2023")]
    [InlineData("C:horizon")]
    public async Task A_path_where_an_id_belongs_is_refused_and_nothing_is_read_or_written(string path)
    {
        await using var bench = await Workbench.StartAsync(TestStudy.Create());
        var (status, error) = await Refused(bench, () => bench.Client.PostAsJsonAsync("/api/codings", Coding(CodingsFile.Absent, source: path)));
        Assert.Equal(400, status);
        Assert.Equal($"'{path}' looks like a path; the workbench takes ids, not paths (a source id from /api/project).", error);
        Assert.Equal(400, (await Refused(bench, () => bench.Client.PostAsJsonAsync("/api/codings", Coding(CodingsFile.Absent, coder: path)))).Status);
        // In a URL the client may already resolve '..' to another route; whatever arrives is refused.
        Assert.InRange((await Refused(bench, () => bench.Client.GetAsync("/api/sources/" + Uri.EscapeDataString(path)))).Status, 400, 404);
    }

    [Fact]
    public async Task Unknown_ids_are_404_with_a_suggestion_and_malformed_codings_are_400_with_what_to_fix()
    {
        await using var bench = await Workbench.StartAsync(TestStudy.Create());
        Assert.Equal((404, "There is no source 'horizon-2032' in this project. Did you mean 'horizon-2023'?"),
            await Refused(bench, () => bench.Client.GetAsync("/api/sources/horizon-2032")));
        Assert.Equal((400, "There is no coder 'carla' in this project."), await Refused(bench, () => bench.Client.PostAsJsonAsync("/api/codings", Coding(CodingsFile.Absent, coder: "carla"))));
        Assert.Equal(400, (await Refused(bench, () => bench.Client.PostAsync("/api/codings", new StringContent("{not json", Encoding.UTF8, "application/json")))).Status);
        var (_, outside) = await Refused(bench, () => bench.Client.PostAsJsonAsync("/api/codings", Coding(CodingsFile.Absent, start: 5, end: 100000)));
        Assert.StartsWith("5-100000 is not a passage of 'horizon-2023'", outside);
        var (status, unknownCode) = await Refused(bench, () => bench.Client.PostAsJsonAsync("/api/codings", Coding(CodingsFile.Absent, code: "reactie.volgen.conformren")));
        Assert.Equal(400, status);
        Assert.Contains("'reactie.volgen.conformren' is not an id in codebook jeugdhulp-sturing ", unknownCode);
        Assert.Contains("Did you mean 'reactie.volgen.conformeren'", unknownCode);
        var (_, group) = await Refused(bench, () => bench.Client.PostAsJsonAsync("/api/codings", Coding(CodingsFile.Absent, code: "reactie")));
        Assert.Contains("code the response, tactic or variable itself", group);
        var (_, mismatch) = await Refused(bench, () => bench.Client.PostAsJsonAsync("/api/codings", new
        {
            coder = "anna", version = CodingsFile.Absent, source = TestStudy.Source, start = 0, end = 8, text = "iets anders", code = "reactie.volgen.conformeren", unit = TestStudy.Unit,
        }));
        Assert.StartsWith("The selected text is not what 'horizon-2023' says at 0-8", mismatch);
        Assert.Equal((404, "No such API: /api/files."), await Refused(bench, () => bench.Client.GetAsync("/api/files?path=/etc/passwd")));
    }

    [Fact]
    public async Task A_save_on_a_stale_version_is_a_409_that_names_the_current_version_and_changes_nothing()
    {
        await using var bench = await Workbench.StartAsync(TestStudy.Create());
        var tab1 = bench.NewClient();
        var tab2 = bench.NewClient();
        var version = await bench.Version("anna", tab1);
        Assert.Equal(version, await bench.Version("anna", tab2));
        Assert.Equal(HttpStatusCode.Created, (await bench.Code("anna", version, "Elke behandelaar", "reactie.volgen.conformeren", client: tab1)).StatusCode);
        var saved = File.ReadAllText(Path.Combine(bench.Directory, "codings", "anna.csv"));

        var text = (await bench.Source("anna", client: tab2)).GetProperty("text").GetString()!;
        var (start, end) = TestStudy.Find(text, "De extra rapportages");
        var before = TestStudy.Hashes(bench.Directory);
        using var stale = await tab2.PostAsJsonAsync("/api/codings", new { coder = "anna", version, source = TestStudy.Source, start, end, code = "reactie.trotseren.negeren", unit = TestStudy.Unit });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var body = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(CodingsFile.CurrentVersion(bench.Directory, "anna"), body.GetProperty("version").GetString());
        Assert.Equal($"codings/anna.csv changed since it was read (version {version}, now {body.GetProperty("version").GetString()}); nothing was saved. Reload and save again.",
            body.GetProperty("error").GetString());
        Assert.Equal(before, TestStudy.Hashes(bench.Directory));
        Assert.Equal(saved, File.ReadAllText(Path.Combine(bench.Directory, "codings", "anna.csv")));

        Assert.Equal(409, (await Refused(bench, () => tab2.DeleteAsync($"/api/codings/anna/1?version={version}"))).Status);
        Assert.Equal(409, (await Refused(bench, () => tab2.PostAsJsonAsync("/api/judgments", new { version = "0123456789abcdef", unit = TestStudy.Unit, period = 1, variable = "reactie", value = "reactie.volgen", reason = "r" }))).Status);
    }

    [Fact]
    public async Task A_hundred_concurrent_saves_from_two_tabs_keep_every_coding_exactly_once()
    {
        var dir = TestStudy.Create();
        await using var bench = await Workbench.StartAsync(dir);
        var text = (await bench.Source("anna")).GetProperty("text").GetString()!;
        // 100 different passages: five-character stretches that start and end on a letter.
        var passages = Enumerable.Range(0, text.Length - 5).Where(i => char.IsLetter(text[i]) && char.IsLetter(text[i + 4]))
            .Select(i => (Start: i, End: i + 5)).Take(100).ToList();
        Assert.Equal(100, passages.Count);
        var conflicts = 0;
        var statuses = new ConcurrentBag<HttpStatusCode>();

        async Task Tab(HttpClient client, IEnumerable<(int Start, int End)> mine)
        {
            foreach (var (start, end) in mine)
                for (var attempt = 0; ; attempt++)
                {
                    Assert.True(attempt < 200, "a save kept conflicting");
                    var version = await bench.Version("anna", client);
                    using var response = await client.PostAsJsonAsync("/api/codings", new { coder = "anna", version, source = TestStudy.Source, start, end, code = "kenmerk.weten", value = "+", unit = TestStudy.Unit });
                    statuses.Add(response.StatusCode);
                    if (response.StatusCode == HttpStatusCode.Conflict) { Interlocked.Increment(ref conflicts); continue; }
                    Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                    break;
                }
        }

        using var tab1 = bench.NewClient();
        using var tab2 = bench.NewClient();
        await Task.WhenAll(Task.Run(() => Tab(tab1, passages.Where((_, i) => i % 2 == 0))), Task.Run(() => Tab(tab2, passages.Where((_, i) => i % 2 == 1))));

        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Created or HttpStatusCode.Conflict, s.ToString()));
        Assert.True(conflicts > 0, "the two tabs never got in each other's way, so the test did not exercise the version check");
        Assert.Equal(101, File.ReadAllLines(Path.Combine(dir, "codings", "anna.csv")).Length);
        var project = CodingProjectLoader.Load(dir);
        Assert.Equal(100, project.Segments.Length);
        Assert.Equal(passages.Order(), project.Segments.Select(s => (s.Start, s.End)).Order());
    }
}
