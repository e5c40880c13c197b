namespace Jeugdhulp.Research.Reliability;

/// <summary>Base type for every error this library raises on purpose, so callers (e.g. the CLI) can catch one type and show its message.</summary>
public class ReliabilityException : Exception
{
    /// <summary>Creates the exception with a message meant for the person running the analysis.</summary>
    public ReliabilityException(string message) : base(message) { }

    /// <summary>Creates the exception wrapping the low-level cause.</summary>
    public ReliabilityException(string message, Exception innerException) : base(message, innerException) { }
}
