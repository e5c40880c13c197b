using System.Globalization;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Rendering;
using Jeugdhulp.Research.Reliability;
using Xunit.Abstractions;

namespace Jeugdhulp.Research.Assistant.Tests;

/// <summary>
/// The measured quality of the suggestions against human codes (reported in data/labelled/README.md). Every figure is
/// computed here; the assertions only guard against regression below the reported level minus a small margin.
/// </summary>
public class QualityTests(ITestOutputHelper output)
{
    private const double Margin = 0.03;
    private static string LabelledFile => Repo.File("data", "labelled", "steering-modes.csv");
    private static readonly string[] Documents = ["000", "001", "002", "004"];

    private void Report(string title, IReadOnlyList<string> gold, IReadOnlyList<string> predicted, IReadOnlyList<string> labels, string? none, out QualityScores scores, out double kappa)
    {
        scores = QualityScores.Compute(gold, predicted, labels, none);
        kappa = CohenKappa.FromLabels([.. gold], [.. predicted], categoryOrder: labels).Value;
        output.WriteLine(TableRenderer.ToText(scores.ToTable(title)));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{title}: macro precision {scores.MacroPrecision:0.0000}, macro recall {scores.MacroRecall:0.0000}, micro precision {scores.MicroPrecision:0.0000}, micro recall {scores.MicroRecall:0.0000}, accuracy {scores.Accuracy:0.0000}, Cohen's kappa {kappa:0.0000}"));
        output.WriteLine("");
    }

    [Fact]
    public void The_labelled_set_is_complete_and_balanced_over_the_four_documents()
    {
        var set = LabelledSet.Load(LabelledFile, [.. SteeringModes.Labels]);
        Assert.True(set.Length >= 60);
        foreach (var doc in Documents) Assert.Contains(set, p => p.Document.StartsWith(doc, StringComparison.Ordinal));
        Assert.All(set, p => Assert.False(string.IsNullOrWhiteSpace(p.Justification)));
    }

    [SharedFileFact("seeds")]
    public void The_labelled_set_is_the_systematic_sample_and_quotes_the_seeds_at_their_line_numbers()
    {
        var set = LabelledSet.Load(LabelledFile, [.. SteeringModes.Labels]);
        var expected = new List<(string, int, int, string)>();
        foreach (var doc in Documents)
        {
            var path = Repo.Seed(doc);
            var text = PdfText.Analyse(File.ReadAllText(path));
            expected.AddRange(PassageSampler.Systematic(PassageSampler.Passages(text), 6, 3).Select(p => (Path.GetFileName(path), p.StartLine, p.EndLine, p.Text)));
        }
        Assert.Equal(expected, set.Select(p => (p.Document, p.StartLine, p.EndLine, p.Text)));
    }

    [Fact]
    public void Lexicon_against_hand_codes_on_the_real_policy_documents()
    {
        var set = LabelledSet.Load(LabelledFile, [.. SteeringModes.Labels]);
        var matcher = new LexiconMatcher(Repo.BundledLexicon);
        var gold = set.Select(p => p.Label).ToList();
        var predicted = set.Select(p => SteeringModes.Classify(matcher, p.Text)).ToList();
        for (var i = 0; i < set.Length; i++)
            if (gold[i] != predicted[i]) output.WriteLine($"  {set[i].Document[..3]} {set[i].StartLine}-{set[i].EndLine}: coded {gold[i]}, lexicon {predicted[i]}");
        Report("lexicon, manner of steering (65 passages, 000/001/002/004)", gold, predicted, SteeringModes.Labels, SteeringModes.None, out var scores, out var kappa);
        Assert.True(scores.MacroPrecision >= 0.447 - Margin, $"macro precision {scores.MacroPrecision}");
        Assert.True(scores.MacroRecall >= 0.577 - Margin, $"macro recall {scores.MacroRecall}");
        Assert.True(kappa >= 0.385 - Margin, $"kappa {kappa}");
    }

    [Fact]
    public void Model_against_hand_codes_leaving_each_document_out_in_turn()
    {
        var (gold, predicted) = LeaveOneDocumentOut(lexiconFeatures: null);
        Report("model (naive Bayes, words only), manner of steering, leave-one-document-out", gold, predicted, SteeringModes.Labels, SteeringModes.None, out var scores, out var kappa);
        Assert.True(scores.MacroPrecision >= 0.307 - Margin, $"macro precision {scores.MacroPrecision}");
        Assert.True(scores.MacroRecall >= 0.165 - Margin, $"macro recall {scores.MacroRecall}");
        Assert.True(kappa >= 0.041 - Margin, $"kappa {kappa}");
    }

    [Fact]
    public void Hybrid_model_with_lexicon_features_against_hand_codes_leaving_each_document_out_in_turn()
    {
        var (gold, predicted) = LeaveOneDocumentOut(new LexiconMatcher(Repo.BundledLexicon));
        Report("hybrid model (words + lexicon features), manner of steering, leave-one-document-out", gold, predicted, SteeringModes.Labels, SteeringModes.None, out var scores, out var kappa);
        // Reported 0.333 / 0.207 / 0.081 before the lexicon had terms for the organisation characteristics; their
        // lexicon:kenmerk.* features are noise for the manner of steering and lowered the figures to these.
        Assert.True(scores.MacroPrecision >= 0.330 - Margin, $"macro precision {scores.MacroPrecision}");
        Assert.True(scores.MacroRecall >= 0.176 - Margin, $"macro recall {scores.MacroRecall}");
        Assert.True(kappa >= 0.067 - Margin, $"kappa {kappa}");
    }

    // Trains on three of the four documents and predicts the fourth, in turn: the model never sees the document it codes.
    private static (List<string> Gold, List<string> Predicted) LeaveOneDocumentOut(LexiconMatcher? lexiconFeatures)
    {
        var set = LabelledSet.Load(LabelledFile, [.. SteeringModes.Labels]);
        var gold = new List<string>();
        var predicted = new List<string>();
        foreach (var doc in Documents)
        {
            var model = CodeModel.Train(set.Where(p => !p.Document.StartsWith(doc, StringComparison.Ordinal)).Select(p => new TrainingExample(p.Text, p.Label)), lexiconFeatures);
            foreach (var p in set.Where(p => p.Document.StartsWith(doc, StringComparison.Ordinal)))
            {
                gold.Add(p.Label);
                predicted.Add(model.Predict(p.Text).Code);
            }
        }
        return (gold, predicted);
    }

    // Codes rolled up to their first two levels (reactie.volgen.conformeren -> reactie.volgen), the level coders compare at.
    private static string Family(string code) => string.Join('.', code.Split('.').Take(2));

    [Fact]
    public void Model_and_lexicon_on_the_illustrative_corpus_with_coder_B_held_out()
    {
        var project = CodingProjectLoader.Load(Repo.File("data", "corpus"));
        var training = project.Segments.Where(s => s.Coder == "coderA").Select(s => new TrainingExample(s.Text, Family(s.Code))).ToList();
        var test = project.Segments.Where(s => s.Coder == "coderB").ToList();
        var model = CodeModel.Train(training);
        var gold = test.Select(s => Family(s.Code)).ToList();
        var modelPredicted = test.Select(s => model.Predict(s.Text).Code).ToList();
        var labels = gold.Concat(training.Select(t => t.Code)).Append("geen").Distinct().Order(StringComparer.Ordinal).ToList();
        Report("model, trained on coderA, codes of coderB's segments", gold, modelPredicted, labels, "geen", out var modelScores, out var modelKappa);

        // Steering and responses first: the lexicon's response terms are the researcher's vocabulary, not the interviewees'.
        var matcher = new LexiconMatcher(Repo.BundledLexicon);
        var covered = test.Where(s => s.Code.StartsWith("sturing.", StringComparison.Ordinal) || s.Code.StartsWith("reactie.", StringComparison.Ordinal)).ToList();
        var lexGold = covered.Select(s => Family(s.Code)).ToList();
        var lexiconPredicted = covered.Select(s => LexiconFamily(matcher, s.Text)).ToList();
        var lexLabels = lexGold.Concat(lexiconPredicted).Append("geen").Distinct().Order(StringComparer.Ordinal).ToList();
        output.WriteLine($"{covered.Count} of coderB's segments carry a steering or response code");
        for (var i = 0; i < covered.Count; i++) output.WriteLine($"  '{covered[i].Text}': coded {lexGold[i]}, lexicon {lexiconPredicted[i]}");
        Report("lexicon, coderB's steering and response segments", lexGold, lexiconPredicted, lexLabels, "geen", out var lexScores, out var lexKappa);

        Assert.True(modelScores.MicroPrecision >= 0.828 - Margin, $"model micro precision {modelScores.MicroPrecision}");
        Assert.True(modelScores.MicroRecall >= 0.828 - Margin, $"model micro recall {modelScores.MicroRecall}");
        Assert.True(modelKappa >= 0.803 - Margin, $"model kappa {modelKappa}");
        // The reported limitation, exactly: on interviewees' own words the response terms find nothing right. A better
        // lexicon makes this fail on purpose: then report the new figures in data/labelled/README.md.
        Assert.Equal((15, 0.0, 0.0), (covered.Count, lexScores.Accuracy, lexKappa));

        // The organisation characteristics (weten, willen, kunnen, moeten) have terms since the lexicon was extended
        // from Table 3.5 and the case chapters; measured on coderB's segments coded with one of them, by group.
        var characteristics = test.Where(s => s.Code.StartsWith("kenmerk.", StringComparison.Ordinal)).ToList();
        var kenGold = characteristics.Select(s => Family(s.Code)).ToList();
        var kenPredicted = characteristics.Select(s => LexiconFamily(matcher, s.Text)).ToList();
        var kenLabels = kenGold.Concat(kenPredicted).Append("geen").Distinct().Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < characteristics.Count; i++) output.WriteLine($"  '{characteristics[i].Text}': coded {kenGold[i]}, lexicon {kenPredicted[i]}");
        Report("lexicon, coderB's organisation-characteristic segments", kenGold, kenPredicted, kenLabels, "geen", out var kenScores, out var kenKappa);
        Assert.Equal(14, characteristics.Count);
        Assert.True(kenScores.MicroPrecision >= KenmerkMicroPrecision - Margin, $"lexicon micro precision on characteristics {kenScores.MicroPrecision}");
        Assert.True(kenScores.MicroRecall >= KenmerkMicroRecall - Margin, $"lexicon micro recall on characteristics {kenScores.MicroRecall}");
        Assert.True(kenKappa >= KenmerkKappa - Margin, $"lexicon kappa on characteristics {kenKappa}");
    }

    private const double KenmerkMicroPrecision = 0.600;
    private const double KenmerkMicroRecall = 0.214;
    private const double KenmerkKappa = 0.172;

    private static string LexiconFamily(LexiconMatcher matcher, string text)
    {
        var scores = matcher.Match(PdfText.Analyse(text)).Select(m => m.Term).Distinct()
            .GroupBy(t => Family(t.Code)).Select(g => (Family: g.Key, Score: g.Sum(t => t.Weight))).ToList();
        return scores.Count == 0 ? "geen" : scores.OrderByDescending(s => s.Score).ThenBy(s => s.Family, StringComparer.Ordinal).First().Family;
    }
}
