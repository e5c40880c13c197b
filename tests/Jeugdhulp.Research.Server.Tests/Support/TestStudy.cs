using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Jeugdhulp.Research.Cli;
using Jeugdhulp.Research.Server;

namespace Jeugdhulp.Research.Server.Tests.Support;

/// <summary>The result of one in-process <c>jhr</c> run.</summary>
public sealed record JhrResult(int ExitCode, string Out, string Error);

/// <summary>
/// A study as a researcher starts one: <c>jhr init</c> with two coders (anna, bram), then a case, a unit, a steering
/// demand and one fictitious provider interview, written by hand as the study's README says.
/// </summary>
public static class TestStudy
{
    /// <summary>The transcript: a provider's director on the municipality's steering (FICTIEF).</summary>
    public const string Transcript = """
        ---
        id: horizon-2023
        kind: interview
        title: Interview bestuurder Horizon Jeugdzorg
        case: rivierstad
        units: [rivierstad.horizon]
        organisation: Horizon Jeugdzorg
        date: 2023-03-14
        period: 1
        fictitious: true
        speakers:
          - name: Interviewer
            role: interviewer
          - name: Sanne de Vries
            role: bestuurder
            organisation: Horizon Jeugdzorg
        ---
        # Interview (FICTIEF)

        **Interviewer:** Wat heeft de sturing van Rivierstad bij u veranderd?

        **Sanne de Vries (bestuurder):** We hebben onze werkwijze aangepast aan de wijkteams. Elke behandelaar
        werkt nu vanuit een wijk. We wisten precies wat de gemeente van ons vroeg.

        **Interviewer:** En de nieuwe rapportages?

        **Sanne de Vries (bestuurder):** De extra rapportages leveren we gewoon niet aan, daar zien we het nut niet van.

        """;

    /// <summary>The source's id.</summary>
    public const string Source = "horizon-2023";
    /// <summary>The unit the source is about.</summary>
    public const string Unit = "rivierstad.horizon";

    /// <summary>Creates the study in a fresh folder and returns the folder.</summary>
    public static string Create(string coders = "anna,bram")
    {
        var dir = Path.Combine(TempDirectory(), "studie");
        var init = Jhr("init", dir, "--name", "Werkbank", "--coders", coders, "--fictitious");
        Assert.True(init.ExitCode == 0, init.Error);
        File.WriteAllText(Path.Combine(dir, "cases.csv"), "case,name\nrivierstad,Gemeente Rivierstad\n");
        File.WriteAllText(Path.Combine(dir, "units.csv"), "unit,case,provider,actor_type\nrivierstad.horizon,rivierstad,Horizon Jeugdzorg,provider\n");
        File.WriteAllText(Path.Combine(dir, "demands.csv"), "case,demand,name,weight\nrivierstad,wijkgericht,Wijkgericht werken,main\nrivierstad,rapportage,Extra rapportages,minor\n");
        File.WriteAllText(Path.Combine(dir, "sources", Source + ".md"), Transcript.ReplaceLineEndings("\n"));
        return dir;
    }

    /// <summary>Runs <c>jhr</c> in-process, exactly as the command line would.</summary>
    public static JhrResult Jhr(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return new JhrResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A fresh empty folder under the temp directory.</summary>
    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "jhr-server-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Every file of the folder (recursively) with the SHA-256 of its bytes, to show that a refused request changed nothing.</summary>
    public static SortedDictionary<string, string> Hashes(string dir) => new(
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    /// <summary>The start and end of the first occurrence of <paramref name="quote"/> in the source's text (after the front matter).</summary>
    public static (int Start, int End) Find(string text, string quote)
    {
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{quote}' is not in the text");
        return (start, start + quote.Length);
    }
}

/// <summary>A workbench running over a study, with a client that sends the session token like the page does.</summary>
public sealed class Workbench : IAsyncDisposable
{
    private Workbench(RunningWorkbench running, string directory)
    {
        Running = running;
        Directory = directory;
        Client = NewClient();
    }

    /// <summary>The running server.</summary>
    public RunningWorkbench Running { get; }
    /// <summary>The study folder.</summary>
    public string Directory { get; }
    /// <summary>A client with the token header (a "tab").</summary>
    public HttpClient Client { get; }

    /// <summary>Starts a workbench on a free loopback port over <paramref name="directory"/>.</summary>
    public static async Task<Workbench> StartAsync(string directory) =>
        new(await WorkbenchServer.StartAsync(new WorkbenchOptions(directory)), directory);

    /// <summary>Another client (another tab) with the token.</summary>
    public HttpClient NewClient(bool withToken = true)
    {
        var client = new HttpClient { BaseAddress = Running.BaseAddress };
        if (withToken) client.DefaultRequestHeaders.Add(WorkbenchServer.TokenHeader, Running.Token);
        return client;
    }

    /// <summary>GET as JSON.</summary>
    public async Task<JsonElement> GetJson(string path, HttpClient? client = null)
    {
        var response = await (client ?? Client).GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>The source as the page gets it, for <paramref name="coder"/>.</summary>
    public Task<JsonElement> Source(string coder, bool others = false, HttpClient? client = null) =>
        GetJson($"/api/sources/{TestStudy.Source}?coder={coder}&others={(others ? "true" : "false")}", client);

    /// <summary>The coder's current file version as the page gets it.</summary>
    public async Task<string> Version(string coder, HttpClient? client = null) =>
        (await Source(coder, false, client)).GetProperty("versions").GetProperty(coder).GetString()!;

    /// <summary>Posts a coding of <paramref name="quote"/> as the page does after a selection.</summary>
    public async Task<HttpResponseMessage> Code(string coder, string version, string quote, string code, string? value = null,
        string? demand = null, string? enactment = null, HttpClient? client = null, int? period = null)
    {
        var text = (await Source(coder, false, client)).GetProperty("text").GetString()!;
        var (start, end) = TestStudy.Find(text, quote);
        return await (client ?? Client).PostAsJsonAsync("/api/codings", new
        {
            coder, version, source = TestStudy.Source, start, end, text = quote, code, value, unit = TestStudy.Unit, period = period ?? 1, demand, enactment,
        });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Running.DisposeAsync();
    }
}
