using System.Collections.Immutable;
using System.Globalization;
using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// How well predicted labels agree with human codes: per-label precision and recall, and their averages over the
/// substantive labels (every label except the "nothing" label, whose precision would flatter a cautious suggester).
/// Chance-corrected agreement (Cohen's kappa) comes from <c>Jeugdhulp.Research.Reliability</c>, not from here.
/// </summary>
public sealed record QualityScores(ImmutableArray<LabelScore> Labels, int Passages, int Agreements, string? NoneLabel)
{
    /// <summary>Share of passages where prediction and code agree.</summary>
    public double Accuracy => Passages == 0 ? double.NaN : (double)Agreements / Passages;
    /// <summary>Mean precision over substantive labels that were predicted at least once.</summary>
    public double MacroPrecision => Mean(Substantive.Select(l => l.Precision));
    /// <summary>Mean recall over substantive labels that were coded at least once.</summary>
    public double MacroRecall => Mean(Substantive.Select(l => l.Recall));
    /// <summary>Precision pooled over substantive labels (micro average).</summary>
    public double MicroPrecision => Ratio(Substantive.Sum(l => l.TruePositives), Substantive.Sum(l => l.TruePositives + l.FalsePositives));
    /// <summary>Recall pooled over substantive labels (micro average).</summary>
    public double MicroRecall => Ratio(Substantive.Sum(l => l.TruePositives), Substantive.Sum(l => l.TruePositives + l.FalseNegatives));

    private IEnumerable<LabelScore> Substantive => Labels.Where(l => l.Label != NoneLabel);

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/> (parallel lists) over <paramref name="labels"/>.</summary>
    public static QualityScores Compute(IReadOnlyList<string> gold, IReadOnlyList<string> predicted, IEnumerable<string> labels, string? noneLabel = null)
    {
        if (gold.Count != predicted.Count) throw new ArgumentException("Gold and predicted labels must be parallel lists.", nameof(predicted));
        var scores = labels.Select(label => new LabelScore(label,
            Enumerable.Range(0, gold.Count).Count(i => gold[i] == label && predicted[i] == label),
            Enumerable.Range(0, gold.Count).Count(i => gold[i] != label && predicted[i] == label),
            Enumerable.Range(0, gold.Count).Count(i => gold[i] == label && predicted[i] != label))).ToImmutableArray();
        return new QualityScores(scores, gold.Count, Enumerable.Range(0, gold.Count).Count(i => gold[i] == predicted[i]), noneLabel);
    }

    /// <summary>The scores as a table: one row per label, then the averages.</summary>
    public ResultTable ToTable(string title)
    {
        static string F(double v) => double.IsNaN(v) ? "–" : v.ToString("0.00", CultureInfo.InvariantCulture);
        var rows = Labels.Select(l => ImmutableArray.Create(new TableCell(l.Label), new TableCell(F(l.Precision)), new TableCell(F(l.Recall)),
            new TableCell(F(l.F1)), new TableCell($"{l.TruePositives}/{l.FalsePositives}/{l.FalseNegatives}"))).ToList();
        rows.Add([new TableCell("macro (substantive)"), new TableCell(F(MacroPrecision)), new TableCell(F(MacroRecall)), new TableCell(""), new TableCell("")]);
        rows.Add([new TableCell("micro (substantive)"), new TableCell(F(MicroPrecision)), new TableCell(F(MicroRecall)), new TableCell(""), new TableCell("")]);
        return new ResultTable(title, ["label", "precision", "recall", "F1", "TP/FP/FN"], [.. rows],
            [$"{Passages} passages, accuracy {F(Accuracy)}"]);
    }

    private static double Mean(IEnumerable<double> values)
    {
        var list = values.Where(v => !double.IsNaN(v)).ToList();
        return list.Count == 0 ? double.NaN : list.Average();
    }

    private static double Ratio(int a, int b) => b == 0 ? double.NaN : (double)a / b;
}
