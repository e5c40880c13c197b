namespace Jeugdhulp.Research.Reliability;

/// <summary>
/// A percentile bootstrap confidence interval, with what is needed to reproduce it (seed, replicates) and to
/// judge it (how many replicates were undefined, e.g. a resample in which every value was the same).
/// </summary>
/// <param name="Lower">Lower bound (the (1-level)/2 quantile of the defined replicates).</param>
/// <param name="Upper">Upper bound (the (1+level)/2 quantile of the defined replicates).</param>
/// <param name="Level">Confidence level, e.g. 0.95.</param>
/// <param name="Replicates">Number of bootstrap replicates drawn.</param>
/// <param name="UndefinedReplicates">Replicates whose coefficient was undefined (NaN) and were left out of the quantiles.</param>
/// <param name="Seed">Seed that reproduces this interval.</param>
public sealed record ConfidenceInterval(double Lower, double Upper, double Level, int Replicates, int UndefinedReplicates, ulong Seed);
