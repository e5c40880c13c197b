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
}
