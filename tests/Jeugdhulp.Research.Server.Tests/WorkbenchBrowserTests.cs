using System.Globalization;
using System.Text.Json;
using Jeugdhulp.Research.Server.Tests.Support;
using Microsoft.Playwright;

namespace Jeugdhulp.Research.Server.Tests;

/// <summary>
/// The workbench in Debian's Chromium, driven like a researcher drives it: open a study made with <c>jhr init</c>,
/// select passages with the mouse, choose a code, see them highlighted and the classification panel change, code as
/// the second coder, show both coders, confirm a judgment with a reason, compare the coders; then <c>jhr classify</c>
/// and <c>jhr agree</c> on the same folder must give what the page showed. Screenshots of the main views go to
/// <c>screenshots/</c> in the test output (the README's guide shows them).
/// </summary>
public sealed class WorkbenchBrowserTests
{
    /// <summary>Where the screenshots go: the test output folder.</summary>
    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "screenshots");

    private const string Adapted = "We hebben onze werkwijze aangepast aan de wijkteams";
    private const string Reports = "De extra rapportages leveren we gewoon niet aan";
    private const string Knowing = "We wisten precies wat de gemeente van ons vroeg";

    [ChromiumFact]
    public async Task Coding_two_coders_in_the_browser_gives_what_jhr_classify_and_jhr_agree_report()
    {
        var dir = TestStudy.Create();
        await using var bench = await Workbench.StartAsync(dir);
        var (playwright, browser, page, errors, foreign) = await OpenAsync(bench, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 1000 } });
        using var _ = playwright;
        await using var __ = browser;
        Assert.Equal("Interview bestuurder Horizon Jeugdzorg", await page.TextContentAsync("#source-title"));
        Assert.Equal("20", await page.Locator(".line.turn").First.GetAttributeAsync("data-line")); // line numbers are the file's
        Assert.Equal("", await Judgment(page, "response-rivierstad.horizon-1"));

        // anna codes three passages by selecting them.
        await Code(page, Adapted, "reactie.volgen.conformeren", demand: "wijkgericht", enactment: "practice");
        await page.WaitForSelectorAsync("[data-testid='response-rivierstad.horizon-1'][data-value='reactie.volgen']"); // the panel follows the save
        await Code(page, Reports, "reactie.trotseren.negeren", demand: "rapportage", enactment: "practice");
        await Code(page, Knowing, "kenmerk.weten", value: "+");
        Assert.Equal(Adapted, await page.Locator(".frag.mine").First.TextContentAsync());
        var keys = await page.EvalOnSelectorAllAsync<string[]>("#text .frag.mine", "els => [...new Set(els.flatMap(e => e.dataset.keys.split(' ')))].sort()");
        Assert.Equal(["anna/1", "anna/2", "anna/3"], keys);
        await page.WaitForSelectorAsync("[data-testid='factor-rivierstad.horizon-kenmerk.weten'][data-value='+']");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "01-coderen.png"), FullPage = true });

        // bram codes blind: anna's codings are not shown until asked for.
        await page.SelectOptionAsync("#coder", "bram");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#text .frag.coded').length === 0");
        await Code(page, Adapted, "reactie.volgen.conformeren", demand: "wijkgericht", enactment: "practice");
        await Code(page, Reports, "reactie.vermijden.bufferen", demand: "rapportage", enactment: "practice");
        await Code(page, Knowing, "kenmerk.weten", value: "+");
        await page.CheckAsync("#show-others");
        await page.WaitForSelectorAsync("#text .frag.other");
        Assert.True(await page.Locator("#text .frag.mine.other").CountAsync() > 0); // both coded the same words: both marks, still readable
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "02-twee-codeurs.png"), FullPage = true });

        // bram confirms the proposed response with a reason.
        var proposed = await Judgment(page, "response-rivierstad.horizon-1");
        await page.ClickAsync("[data-testid='judge-reactie-rivierstad.horizon-1']");
        await page.FillAsync("#j-reason", "De bestuurder beschrijft een aangepaste werkwijze.");
        await page.ClickAsync("[data-testid='judgment-save']");
        await page.WaitForSelectorAsync("[data-testid='response-rivierstad.horizon-1'][data-status='confirmed']");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "03-bewijs.png"), FullPage = true });

        // The coders compared.
        await page.ClickAsync("#agreement-button");
        await page.WaitForSelectorAsync("[data-testid^='metric-segment']");
        await page.Locator("#agreement").ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "04-overeenstemming.png") });
        var shownMetrics = await page.EvalOnSelectorAllAsync<string[]>("[data-testid^='metric-']", "els => els.map(e => e.dataset.testid + '=' + e.dataset.value)");

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.True(foreign.Count == 0, string.Join("\n", foreign)); // no CDN, no network: only the workbench itself

        // What the command line says about the same folder.
        var classify = TestStudy.Jhr("classify", dir, "--coder", "bram", "--format", "json");
        Assert.True(classify.ExitCode == 0, classify.Error);
        var response = JsonDocument.Parse(classify.Out).RootElement.GetProperty("units")[0].GetProperty("periods")[0].GetProperty("response");
        Assert.Equal(proposed, response.GetProperty("value").GetString());
        Assert.Equal("confirmed", response.GetProperty("status").GetString());
        Assert.Equal("De bestuurder beschrijft een aangepaste werkwijze.", response.GetProperty("override").GetProperty("reason").GetString());
        var saved = Jeugdhulp.Research.Coding.Projects.CodingProjectLoader.Load(dir).Segments;
        Assert.Equal([("anna", Adapted), ("anna", Reports), ("anna", Knowing), ("bram", Adapted), ("bram", Reports), ("bram", Knowing)],
            saved.Select(s => (s.Coder, s.Text)));

        AssertAgreementAsShown(dir, shownMetrics);
    }

    [ChromiumFact]
    public async Task Accepting_a_suggestion_and_a_consensus_decision_in_the_browser_give_what_jhr_classify_and_jhr_agree_report()
    {
        var dir = TestStudy.Create();
        await using var bench = await Workbench.StartAsync(dir);
        await WorkbenchConsensusTests.TwoCoders(bench); // anna and bram agree on the adapted method, differ on the reports
        var (playwright, browser, page, errors, foreign) = await OpenAsync(bench, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 1000 } });
        using var _ = playwright;
        await using var __ = browser;

        // anna accepts the assistant's first suggestion in place.
        await page.ClickAsync("#suggestions-button");
        var first = page.Locator("#suggestions li.suggestion").First;
        await first.WaitForAsync();
        var id = (await first.GetAttributeAsync("data-id"))!;
        var code = (await first.GetAttributeAsync("data-code"))!;
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "06-suggesties.png"), FullPage = true });
        await page.ClickAsync($"[data-testid='accept-{id}']");
        await page.WaitForSelectorAsync($"[data-testid='suggestion-{id}']", new() { State = WaitForSelectorState.Detached });
        Assert.StartsWith($"Opgeslagen: ", await page.TextContentAsync("#status"));
        Assert.Contains("geassisteerd lexicon:", await page.TextContentAsync("#status"));
        var accepted = Jeugdhulp.Research.Coding.Projects.CodingProjectLoader.Load(dir).Segments.Single(s => s.Assisted is not null);
        Assert.Equal(("anna", code, $"{code}@{accepted.Start}-{accepted.End}"), (accepted.Coder, accepted.Code, id));
        Assert.True(await page.Locator($"#text .frag.mine[data-keys~='anna/3']").CountAsync() > 0); // highlighted as anna's third coding

        // The unit view: both coders' classification side by side, the unit-level agreement, the open disagreement.
        await page.ClickAsync($"#units button[data-unit='{TestStudy.Unit}']");
        await page.WaitForSelectorAsync("[data-testid='unit-table']");
        Assert.Equal("unit-view", await page.EvaluateAsync<string>("() => document.activeElement.id")); // focus follows, for keyboard and screen reader
        Assert.Equal("true", await page.GetAttributeAsync("[data-testid='unit-agree-response-1']", "data-agree")); // both volgen: the reports are a minor demand
        var unitMetrics = await page.EvalOnSelectorAllAsync<string[]>("[data-testid^='unit-metric-']", "els => els.map(e => e.dataset.testid + '=' + e.dataset.value)");
        // Open: the reports (negeren against bufferen), and the passage of anna's accepted suggestion that bram did not code.
        Assert.Equal(2, await page.Locator("[data-testid^='unit-curate-']").CountAsync());
        var openGroup = page.Locator("[data-testid='unit-sources'] li").Filter(new() { HasText = Reports }).Locator("[data-testid^='unit-curate-']");

        // anna, as curator, follows the link into the curation and takes bram's coding of the reports, with a reason.
        await openGroup.ClickAsync();
        var item = page.Locator("li.consensus-item").Filter(new() { HasText = Reports });
        await item.WaitForAsync();
        Assert.Equal("Keuze", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')")); // the group's choice has the focus
        await item.Locator("select[data-testid^='consensus-choice-']").SelectOptionAsync("bram");
        await item.Locator("input[data-testid^='consensus-reason-']").FillAsync("Ze leveren wel, maar minimaal: bufferen.");
        await item.Locator("button[data-testid^='consensus-save-']").ClickAsync();
        await page.WaitForSelectorAsync("li.consensus-item[data-decided='bram']");
        await page.Locator("#consensus").ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "07-consensus.png") });
        var decision = Assert.Single(Jeugdhulp.Research.Coding.Projects.ConsensusFile.ReadDecisions(dir));
        Assert.Equal(("bram", "bram", "anna", "Ze leveren wel, maar minimaal: bufferen.", "reactie.vermijden.bufferen"), (decision.Choice, decision.TakenFrom, decision.By, decision.Reason, decision.Code));

        // Back in the unit view the consensus stands beside the coders, and nothing is open any more.
        await page.ClickAsync($"[data-testid='open-unit-{TestStudy.Unit}']");
        await page.WaitForSelectorAsync("[data-testid='unit-response-1-consensus']");
        Assert.Equal(1, await page.Locator("[data-testid^='unit-curate-']").CountAsync()); // only the suggestion's passage is still open
        var unitResponses = await page.EvalOnSelectorAllAsync<string[]>("[data-testid^='unit-response-1-']", "els => els.map(e => e.dataset.testid + '=' + e.dataset.value)");
        await page.Locator("#unit-view").ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "08-eenheid-consensus.png") });
        foreach (var coder in new[] { "anna", "bram", "consensus" })
        {
            var cli = TestStudy.Jhr("classify", dir, "--coder", coder, "--format", "json");
            var value = JsonDocument.Parse(cli.Out).RootElement.GetProperty("units")[0].GetProperty("periods")[0].GetProperty("response").GetProperty("value").GetString();
            Assert.Contains($"unit-response-1-{coder}={value}", unitResponses);
        }
        foreach (var variable in new[] { "cluster", "response" })
        {
            var agree = TestStudy.Jhr("agree", dir, "--level", "unit", "--variable", variable);
            var shown = unitMetrics.Where(m => m.StartsWith($"unit-metric-{variable}-", StringComparison.Ordinal)).ToList();
            Assert.Equal(4, shown.Count); // agreement, alpha-nominal, cohen, scott
            foreach (var m in shown)
            {
                var (name, value) = (m[$"unit-metric-{variable}-".Length..m.IndexOf('=')], m[(m.IndexOf('=') + 1)..]);
                Assert.Contains($"{name} = {(value.Length == 0 ? "onbepaald" : double.Parse(value, CultureInfo.InvariantCulture).ToString("F6", CultureInfo.InvariantCulture))}", agree.Out);
            }
        }

        // The classification of the consensus, and the agreement before it.
        await page.SelectOptionAsync("#basis", "consensus");
        await page.WaitForFunctionAsync("() => document.querySelector('#evidence').textContent.includes('Volgens de consensus')");
        var shownResponse = await Judgment(page, "response-rivierstad.horizon-1");
        await page.ClickAsync("#agreement-button");
        await page.WaitForSelectorAsync("[data-testid^='metric-segment']");
        var shownMetrics = await page.EvalOnSelectorAllAsync<string[]>("[data-testid^='metric-']", "els => els.map(e => e.dataset.testid + '=' + e.dataset.value)");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.True(foreign.Count == 0, string.Join("\n", foreign));

        var classify = TestStudy.Jhr("classify", dir, "--coder", "consensus", "--format", "json");
        Assert.True(classify.ExitCode == 0, classify.Error);
        var response = JsonDocument.Parse(classify.Out).RootElement.GetProperty("units")[0].GetProperty("periods")[0].GetProperty("response");
        Assert.Equal("reactie.vermijden", shownResponse);
        Assert.Equal(shownResponse, response.GetProperty("value").GetString());
        AssertAgreementAsShown(dir, shownMetrics);
    }

    /// <summary>Every agreement figure the page showed is the one <c>jhr agree</c> prints for the same folder (segment and unit level).</summary>
    private static void AssertAgreementAsShown(string dir, string[] shownMetrics)
    {
        foreach (var (level, args) in new[] { ("segment-alle codes", new[] { "--level", "segment" }), ("eenheid-cluster", ["--level", "unit"]) })
        {
            var agree = TestStudy.Jhr(["agree", dir, .. args]);
            Assert.True(agree.ExitCode == 0, agree.Error);
            var metrics = shownMetrics.Where(m => m.StartsWith("metric-" + level + "-", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(metrics);
            foreach (var shown in metrics)
            {
                var (name, value) = (shown["metric-".Length..shown.IndexOf('=')][(level.Length + 1)..], shown[(shown.IndexOf('=') + 1)..]);
                var printed = value.Length == 0 ? "onbepaald" : double.Parse(value, CultureInfo.InvariantCulture).ToString("F6", CultureInfo.InvariantCulture);
                Assert.Contains($"{name} = {printed}", agree.Out);
            }
        }
    }

    [ChromiumFact]
    public async Task At_200_percent_zoom_the_page_reflows_and_the_code_search_works_from_the_keyboard()
    {
        await using var bench = await Workbench.StartAsync(TestStudy.Create());
        var (playwright, browser, page, _, _) = await OpenAsync(bench, new BrowserNewContextOptions
        {
            // A 1500-pixel window at 200 % zoom: 750 CSS pixels wide, every pixel drawn twice.
            ViewportSize = new ViewportSize { Width = 750, Height = 1000 }, DeviceScaleFactor = 2,
        });
        using var ___ = playwright;
        await using var ____ = browser;
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 200 %");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('nav.left').getBoundingClientRect().bottom <= document.querySelector('#source').getBoundingClientRect().top"),
            "the columns did not stack");
        await page.FocusAsync("#code-search");
        await page.Keyboard.TypeAsync("conformeren");
        var found = page.Locator("#code-tree li.codable");
        var codes = await found.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.code)");
        Assert.Contains("reactie.volgen.conformeren", codes);
        Assert.DoesNotContain("reactie.trotseren.negeren", codes);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal(codes[0], await page.EvaluateAsync<string>("() => document.activeElement.dataset.code"));
        await page.Keyboard.TypeAsync(" "); // chosen before selecting: the next selection opens the dialog with this code
        Assert.Equal($"Code {codes[0]} gekozen; selecteer nu tekst.", await page.TextContentAsync("#status"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "05-zoom-200.png"), FullPage = true });

        // The unit view from the keyboard: it opens in the text's place, takes the focus, and still does not scroll sideways.
        await page.FocusAsync($"#units button[data-unit='{TestStudy.Unit}']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("[data-testid='unit-table']");
        Assert.Equal("unit-view", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the unit view scrolls sideways at 200 %");
        await page.FocusAsync("#unit-back");
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.IsVisibleAsync("#source"));
    }

    [ChromiumFact]
    public async Task What_the_loader_warns_about_is_shown_folded_above_the_page_not_dropped()
    {
        var dir = TestStudy.Create();
        var yaml = Path.Combine(dir, "project.yaml");
        var current = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(yaml), "\n  version: \"([^\"]+)\"").Groups[1].Value; // what jhr init wrote
        Assert.NotEqual("1.3.0", current);
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace($"version: \"{current}\"", "version: \"1.3.0\"", StringComparison.Ordinal));
        await using var bench = await Workbench.StartAsync(dir);
        var (playwright, browser, page, errors, _) = await OpenAsync(bench, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 1000 } });
        using var _ = playwright;
        await using var __ = browser;
        Assert.True(await page.IsVisibleAsync("[data-testid='warnings']"));
        // The upgraded codebook, and two coders who have not coded yet (agreement cannot be computed).
        Assert.Equal("3 waarschuwing(en) bij het laden van de studie", await page.TextContentAsync("#warnings-summary"));
        Assert.Null(await page.GetAttributeAsync("[data-testid='warnings']", "open")); // folded: the coding stays in view
        await page.ClickAsync("#warnings-summary");
        var warning = page.Locator("#warnings-list li[data-code='codebook-version-upgraded']");
        Assert.StartsWith("project.yaml:", await warning.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains($"version 1.3.0; it is read with the bundled version {current}", await warning.TextContentAsync(), StringComparison.Ordinal);

        // Once anna codes, her warning goes; the list follows the project, not the moment the page opened.
        await Code(page, Knowing, "kenmerk.weten", value: "+");
        await page.WaitForFunctionAsync("() => document.querySelector('#warnings-summary').textContent.startsWith('2 ')");
        Assert.Equal(["codebook-version-upgraded", "coder-without-codings"],
            await page.EvalOnSelectorAllAsync<string[]>("#warnings-list li", "els => els.map(e => e.dataset.code)"));
        Assert.DoesNotContain("'anna'", await page.TextContentAsync("#warnings-list"), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [AxeFact]
    public async Task The_workbench_passes_an_axe_core_accessibility_scan()
    {
        Prerequisite.Require(Prerequisite.AxeMissing());
        await using var bench = await Workbench.StartAsync(TestStudy.Create());
        await WorkbenchConsensusTests.TwoCoders(bench); // so the unit view has both coders, figures and an open disagreement
        // axe is injected from outside; the page's own policy allows only its own script, so the scan bypasses it.
        var (playwright, browser, page, _, _) = await OpenAsync(bench, new BrowserNewContextOptions { BypassCSP = true, ViewportSize = new ViewportSize { Width = 1500, Height = 1000 } });
        using var ___ = playwright;
        await using var ____ = browser;
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Prerequisite.AxeScript });
        const string Scan = """
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length} nodes, e.g. ${v.nodes[0]?.html ?? ''})`)
            """;
        var violations = await page.EvaluateAsync<string[]>(Scan);
        Assert.True(violations.Length == 0, string.Join("\n", violations));
        // The unit view with its table, figures and links to the curation.
        await page.ClickAsync($"#units button[data-unit='{TestStudy.Unit}']");
        await page.WaitForSelectorAsync("[data-testid^='unit-curate-']");
        violations = await page.EvaluateAsync<string[]>(Scan);
        Assert.True(violations.Length == 0, "unit view: " + string.Join("\n", violations));
    }

    /// <summary>Debian's Chromium on the workbench's address, with the page's console errors and any request that leaves the workbench collected.</summary>
    private static async Task<(IPlaywright, IBrowser, IPage, List<string> Errors, List<string> Foreign)> OpenAsync(Workbench bench, BrowserNewContextOptions options)
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Prerequisite.RequireChromium(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var context = await browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        var foreign = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        page.Request += (_, request) => { if (!request.Url.StartsWith(bench.Running.BaseAddress.ToString(), StringComparison.Ordinal)) foreign.Add(request.Url); };
        Directory.CreateDirectory(Screenshots);
        await page.GotoAsync(bench.Running.Url.ToString());
        await page.WaitForSelectorAsync("#text .line");
        return (playwright, browser, page, errors, foreign);
    }

    /// <summary>The value the evidence panel shows for a judgment ("" when none).</summary>
    private static async Task<string> Judgment(IPage page, string testId) =>
        await page.Locator($"[data-testid='{testId}']").GetAttributeAsync("data-value") ?? "";

    /// <summary>Selects <paramref name="quote"/> in the transcript with the mouse, fills the coding dialog and saves.</summary>
    private static async Task Code(IPage page, string quote, string code, string? value = null, string? demand = null, string? enactment = null)
    {
        var box = await page.EvaluateAsync<JsonElement>("""
            quote => {
              const text = [...document.querySelectorAll('#text .frag')];
              const whole = text.map(f => f.textContent).join('');
              let joined = '', index = -1, nodes = [];
              for (const f of text) { nodes.push({ node: f.firstChild, at: joined.length }); joined += f.textContent; }
              index = joined.indexOf(quote);
              if (index < 0) return null;
              const at = (pos) => { const n = nodes.filter(x => x.node && x.at <= pos).pop(); return [n.node, pos - n.at]; };
              const range = document.createRange();
              range.setStart(...at(index)); range.setEnd(...at(index + quote.length));
              const rects = [...range.getClientRects()].filter(r => r.width > 0);
              const first = rects[0], last = rects[rects.length - 1];
              return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
            }
            """, quote);
        Assert.True(box.ValueKind == JsonValueKind.Object, $"'{quote}' is not on the page");
        await page.Mouse.MoveAsync(box.GetProperty("x1").GetSingle(), box.GetProperty("y1").GetSingle());
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.GetProperty("x2").GetSingle(), box.GetProperty("y2").GetSingle(), new() { Steps = 5 });
        await page.Mouse.UpAsync();
        await page.WaitForSelectorAsync("#coding-dialog[open]");
        Assert.Equal(quote, await page.TextContentAsync("#coding-quote"));
        Assert.Equal("1", await page.InputValueAsync("#f-period")); // prefilled from the front matter
        Assert.Equal(TestStudy.Unit, await page.InputValueAsync("#f-unit"));
        await page.SelectOptionAsync("#f-code", code);
        if (value is not null) await page.SelectOptionAsync("#f-value", value);
        if (demand is not null) await page.SelectOptionAsync("#f-demand", demand);
        if (enactment is not null) await page.SelectOptionAsync("#f-enactment", enactment);
        await page.ClickAsync("#coding-save");
        await page.WaitForFunctionAsync("() => !document.querySelector('#coding-dialog').open || document.querySelector('#coding-error').textContent.length > 0");
        Assert.Equal("", await page.TextContentAsync("#coding-error"));
        await page.WaitForFunctionAsync("q => [...document.querySelectorAll('#text .frag.mine')].some(f => q.includes(f.textContent) && f.textContent.length > 0)", quote);
        await page.WaitForFunctionAsync("() => document.querySelector('#status').textContent.startsWith('Opgeslagen')");
    }
}
