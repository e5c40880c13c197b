using System.Net;
using System.Text.Json.Nodes;
using Jeugdhulp.Research.Notebooks.Tests.Display;

namespace Jeugdhulp.Research.Notebooks.Tests.Notebooks;

/// <summary>
/// Notebook 06 (coding assistant) runs headlessly on the bundled data only and shows the lexicon, candidate passages,
/// model suggestions with driving words, an accepted (assisted) and a rejected suggestion, and the measured quality.
/// </summary>
public sealed class AssistantNotebookTests
{
    private const string FileName = "06-codeerassistent.ipynb";

    private static async Task<Notebook> Run()
    {
        var (result, _) = await NotebookRuns.RunAsync(FileName);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        return result.Notebook;
    }

    private static string Html(Notebook notebook, string sourcePart) =>
        WebUtility.HtmlDecode(string.Concat(NotebookRuns.OutputsOf(notebook, sourcePart).Select(o => NotebookRuns.Data(o, "text/html"))));

    private static string Stream(Notebook notebook, string sourcePart) =>
        string.Concat(NotebookRuns.OutputsOf(notebook, sourcePart).Where(o => (string?)o["output_type"] == "stream").Select(o => o["text"] switch
        {
            JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
            JsonNode text => text.GetValue<string>(),
            _ => "",
        }));

    [Fact]
    public async Task The_lexicon_is_shown_per_group_with_the_organisation_characteristics()
    {
        var notebook = await Run();
        var html = Html(notebook, "var lexicon = LexiconLoader.Load(lexiconFile, codebook);");
        var table = HtmlParts.Table(html, "Lexicon per groep");
        Assert.Equal(["1", "7", "6", "op de hoogte, verdiept, verdiepen, weten wat"], HtmlParts.Row(table, "kenmerk.weten"));
        Assert.Equal(["5", "49", "16"], HtmlParts.Row(table, "kenmerk.willen").Take(3));
        Assert.Equal(["5", "63", "8"], HtmlParts.Row(table, "sturing.hierarchisch").Take(3));
        Assert.Contains("48 codes, 504 termen", html);
    }

    [Fact]
    public async Task Candidate_passages_per_code_carry_their_document_lines_score_and_matched_terms()
    {
        var notebook = await Run();
        const string cell = "var labelled = LabelledSet.Load(labelledFile, [.. SteeringModes.Labels]);";
        Assert.Equal("65 passages, 176 kandidaten voor 26 codes\n", Stream(notebook, cell));
        var html = Html(notebook, cell);
        Assert.Contains("<th>000_8cfe1021f1bcaf43.txt</th><td>404</td><td>427</td><td>sturing.markt</td><td></td><td>3.5</td><td>open house; aanbested*; aanbesteding</td>",
            html.Replace("\n", "", StringComparison.Ordinal));
        Assert.Equal(9, HtmlParts.Tables(html).Single().Split("<tr>").Length - 2); // three per manner of steering, after the header row

        var corpus = Html(notebook, "var corpusKandidaten = project.Sources.SelectMany(");
        Assert.Contains("geen ... idee", corpus);
        Assert.Contains("NEAR/5(procent, cliënten)", corpus);
    }

    [Fact]
    public async Task The_model_is_trained_without_the_held_out_coder_and_shows_its_driving_words()
    {
        var notebook = await Run();
        Assert.StartsWith("getraind op coderA: 32 gecodeerde segmenten, 44 ongecodeerde zinnen; 22 labels, 381 kenmerken", Stream(notebook, "var model = CodeModel.Train(examples);"));
        var learned = HtmlParts.Table(Html(notebook, "var model = CodeModel.Train(examples);"), "Wat het model leerde");
        Assert.StartsWith("nieuw verantwoordingseis (0.73); verantwoordingseis (0.73)", HtmlParts.Row(learned, "reactie.trotseren.negeren")[0]);

        const string cell = "var modelVoorstellen = project.Sources.SelectMany(";
        Assert.Equal("31 voorstellen van het model\n", Stream(notebook, cell));
        Assert.Contains("<th>heidestein-kwartel-bestuurder-2020</th><td>28</td><td>28</td><td>reactie.vermijden.verbergen</td><td></td><td>1</td><td>behandelprogramma (0.67); blijv (0.67)",
            Html(notebook, cell).Replace("\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_accepted_suggestion_becomes_an_assisted_coding_of_the_coder_and_the_rejection_is_recorded()
    {
        var notebook = await Run();
        var decisions = HtmlParts.Table(Html(notebook, "var review = new SuggestionReview("), "Beslissingen");
        Assert.Equal(["coderB", "model", "reactie.volgen.vanzelfsprekend", "heidestein-gemeente-beleid-2020 r. 31", "voorstel van het model overgenomen"], HtmlParts.Row(decisions, "geaccepteerd"));
        Assert.Equal(["coderB", "lexicon", "kenmerk.willen.belang", "heidestein-gemeente-beleid-2020 r. 35", "gaat over afhankelijkheid (moeten), niet over belang"], HtmlParts.Row(decisions, "afgewezen"));

        const string cell = "display(new ResultTable(\"De geassisteerde codering\"";
        var segment = HtmlParts.Table(Html(notebook, cell), "De geassisteerde codering");
        Assert.Equal(["Reigersbos werkte al lang wijkgericht, daar hoefden we niets voor te doen."], HtmlParts.Row(segment, "tekst"));
        Assert.Equal(["512-586"], HtmlParts.Row(segment, "posities"));
        Assert.Equal(["model:0.905"], HtmlParts.Row(segment, "geassisteerd"));
        var csv = Stream(notebook, cell).Split('\n');
        Assert.Equal("source,start,end,text,code,value,unit,period,coder,account,memo,timestamp,assisted", csv[0]);
        Assert.StartsWith("heidestein-gemeente-beleid-2020,512,586,\"Reigersbos werkte al lang wijkgericht, daar hoefden we niets voor te doen.\",reactie.volgen.vanzelfsprekend,,,,coderB,,voorstel van het model overgenomen,", csv[1]);
        Assert.EndsWith(",model:0.905", csv[1]);
    }

    [Fact]
    public async Task Quality_is_computed_in_the_notebook_as_precision_recall_and_kappa()
    {
        var notebook = await Run();
        Assert.Contains("Cohens kappa: 0.385", Stream(notebook, "var lexiconLabels = labelled.Select("));
        Assert.Contains("Cohens kappa: 0.803", Stream(notebook, "var familyModel = CodeModel.Train("));
        var summary = HtmlParts.Table(Html(notebook, "string LexiconGroep(string text)"), "Kwaliteit van de voorstellen");
        Assert.Equal(["manier van sturen, echte beleidsteksten", "65", "0.447", "0.577", "0.429", "0.563", "0.385"], HtmlParts.Row(summary, "lexicon · sturing"));
        Assert.Equal(["codegroepen, segmenten van coderB", "29", "0.885", "0.833", "0.828", "0.828", "0.803"], HtmlParts.Row(summary, "model · corpus"));
        Assert.Equal(["organisatiekenmerken, segmenten van coderB", "14", "0.500", "0.250", "0.600", "0.214", "0.172"], HtmlParts.Row(summary, "lexicon · kenmerken"));
    }
}
