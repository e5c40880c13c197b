using System.Security.Cryptography;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Tests.Support;

namespace Jeugdhulp.Research.Coding.Tests.Cli;

/// <summary>
/// <c>jhr init</c>, <c>jhr code</c> and <c>jhr codings fix</c> on a study made here, and every refusal: each one names
/// what to fix and leaves every file of the study exactly as it was (hashes before and after).
/// </summary>
public sealed class OwnStudyCliTests
{
    private const string Transcript = """
        ---
        kind: interview
        title: Interview met Horizon Jeugdzorg
        case: rivierstad
        units: [rivierstad.horizon]
        organisation: Horizon Jeugdzorg
        date: 2023-03-14
        fictitious: true
        speakers:
          - name: Sanne de Vries
            role: bestuurder
            organisation: Horizon Jeugdzorg
        ---
        # Interview (FICTIEF)

        **Sanne de Vries:** We hebben onze werkwijze aangepast aan de wijkteams. Elke behandelaar
        werkt nu vanuit een wijk. Wij staan achter de transformatie.

        **Sanne de Vries:** We hebben onze werkwijze aangepast aan de wijkteams, dat zei ik al.

        """;

    /// <summary>A study made by jhr init with two coders, two cases, three units and one transcript.</summary>
    private static string NewStudy(string coders = "anna,bram", params string[] extra)
    {
        var dir = Path.Combine(Repo.TempDirectory(), "studie");
        var init = Jhr.Run(["init", dir, "--name", "Testeiland", "--coders", coders, .. extra]);
        Assert.True(init.ExitCode == 0, init.Error);
        File.WriteAllText(Path.Combine(dir, "cases.csv"), "case,name\nrivierstad,Gemeente Rivierstad\npolderdorp,Gemeente Polderdorp\n");
        File.WriteAllText(Path.Combine(dir, "units.csv"), "unit,case,provider,actor_type\nrivierstad.horizon,rivierstad,Horizon Jeugdzorg,provider\n" +
            "rivierstad.kompas,rivierstad,Kompas GGZ,provider\npolderdorp.horizon,polderdorp,Horizon Jeugdzorg,provider\n");
        File.WriteAllText(Path.Combine(dir, "sources", "horizon-2023.md"), Transcript);
        return dir;
    }

    /// <summary>Every file of the folder (recursively) with the SHA-256 of its bytes.</summary>
    private static SortedDictionary<string, string> Hashes(string dir) => new(
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    /// <summary>Runs jhr, asserts exit 1, the message parts, and that no file of <paramref name="dir"/> changed.</summary>
    private static JhrResult Refused(string dir, string[] args, params string[] messageParts)
    {
        var before = Hashes(dir);
        var result = Jhr.Run(args);
        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}\n{result.Out}\n{result.Error}");
        foreach (var part in messageParts) Assert.Contains(part, result.Error);
        Assert.Equal(before, Hashes(dir));
        return result;
    }

    private static string[] Code(string dir, string quote, string code = "reactie.volgen", string coder = "anna", string unit = "rivierstad.horizon", params string[] extra) =>
        ["code", dir, "--source", "horizon-2023", "--unit", unit, "--code", code, "--coder", coder, "--quote", quote, .. extra];

    [Fact]
    public void Init_writes_a_study_that_loads_and_names_the_codebook_by_id_and_version()
    {
        var dir = NewStudy();
        var project = CodingProjectLoader.Load(dir);
        Assert.Equal("Testeiland", project.Name);
        Assert.Equal(["anna", "bram"], project.Coders.Select(c => c.Id));
        Assert.Equal(Jeugdhulp.Research.Codebooks.CodebookReference.Bundled("jeugdhulp-sturing", BundledVersion), project.CodebookReference);
        Assert.Equal(3, project.Units.Length);
        Assert.True(File.Exists(Path.Combine(dir, StudyScaffold.ProviderTemplate)));
        Assert.Contains("Wat vindt u kenmerkend voor de manier waarop u stuurt op de transformatie?", File.ReadAllText(Path.Combine(dir, StudyScaffold.MunicipalityTemplate)));
    }

    [Fact]
    public void The_interview_templates_have_the_items_of_Appendix_4_as_headings_and_load_once_filled_in()
    {
        var dir = NewStudy();
        var template = File.ReadAllText(Path.Combine(dir, StudyScaffold.ProviderTemplate));
        Assert.Contains("\n## Transformatie\n", template);
        Assert.Contains("\n## Sturing gemeente en reactie hierop\n", template);
        Assert.Contains("\n### Weet u wat de doelen van de gemeente zijn en wat ze doet om die te realiseren?\n", template);
        Assert.Contains("\n- In hoeverre is de manier van hulpverlening aangepast?\n", template);
        Assert.Equal(8, template.Split("\n### ").Length - 1);
        Assert.Equal(8, File.ReadAllText(Path.Combine(dir, StudyScaffold.MunicipalityTemplate)).Split("\n### ").Length - 1);
        var filled = template.Replace("case: CASE", "case: rivierstad").Replace("units: [UNIT]", "units: [rivierstad.kompas]").Replace("ORGANISATIE", "Kompas GGZ");
        File.WriteAllText(Path.Combine(dir, "sources", "kompas-2024.md"), filled);
        var source = CodingProjectLoader.Load(dir).FindSource("kompas-2024");
        Assert.NotNull(source);
        Assert.Equal("rivierstad.kompas", Assert.Single(source.Units));
    }

    [Fact]
    public void Init_with_a_codebook_of_ones_own_copies_it_into_the_study_which_then_codes_and_loads_anywhere()
    {
        var own = Path.Combine(Repo.TempDirectory(), "mijn-codeboek.yaml");
        File.WriteAllText(own, File.ReadAllText(Repo.Codebook)
            .Replace("\nid: jeugdhulp-sturing\n", "\nid: mijn-codeboek\n").Replace($"\nversion: {BundledVersion}\n", "\nversion: 0.1.0\n"));
        var dir = NewStudy("anna", "--codebook", own);

        Assert.Equal(File.ReadAllBytes(own), File.ReadAllBytes(Path.Combine(dir, "codebook.yaml")));
        Assert.Contains("codebook.yaml", File.ReadAllText(Path.Combine(dir, "project.yaml")));
        Assert.DoesNotContain(Path.GetDirectoryName(own)!, File.ReadAllText(Path.Combine(dir, "project.yaml")));
        Assert.Equal(0, Jhr.Run(Code(dir, "Wij staan achter de transformatie.", code: "kenmerk.willen", coder: "anna", extra: ["--value", "+"])).ExitCode);

        // The study carries its codebook: moved to another folder, with the original file gone, it still loads.
        File.Delete(own);
        var moved = Path.Combine(Repo.TempDirectory(), "verhuisd");
        Directory.Move(dir, moved);
        var project = CodingProjectLoader.Load(moved);
        Assert.Equal(Jeugdhulp.Research.Codebooks.CodebookReference.InProject("codebook.yaml"), project.CodebookReference);
        Assert.Equal(("mijn-codeboek", "0.1.0"), (project.Codebook.Id, project.Codebook.Version));
        Assert.Equal("kenmerk.willen", Assert.Single(project.Segments).Code);
    }

    [Fact]
    public void Init_refuses_a_broken_codebook_of_ones_own_naming_its_line_and_creates_nothing()
    {
        var own = Path.Combine(Repo.TempDirectory(), "kapot.yaml");
        File.WriteAllText(own, File.ReadAllText(Repo.Codebook).Replace($"\nversion: {BundledVersion}\n", $"\nversion: [{BundledVersion}\n"));
        var versionLine = Array.IndexOf(File.ReadAllLines(Repo.Codebook), $"version: {BundledVersion}") + 1;
        var dir = Path.Combine(Repo.TempDirectory(), "studie");

        var result = Jhr.Run("init", dir, "--codebook", own);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches($@"kapot\.yaml:{versionLine}:\d+: malformed-yaml", result.Error);
        Assert.False(Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any(), "init wrote files for a codebook it refused");
    }

    [Fact]
    public void Init_refuses_a_folder_that_is_not_empty_and_writes_nothing()
    {
        var dir = Repo.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "notities.txt"), "mijn aantekeningen");
        Refused(dir, ["init", dir], "directory-not-empty", "notities.txt", "--force");
        var forced = Jhr.Run("init", dir, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal("mijn aantekeningen", File.ReadAllText(Path.Combine(dir, "notities.txt")));
        Refused(dir, ["init", dir, "--force"], "file-exists", "project.yaml");
    }

    [Fact]
    public void Code_appends_one_coding_with_the_offsets_of_the_quote_across_a_line_break()
    {
        var dir = NewStudy();
        var result = Jhr.Run(Code(dir, "Elke behandelaar werkt nu vanuit een wijk", memo: null));
        Assert.True(result.ExitCode == 0, result.Error);
        var project = CodingProjectLoader.Load(dir);
        var segment = Assert.Single(project.Segments);
        var source = project.FindSource("horizon-2023")!;
        Assert.Equal("Elke behandelaar\nwerkt nu vanuit een wijk", source.Text[segment.Start..segment.End]);
        Assert.Equal(source.Text.IndexOf("Elke behandelaar", StringComparison.Ordinal), segment.Start);
        Assert.Equal("rivierstad.horizon", segment.Unit);
        Assert.Contains("(line 16)", result.Out);
    }

    private static string[] Code(string dir, string quote, string? memo) => Code(dir, quote, "reactie.volgen", "anna", "rivierstad.horizon");

    [Fact]
    public void A_quote_that_is_not_in_the_source_is_refused_with_the_closest_passage()
    {
        var dir = NewStudy();
        Refused(dir, Code(dir, "Wij staan achter de transformatei"), "quote-not-found",
            "Closest passage (line 17): \"Wij staan achter de transformatie.\"");
    }

    [Fact]
    public void An_ambiguous_quote_is_refused_with_every_occurrence_and_its_line_and_chosen_with_occurrence()
    {
        var dir = NewStudy();
        Refused(dir, Code(dir, "We hebben onze werkwijze aangepast aan de wijkteams"), "quote-ambiguous", "occurs 2 times", "1. line 16", "2. line 19", "--occurrence N");
        Refused(dir, Code(dir, "We hebben onze werkwijze aangepast aan de wijkteams", extra: ["--occurrence", "3"]), "no-such-occurrence", "lines 16, 19");
        Assert.Equal(0, Jhr.Run(Code(dir, "We hebben onze werkwijze aangepast aan de wijkteams", extra: ["--occurrence", "2"])).ExitCode);
        var segment = Assert.Single(CodingProjectLoader.Load(dir).Segments);
        Assert.Equal(CodingProjectLoader.Load(dir).FindSource("horizon-2023")!.Text.LastIndexOf("We hebben", StringComparison.Ordinal), segment.Start);
    }

    [Fact]
    public void A_unit_the_source_is_not_about_is_refused()
    {
        var dir = NewStudy();
        Refused(dir, Code(dir, "Wij staan achter de transformatie", unit: "rivierstad.kompas"), "unit-not-in-source",
            "Source 'horizon-2023' is about rivierstad.horizon, not 'rivierstad.kompas'");
    }

    [Fact]
    public void An_unknown_code_or_value_is_refused_with_a_did_you_mean_from_the_codebook()
    {
        var dir = NewStudy();
        Refused(dir, Code(dir, "Wij staan achter de transformatie", code: "reactie.volgne"), "unknown-codebook-id", "Did you mean 'reactie.volgen'");
        Refused(dir, Code(dir, "Wij staan achter de transformatie", code: "kenmerk.willen", extra: ["--value", "++"]), "value-outside-vocabulary", "Did you mean '+'");
        Refused(dir, Code(dir, "Wij staan achter de transformatie", code: "kenmerk.willen"), "missing-value", "+, -, +/-");
    }

    [Fact]
    public void An_unknown_coder_is_refused_unless_the_project_allows_new_coders()
    {
        var dir = NewStudy();
        Refused(dir, Code(dir, "Wij staan achter de transformatie", coder: "ana"), "unknown-coder", "Did you mean 'anna'", "allow_new_coders");

        var open = NewStudy("anna", "--allow-new-coders");
        var result = Jhr.Run(Code(open, "Wij staan achter de transformatie", coder: "carla"));
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Added coder 'carla' to project.yaml.", result.Error);
        var project = CodingProjectLoader.Load(open);
        Assert.Equal(["anna", "carla"], project.Coders.Select(c => c.Id));
        Assert.Equal("carla", Assert.Single(project.Segments).Coder);
    }

    [Fact]
    public void The_same_coding_twice_is_refused()
    {
        var dir = NewStudy();
        Assert.Equal(0, Jhr.Run(Code(dir, "Wij staan achter de transformatie")).ExitCode);
        Refused(dir, Code(dir, "Wij staan achter de transformatie"), "already-coded");
    }

    [Fact]
    public void Codings_fix_writes_re_anchored_offsets_back_so_the_warning_does_not_return()
    {
        var dir = NewStudy();
        Assert.Equal(0, Jhr.Run(Code(dir, "Wij staan achter de transformatie")).ExitCode);
        var file = Path.Combine(dir, "sources", "horizon-2023.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("# Interview (FICTIEF)", "# Interview (FICTIEF), uitgeschreven op 15 maart"));
        var moved = CodingProjectLoader.Load(dir);
        var warning = Assert.Single(moved.Warnings, w => w.Code == "reanchored");
        Assert.Contains("jhr codings fix", warning.Message);

        var fix = Jhr.Run("codings", "fix", dir);
        Assert.True(fix.ExitCode == 0, fix.Error);
        Assert.Contains("Fixed 1 coding(s) in codings/anna.csv.", fix.Out);
        var fixedProject = CodingProjectLoader.Load(dir);
        Assert.DoesNotContain(fixedProject.Warnings, w => w.Code == "reanchored");
        Assert.Equal(moved.Segments.Single().Start, fixedProject.Segments.Single().Start);
        Assert.Contains("Every coding is where its offsets say", Jhr.Run("codings", "fix", dir).Out);
    }

    /// <summary>The version of the bundled codebook, so these tests follow its next minor version without edits.</summary>
    private static readonly string BundledVersion = Jeugdhulp.Research.Codebooks.CodebookLoader.Load(Repo.Codebook).Version;

    private static string NamingCodebookVersion(string version)
    {
        var dir = NewStudy();
        var yaml = Path.Combine(dir, "project.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace($"version: \"{BundledVersion}\"", $"version: \"{version}\""));
        return dir;
    }

    [Theory]
    [InlineData("0.9")]   // another major version
    [InlineData("2.0")]   // another major version
    [InlineData("1.99.0")] // newer than the bundled codebook: codes this toolkit does not know
    [InlineData("1.x")]   // not MAJOR.MINOR[.PATCH]
    public void A_codebook_version_the_tool_cannot_serve_is_refused_naming_the_file_and_both_versions(string version)
    {
        var dir = NamingCodebookVersion(version);
        var result = Refused(dir, ["classify", dir], "codebook-version", $"version {version}; this toolkit has version {BundledVersion}");
        Assert.Contains("project.yaml", result.Error);
        var error = Assert.Throws<Jeugdhulp.Research.Diagnostics.InputException>(() => CodingProjectLoader.Load(dir));
        Assert.Contains(error.Diagnostics, d => d.Code == "codebook-version" && d.File == Path.Combine(dir, "project.yaml"));
    }

    [Fact]
    public void A_study_naming_codebook_1_3_0_loads_with_the_bundled_1_4_0_and_a_warning_naming_both_versions()
    {
        // codebooks/README.md "Versions": the bundled codebook only grows within a major version (1.4.0 added
        // kenmerk.coalitievorming and sturing.inkoopuitkomst), so a study made with 1.3.0 keeps working.
        Assert.Equal("1.4.0", BundledVersion);
        var dir = NamingCodebookVersion("1.3.0");
        Assert.Equal(0, Jhr.Run(Code(dir, "Wij staan achter de transformatie.", code: "kenmerk.willen", extra: ["--value", "+"])).ExitCode);

        var project = CodingProjectLoader.Load(dir);

        Assert.Equal(Jeugdhulp.Research.Codebooks.CodebookReference.Bundled("jeugdhulp-sturing", "1.3.0"), project.CodebookReference);
        Assert.Equal("1.4.0", project.Codebook.Version);
        Assert.Equal("kenmerk.willen", Assert.Single(project.Segments).Code);
        var warning = Assert.Single(project.Warnings, w => w.Code == "codebook-version-upgraded");
        Assert.Equal(Path.Combine(dir, "project.yaml"), warning.File);
        Assert.Equal("  version: \"1.3.0\"", File.ReadAllLines(Path.Combine(dir, "project.yaml"))[warning.Line - 1]);
        Assert.Contains("names codebook jeugdhulp-sturing version 1.3.0; it is read with the bundled version 1.4.0", warning.Message);

        var classify = Jhr.Run("classify", dir);
        Assert.True(classify.ExitCode == 0, classify.Error);
        Assert.Contains("codebook-version-upgraded", classify.Error);
        Assert.Contains("version 1.3.0", classify.Error);
    }

    [Fact]
    public void A_semicolon_separated_codings_file_as_Dutch_Excel_saves_it_is_read()
    {
        var dir = NewStudy();
        var source = CodingProjectLoader.Load(dir).FindSource("horizon-2023")!;
        var start = source.Text.IndexOf("Wij staan", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir, "codings", "anna.csv"),
            $"source;start;end;text;code;value;unit;coder\nhorizon-2023;{start};{start + 33};Wij staan achter de transformatie;kenmerk.willen;+;rivierstad.horizon;anna\n");
        File.WriteAllText(Path.Combine(dir, "cases.csv"), "case;name\nrivierstad;Gemeente Rivierstad\npolderdorp;Gemeente Polderdorp\n");
        var project = CodingProjectLoader.Load(dir);
        var segment = Assert.Single(project.Segments);
        Assert.Equal(("kenmerk.willen", "+", "anna"), (segment.Code, segment.Value, segment.Coder));
        Assert.Equal("Gemeente Rivierstad", project.FindCase("rivierstad")!.Name);

        // jhr code appends in the file's own separator
        Assert.Equal(0, Jhr.Run(Code(dir, "Elke behandelaar werkt nu vanuit een wijk")).ExitCode);
        Assert.Equal(2, CodingProjectLoader.Load(dir).Segments.Length);
        Assert.Contains(";reactie.volgen;", File.ReadAllText(Path.Combine(dir, "codings", "anna.csv")));
    }

    [Fact]
    public void A_coder_without_codings_is_reported_and_agreement_refuses_to_compute_with_them()
    {
        var dir = NewStudy();
        Assert.Equal(0, Jhr.Run(Code(dir, "Wij staan achter de transformatie")).ExitCode);
        File.WriteAllText(Path.Combine(dir, "codings", "bram.csv"), string.Join(",", Jeugdhulp.Research.Coding.Segments.CodingCsv.Columns) + "\n");
        var warning = Assert.Single(CodingProjectLoader.Load(dir).Warnings, w => w.Code == "coder-without-codings");
        Assert.Contains("Coder 'bram' has no codings", warning.Message);
        Refused(dir, ["agree", dir], "coder-without-codings", "Coder(s) bram coded nothing", "--coders");
    }

    [Fact]
    public void A_csv_coding_about_a_unit_the_source_is_not_about_is_an_error_and_a_code_typo_gets_a_did_you_mean()
    {
        var dir = NewStudy();
        var text = CodingProjectLoader.Load(dir).FindSource("horizon-2023")!.Text;
        var start = text.IndexOf("Wij staan", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir, "codings", "anna.csv"),
            $"source,start,end,text,code,value,unit,coder\nhorizon-2023,{start},{start + 33},Wij staan achter de transformatie,reactie.volgen,,rivierstad.kompas,anna\n" +
            $"horizon-2023,{start},{start + 33},Wij staan achter de transformatie,reactie.volgne,,rivierstad.horizon,anna\n");
        var errors = CodingProjectLoader.Validate(dir).Errors;
        Assert.Contains(errors, e => e.Code == "unit-not-in-source" && e.Line == 2 && e.Message.Contains("Source 'horizon-2023' is about rivierstad.horizon, not 'rivierstad.kompas'"));
        Assert.Contains(errors, e => e.Code == "unknown-codebook-id" && e.Line == 3 && e.Message.Contains("Did you mean 'reactie.volgen'"));
    }

    [Fact]
    public void Write_data_fills_an_empty_folder_replaces_its_own_and_refuses_any_other()
    {
        var dir = NewStudy();
        Assert.Equal(0, Jhr.Run(Code(dir, "Wij staan achter de transformatie", code: "kenmerk.willen", extra: ["--value", "+"])).ExitCode);
        var data = Path.Combine(Repo.TempDirectory(), "data");
        Assert.Equal(0, Jhr.Run("classify", dir, "--write-data", data).ExitCode);
        File.WriteAllText(Path.Combine(data, "unit-oud.csv"), "unit,variable\n"); // a stale file that would fail the next load
        Assert.Equal(0, Jhr.Run("classify", dir, "--write-data", data).ExitCode);
        Assert.False(File.Exists(Path.Combine(data, "unit-oud.csv")));
        Assert.Equal(0, Jhr.Run("table", "--data", data, "--rows", "case", "--cols", "cluster").ExitCode);

        var foreign = Repo.TempDirectory();
        File.WriteAllText(Path.Combine(foreign, "cases.csv"), "case,name\n");
        Refused(foreign, ["classify", dir, "--write-data", foreign], "directory-not-empty", "--write-data writes into an empty folder or one it wrote before");
    }
    private const string Demands = "case,demand,name,weight,source,lines,reason\n" +
        "rivierstad,wijkteams,samenwerken met de wijkteams,main,gemeente-2023,,de gemeente stuurt vooral hierop\n" +
        "rivierstad,rapportage,kwartaalrapportage,minor,gemeente-2023,,een kleiner onderdeel\n";

    [Fact]
    public void Code_records_the_demand_and_enactment_of_a_response_segment_and_the_method_counts_it()
    {
        var dir = NewStudy();
        File.WriteAllText(Path.Combine(dir, "demands.csv"), Demands);

        var result = Jhr.Run(Code(dir, "Elke behandelaar werkt nu vanuit een wijk", extra: ["--demand", "wijkteams", "--enactment", "practice"]));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("demand wijkteams, enactment practice", result.Out);
        Assert.Equal("", result.Error);
        var project = CodingProjectLoader.Load(dir);
        var segment = Assert.Single(project.Segments);
        Assert.Equal(("wijkteams", Coding.Segments.Enactment.Practice), (segment.Demand, segment.Enactment));
        Assert.EndsWith(",wijkteams,practice\n", File.ReadAllText(Path.Combine(dir, "codings", "anna.csv")));
        var period = Coding.Classification.Classifier.Classify(project, Coding.Classification.CoderSelection.Pooled).Find("rivierstad.horizon")!.Periods.Single();
        Assert.Equal(("reactie.volgen", "volgen"), (period.Response.Value, period.Cluster.Value));
        Assert.StartsWith(Coding.Classification.RuleNames.MainDemandsDecide, period.Cluster.Rule);
    }

    [Fact]
    public void Code_adds_the_demand_and_enactment_columns_to_a_codings_file_that_lacks_them_keeping_every_row()
    {
        var dir = NewStudy();
        File.WriteAllText(Path.Combine(dir, "demands.csv"), Demands);
        Assert.Equal(0, Jhr.Run(Code(dir, "Wij staan achter de transformatie", code: "kenmerk.willen", extra: ["--value", "+"])).ExitCode);
        var file = Path.Combine(dir, "codings", "anna.csv");
        var before = File.ReadAllLines(file);
        Assert.DoesNotContain("demand", before[0]);

        var result = Jhr.Run(Code(dir, "Elke behandelaar werkt nu vanuit een wijk", extra: ["--demand", "wijkteams", "--enactment", "paper"]));

        Assert.True(result.ExitCode == 0, result.Error);
        var after = File.ReadAllLines(file);
        Assert.Equal([before[0] + ",demand,enactment", before[1] + ",,"], after[..2]);
        Assert.EndsWith(",wijkteams,paper\n", File.ReadAllText(file));
        var project = CodingProjectLoader.Load(dir);
        Assert.Equal(2, project.Segments.Length);
        Assert.Contains(project.Segments, s => s.Demand == "wijkteams" && s.Enactment == Coding.Segments.Enactment.Paper);
        Assert.Contains(project.Segments, s => s.Code == "kenmerk.willen" && s.Demand is null);
    }

    [Fact]
    public void Code_refuses_an_unknown_demand_an_unknown_enactment_and_a_demand_on_a_characteristic()
    {
        var dir = NewStudy();
        File.WriteAllText(Path.Combine(dir, "demands.csv"), Demands);
        Refused(dir, Code(dir, "Elke behandelaar werkt nu vanuit een wijk", extra: ["--demand", "wijkteam"]),
            "unknown-demand", "Demand 'wijkteam' is not a demand of case 'rivierstad' in demands.csv (wijkteams, rapportage)", "Did you mean 'wijkteams'");
        Refused(dir, Code(dir, "Elke behandelaar werkt nu vanuit een wijk", extra: ["--enactment", "op-papier"]),
            "invalid-enactment", "practice, paper, intention");
        Refused(dir, Code(dir, "Wij staan achter de transformatie", code: "kenmerk.willen", extra: ["--value", "+", "--demand", "wijkteams"]),
            "demand-on-non-response", "'kenmerk.willen' is a");
    }

    [Fact]
    public void Code_says_when_a_volgen_segment_will_not_count_under_the_dissertation_s_method()
    {
        var dir = NewStudy();
        var withoutEnactment = Jhr.Run(Code(dir, "Elke behandelaar werkt nu vanuit een wijk"));
        var onPaper = Jhr.Run(Code(dir, "Wij staan achter de transformatie", extra: ["--enactment", "paper"]));

        Assert.Equal((0, 0), (withoutEnactment.ExitCode, onPaper.ExitCode));
        Assert.Contains($"{Coding.Classification.RuleNames.FollowingNeedsPractice} this volgen segment does not count until it says whether the practice was adapted", withoutEnactment.Error);
        Assert.Contains("on paper only is proposed as vermijden/verbergen", onPaper.Error);
        var period = Coding.Classification.Classifier.Classify(CodingProjectLoader.Load(dir), Coding.Classification.CoderSelection.Pooled).Find("rivierstad.horizon")!.Periods.Single();
        Assert.Equal(("reactie.vermijden", "niet-volgen"), (period.Response.Value, period.Cluster.Value));
    }
}
