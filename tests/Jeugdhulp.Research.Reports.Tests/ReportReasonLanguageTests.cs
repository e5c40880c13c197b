using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Reports;

namespace Jeugdhulp.Research.Reports.Tests;

/// <summary>One language per report: the reasons and inconsistencies from <c>data/</c> follow the report's language.</summary>
public sealed class ReportReasonLanguageTests
{
    private static readonly DateTimeOffset Date = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Every evidence row of the report with the observation it is anchored to, and its reason cell.</summary>
    private static List<(Observation Observation, string Reason)> EvidenceReasons(Report report)
    {
        var byAnchor = ReportFixture.Study.CaseValues.Concat(ReportFixture.Study.UnitValues).ToDictionary(ReportAudit.EvidenceAnchor);
        var evidence = report.Sections.Single(s => s.Id == "bewijs").Subsections.SelectMany(s => s.Tables);
        return [.. evidence.SelectMany(t => t.Rows).Select(r => (byAnchor[r[0].Anchor!], r[5].Text))];
    }

    [Fact]
    public void Every_reason_in_the_dutch_report_is_the_dutch_reason_of_the_data()
    {
        var rows = EvidenceReasons(ReportFixture.Build(Date));
        // Every value of a unit and, since the report groups case-level steering evidence per case, every value of a case.
        Assert.Equal(ReportFixture.Study.UnitValues.Length + ReportFixture.Study.CaseValues.Length, rows.Count);
        Assert.Equal(494 + 118, rows.Count(r => r.Reason.Length > 0)); // unit values with a reason (457 + 37 of codebook 1.4.0), and the 118 of data/case-values.csv's 144 rows with one
        Assert.All(rows, r => Assert.Equal(r.Observation.Provenance.ReasonNl ?? "", r.Reason));
        Assert.DoesNotContain(rows, r => r.Reason.Contains(LocalizedData.Untranslated, StringComparison.Ordinal));
    }

    [Fact]
    public void The_dutch_html_report_shows_known_dutch_reasons_and_none_of_the_english_ones()
    {
        var html = ReportRenderer.ToHtml(ReportFixture.Build(Date));
        foreach (var dutch in new[]
        {
            "gedeelde sturingscel van Tabel 4.3 over alle vier eenheden; 'marktwerking'",
            "Opgericht in 1910, vóór 2000 (grens van hoofdstuk 9, Tabel 9.11).",
            "cel van Tabel 7.3 over de drie niets-doeners; 'Geen belang bij sturing'",
            "Opgevat als een verschrijving voor Saturnus; responses.csv volgt Tabellen 4.3, 8.3 en 9.15.",
        })
            Assert.Contains(System.Net.WebUtility.HtmlEncode(dutch).Replace("&#39;", "'"), html.Replace("&#39;", "'"));
        var english = ReportFixture.Study.UnitValues.Select(o => o.Provenance)
            .Where(p => p.Reason is { Length: > 40 } && p.Reason != p.ReasonNl).Select(p => p.Reason!).Distinct().ToList();
        Assert.Equal(318, english.Count); // 294 + 24 distinct reasons of the codebook 1.4.0 rows
        Assert.DoesNotContain(english, r => html.Contains(System.Net.WebUtility.HtmlEncode(r), StringComparison.Ordinal));
        Assert.DoesNotContain("Treated as a slip for Saturnus", html);
        Assert.Contains("<th>reden</th>", html);
    }

    [Fact]
    public void The_english_report_shows_the_recorded_english_reasons()
    {
        var report = ReportFixture.Build(Date, ReportLanguage.English);
        var rows = EvidenceReasons(report);
        Assert.All(rows, r => Assert.Equal(r.Observation.Provenance.Reason ?? "", r.Reason));
        var html = ReportRenderer.ToHtml(report);
        Assert.Contains("shared steering cell of Tabel 4.3 spanning all four units; 'marktwerking'", html.Replace("&#39;", "'"));
        Assert.Contains("Treated as a slip for Saturnus; responses.csv follows Tables 4.3, 8.3 and 9.15.", html);
        var inconsistencies = report.Sections.Single(s => s.Id == "inconsistenties").Tables.Single();
        Assert.Equal("id,kind,lines,description,handling", string.Join(",", inconsistencies.Columns));
        Assert.Equal("text-vs-table", inconsistencies.Rows.Single(r => r[0].Text == "I07")[1].Text);
    }

    [Fact]
    public void The_dutch_reproduction_links_name_the_inconsistencies_in_dutch()
    {
        var report = ReportFixture.Build(Date);
        var links = report.Sections.Single(s => s.Id == "reproductie").Content.OfType<Jeugdhulp.Research.Rendering.LinkList>().SelectMany(l => l.Items).ToList();
        Assert.Contains(links, l => l.Text.StartsWith("Inconsistentie I01 (regels 12974-12997): Tabel 9.13 telt 12 marktgericht / 6 niet marktgericht", StringComparison.Ordinal));
        Assert.DoesNotContain(links, l => l.Text.Contains("Table 9.13 counts", StringComparison.Ordinal));
        var inconsistencies = report.Sections.Single(s => s.Id == "inconsistenties").Tables.Single();
        Assert.Equal(["tekst-tegen-tabel", "Opgevat als een verschrijving voor Saturnus; responses.csv volgt Tabellen 4.3, 8.3 en 9.15."],
            new[] { 1, 4 }.Select(i => inconsistencies.Rows.Single(r => r[0].Text == "I07")[i].Text));
    }
}
