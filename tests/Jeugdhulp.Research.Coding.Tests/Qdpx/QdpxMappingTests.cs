using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Qdpx;
using Jeugdhulp.Research.Coding.Tests.Support;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.RefiQda;

namespace Jeugdhulp.Research.Coding.Tests.Qdpx;

public class QdpxMappingTests
{
    private static readonly Lazy<CodingProject> Corpus = new(() => CodingProjectLoader.Load(Repo.Corpus));

    [Fact]
    public void Export_import_export_of_the_corpus_loses_nothing() => AssertRoundTripLosesNothing(Corpus.Value);

    [Fact]
    public void Export_import_export_of_the_dissertation_coding_keeps_every_demand_enactment_and_judgment()
    {
        var project = CodingProjectLoader.Load(Repo.DissertationCoding);
        Assert.NotEmpty(project.Demands);
        Assert.Contains(project.Segments, s => s.Enactment == Coding.Segments.Enactment.Practice);

        var imported = AssertRoundTripLosesNothing(project);

        Assert.Equal(project.Demands.Select(d => d with { Line = 0 }), imported.Demands.Select(d => d with { Line = 0 }));
        Assert.Equal(18, Classifier.Classify(imported, CoderSelection.Pooled).Units.Count(u => u.Cluster.Value is not null));
    }

    [Fact]
    public void A_segment_s_demand_and_enactment_travel_in_its_jhr_line()
    {
        var project = CodingProjectLoader.Load(Repo.DissertationCoding);
        var segment = project.Segments.First(s => s.Demand is not null && s.Enactment is not null);

        var qda = QdpxExport.ToQdaProject(project);

        var selection = qda.Sources.OfType<QdaTextSource>().Single(s => s.Name == segment.Source).PlainTextSelections
            .Single(s => s.Codings.Single().CodeGuid == CodebookCodes.GuidOf(segment.Code) && s.Description!.Contains("demand=" + segment.Demand, StringComparison.Ordinal)
                && s.Name == (segment.Text.Length <= 60 ? segment.Text : segment.Text[..57] + "..."));
        Assert.Contains($"enactment={Coding.Segments.EnactmentNames.ToName(segment.Enactment!.Value)}", selection.Description, StringComparison.Ordinal);
        Assert.Contains(qda.EmbeddedFiles, f => f.FileName == "jhr-demands.csv");
    }

    private static CodingProject AssertRoundTripLosesNothing(CodingProject project)
    {
        var dir = Repo.TempDirectory();
        var first = Path.Combine(dir, "a.qdpx");
        QdpxExport.Write(project, first);

        var warnings = QdpxImport.Import(first, Path.Combine(dir, "imported"), Repo.Codebook);
        var imported = CodingProjectLoader.Load(Path.Combine(dir, "imported"));
        var second = Path.Combine(dir, "b.qdpx");
        QdpxExport.Write(imported, second);

        Assert.Empty(warnings);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        static string Key(Coding.Segments.CodedSegment s) => $"{s.Source}|{s.Start}|{s.End}|{s.Text}|{s.Code}|{s.Value}|{s.Coder}|{s.Unit}|{s.Period}|{s.Account}|{s.Demand}|{s.Enactment}|{s.Memo}|{s.Timestamp?.UtcTicks}";
        Assert.Equal(project.Segments.Select(Key).Order(), imported.Segments.Select(Key).Order());
        Assert.Equal(project.Sources.Select(s => (s.Id, s.Text, s.FrontMatter)), imported.Sources.Select(s => (s.Id, s.Text, s.FrontMatter)));
        Assert.Equal(project.Overrides.Select(o => o with { Line = 0 }), imported.Overrides.Select(o => o with { Line = 0 }));
        Assert.Equal(project.Coders.ToArray(), imported.Coders.ToArray());
        Assert.Equal(project.Rules, imported.Rules);
        foreach (var coder in project.Coders.Select(c => CoderSelection.Of(c.Id)).Append(CoderSelection.Pooled))
        {
            static IEnumerable<string> Values(ProjectClassification c) => c.Units.SelectMany(u => u.Judgments).Select(j => $"{j.Unit} {j.Period} {j.Variable} {j.Derived} {j.Value} {j.Outcome} {j.Status} {j.Support.Length} {j.RestsOnlyOnOthersAccounts}");
            Assert.Equal(Values(Classifier.Classify(project, coder)), Values(Classifier.Classify(imported, coder)));
        }
        return imported;
    }

    [Fact]
    public void The_REFI_QDA_model_carries_codebook_codes_users_cases_variables_selections_and_notes()
    {
        var qda = QdpxExport.ToQdaProject(Corpus.Value);

        var codes = Flatten(qda.Codes).ToDictionary(c => c.Guid);
        Assert.True(codes.ContainsKey(CodebookCodes.GuidOf("reactie.vermijden.verbergen")));
        Assert.True(codes.ContainsKey(CodebookCodes.GuidOf("kenmerk.weten", "-")));
        Assert.False(codes[CodebookCodes.GuidOf("reactie")].IsCodable);
        Assert.False(codes[CodebookCodes.GuidOf("reactie.vermijden.ontsnappen")].IsCodable);
        Assert.Equal(["coderA", "coderB"], qda.Users.Select(u => u.Id));
        Assert.Equal(4, qda.Cases.Length);
        var eikenhof = qda.Cases.Single(c => c.Name == "kustwijk.eikenhof");
        Assert.Equal(3, eikenhof.SourceRefs.Length);
        Assert.Equal(["kustwijk", "Kustwijk", "Eikenhof Jeugd-GGZ", "provider"], eikenhof.VariableValues.Select(v => v.Value));
        var sources = qda.Sources.OfType<QdaTextSource>().ToList();
        Assert.Equal(7, sources.Count);
        Assert.Equal(Corpus.Value.Segments.Length, sources.Sum(s => s.PlainTextSelections.Length));
        Assert.All(sources, s => Assert.All(s.PlainTextSelections, sel => Assert.Contains(Corpus.Value.Segments, x =>
            x.Source == s.Name && x.Text == s.GetSelectedText(sel)
            && TextOffsets.Utf16ToCodePoint(s.PlainTextContent, x.Start) == sel.StartPosition
            && TextOffsets.Utf16ToCodePoint(s.PlainTextContent, x.End) == sel.EndPosition)));
        var memos = Corpus.Value.Segments.Count(s => s.Memo is not null);
        Assert.Equal(memos, qda.Notes.Length);
        Assert.Contains(sources.SelectMany(s => s.PlainTextSelections), s => s.Description == "jhr:unit=kustwijk.eikenhof p=2 demand=budgetplafond");
        Assert.Contains(sources.SelectMany(s => s.PlainTextSelections), s => s.Description == "jhr:demand=zorg-dichtbij enactment=practice");
        Assert.Contains(qda.EmbeddedFiles, f => f.FileName == "jhr-demands.csv");
    }

    [Fact]
    public void Assisted_codings_travel_in_the_selection_description_and_come_back_exactly()
    {
        var dir = Repo.CopyOfCorpus();
        var picked = Corpus.Value.Segments.Where(s => s.Coder == "coderA" && s.Source == "kustwijk-eikenhof-bestuurder-2017").Take(2).ToList();
        Coding.Segments.CodedSegment[] assisted =
        [
            picked[0].WithoutOrigin() with { Coder = "coderB", Memo = null, Assisted = new Coding.Segments.Assistance("lexicon", 2.75) },
            picked[1].WithoutOrigin() with { Coder = "coderB", Unit = "kustwijk.eikenhof", Period = 2, Assisted = new Coding.Segments.Assistance("model", 0.913) },
        ];
        File.WriteAllText(Path.Combine(dir, "codings", "assisted.csv"), Coding.Segments.CodingCsv.Write(assisted));
        var project = CodingProjectLoader.Load(dir);
        var first = Path.Combine(dir, "a.qdpx");
        QdpxExport.Write(project, first);

        var selections = QdpxReader.Read(first).Project.Sources.OfType<QdaTextSource>().SelectMany(s => s.PlainTextSelections).ToList();
        Assert.Equal(2, selections.Count(s => s.Description?.Contains("assisted=", StringComparison.Ordinal) == true));
        Assert.Contains(selections, s => s.Description == "jhr:assisted=lexicon:2.75");
        Assert.Contains(selections, s => s.Description == "jhr:unit=kustwijk.eikenhof p=2 assisted=model:0.913");

        var back = Path.Combine(dir, "back");
        var warnings = QdpxImport.Import(first, back, Repo.Codebook);
        Assert.True(warnings.IsEmpty, string.Join("\n", warnings));
        var imported = CodingProjectLoader.Load(back);
        var second = Path.Combine(dir, "b.qdpx");
        QdpxExport.Write(imported, second);
        static string Key(Coding.Segments.CodedSegment s) => $"{s.Source}|{s.Start}|{s.End}|{s.Code}|{s.Value}|{s.Coder}|{s.Unit}|{s.Period}|{s.Memo}|{s.Assisted}";
        Assert.Equal(project.Segments.Select(Key).Order(), imported.Segments.Select(Key).Order());
        Assert.Equal(assisted.Select(s => s with { Timestamp = null }), imported.Segments.Where(s => s.Assisted is not null).Select(s => s.WithoutOrigin() with { Timestamp = null }).OrderBy(s => s.Assisted!.By, StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Selections_use_code_points_around_emoji()
    {
        var dir = Repo.CopyOfCorpus();
        var path = Path.Combine(dir, "sources", "kustwijk-de-wilg-uitvoering-2019.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("## Transformatie", "😀😀 ## emoji vooraf\n\n## Transformatie"));
        var project = CodingProjectLoader.Load(dir); // coderB's CSV offsets re-anchor past the emoji
        var source = project.FindSource("kustwijk-de-wilg-uitvoering-2019")!;
        var segment = project.Segments.First(s => s.Source == source.Id && s.Coder == "coderB");

        var qdpx = Path.Combine(dir, "emoji.qdpx");
        QdpxExport.Write(project, qdpx);
        var text = QdpxReader.Read(qdpx).Project.Sources.OfType<QdaTextSource>().Single(s => s.Name == source.Id);
        var selection = text.PlainTextSelections.Single(s => s.Codings.Single().CreatingUser == QdpxExport.UserGuid("coderB") && s.Name == segment.Text);

        Assert.Equal(segment.Start - 2, selection.StartPosition); // two emoji: 4 UTF-16 code units, 2 code points
        Assert.Equal(segment.Text, text.GetSelectedText(selection));
        var back = Path.Combine(dir, "back");
        QdpxImport.Import(qdpx, back, Repo.Codebook);
        Assert.Contains(CodingProjectLoader.Load(back).Segments, s => s.Start == segment.Start && s.Text == segment.Text);
    }

    [Fact]
    public void A_rejected_import_writes_nothing()
    {
        var dir = Repo.TempDirectory();
        var garbage = Path.Combine(dir, "kapot.qdpx");
        File.WriteAllText(garbage, "dit is geen zip");
        var output = Path.Combine(dir, "out");

        var e = Assert.Throws<InputException>(() => QdpxImport.Import(garbage, output, Repo.Codebook));

        Assert.Equal("qdpx-unreadable", e.Diagnostics[0].Code);
        Assert.False(Directory.Exists(output));
        Assert.Equal([garbage], Directory.EnumerateFileSystemEntries(dir));
    }

    [Fact]
    public void An_import_with_codes_outside_the_codebook_is_rejected_and_writes_nothing()
    {
        var dir = Repo.TempDirectory();
        var qda = QdpxExport.ToQdaProject(Corpus.Value);
        var foreign = new QdaCode { Guid = Guid.NewGuid(), Name = "eigen code" };
        var source = (QdaTextSource)qda.Sources[0];
        var selection = new QdaPlainTextSelection
        {
            Guid = Guid.NewGuid(), StartPosition = 0, EndPosition = 5, CreatingUser = QdpxExport.UserGuid("coderA"),
            Codings = [new QdaCoding { Guid = Guid.NewGuid(), CodeGuid = foreign.Guid }],
        };
        qda = qda with { Codes = [.. qda.Codes, foreign], Sources = [source with { PlainTextSelections = [.. source.PlainTextSelections, selection] }, .. qda.Sources.Skip(1)] };
        var path = Path.Combine(dir, "vreemd.qdpx");
        QdpxWriter.Write(qda, path);

        var e = Assert.Throws<InputException>(() => QdpxImport.Import(path, Path.Combine(dir, "out"), Repo.Codebook));

        Assert.Equal("code-not-in-codebook", Assert.Single(e.Diagnostics).Code);
        Assert.Contains("eigen code", e.Message);
        Assert.Equal([path], Directory.EnumerateFileSystemEntries(dir));
    }

    [Fact]
    public void A_project_from_another_tool_gets_generated_front_matter_cases_and_units()
    {
        var dir = Repo.TempDirectory();
        var text = "Wij volgen de gemeente.\r\nMaar niet altijd 😀 hoor.";
        var user = new QdaUser { Guid = Guid.NewGuid(), Name = "Student Een" };
        var qda = new QdaProject
        {
            Name = "atlas export",
            Users = [user],
            Codes = QdpxExport.ToQdaProject(Corpus.Value).Codes,
            Variables = [new QdaVariable { Guid = QdpxExport.VariableGuid("case"), Name = "case", Type = QdaVariableType.Text }],
            Sources = [new QdaTextSource
            {
                Guid = Guid.NewGuid(), Name = "Interview Één", PlainTextContent = text,
                PlainTextSelections = [new QdaPlainTextSelection
                {
                    Guid = Guid.NewGuid(), StartPosition = 44, EndPosition = 48, CreatingUser = user.Guid, // code points, CRLF counted as two
                    Codings = [new QdaCoding { Guid = Guid.NewGuid(), CodeGuid = CodebookCodes.GuidOf("reactie.trotseren") }],
                }],
            }],
        };
        qda = qda with { Cases = [new QdaCase { Guid = Guid.NewGuid(), Name = "Stad X", SourceRefs = [qda.Sources[0].Guid], VariableValues = [QdaVariableValue.Text(QdpxExport.VariableGuid("case"), "stad")] }] };
        var path = Path.Combine(dir, "atlas.qdpx");
        QdpxWriter.Write(qda, path);

        var warnings = QdpxImport.Import(path, Path.Combine(dir, "out"), Repo.Codebook);
        var project = CodingProjectLoader.Load(Path.Combine(dir, "out"));

        Assert.Contains(warnings, w => w.Code == "generated-project");
        var segment = Assert.Single(project.Segments);
        Assert.Equal(("interview-een", "hoor", "reactie.trotseren", "Student-Een"), (segment.Source, segment.Text, segment.Code, segment.Coder));
        Assert.Equal("stad-x", Assert.Single(project.Units).Id);
        Assert.Equal("Wij volgen de gemeente.\nMaar niet altijd 😀 hoor.", project.Sources.Single().Text);
    }

    private static IEnumerable<QdaCode> Flatten(IEnumerable<QdaCode> codes) => codes.SelectMany(c => Flatten(c.Codes).Prepend(c));
}
