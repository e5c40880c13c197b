using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Jeugdhulp.Research.Cli;

namespace Jeugdhulp.Research.Reports.Tests;

/// <summary>
/// <c>jhr report data/regios</c>: the report of a study of one's own (three real regions) in its own terms, with its own
/// sections, the hashes of its own inputs and an evidence appendix that carries every case-level steering quote.
/// </summary>
public class RegionReportTests
{
    private static readonly Lazy<string> Html = new(() =>
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("jhr-region-report-").FullName, "regios.html");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(["report", Regios, "--output", path], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        return File.ReadAllText(path);
    });

    private static string Regios => Path.Combine(ReportFixture.Root, "data", "regios");

    /// <summary>The page without scripts and tags, decoded: what a reader sees.</summary>
    private static string Visible(string html) =>
        WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<script.*?</script>", " ", RegexOptions.Singleline), "<[^>]+>", " "));

    [Fact]
    public void The_report_has_the_studys_own_sections_and_the_recommendations_register()
    {
        var html = Html.Value;
        foreach (var id in new[] { "methode", "sturing", "aanbevelingen", "meta-matrix", "bewijs", "codeboek", "herkomst" })
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"reproductie\"", html, StringComparison.Ordinal); // no published tables to reproduce
        var text = Visible(html);
        Assert.Contains("Drie regio's: sturing en strategische reactie in 3 cases, 5 eenheden", text, StringComparison.Ordinal);
        Assert.Contains("Stel een extra controlemechanisme in op de beschikkingen", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_steering_cell_links_to_its_case_evidence_with_the_verbatim_quote_and_where_it_stands()
    {
        var html = Html.Value;
        // Groningen's onzekerheid (+) in the steering table links to its row in the appendix ...
        var anchor = "bewijs-groningen-sturing.onzekerheid";
        Assert.Matches($"<a href=\"#{Regex.Escape(anchor)}\">\\+</a>", html);
        // ... which names the coded passage, its line in the source file and in the seed, and quotes the document verbatim.
        var row = Regex.Match(html, $"<tr[^>]*>\\s*<t[hd][^>]*id=\"{Regex.Escape(anchor)}\".*?</tr>", RegexOptions.Singleline);
        if (!row.Success) row = Regex.Match(html, $"id=\"{Regex.Escape(anchor)}\".*?</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, "no evidence row " + anchor);
        var cells = Visible(row.Value);
        Assert.Contains("groningen-samenwerking@1315-1371 (sources/groningen-samenwerking.md r. 23; seed 000_8cfe1021f1bcaf43.txt r. 993-1005)", cells, StringComparison.Ordinal);
        Assert.Contains("onderzoeker: \"Complexiteit betekent onzekerheid en onvoorspelbaarheid.\"", cells, StringComparison.Ordinal);
        // Every case with steering values has its group in the appendix.
        foreach (var region in new[] { "groningen", "zhz", "waadhoeke" })
            Assert.Contains($"id=\"case-{region}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Provenance_hashes_the_studys_own_sources_codings_overrides_and_recommendations()
    {
        var text = Visible(Html.Value);
        var provenance = text[text.LastIndexOf("Herkomst", StringComparison.Ordinal)..];
        string Sha(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Regios, file))));
        foreach (var file in new[] { "codings/onderzoeker.csv", "overrides.csv", "recommendations.csv", "cases.csv", "units.csv", "sources/groningen-samenwerking.md", "sources/zhz-verbeterpunten.md" })
        {
            Assert.Contains($"data: {file}", provenance, StringComparison.Ordinal);
            Assert.Contains(Sha(file), provenance, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("assistent/", provenance, StringComparison.Ordinal); // the assistant's review is not an input of the study
    }

    [Fact]
    public void The_body_cites_no_table_or_chapter_of_the_dissertation()
    {
        var text = Visible(Html.Value);
        // Up to the codebook appendix, which lists the codebook's entries (one is named after the dissertation's Table 9.13).
        var body = text[..text.LastIndexOf("Bijlage: codeboek", StringComparison.Ordinal)];
        Assert.DoesNotMatch(@"\b[Tt]abel(len)? \d", body);
        Assert.DoesNotMatch(@"\b[Hh]oofdstuk(ken)? \d", body);
        Assert.DoesNotMatch(@"§\s?\d", body);
        Assert.DoesNotContain("proefschrift, regels", body, StringComparison.Ordinal);
    }
}
