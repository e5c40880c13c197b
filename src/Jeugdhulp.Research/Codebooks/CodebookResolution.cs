namespace Jeugdhulp.Research.Codebooks;

/// <summary>The codebook file a <see cref="CodebookReference"/> resolved to, and for a bundled codebook the version named and the version found.</summary>
/// <param name="File">Full path of the codebook file.</param>
/// <param name="NamedVersion">The version the study named; null for a path reference.</param>
/// <param name="FoundVersion">The version of the codebook found; null for a path reference.</param>
public sealed record CodebookResolution(string File, string? NamedVersion, string? FoundVersion)
{
    /// <summary>True when the study named an older minor version and gets the newer bundled codebook of the same major.</summary>
    public bool Upgraded => NamedVersion is not null && FoundVersion is not null
        && (CodebookVersion.TryParse(NamedVersion) is { } named && CodebookVersion.TryParse(FoundVersion) is { } found
            ? named.CompareTo(found) != 0 // "1.4" names 1.4.0 itself
            : NamedVersion != FoundVersion);
}
