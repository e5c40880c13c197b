using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Jeugdhulp.Research.Cli;
using Jeugdhulp.Research.Reports;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Jeugdhulp.Research.Reports.Tests;

public sealed class ReportTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Date = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Report_has_every_required_part()
    {
        var report = ReportFixture.Build(Date);
        Assert.Equal(
            ["methode", "reproductie", "sturing", "meta-matrix", "vergelijking", "grafieken", "verwachtingen", "qca", "inconsistenties", "bewijs", "codeboek"],
            report.Sections.Select(s => s.Id));
        Assert.Contains(report.Tables, t => t.Title.StartsWith("Tabel 9.1:", StringComparison.Ordinal));
        Assert.Equal(3, report.Sections.Single(s => s.Id == "grafieken").Html.Length);
        var qca = report.Sections.Single(s => s.Id == "qca").Tables;
        Assert.Contains(qca, t => t.Title == "Parsimonieuze oplossing M1: willen → volgen");
        Assert.Contains(qca, t => t.Title == "Conservatieve oplossing M1: weten*willen*kunnen + weten*willen*moeten → volgen");
        Assert.Equal(ReportFixture.Codebook.ContentHash, report.Provenance.CodebookSha256);
        Assert.Equal(ReportFixture.Study.Files.Length, report.Provenance.DataFiles.Length);
    }

    [Fact]
    public void Same_input_gives_the_same_report_except_the_date_line()
    {
        string WithoutDate(string text) => Regex.Replace(text, "Gemaakt op [^<\\n]*", "");
        foreach (var format in new[] { ReportFormat.Html, ReportFormat.Markdown, ReportFormat.Latex })
        {
            var first = ReportRenderer.ToText(ReportFixture.Build(Date), format);
            var second = ReportRenderer.ToText(ReportFixture.Build(Date.AddDays(3)), format);
            Assert.NotEqual(first, second);
            Assert.Equal(WithoutDate(first), WithoutDate(second));
        }
    }

    [Fact]
    public void Xlsx_has_one_sheet_per_table_and_markdown_and_latex_carry_the_tables()
    {
        var report = ReportFixture.Build(Date);
        using var stream = new MemoryStream();
        ReportRenderer.WriteXlsx(report, stream);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        Assert.Equal(report.Tables.Count() + 1, workbook.Worksheets.Count);

        var markdown = ReportRenderer.ToMarkdown(report);
        var latex = ReportRenderer.ToLatex(report);
        Assert.Equal(report.Tables.Count() + 1, Regex.Matches(markdown, @"^\|---", RegexOptions.Multiline).Count);
        Assert.Equal(report.Tables.Count() + 1, Regex.Matches(latex, @"\\begin\{tabular\}").Count);
        Assert.Contains("Case Rijn & 4 & 0 & 0 & 4", latex);
    }

    [Fact]
    public void Jhr_report_writes_html_and_exits_0()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("jhr-report-").FullName, "rapport.html");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(["report", Path.Combine(ReportFixture.Root, "data"), "--output", path], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        Assert.Contains("Wrote", stdout.ToString());
        Assert.Contains("<h2>Herkomst</h2>", File.ReadAllText(path));
    }

    [ChromiumFact]
    public async Task Html_report_loads_offline_in_chromium_with_every_table_and_rendered_charts()
    {
        var report = ReportFixture.Build(Date);
        var folder = Directory.CreateTempSubdirectory("jhr-report-").FullName;
        var file = Path.Combine(folder, "rapport.html");
        File.WriteAllText(file, ReportRenderer.ToHtml(report));

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Prerequisite.RequireChromium(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("about:", StringComparison.Ordinal)
                && !request.Url.StartsWith("data:", StringComparison.Ordinal)) requests.Add(request.Url);
        };

        await page.GotoAsync(new Uri(file).AbsoluteUri);
        var tables = await page.Locator("section > table.jhr-table").CountAsync();
        var captions = await page.Locator("section > table.jhr-table caption").AllTextContentsAsync();
        var chartFrames = page.Frames.Where(f => f != page.MainFrame).ToList();
        Assert.Equal(3, chartFrames.Count);
        foreach (var frame in chartFrames)
            await frame.WaitForSelectorAsync(".main-svg", new FrameWaitForSelectorOptions { Timeout = 60_000 });

        var screenshots = Path.Combine(AppContext.BaseDirectory, "report-screenshots");
        Directory.CreateDirectory(screenshots);
        var png = Path.Combine(screenshots, "rapport.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = png, FullPage = false });
        output.WriteLine($"screenshot: {png}");

        Assert.Empty(errors);
        Assert.Empty(requests);
        Assert.Equal(report.Tables.Count() + 1, tables);
        foreach (var table in report.Tables) Assert.Contains(table.Title, captions);
        Assert.Equal(0, await page.Locator("#reproductie td.differs").CountAsync());
    }
}
