namespace Jeugdhulp.Research.Assistant.Tests;

public class ReviewAndModelTests
{
    private const string Source = "De gemeente dwingt de regels af via contractmanagement. Aanbieders en gemeente maken samen afspraken.";

    private static List<CandidateSegment> Suggestions()
    {
        var text = PdfText.Analyse(Source);
        var matcher = new LexiconMatcher(Repo.BundledLexicon);
        return SegmentSuggester.Suggest("nota", text, matcher.Match(text));
    }

    [Fact]
    public void Suggestions_are_sentence_windows_with_scores_and_terms()
    {
        var suggestions = Suggestions();
        var hier = Assert.Single(suggestions, s => s.Code == "sturing.hierarchisch");
        Assert.Equal("De gemeente dwingt de regels af via contractmanagement.", Source[(int)hier.Start..(int)hier.End]);
        Assert.Contains("contractmanagement", hier.Terms);
        Assert.Contains(suggestions, s => s.Code.StartsWith("sturing.netwerk", StringComparison.Ordinal) && Source[(int)s.Start..(int)s.End].StartsWith("Aanbieders", StringComparison.Ordinal));
    }

    [Fact]
    public void Accepted_suggestions_become_assisted_codings_of_the_coder_and_rejections_are_recorded()
    {
        var suggestions = Suggestions();
        var review = new SuggestionReview(["coderA", "coderB"]);
        var accepted = review.Accept(suggestions[0], "coderA", Source, value: "+", memo: "duidelijk hiërarchisch");
        review.Reject(suggestions[1], "coderB", "te algemeen");
        Assert.Equal("coderA", accepted.Coder);
        Assert.Equal(suggestions[0].Code, accepted.Code);
        Assert.Equal("+", accepted.Value);
        Assert.Equal(Source[accepted.Start..accepted.End], accepted.Text);
        Assert.True(SuggestionReview.IsAssisted(accepted));
        Assert.Equal(new Coding.Segments.Assistance("lexicon", suggestions[0].Score), accepted.Assisted);
        Assert.Equal("duidelijk hiërarchisch", accepted.Memo); // the memo stays the coder's own
        Assert.Single(review.AcceptedSegments);
        Assert.Equal([true, false], review.Decisions.Select(d => d.Accepted));
        Assert.Equal(["coderA", "coderB"], review.Decisions.Select(d => d.Coder));
        Assert.Throws<ArgumentException>(() => review.Accept(suggestions[0], "coderC", Source));
        Assert.True(SuggestionReview.IsAssisted(accepted with { Memo = null }));
        Assert.False(SuggestionReview.IsAssisted(accepted with { Assisted = null }));
        Assert.Null(review.Decisions[1].Segment);
        Assert.Equal("te algemeen", review.Decisions[1].Reason);
    }

    [Fact]
    public void The_model_learns_from_coded_segments_and_shows_the_words_that_drove_a_suggestion()
    {
        var model = CodeModel.Train([
            new("De gemeente handhaaft de regels en controleert de dossiers.", "hierarchisch"),
            new("Toezicht en handhaving van regels door de gemeente.", "hierarchisch"),
            new("Gemeente en aanbieders maken gezamenlijke afspraken aan overlegtafels.", "netwerk"),
            new("Samen met partners bouwen we draagvlak en gezamenlijke afspraken.", "netwerk"),
            new("Aanbieders concurreren op prijs in een open markt.", "markt"),
        ]);
        var prediction = model.Predict("De regels worden strikt gehandhaafd en de gemeente controleert.");
        Assert.Equal("hierarchisch", prediction.Code);
        Assert.Contains(prediction.Evidence, w => w.Feature == "regel");
        Assert.All(prediction.Evidence, w => Assert.True(w.Weight > 0));
        Assert.Equal(1.0, prediction.Ranking.Sum(r => r.Value), 6);
        Assert.Contains(model.TopFeatures("netwerk", 5), w => w.Feature.Contains("afsprak", StringComparison.Ordinal));
    }

    [Fact]
    public void Model_sentences_skip_speaker_labels_page_furniture_and_fragments_and_rejoin_hyphenated_words()
    {
        var lines = new List<string> { "**Jan (bestuurder):** Ja. Wij volgen de gemeente in alles wat ze vraagt.", "" };
        for (var page = 1; page <= 3; page++)
        {
            lines.Add("Regio Voorbeeld | Nota jeugdhulp");
            lines.Add(page == 2 ? "De aanbieders leveren de gevraagde rapportages niet aan de ge-" : "Een gewone zin over de jeugdhulp in de regio.");
            lines.Add(page == 2 ? "meente en zeggen dat openlijk." : "Nog een gewone zin zonder bijzonderheden hier.");
            for (var k = 0; k < 16; k++) lines.Add($"Hier staat tekst over onderwerp {(char)('a' + k)}{(char)('a' + page)} in de regio.");
            lines.Add($"{page}");
        }
        var text = PdfText.Analyse(string.Join('\n', lines));

        var sentences = ModelSuggester.Sentences(text).Select(s => (Line: text.LineNumberOf(s.Start), Text: ModelSuggester.SentenceText(text, s.Start, s.End))).ToList();

        Assert.Equal((1, "Wij volgen de gemeente in alles wat ze vraagt."), sentences[0]); // "Ja." has too few words, the label is not speech
        Assert.Contains((24, "De aanbieders leveren de gevraagde rapportages niet aan de gemeente en zeggen dat openlijk."), sentences);
        Assert.DoesNotContain(sentences, s => s.Text.Contains("Regio Voorbeeld", StringComparison.Ordinal));
        Assert.Equal(1 + 3 * 16 + 2 + 1 + 2, sentences.Count); // the hyphenated sentence of page 2 is one
    }

    [Fact]
    public void Model_suggestions_carry_origin_probability_and_driving_words_and_never_the_none_label()
    {
        var model = CodeModel.Train([
            new("We vullen de nieuwe verantwoordingseisen gewoon niet in.", "reactie.trotseren"),
            new("De rapportages leveren we bewust niet aan.", "reactie.trotseren"),
            new("De gemeente organiseert een bijeenkomst in het stadhuis.", ModelSuggester.None),
            new("Het verslag van de vergadering staat op de website.", ModelSuggester.None),
        ]);
        var text = PdfText.Analyse("De nieuwe verantwoordingseisen vullen we niet in. Het verslag van de bijeenkomst staat op de website.");

        var suggestion = Assert.Single(ModelSuggester.Suggest("nota", text, model));

        Assert.Equal(("reactie.trotseren", "model", 0L), (suggestion.Code, suggestion.Origin, suggestion.Start));
        Assert.Equal("De nieuwe verantwoordingseisen vullen we niet in.", suggestion.Text);
        Assert.InRange(suggestion.Score, 0.5, 1.0);
        Assert.Contains(suggestion.Terms, t => t.StartsWith("verantwoordingseis (", StringComparison.Ordinal));
        var review = new SuggestionReview(["coderA"]);
        var coded = review.Accept(suggestion, "coderA", text.Text.ToString());
        Assert.Equal(new Coding.Segments.Assistance("model", suggestion.Score), coded.Assisted);
    }
}
