namespace Jeugdhulp.Research.Reliability;

/// <summary>
/// Raised when a metric needs numbers (interval, ratio) but a category label is not a finite number,
/// or when the ratio metric meets a negative value (ratio scales start at an absolute zero).
/// </summary>
public sealed class InvalidCategoryValueException : ReliabilityException
{
    /// <summary>Creates the exception naming the offending category label.</summary>
    public InvalidCategoryValueException(string metric, string category, string reason)
        : base($"{metric}: category '{category}' {reason}")
    {
        Metric = metric;
        Category = category;
    }

    /// <summary>Name of the coefficient that was requested.</summary>
    public string Metric { get; }

    /// <summary>The category label that cannot be used.</summary>
    public string Category { get; }
}
