using Jeugdhulp.Research.Charts;
using Jeugdhulp.Research.Notebooks.Tests.Display;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Jeugdhulp.Research.Notebooks.Tests.Charts;

/// <summary>
/// Saved charts opened in headless Debian Chromium through Playwright (no browser download): the plot must render
/// to SVG offline, without console errors. Screenshots are kept beside the test output for a human look.
/// </summary>
public sealed class ChartRenderingTests(ITestOutputHelper output)
{
    [ChromiumTheory]
    [InlineData("reacties-per-case")]
    [InlineData("factorprofielen")]
    [InlineData("veranderingen")]
    public async Task Saved_chart_renders_in_headless_chromium_without_errors(string name)
    {
        var view = name switch
        {
            "reacties-per-case" => ChartView.ResponsesPerCase(DisplayFixture.Study, DisplayFixture.Codebook),
            "factorprofielen" => ChartView.FactorProfiles(DisplayFixture.Study, DisplayFixture.Codebook),
            _ => ChartView.ResponseChanges(DisplayFixture.Study, DisplayFixture.Codebook),
        };
        var folder = Directory.CreateTempSubdirectory("jhr-render-").FullName;
        var file = view.SaveHtml(Path.Combine(folder, name + ".html"));

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Prerequisite.RequireChromium(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 700 } });
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        page.Request += (_, request) => { if (!request.Url.StartsWith("file:", StringComparison.Ordinal)) requests.Add(request.Url); };

        await page.GotoAsync(new Uri(file).AbsoluteUri);
        await page.WaitForSelectorAsync(".main-svg", new PageWaitForSelectorOptions { Timeout = 30_000 });
        var marks = await page.Locator(name switch
        {
            "reacties-per-case" => ".barlayer .point",
            "factorprofielen" => ".heatmaplayer image, .hm image",
            _ => ".sankey-node",
        }).CountAsync();

        var screenshots = Path.Combine(AppContext.BaseDirectory, "chart-screenshots");
        Directory.CreateDirectory(screenshots);
        var png = Path.Combine(screenshots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = png, FullPage = true });
        output.WriteLine($"screenshot: {png}");

        Assert.Empty(errors);
        Assert.Empty(requests);
        Assert.True(await page.Locator(".main-svg").CountAsync() > 0);
        Assert.True(marks > 0, $"no plot marks drawn for {name}");
        Assert.True(new FileInfo(png).Length > 10_000);
    }
}
