using System.Globalization;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Rendering;
using Jeugdhulp.Research.Reliability;
using Xunit.Abstractions;

namespace Jeugdhulp.Research.Assistant.Tests;

/// <summary>
/// The measured quality of the suggestions against human codes (reported in data/labelled/README.md). Every figure is
/// computed here and asserted as measured, to within <see cref="Tolerance"/>: one passage predicted differently moves
/// every figure by more than that (a micro figure by at least 1/65 ≈ 0.015), so a regression fails, and so does an
/// improvement, which must then be reported in data/labelled/README.md with the new figures.
/// </summary>
public class QualityTests(ITestOutputHelper output)
{
    private const double Tolerance = 0.0005;
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

    private static void Measured(double measured, double actual, string what) =>
        Assert.True(Math.Abs(actual - measured) <= Tolerance,
            string.Create(CultureInfo.InvariantCulture, $"{what}: {actual:0.0000}, measured and reported {measured:0.0000} (a change of one prediction moves it by more than {Tolerance}; report an improvement in data/labelled/README.md)"));

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
        Measured(0.4466, scores.MacroPrecision, "macro precision");
        Measured(0.5774, scores.MacroRecall, "macro recall");
        Measured(18.0 / 42, scores.MicroPrecision, "micro precision"); // 18 right of 42 passages given a mode
        Measured(18.0 / 32, scores.MicroRecall, "micro recall");       // of the 32 hand-coded with a mode
        Measured(38.0 / 65, scores.Accuracy, "accuracy");
        Measured(0.3851, kappa, "kappa");
    }

    [Fact]
    public void Model_against_hand_codes_leaving_each_document_out_in_turn()
    {
        var (gold, predicted) = LeaveOneDocumentOut(lexiconFeatures: null);
        Report("model (naive Bayes, words only), manner of steering, leave-one-document-out", gold, predicted, SteeringModes.Labels, SteeringModes.None, out var scores, out var kappa);
        Measured(0.3068, scores.MacroPrecision, "macro precision");
        Measured(0.1650, scores.MacroRecall, "macro recall");
        Measured(7.0 / 23, scores.MicroPrecision, "micro precision");
        Measured(7.0 / 32, scores.MicroRecall, "micro recall");
        Measured(28.0 / 65, scores.Accuracy, "accuracy");
        Measured(0.0415, kappa, "kappa");
    }

    [Fact]
    public void Hybrid_model_with_lexicon_features_against_hand_codes_leaving_each_document_out_in_turn()
    {
        var (gold, predicted) = LeaveOneDocumentOut(new LexiconMatcher(Repo.BundledLexicon));
        Report("hybrid model (words + lexicon features), manner of steering, leave-one-document-out", gold, predicted, SteeringModes.Labels, SteeringModes.None, out var scores, out var kappa);
        // Reported 0.333 / 0.207 / 0.081 before the lexicon had terms for the organisation characteristics; their
        // lexicon:kenmerk.* features are noise for the manner of steering and lowered the figures to these.
        Measured(0.3304, scores.MacroPrecision, "macro precision");
        Measured(0.1768, scores.MacroRecall, "macro recall");
        Measured(7.0 / 22, scores.MicroPrecision, "micro precision");
        Measured(7.0 / 32, scores.MicroRecall, "micro recall");
        Measured(29.0 / 65, scores.Accuracy, "accuracy");
        Measured(0.0670, kappa, "kappa");
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

        Measured(24.0 / 29, modelScores.MicroPrecision, "model micro precision"); // 24 of coderB's 29 segments
        Measured(24.0 / 29, modelScores.MicroRecall, "model micro recall");
        Measured(0.8849, modelScores.MacroPrecision, "model macro precision");
        Measured(0.8333, modelScores.MacroRecall, "model macro recall");
        Measured(0.8033, modelKappa, "model kappa");
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
        Measured(KenmerkMicroPrecision, kenScores.MicroPrecision, "lexicon micro precision on characteristics");
        Measured(KenmerkMicroRecall, kenScores.MicroRecall, "lexicon micro recall on characteristics");
        Measured(KenmerkKappa, kenKappa, "lexicon kappa on characteristics");
    }

    private const double KenmerkMicroPrecision = 3.0 / 5;  // 3 right of the 5 segments the lexicon gave a characteristic
    private const double KenmerkMicroRecall = 3.0 / 14;    // of the 14 coded with one
    private const double KenmerkKappa = 0.1720;

    private static string LexiconFamily(LexiconMatcher matcher, string text)
    {
        var scores = matcher.Match(PdfText.Analyse(text)).Select(m => m.Term).Distinct()
            .GroupBy(t => Family(t.Code)).Select(g => (Family: g.Key, Score: g.Sum(t => t.Weight))).ToList();
        return scores.Count == 0 ? "geen" : scores.OrderByDescending(s => s.Score).ThenBy(s => s.Family, StringComparer.Ordinal).First().Family;
    }
}
