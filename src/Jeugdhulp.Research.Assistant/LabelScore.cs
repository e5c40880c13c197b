namespace Jeugdhulp.Research.Assistant;

/// <summary>Precision and recall of one label against the human codes.</summary>
/// <param name="Label">The label.</param>
/// <param name="TruePositives">Predicted and coded.</param>
/// <param name="FalsePositives">Predicted, not coded.</param>
/// <param name="FalseNegatives">Coded, not predicted.</param>
public sealed record LabelScore(string Label, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP); NaN when the label was never predicted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? double.NaN : (double)TruePositives / (TruePositives + FalsePositives);
    /// <summary>TP / (TP + FN); NaN when the label was never coded.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? double.NaN : (double)TruePositives / (TruePositives + FalseNegatives);
    /// <summary>Harmonic mean of precision and recall (0 when either is 0 or undefined).</summary>
    public double F1 => Precision is var p && Recall is var r && p + r > 0 && !double.IsNaN(p) && !double.IsNaN(r) ? 2 * p * r / (p + r) : 0;
}
