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
        Assert.Equal(3, report.Sections.Single(s => s.Id == "grafieken").Content.OfType<Jeugdhulp.Research.Rendering.HtmlBlock>().Count());
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
    public void Xlsx_is_an_auditors_workbook_with_an_index_frozen_headers_filters_and_full_titles()
    {
        var report = ReportFixture.Build(Date);
        using var stream = new MemoryStream();
        ReportRenderer.WriteXlsx(report, stream);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var tables = report.Tables.ToList();

        // Index, one sheet per table, the units per cell, provenance.
        Assert.Equal(tables.Count + 3, workbook.Worksheets.Count);
        var index = workbook.Worksheet(1);
        Assert.Equal("Inhoud", index.Name);
        var linked = Enumerable.Range(4, workbook.Worksheets.Count - 1).Select(r => index.Cell(r, 2)).ToList();
        Assert.All(linked, cell => Assert.True(cell.HasHyperlink, $"no link in {cell.Address}"));
        // Every link points at an existing sheet whose first cell holds the same, untruncated title.
        foreach (var cell in linked)
        {
            var target = cell.Hyperlink.InternalAddress;
            var sheetName = target[1..target.IndexOf("'!", StringComparison.Ordinal)];
            Assert.Equal(cell.GetString(), workbook.Worksheet(sheetName).Cell(1, 1).GetString());
        }
        Assert.Equal(tables.Select(t => t.Title), linked.Take(tables.Count).Select(c => c.GetString()));

        var table91 = workbook.Worksheet("Tabel 9.1");
        Assert.Equal("Tabel 9.1: Strategische reactie op de sturing van gemeenten", table91.Cell(1, 1).GetString());
        Assert.Equal(3, table91.SheetView.SplitRow);
        Assert.Equal(1, table91.SheetView.SplitColumn);
        Assert.True(table91.AutoFilter.IsEnabled);
        Assert.Equal("A3:E9", table91.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal(XLDataType.Number, table91.Cell(7, 4).DataType);
        Assert.Equal(3, table91.Cell(7, 4).GetValue<int>());

        // Sheet names: whole words, at most 31 characters, unique.
        Assert.All(workbook.Worksheets, w => Assert.True(w.Name.Length <= 31, w.Name));
        // A shortened name is the title's leading whole words (characters Excel forbids in names become spaces).
        foreach (var sheet in workbook.Worksheets.Where(w => w.Name != "Inhoud"))
        {
            var name = Regex.Replace(sheet.Name, @" \(\d+\)$", "");
            var title = Regex.Replace(Regex.Replace(sheet.Cell(1, 1).GetString(), @"[\[\]:*?/\\]", " "), @"\s+", " ").Trim();
            Assert.True(title == name || title.StartsWith(name + " ", StringComparison.Ordinal), $"sheet '{sheet.Name}' for '{title}'");
        }
        Assert.Equal(workbook.Worksheets.Count, workbook.Worksheets.Select(w => w.Name.ToUpperInvariant()).Distinct().Count());

        var units = workbook.Worksheet("Eenheden per cel");
        Assert.True(units.AutoFilter.IsEnabled);
        var waal = units.RowsUsed().Single(r => r.Cell(1).GetString().StartsWith("Tabel 9.1:", StringComparison.Ordinal)
            && r.Cell(2).GetString() == "Case Waal" && r.Cell(3).GetString() == "Niets-doen");
        Assert.Equal("Jupiter, Praktijk Jeugdklasse, Gezond en Wel", waal.Cell(5).GetString());
        var evidence = workbook.Worksheets.Single(w => w.Cell(1, 1).GetString() == "Bewijs: Jupiter (Waal)");
        Assert.True(evidence.AutoFilter.IsEnabled);
    }

    [Fact]
    public void Markdown_and_latex_carry_every_table()
    {
        var report = ReportFixture.Build(Date);
        var markdown = ReportRenderer.ToMarkdown(report);
        var latex = ReportRenderer.ToLatex(report);
        // Tables with visible units get a units-per-cell table after them in the text formats.
        var withUnits = report.Tables.Count(t => t.ShowDetails && t.Rows.Any(r => r.Skip(1).Any(c => !string.IsNullOrEmpty(c.Detail))));
        Assert.Equal(report.Tables.Count() + 1 + withUnits, Regex.Matches(markdown, @"^\|---", RegexOptions.Multiline).Count);
        Assert.Equal(report.Tables.Count() + 1 + withUnits, Regex.Matches(latex, @"\\begin\{tabular\}").Count);
        Assert.Contains("Case Rijn & 4 & 0 & 0 & 4", latex);
        Assert.Contains("| Tabel 9.1: Strategische reactie op de sturing van gemeenten | Case Waal | Niets-doen | 3 | Jupiter, Praktijk Jeugdklasse, Gezond en Wel |", markdown);
    }

    [Fact]
    public void The_report_is_dutch_by_default_and_english_on_request()
    {
        var dutch = ReportRenderer.ToHtml(ReportFixture.Build(Date));
        var english = ReportRenderer.ToHtml(ReportFixture.Build(Date, ReportLanguage.English));
        Assert.Contains("<html lang=\"nl\">", dutch);
        Assert.Contains("<h2>Reproductie van de gepubliceerde teltabellen</h2>", dutch);
        Assert.Contains("Berust op (afgeleide", dutch);
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("<h2>Reproduction of the published count tables</h2>", english);
        Assert.Contains("Rests on (inferred", english);
        Assert.Contains("Table 9.1 as published (lines 12088-12102)", english);
        Assert.DoesNotContain("Berust op", english);
    }

    [Fact]
    public void The_html_report_carries_plotly_once_and_stays_under_6_mb()
    {
        var html = ReportRenderer.ToHtml(ReportFixture.Build(Date));
        Assert.Equal(1, Regex.Count(html, "<script data-jhr-library="));
        Assert.Equal(3, Regex.Count(html, "<figure class=\"jhr-chart\""));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(html) < 6_000_000, $"{System.Text.Encoding.UTF8.GetByteCount(html):N0} bytes");
        Assert.DoesNotContain("<iframe", html);
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

    private static async Task<(IPlaywright Playwright, IBrowser Browser, IPage Page, List<string> Errors, List<string> Requests)> OpenAsync(string file)
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Prerequisite.RequireChromium(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        // A laptop screen: the evidence must wrap, not overflow.
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
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
        return (playwright, browser, page, errors, requests);
    }

    private static string WriteReport(Report report)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("jhr-report-").FullName, "rapport.html");
        File.WriteAllText(file, ReportRenderer.ToHtml(report));
        return file;
    }

    [ChromiumFact]
    public async Task An_auditor_follows_table_9_1_from_a_cell_to_its_units_and_evidence_with_charts_drawn_offline()
    {
        var report = ReportFixture.Build(Date);
        var (playwright, browser, page, errors, requests) = await OpenAsync(WriteReport(report));
        using var _ = playwright;
        await using var __ = browser;

        // The charts draw offline from the one copy of plotly.js in the page.
        await page.WaitForSelectorAsync(".jhr-chart .main-svg", new PageWaitForSelectorOptions { Timeout = 60_000 });
        Assert.Equal(3, await page.Locator("figure.jhr-chart:has(svg.main-svg)").CountAsync());

        // Table 9.1, cell Waal × niets-doen: the count and, as visible text, the units it counts.
        var table = page.Locator("table#tabel-9\\.1");
        var header = await table.Locator("thead th").AllTextContentsAsync();
        var column = header.ToList().IndexOf("Niets-doen");
        var cell = table.Locator("tbody tr", new LocatorLocatorOptions { Has = page.Locator("th", new PageLocatorOptions { HasTextString = "Case Waal" }) }).Locator("th, td").Nth(column);
        var units = cell.Locator(".jhr-units");
        Assert.True(await units.IsVisibleAsync());
        Assert.Equal("Jupiter, Praktijk Jeugdklasse, Gezond en Wel", await units.InnerTextAsync());
        Assert.StartsWith("3", await cell.InnerTextAsync());
        // Beside it, the published table with the same count.
        var published = page.Locator("table", new PageLocatorOptions { Has = page.Locator("caption", new PageLocatorOptions { HasTextString = "Tabel 9.1 zoals gepubliceerd" }) });
        var publishedCell = published.Locator("tbody tr", new LocatorLocatorOptions { Has = page.Locator("th", new PageLocatorOptions { HasTextString = "Case Waal" }) }).Locator("th, td").Nth(column);
        Assert.Equal("3", await publishedCell.InnerTextAsync());

        // "Berust op" under the table: follow the link for Waal to its row in the evidence appendix.
        var restsOn = page.Locator("div.jhr-side:has(table#tabel-9\\.1) + div.jhr-links");
        Assert.StartsWith("Berust op", await restsOn.Locator("strong").InnerTextAsync());
        var link = restsOn.Locator("a", new LocatorLocatorOptions { HasTextString = "Orion (Waal)" });
        var target = (await link.GetAttributeAsync("href"))!;
        Assert.Equal("#bewijs-waal.orion-cluster", target);
        await link.ClickAsync();
        Assert.EndsWith(target, page.Url);
        var row = page.Locator("tr:target");
        Assert.Equal(1, await row.CountAsync());
        Assert.True(await row.IsVisibleAsync());
        var rowText = await row.InnerTextAsync();
        Assert.Contains("niet-volgen", rowText);
        Assert.Equal("Bewijs: Orion (Waal)", await row.Locator("xpath=ancestor::table[1]/caption").InnerTextAsync());
        // The evidence wraps within the page at laptop width: no horizontal scrolling.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));

        var screenshots = Path.Combine(AppContext.BaseDirectory, "report-screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "bewijs.png") });

        Assert.Empty(errors);
        Assert.Empty(requests);
        var captions = await page.Locator("table.jhr-table caption").AllTextContentsAsync();
        foreach (var t in report.Tables) Assert.Contains(t.Title, captions);
        Assert.Equal(0, await page.Locator("#reproductie td.differs").CountAsync());
    }

    /// <summary>axe-core (npm, installed by .ci/run) scans the whole report: no serious or critical violations.</summary>
    [AxeFact]
    public async Task The_report_passes_an_axe_core_accessibility_scan()
    {
        Prerequisite.Require(Prerequisite.AxeMissing());
        var axe = Prerequisite.AxeScript;
        var (playwright, browser, page, errors, _) = await OpenAsync(WriteReport(ReportFixture.Build(Date)));
        using var _1 = playwright;
        await using var _2 = browser;
        await page.WaitForSelectorAsync(".jhr-chart .main-svg", new PageWaitForSelectorOptions { Timeout = 60_000 });
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = axe });
        var violations = await page.EvaluateAsync<AxeViolation[]>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, first: v.nodes[0]?.html ?? '' }))
            """);
        foreach (var v in violations) output.WriteLine($"{v.Impact} {v.Id}: {v.Help} ({v.Nodes} nodes, e.g. {v.First})");
        Assert.Empty(violations);
        Assert.Empty(errors);
    }

    public sealed record AxeViolation(string Id, string Impact, string Help, int Nodes, string First);
}
