namespace Jeugdhulp.Research.Reliability;

/// <summary>Raised when a coefficient is defined for a fixed number of coders (Cohen's kappa, Scott's pi: two) and the matrix has another number.</summary>
public sealed class CoderCountException : ReliabilityException
{
    /// <summary>Creates the exception with the required and the actual number of coders.</summary>
    public CoderCountException(string metric, int required, int actual)
        : base($"{metric} needs exactly {required} coders but the ratings matrix has {actual}; select two coders (RatingsMatrix.SelectCoders) or use Fleiss' kappa or Krippendorff's alpha for more.")
    {
        Metric = metric;
        Required = required;
        Actual = actual;
    }

    /// <summary>Name of the coefficient that was requested.</summary>
    public string Metric { get; }

    /// <summary>Number of coders the coefficient needs.</summary>
    public int Required { get; }

    /// <summary>Number of coders the matrix has.</summary>
    public int Actual { get; }
}
