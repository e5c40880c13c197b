namespace Jeugdhulp.Research.Reliability;

/// <summary>
/// Raised when no unit carries enough values to compare coders (all cells missing, a single coder,
/// or every unit coded by one coder only): no coefficient can be estimated, as opposed to an estimate
/// that exists but is undefined (NaN) because the data show no variation.
/// </summary>
public sealed class InsufficientDataException : ReliabilityException
{
    /// <summary>Creates the exception naming the coefficient that could not be computed.</summary>
    public InsufficientDataException(string metric, string reason)
        : base($"{metric}: cannot be computed: {reason}")
    {
        Metric = metric;
    }

    /// <summary>Name of the coefficient that was requested.</summary>
    public string Metric { get; }
}
