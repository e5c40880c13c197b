namespace Jeugdhulp.Research.Codebooks;

/// <summary>
/// Where in the seed text an entry is defined, so every code can be traced back to the dissertation and cited.
/// </summary>
/// <param name="Section">Section number as printed, e.g. <c>3.2</c>.</param>
/// <param name="Table">Table number as printed, e.g. <c>3.4</c>, or null.</param>
/// <param name="Lines">Line range in the plain-text seed, e.g. <c>2364-2615</c>.</param>
public sealed record SourceReference(string? Section, string? Table, string? Lines)
{
    /// <inheritdoc />
    public override string ToString() =>
        string.Join(", ", new[]
        {
            Table is null ? null : $"Tabel {Table}",
            Section is null ? null : $"§{Section}",
            Lines is null ? null : $"regels {Lines}",
        }.Where(s => s is not null));
}
