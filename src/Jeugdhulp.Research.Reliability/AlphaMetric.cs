namespace Jeugdhulp.Research.Reliability;

/// <summary>Level of measurement of Krippendorff's alpha, i.e. the difference function δ² between two values c and k.</summary>
public enum AlphaMetric
{
    /// <summary>δ = 0 if c = k, else 1: categories are only the same or different.</summary>
    Nominal,

    /// <summary>δ = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²: ranks matter, distances are in numbers of values between (uses category order).</summary>
    Ordinal,

    /// <summary>δ = (c − k)²: numeric distances matter (uses category values).</summary>
    Interval,

    /// <summary>δ = ((c − k)/(c + k))²: relative distances from an absolute zero (values must be ≥ 0; δ(0, 0) = 0).</summary>
    Ratio,
}
