namespace Jeugdhulp.Research.Reliability;

/// <summary>Raised for a metric name that is not registered; the message lists the valid names so the CLI can show it as-is.</summary>
public sealed class UnknownMetricException : ReliabilityException
{
    /// <summary>Creates the exception for <paramref name="name"/> listing <paramref name="validNames"/>.</summary>
    public UnknownMetricException(string name, IReadOnlyList<string> validNames)
        : base($"Unknown metric '{name}'. Valid metrics: {string.Join(", ", validNames)}.")
    {
        Name = name;
        ValidNames = validNames;
    }

    /// <summary>The name that was asked for.</summary>
    public string Name { get; }

    /// <summary>All registered metric names.</summary>
    public IReadOnlyList<string> ValidNames { get; }
}
