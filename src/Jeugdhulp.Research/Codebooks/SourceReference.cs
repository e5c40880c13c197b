namespace Jeugdhulp.Research.Codebooks;

/// <summary>
/// Where in the seed text an entry is defined, so every code can be traced back to the dissertation and cited.
/// </summary>
/// <param name="Section">Section number as printed, e.g. <c>3.2</c>.</param>
/// <param name="Table">Table number as printed, e.g. <c>3.4</c>, or null.</param>
/// <param name="Lines">Line range in the plain-text seed, e.g. <c>2364-2615</c>.</param>
/// <param name="Seed">
/// The seed file the lines refer to when it is not the codebook's <c>source_file</c> (an extension drawn from another
/// document, e.g. the Provan &amp; Kenis modes in the Groningen advice), or null.
/// </param>
public sealed record SourceReference(string? Section, string? Table, string? Lines, string? Seed = null)
{
    /// <inheritdoc />
    public override string ToString() =>
        string.Join(", ", new[]
        {
            Table is null ? null : $"Tabel {Table}",
            Section is null ? null : $"§{Section}",
            Lines is null ? null : $"regels {Lines}",
            Seed is null ? null : $"seed {Seed}",
        }.Where(s => s is not null));
}
