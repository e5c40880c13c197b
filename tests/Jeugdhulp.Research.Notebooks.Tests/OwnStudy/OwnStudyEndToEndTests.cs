namespace Jeugdhulp.Research.Notebooks.Tests.OwnStudy;

/// <summary>
/// A new study from the first transcript to the report, exactly as the README's "Start your own study" tells it:
/// every number of every step is asserted, not only the exit codes.
/// </summary>
public sealed class OwnStudyEndToEndTests
{
    /// <summary>The one command of the README sequence that contains <paramref name="part"/>.</summary>
    private static string Cmd(string part) => OwnStudy.Commands.Single(c => c.Contains(part, StringComparison.Ordinal));

    [Fact]
    public void Init_names_the_bundled_codebook_by_id_and_version_and_no_path()
    {
        var yaml = File.ReadAllText(Path.Combine(OwnStudy.Folder, "project.yaml"));
        var bundled = Jeugdhulp.Research.Codebooks.CodebookLoader.Load(Path.Combine(Runner.RunnerPaths.Root, "codebooks", "jeugdhulp-sturing.yaml")).Version;
        Assert.Contains($"codebook:\n  id: \"jeugdhulp-sturing\"\n  version: \"{bundled}\"\n", yaml);
        var settings = string.Join('\n', yaml.Split('\n').Where(l => !l.StartsWith('#')));
        Assert.DoesNotContain("/", settings.Replace("jhr-coding-project/1", ""));
        Assert.Contains("fictitious: true", yaml);
        Assert.Contains("  - id: \"anna\"\n  - id: \"bram\"", yaml);
    }

    [Fact]
    public void Coding_by_quote_computes_offsets_of_the_quote_in_the_source_text()
    {
        var first = OwnStudy.RunOf(Cmd("--coder anna --quote \"We hebben"));
        Assert.Contains("written to codings/anna.csv line 2", first.Out);
        var acrossLineBreak = OwnStudy.RunOf(Cmd("\"Elke behandelaar"));
        Assert.Contains("(line 26)", acrossLineBreak.Out);
        var anna = File.ReadAllText(Path.Combine(OwnStudy.Folder, "codings", "anna.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, anna.Length); // header + 5 codings
        var bram = File.ReadAllText(Path.Combine(OwnStudy.Folder, "codings", "bram.csv"));
        Assert.Contains("\"Elke behandelaar\nwerkt nu vanuit een wijk\"", bram);
    }

    [Fact]
    public void Classify_pools_both_coders_and_the_inline_marker()
    {
        var csv = OwnStudy.RunOf(Cmd("classify mijn-studie --format csv")).Out;
        var lines = csv.Split('\n');
        // Horizon: volgen with an adapted practice, from both coders and both accounts.
        Assert.Contains(lines, l => l.StartsWith("rivierstad.horizon,,cluster,volgen,volgen,,,determined,3,self;municipality,", StringComparison.Ordinal));
        // Kompas: anna's volgen (practice) beside trotseren and vermijden on the same demand: mixed, for the researcher to decide (rule M5).
        Assert.Contains(lines, l => l.StartsWith("rivierstad.kompas,1,cluster,,,,,mixed,4,municipality,A1-alleen-accounts-van-anderen,\"M5-onderzoeker-beslist-bij-gemengd", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("rivierstad.horizon,", StringComparison.Ordinal) && l.Contains("kenmerk.kunnen") && l.Contains(",+,"));
    }

    [Fact]
    public void Unit_level_agreement_counts_the_one_unit_where_the_coders_judge_differently()
    {
        var run = OwnStudy.RunOf("jhr agree mijn-studie");
        Assert.Contains("eenheid: cluster (anna, bram; 3 eenheden)", run.Out);
        Assert.Contains("agreement = 0.666667", run.Out);      // 2 of 3 units: horizon volgen/volgen, polderdorp geen bewijs twice
        Assert.Contains("alpha-nominal = 0.615385", run.Out);  // 1 - (2/6) / (26/30) = 16/26: kompas gemengd (anna) vs niet-volgen (bram)
        Assert.Contains("cohen = 0.571429", run.Out);
        Assert.Contains("Meningsverschillen: 1 van 3 eenheden.", run.Out);
    }

    [Fact]
    public void Segment_level_agreement_aligns_the_coders_passages()
    {
        var run = OwnStudy.RunOf(Cmd("--level segment"));
        Assert.Contains("agreement = 0.250000  (eenheden gebruikt: 8, waarden: 16)", run.Out);
        Assert.Contains("Meningsverschillen: 6 van 8 eenheden.", run.Out);
    }

    [Fact]
    public void A_table_from_the_project_counts_clusters_per_case_with_the_mixed_unit_and_the_unit_without_sources_as_onbekend()
    {
        var text = OwnStudy.RunOf(Cmd("table --data mijn-studie --rows")).Out;
        Assert.StartsWith(Jeugdhulp.Research.Data.StudyContext.FictitiousNotice + "\n", text); // a fictitious study's table says so
        // volgen, niet-volgen, niets-doen, onbekend (Kompas is mixed, Polderdorp has no sources yet), total
        Assert.Matches(@"Gemeente Rivierstad\s+1\s+0\s+0\s+1\s+2", text);
        Assert.Matches(@"Gemeente Polderdorp\s+0\s+0\s+0\s+1\s+1", text);
        Assert.Matches(@"Totaal\s+1\s+0\s+0\s+2\s+3", text);
        Assert.Equal(text, OwnStudy.RunOf(Cmd("table --data mijn-studie-data")).Out); // the same table from the data it wrote with --write-data
    }

    [Fact]
    public void The_report_describes_this_study_with_agreement_all_inputs_hashed_and_fictitious_on_every_section()
    {
        var html = File.ReadAllText(Path.Combine(OwnStudy.Folder, "rapport.html"));
        Assert.Contains("<h1 id=\"top\">Rivierenland: sturing en strategische reactie in 2 cases, 3 eenheden</h1>", html);
        Assert.Contains("<h2>Intercodeurbetrouwbaarheid</h2>", html);
        Assert.Contains("<th>eenheid</th><td>cluster</td><td>alpha-nominal</td><td>0.615</td><td>[-0.667, 1.000]</td><td>3</td><td>1</td>", html);
        Assert.DoesNotContain("Reproductie", html);
        Assert.DoesNotContain("Sturing per case", html);
        Assert.DoesNotContain("Inconsistenties", html);
        // The codebook appendix lists the codebook's own entries (one is named after the table it was counted for); nothing else cites the dissertation.
        var beforeCodebook = html[..html.IndexOf("<section class=\"jhr-section\" id=\"codeboek\"", StringComparison.Ordinal)];
        Assert.DoesNotMatch(@"Tabel(len)? \d|regels \d|§\d|&#167;|hoofdstuk|zoek het op in de pdf", beforeCodebook);
        // The method is cited once, by author, title and year; the rules it applies are listed without line numbers.
        Assert.Contains("geclassificeerd met de methode van Jansen, Sturen op transformatie van de jeugdhulp (2021)", beforeCodebook);
        foreach (var input in new[] { "project.yaml", "cases.csv", "units.csv", "sources/horizon-2023.md", "sources/gemeente-2023.md", "codings/anna.csv", "codings/bram.csv" })
        {
            var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(OwnStudy.Folder, input)))).ToLowerInvariant();
            Assert.Contains($"<th>data: {input}</th><td>sha256 {hash}", html);
        }
        // The notice above the title, under every section heading, and on every printed page (a fixed element).
        var notice = System.Net.WebUtility.HtmlEncode(Jeugdhulp.Research.Data.StudyContext.FictitiousNotice);
        var sections = System.Text.RegularExpressions.Regex.Count(html, "<section class=\"jhr-section\"");
        Assert.Equal(8, sections); // methode, meta-matrix, vergelijking, grafieken, overeenstemming, bewijs, codeboek, herkomst
        Assert.Equal(sections, System.Text.RegularExpressions.Regex.Count(html, $"</h2>\n<p class=\"jhr-notice\">{System.Text.RegularExpressions.Regex.Escape(notice)}</p>"));
        Assert.Contains($"<p class=\"jhr-notice\" role=\"note\">{notice}</p>\n<h1", html);
        Assert.Contains($"<div class=\"jhr-notice-page\" aria-hidden=\"true\">{notice}</div>", html);
        Assert.Contains("@media print{.jhr-notice-page{display:block;position:fixed;top:0", html);
    }

    [Fact]
    public void The_evidence_appendix_cites_the_coded_passages_and_the_rules_not_pdf_lines()
    {
        var html = File.ReadAllText(Path.Combine(OwnStudy.Folder, "rapport.html"));
        Assert.Contains("<p>Bronnen: horizon-2023, gemeente-2023.</p>", html);   // Horizon in Rivierstad: both transcripts
        Assert.Contains("<p>Nog geen gecodeerde bronnen.</p>", html);            // Horizon in Polderdorp
        Assert.Contains("<th>gecodeerde passages (bron@begin-eind)</th>", html);
        Assert.DoesNotContain("zoek het op in de pdf", html);
        Assert.DoesNotContain("Bron: , regels .", html);
    }

    [Fact]
    public void The_english_report_of_the_new_study_is_english_throughout_and_cites_no_dissertation_tables()
    {
        var path = Path.Combine(OwnStudy.Shared.Root, "report-en.html");
        var run = OwnStudy.Run(OwnStudy.Shared.Root, $"jhr report mijn-studie --output {path} --lang en");
        Assert.True(run.ExitCode == 0, run.Error);
        var html = File.ReadAllText(path);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<h2>Method</h2>", html);
        Assert.Contains("<h2>Intercoder reliability</h2>", html);
        Assert.Contains("from the coding project Rivierenland: 2 sources, 10 codings by anna, bram", html);
        Assert.DoesNotContain("<h2>Intercodeurbetrouwbaarheid</h2>", html);
        var beforeCodebook = html[..html.IndexOf("<section class=\"jhr-section\" id=\"codeboek\"", StringComparison.Ordinal)];
        Assert.DoesNotMatch(@"Tables? \d|lines \d|§\d|&#167;|chapter|search the quote in the PDF", beforeCodebook);
    }

    [Fact]
    public void Reproduce_on_a_study_without_published_tables_says_so_and_succeeds()
    {
        var run = OwnStudy.RunOf(Cmd("reproduce"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no published tables to reproduce", run.Out);
        Assert.DoesNotContain("gereproduceerd", run.Out);
    }
}

/// <summary>The README's "Start your own study" is the end-to-end test's script: every command in it is one the test runs.</summary>
public sealed class OwnStudyReadmeTests
{
    private static string Section()
    {
        var readme = File.ReadAllText(Jeugdhulp.Research.Notebooks.Tests.Display.DisplayFixture.RepoFile("README.md")).Replace("\r\n", "\n");
        var start = readme.IndexOf("\n## Start your own study\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no section 'Start your own study'.");
        var end = readme.IndexOf("\n## ", start + 5, StringComparison.Ordinal);
        return readme[start..(end < 0 ? readme.Length : end)];
    }

    [Fact]
    public void Every_command_of_the_readme_section_is_run_by_the_end_to_end_test()
    {
        var commands = System.Text.RegularExpressions.Regex.Matches(Section(), "```bash\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .SelectMany(m => m.Groups[1].Value.Split('\n')).Select(l => l.Trim()).Where(l => l.StartsWith("jhr ", StringComparison.Ordinal)).ToList();
        Assert.True(commands.Count >= 12, $"only {commands.Count} commands found");
        foreach (var command in commands) Assert.Contains(command, OwnStudy.Commands);
    }

    [Fact]
    public void The_readme_shows_the_cases_and_units_the_test_writes_and_is_also_in_dutch()
    {
        var section = Section();
        Assert.Contains(OwnStudy.CasesCsv, section.Replace("   ", ""));
        Assert.Contains(OwnStudy.UnitsCsv, section.Replace("   ", ""));
        Assert.Contains("**Nederlands.**", section);
    }
}
