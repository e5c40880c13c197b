namespace Jeugdhulp.Research.Reliability;

/// <summary>Disagreement weights for Cohen's kappa over the ordered category list (indices i, j), as in scikit-learn's cohen_kappa_score.</summary>
public enum CohenWeighting
{
    /// <summary>Unweighted: every disagreement counts the same.</summary>
    None,

    /// <summary>Weight |i − j|: near misses on an ordinal scale count less.</summary>
    Linear,

    /// <summary>Weight (i − j)²: near misses count much less; close to an intraclass correlation.</summary>
    Quadratic,
}
