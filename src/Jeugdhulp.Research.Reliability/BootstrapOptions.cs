namespace Jeugdhulp.Research.Reliability;

/// <summary>
/// How to compute a bootstrap confidence interval; pass to a coefficient to get <see cref="AgreementResult.Interval"/>.
/// Same options on the same matrix always give the same interval (see <see cref="Bootstrap"/> for the method).
/// </summary>
/// <param name="Replicates">Number of resamples (default 1000; each costs about one evaluation of the coefficient).</param>
/// <param name="Level">Confidence level in (0, 1), default 0.95.</param>
/// <param name="Seed">Seed of the random stream; the interval is a pure function of (data, options).</param>
/// <param name="MaxDegreeOfParallelism">Threads used for replicates (default: all cores); does not change the result.</param>
public sealed record BootstrapOptions(int Replicates = 1000, double Level = 0.95, ulong Seed = 20240601, int MaxDegreeOfParallelism = -1)
{
    internal void Validate()
    {
        if (Replicates < 2) throw new ArgumentOutOfRangeException(nameof(Replicates), "A bootstrap needs at least 2 replicates.");
        if (!(Level > 0 && Level < 1)) throw new ArgumentOutOfRangeException(nameof(Level), "The confidence level must be strictly between 0 and 1.");
        if (MaxDegreeOfParallelism == 0 || MaxDegreeOfParallelism < -1) throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism));
    }
}
