namespace Jeugdhulp.Research.Reliability;

/// <summary>Options for <see cref="RatingsCsv"/>.</summary>
/// <param name="RequireNumeric">Reject non-numeric cells with their line and column (set for interval and ratio metrics, so the error points into the file).</param>
/// <param name="CategoryOrder">Explicit category order (e.g. from a codebook, for ordinal text labels); cells outside it are errors.</param>
/// <param name="Delimiter">Field delimiter, default ",".</param>
public sealed record RatingsCsvOptions(bool RequireNumeric = false, IReadOnlyList<string>? CategoryOrder = null, string Delimiter = ",");
