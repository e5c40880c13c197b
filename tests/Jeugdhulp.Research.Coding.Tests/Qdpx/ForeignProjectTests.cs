using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Qdpx;
using Jeugdhulp.Research.Coding.Tests.Support;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.RefiQda;

namespace Jeugdhulp.Research.Coding.Tests.Qdpx;

/// <summary>
/// Projects from other programs: import keeps them whole and export gives the program its own project back (same
/// GUIDs, same selections); their codes map onto the framework only through an explicit, reviewed map.
/// </summary>
public class ForeignProjectTests
{
    private const string ProjectXsd = "interop/refi-qda/Project.xsd";

    /// <summary>Imports the archive into a new project folder and exports it again; returns folder, warnings and export.</summary>
    private static (string Dir, IReadOnlyList<Diagnostic> Warnings, byte[] Exported) RoundTrip(byte[] qdpx)
    {
        var work = Repo.TempDirectory();
        var input = Path.Combine(work, "in.qdpx");
        File.WriteAllBytes(input, qdpx);
        var dir = Path.Combine(work, "project");
        var warnings = QdpxImport.Import(input, dir, Repo.Codebook);
        var output = Path.Combine(work, "out.qdpx");
        QdpxExport.Write(CodingProjectLoader.Load(dir), output);
        return (dir, warnings, File.ReadAllBytes(output));
    }

    [Fact]
    public void A_MAXQDA_project_with_300_codes_and_10_sources_keeps_every_code_source_user_and_coding_GUID()
    {
        var maxqda = VendorExports.Maxqda(codes: 300, sources: 10);

        var (dir, warnings, exported) = RoundTrip(maxqda.Qdpx);

        QdpxCompare.SameProject(maxqda.Qdpx, exported);
        var kept = QdpxReader.Read(new MemoryStream(exported)).Project;
        Assert.Equal(300, ForeignProject.Codes(kept).Count);
        Assert.Equal(10, kept.Sources.Length);
        Assert.Equal(["Anna de Vries", "Bram Jansen"], kept.Users.Select(u => u.Name));
        Assert.Equal(120, maxqda.Codings);
        Assert.Equal(maxqda.Codings, ForeignProject.CodingCounts(kept).Values.Sum());
        Assert.Equal("MAXQDA 24 (Release 24.4.0)", kept.Origin);
        // The import says what it kept and that nothing maps yet, instead of silently dropping the codebook.
        Assert.Contains(warnings, w => w.Code == "foreign-project" && w.Message.Contains("(300 codes), 10 source(s), 2 user(s) and 120 coding(s)"));
        // Sources become readable transcripts: BOM gone, CR LF now LF, emoji intact.
        var first = File.ReadAllText(Path.Combine(dir, "sources", "interview-01.md"));
        Assert.DoesNotContain('\r', first);
        Assert.DoesNotContain('\uFEFF', first);
        Assert.Contains("gemeente 😊 en overleggen", first);
    }

    [SharedFileFact(ProjectXsd)]
    public void Exports_of_MAXQDA_NVivo_and_QualCoder_shaped_projects_are_schema_valid()
    {
        foreach (var qdpx in new[] { VendorExports.Maxqda().Qdpx, VendorExports.NVivo().Qdpx, VendorExports.QualCoder().Qdpx })
        {
            Assert.Empty(QdpxCompare.SchemaErrors(qdpx)); // the fixtures are what the spec allows
            Assert.Empty(QdpxCompare.SchemaErrors(RoundTrip(qdpx).Exported));
        }
    }

    [Fact]
    public void An_NVivo_project_keeps_braced_GUIDs_a_user_without_a_name_its_PDF_a_linked_document_and_extra_files()
    {
        var nvivo = VendorExports.NVivo();

        var (dir, warnings, exported) = RoundTrip(nvivo.Qdpx);

        QdpxCompare.SameProject(nvivo.Qdpx, exported);
        var kept = QdpxReader.Read(new MemoryStream(exported)).Project;
        Assert.Null(Assert.Single(kept.Users).Name);
        Assert.Equal(["PDFSource", "TextSource"], kept.Sources.OfType<QdaOpaqueSource>().Select(s => s.ElementName).Order());
        Assert.Contains(kept.EmbeddedFiles, f => f.FileName == "original-interview.docx");
        // Every deviation is a warning that names what it is about.
        Assert.Contains(warnings, w => w.Code == "source-not-codable" && w.Message.Contains("'Beleidsnota' (PDFSource)"));
        Assert.Contains(warnings, w => w.Code == "source-not-codable" && w.Message.Contains("'Gekoppeld document' (TextSource)"));
        Assert.Contains(warnings, w => w.Message.Contains("sources/original-interview.docx") && w.Message.Contains("not referenced"));
        Assert.Contains(warnings, w => w.Message.Contains("relative://documenten/nota.txt"));
        Assert.Equal(["transcript-1.md", "transcript-2.md", "transcript-3.md"], Directory.GetFiles(Path.Combine(dir, "sources")).Select(Path.GetFileName).Order());
        Assert.Contains("EV", File.ReadAllText(Path.Combine(dir, "project.yaml")));
    }

    [Fact]
    public void A_QualCoder_project_keeps_codes_nested_5_deep_picture_and_audio_selections_and_an_uncoded_source()
    {
        var qualcoder = VendorExports.QualCoder(depth: 5);

        var (dir, warnings, exported) = RoundTrip(qualcoder.Qdpx);

        QdpxCompare.SameProject(qualcoder.Qdpx, exported);
        var kept = QdpxReader.Read(new MemoryStream(exported)).Project;
        Assert.Equal(["niveau 1", "niveau 1 / niveau 2", "niveau 1 / niveau 2 / niveau 3", "niveau 1 / niveau 2 / niveau 3 / niveau 4", "niveau 1 / niveau 2 / niveau 3 / niveau 4 / niveau 5"],
            ForeignProject.Codes(kept).Select(c => c.Path));
        Assert.Equal([false, true, false, true, true], ForeignProject.Codes(kept).Select(c => c.Code.IsCodable));
        Assert.Contains("PictureSelection", kept.Sources.OfType<QdaOpaqueSource>().Single(s => s.ElementName == "PictureSource").Xml);
        Assert.Contains("AudioSelection", kept.Sources.OfType<QdaOpaqueSource>().Single(s => s.ElementName == "AudioSource").Xml);
        Assert.True(File.Exists(Path.Combine(dir, "sources", "interview-2.txt.md")));
        Assert.Contains(warnings, w => w.Code == "source-not-codable" && w.Message.Contains("'gesprek.mp3' (AudioSource)"));
    }

    [Fact]
    public void A_codebook_of_10000_codes_comes_back_with_every_GUID_in_order()
    {
        var big = VendorExports.ManyCodes(10_000);

        var (_, _, exported) = RoundTrip(big.Qdpx);

        Assert.Equal(QdpxCompare.CodeGuids(big.Qdpx), QdpxCompare.CodeGuids(exported));
        Assert.Equal(10_000, QdpxCompare.CodeGuids(exported).Count);
    }

    [SharedFileFact("interop/refi-qda/target-atlas-project.qdpx")]
    public void The_ATLAS_ti_codebook_only_project_imports_and_re_exports_its_three_codes_with_their_GUIDs()
    {
        var atlas = File.ReadAllBytes(Repo.Shared("interop", "refi-qda", "target-atlas-project.qdpx"));

        var (dir, _, exported) = RoundTrip(atlas);

        QdpxCompare.SameProject(atlas, exported);
        Assert.Empty(QdpxCompare.SchemaErrors(exported));
        Assert.Equal(
            [Guid.Parse("a182cd3a-d83c-4d8c-bc80-26d9103ec6d6"), Guid.Parse("2d2466f0-d77f-4f8c-bdf9-628966b6b74d"), Guid.Parse("086ac733-7b1c-4749-a138-d7182f63a5c9")],
            QdpxCompare.CodeGuids(exported));
        // The foreign codebook is a file of the project; the codebook it classifies against is copied inside it.
        Assert.Contains("name=\"Commits\"", File.ReadAllText(Path.Combine(dir, ForeignProject.CodebookFile)));
        Assert.Contains("codebook: \"codebook.yaml\"", File.ReadAllText(Path.Combine(dir, "project.yaml")));
        Assert.Equal(File.ReadAllBytes(Repo.Codebook), File.ReadAllBytes(Path.Combine(dir, "codebook.yaml")));
    }

    [SharedFileFact("interop/refi-qda/target-atlas-project.qdpx")]
    public void The_real_ATLAS_ti_export_goes_through_jhr_qdpx_import_map_classify_and_export()
    {
        var work = Repo.TempDirectory();
        var atlas = Repo.Shared("interop", "refi-qda", "target-atlas-project.qdpx");
        var dir = Path.Combine(work, "atlas");
        var back = Path.Combine(work, "terug.qdpx");

        var import = Jhr.Run("qdpx", "import", atlas, "--output", dir);
        var map = Jhr.Run("qdpx", "map", dir);
        var classify = Jhr.Run("classify", dir);
        var export = Jhr.Run("qdpx", "export", dir, "--output", back);

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("foreign-project", import.Error);
        Assert.Contains("its codebook (3 codes), 0 source(s), 2 user(s) and 0 coding(s)", import.Error);
        Assert.True(map.ExitCode == 0, map.Error);
        Assert.Contains("3 codes, 0 accepted", map.Out);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(dir, CodebookMap.FileName)).Length - 1);
        Assert.True(classify.ExitCode == 0, classify.Error);
        Assert.True(export.ExitCode == 0, export.Error);
        QdpxCompare.SameProject(File.ReadAllBytes(atlas), File.ReadAllBytes(back));
    }

    [Fact]
    public void A_text_file_missing_from_sources_is_named_in_a_warning_and_its_source_and_selections_are_kept()
    {
        var maxqda = VendorExports.Maxqda(codes: 20, sources: 2).Qdpx;
        string removed;
        byte[] mutilated;
        using (var copy = new MemoryStream())
        {
            copy.Write(maxqda);
            using (var zip = new System.IO.Compression.ZipArchive(copy, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
            {
                var entry = zip.Entries.First(e => e.FullName.StartsWith("sources/", StringComparison.Ordinal) && e.FullName.EndsWith(".txt", StringComparison.Ordinal));
                removed = entry.FullName;
                entry.Delete();
            }
            mutilated = copy.ToArray();
        }

        var (dir, warnings, exported) = RoundTrip(mutilated);

        Assert.Contains(warnings, w => w.Message.Contains(removed, StringComparison.Ordinal));
        QdpxCompare.SameProject(mutilated, exported);
        Assert.Single(Directory.GetFiles(Path.Combine(dir, "sources"), "*.md"));
    }

    [Fact]
    public void The_round_trip_comparison_notices_a_moved_selection_a_renamed_code_and_a_lost_user()
    {
        var original = VendorExports.Maxqda(codes: 20, sources: 2).Qdpx;
        var project = QdpxReader.Read(new MemoryStream(original)).Project;
        var text = (QdaTextSource)project.Sources[0];
        QdaProject[] damaged =
        [
            project with { Sources = [text with { PlainTextSelections = [text.PlainTextSelections[0] with { EndPosition = text.PlainTextSelections[0].EndPosition - 1 }, .. text.PlainTextSelections.Skip(1)] }, .. project.Sources.Skip(1)] },
            project with { Codes = [project.Codes[0] with { Name = "Thema één" }, .. project.Codes.Skip(1)] },
            project with { Users = [project.Users[0]], Sources = [.. project.Sources.Select(s => ((QdaTextSource)s) with { ModifyingUser = project.Users[0].Guid, CreatingUser = project.Users[0].Guid })] },
        ];

        Assert.All(damaged, d => Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => QdpxCompare.SameProject(original, QdpxWriter.ToBytes(d))));
        QdpxCompare.SameProject(original, QdpxWriter.ToBytes(project));
    }

    [SharedFileFact("interop/refi-qda/blank-atlas-project.qdpx")]
    public void The_blank_ATLAS_ti_project_imports_and_re_exports_unchanged()
    {
        var atlas = File.ReadAllBytes(Repo.Shared("interop", "refi-qda", "blank-atlas-project.qdpx"));

        var (_, _, exported) = RoundTrip(atlas);

        QdpxCompare.SameProject(atlas, exported);
    }

    [Fact]
    public void Mapping_a_foreign_code_turns_its_codings_into_evidence_with_the_exact_text_and_classify_lists_the_rest()
    {
        var nvivo = VendorExports.NVivo();
        var (dir, _, _) = RoundTrip(nvivo.Qdpx);

        var proposed = ForeignMapping.Apply(dir);
        Assert.True(proposed.Created);
        Assert.Equal(0, proposed.Codings);
        var map = Path.Combine(dir, CodebookMap.FileName);
        var rows = CodebookMap.Read(map, Repo.LoadCodebook());
        var reactie = rows.Single(r => r.CodePath == "Nodes / Reactie / Reactie positief");
        File.WriteAllText(map, CodebookMap.Write(rows.Select(r => r == reactie ? r with { CodebookId = "reactie.volgen", Basis = "researcher", Accepted = true } : r)));

        var applied = ForeignMapping.Apply(dir);

        var project = CodingProjectLoader.Load(dir);
        var kept = ForeignProject.Read(dir);
        var mapped = kept.Sources.OfType<QdaTextSource>().SelectMany(s => s.PlainTextSelections.Where(p => p.Codings.Any(c => c.CodeGuid == reactie.CodeGuid)).Select(p => s.GetSelectedText(p))).ToList();
        Assert.NotEmpty(mapped);
        Assert.Equal(mapped.Count, applied.Codings);
        Assert.Equal(mapped.Order(), project.Segments.Select(s => s.Text).Order());
        Assert.All(project.Evidence(), e => Assert.Equal("reactie.volgen", e.Segment.Code));

        var classify = Jhr.Run("classify", dir);
        Assert.Equal(0, classify.ExitCode);
        Assert.Contains("Niet gebruikt voor de classificatie", classify.Out);
        var sturing = kept.Sources.SelectMany(s => s is QdaTextSource t ? t.PlainTextSelections.SelectMany(p => p.Codings) : []).Count(c => c.CodeGuid == rows.Single(r => r.CodePath == "Nodes / Sturing / Sturing positief").CodeGuid);
        Assert.Contains($"| Nodes / Sturing / Sturing positief | {sturing} | not mapped onto the codebook", classify.Out);
    }

    [Fact]
    public void Jhr_qdpx_map_reports_what_it_proposed_and_refuses_a_project_of_our_own()
    {
        var (dir, _, _) = RoundTrip(VendorExports.QualCoder().Qdpx);

        var map = Jhr.Run("qdpx", "map", dir);
        var own = Jhr.Run("qdpx", "map", Repo.Corpus);

        Assert.Equal(0, map.ExitCode);
        Assert.Contains($"Wrote {Path.Combine(dir, CodebookMap.FileName)}: 5 codes, 0 accepted, 0 proposed (set accepted to yes after review), 5 without a proposal.", map.Out);
        Assert.Contains("0 coding(s) count in the classification; 5 do not (see jhr classify).", map.Out);
        Assert.Equal(1, own.ExitCode);
        Assert.Contains("not-foreign", own.Error);
        Assert.False(File.Exists(Path.Combine(Repo.Corpus, CodebookMap.FileName)));
    }

    [Fact]
    public void An_invalid_map_is_rejected_with_file_and_line_and_nothing_changes()
    {
        var (dir, _, _) = RoundTrip(VendorExports.NVivo().Qdpx);
        ForeignMapping.Apply(dir);
        var map = Path.Combine(dir, CodebookMap.FileName);
        var rows = CodebookMap.Read(map, Repo.LoadCodebook());
        File.WriteAllText(map, CodebookMap.Write(rows.Select((r, i) => i == 2 ? r with { CodebookId = "kenmerk.weten", Accepted = true } : r)));
        var before = (File.ReadAllText(map), File.ReadAllText(Path.Combine(dir, QdpxImport.CodingsFile)));

        var ex = Assert.Throws<InputException>(() => ForeignMapping.Apply(dir));

        var d = Assert.Single(ex.Diagnostics);
        Assert.Equal((map, 4, "not-codable"), (d.File, d.Line, d.Code));
        Assert.Contains("'kenmerk.weten' needs a value: +, -", d.Message);
        Assert.Equal(before, (File.ReadAllText(map), File.ReadAllText(Path.Combine(dir, QdpxImport.CodingsFile))));
    }

    [Fact]
    public void Proposals_come_from_exact_ids_names_labels_and_synonyms_and_wait_for_review()
    {
        QdaCode Code(string name, string? description = null) => new() { Guid = Guid.NewGuid(), Name = name, Description = description };
        var qda = new QdaProject
        {
            Name = "voorstellen",
            Codes =
            [
                Code("reactie.volgen"), Code("kenmerk.weten=+"), Code("Volgen"), Code("  vermijden:  VERBERGEN "), Code("Follow"), Code("Conceal"),
                Code("Oude code", "reactie.trotseren\nuit een eerdere export"), Code("Boodschappen"), Code(CodebookCodesName("reactie")),
            ],
        };

        var rows = CodebookMap.Propose(qda, Repo.LoadCodebook());

        Assert.Equal(
            [
                ("reactie.volgen", null, "exact-id", false), ("kenmerk.weten", "+", "exact-id", false), ("reactie.volgen", null, "name", false),
                ("reactie.vermijden.verbergen", null, "name", false), ("reactie.volgen", null, "label", false), ("reactie.vermijden.verbergen", null, "synonym", false),
                ("reactie.trotseren", null, "description-id", true), (null, null, "", false), (null, null, "", false),
            ],
            rows.Select(r => (r.CodebookId, r.Value, r.Basis, r.Accepted)));
    }

    private static string CodebookCodesName(string id) => Repo.LoadCodebook()[id].Label.Nl;

    [Fact]
    public void The_importer_keeps_the_codebook_inside_the_project_never_in_the_tools_folder()
    {
        var (dir, _, _) = RoundTrip(VendorExports.QualCoder().Qdpx);

        var yaml = File.ReadAllText(Path.Combine(dir, "project.yaml"));

        Assert.Contains("codebook: \"codebook.yaml\"", yaml);
        Assert.DoesNotContain("..", yaml);
    }
}
