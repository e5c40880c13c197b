using System.Collections.Immutable;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// A multinomial naive Bayes model over Dutch stems and stem bigrams (<see cref="TextFeatures"/>), trained on
/// already-coded segments, that suggests codes for uncoded passages.
/// </summary>
/// <remarks>
/// Chosen over an opaque learner because coders must be able to see why a code is suggested: every weight is a
/// readable log-ratio of word frequencies, each prediction lists the words that drove it, and the model trains in
/// milliseconds on the few hundred segments a qualitative study has, where a model with more parameters would
/// overfit. Laplace smoothing (α = 1); features never seen in training are ignored.
/// </remarks>
public sealed class CodeModel
{
    private readonly string[] _codes;
    private readonly double[] _logPrior;
    private readonly Dictionary<string, double[]> _logLikelihood;
    private readonly double[] _unseen;

    private readonly LexiconMatcher? _lexicon;

    private CodeModel(string[] codes, double[] logPrior, Dictionary<string, double[]> logLikelihood, double[] unseen, int examples, LexiconMatcher? lexicon)
    {
        _lexicon = lexicon;
        _codes = codes;
        _logPrior = logPrior;
        _logLikelihood = logLikelihood;
        _unseen = unseen;
        Examples = examples;
    }

    /// <summary>The codes the model can suggest, in ordinal order.</summary>
    public IReadOnlyList<string> Codes => _codes;
    /// <summary>Number of training examples.</summary>
    public int Examples { get; }
    /// <summary>Number of distinct features seen in training.</summary>
    public int Vocabulary => _logLikelihood.Count;

    /// <summary>
    /// Trains on <paramref name="examples"/>; at least one example is needed. With <paramref name="lexicon"/>, every
    /// distinct lexicon term found in a passage adds a feature <c>lexicon:CODE</c>, so the model learns from the coded
    /// segments how far to trust each code's terms (a hybrid of the two suggesters).
    /// </summary>
    /// <exception cref="ArgumentException">No examples.</exception>
    public static CodeModel Train(IEnumerable<TrainingExample> examples, LexiconMatcher? lexicon = null, double alpha = 1.0)
    {
        var list = examples.ToList();
        if (list.Count == 0) throw new ArgumentException("The model needs at least one coded segment to learn from.", nameof(examples));
        var codes = list.Select(e => e.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = codes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var counts = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var totals = new double[codes.Length];
        var docs = new double[codes.Length];
        var stems = new DutchStems();
        foreach (var example in list)
        {
            var c = index[example.Code];
            docs[c]++;
            foreach (var feature in Features(example.Text, stems, lexicon))
            {
                if (!counts.TryGetValue(feature, out var row)) counts[feature] = row = new double[codes.Length];
                row[c]++;
                totals[c]++;
            }
        }
        var v = Math.Max(1, counts.Count);
        var logPrior = docs.Select(d => Math.Log((d + 1) / (list.Count + codes.Length))).ToArray();
        var unseen = totals.Select(t => Math.Log(alpha / (t + alpha * v))).ToArray();
        var logLikelihood = counts.ToDictionary(kv => kv.Key,
            kv => kv.Value.Select((n, c) => Math.Log((n + alpha) / (totals[c] + alpha * v))).ToArray(), StringComparer.Ordinal);
        return new CodeModel(codes, logPrior, logLikelihood, unseen, list.Count, lexicon);
    }

    private static IEnumerable<string> Features(string text, DutchStems stems, LexiconMatcher? lexicon)
    {
        var features = TextFeatures.Extract(text, stems);
        if (lexicon is not null)
            features.AddRange(lexicon.Match(PdfText.Analyse(text)).Select(m => m.Term).Distinct().Select(t => "lexicon:" + t.Code));
        return features;
    }

    /// <summary>Suggests a code for <paramref name="text"/> with the <paramref name="topWords"/> features that drove it.</summary>
    public ModelPrediction Predict(string text, int topWords = 5)
    {
        var features = Features(text, new DutchStems(), _lexicon).Where(_logLikelihood.ContainsKey).GroupBy(f => f, StringComparer.Ordinal)
            .Select(g => (Feature: g.Key, Count: g.Count())).ToList();
        var scores = (double[])_logPrior.Clone();
        foreach (var (feature, count) in features)
        {
            var row = _logLikelihood[feature];
            for (var c = 0; c < scores.Length; c++) scores[c] += count * row[c];
        }
        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        var ranking = Enumerable.Range(0, _codes.Length).OrderByDescending(c => scores[c]).ThenBy(c => _codes[c], StringComparer.Ordinal).ToArray();
        var best = ranking[0];
        var second = ranking.Length > 1 ? ranking[1] : -1;
        var evidence = second < 0 ? [] : features
            .Select(f => new WordWeight(f.Feature, Math.Round(f.Count * (_logLikelihood[f.Feature][best] - _logLikelihood[f.Feature][second]), 3)))
            .Where(w => w.Weight > 0).OrderByDescending(w => w.Weight).ThenBy(w => w.Feature, StringComparer.Ordinal).Take(topWords).ToImmutableArray();
        return new ModelPrediction(_codes[best], exp[best] / sum, second < 0 ? null : _codes[second], evidence,
            [.. ranking.Select(c => new KeyValuePair<string, double>(_codes[c], exp[c] / sum))]);
    }

    /// <summary>The <paramref name="count"/> features that most favour <paramref name="code"/> over the other codes together (log-odds), for showing what the model learned.</summary>
    public IReadOnlyList<WordWeight> TopFeatures(string code, int count = 10)
    {
        var c = Array.IndexOf(_codes, code);
        if (c < 0) return [];
        return [.. _logLikelihood
            .Select(kv => new WordWeight(kv.Key, Math.Round(kv.Value[c] - Math.Log(Enumerable.Range(0, _codes.Length).Where(o => o != c).Select(o => Math.Exp(kv.Value[o])).DefaultIfEmpty(Math.Exp(_unseen[c])).Average()), 3)))
            .OrderByDescending(w => w.Weight).ThenBy(w => w.Feature, StringComparer.Ordinal).Take(count)];
    }
}
