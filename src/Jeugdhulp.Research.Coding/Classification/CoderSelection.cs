namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>
/// Whose codings a classification uses: one coder's (to compare coders, or for reliability work) or all coders'
/// pooled (every segment counts once, so a passage coded by two coders counts twice). The consensus coder
/// (<see cref="Projects.Coder.ConsensusId"/>) is never pooled: its codings are copies of the raters' codings.
/// </summary>
/// <param name="Coder">The coder id, or null for all coders pooled.</param>
public sealed record CoderSelection(string? Coder)
{
    /// <summary>All coders pooled.</summary>
    public static readonly CoderSelection Pooled = new((string?)null);

    /// <summary>One coder.</summary>
    public static CoderSelection Of(string coder) => new(coder);

    /// <summary>True when a segment by <paramref name="coder"/> is used.</summary>
    public bool Includes(string coder) => Coder is null ? coder != Projects.Coder.ConsensusId : Coder == coder;

    /// <summary>The coder id, or "alle codeurs (gepoold)".</summary>
    public override string ToString() => Coder ?? "alle codeurs (gepoold)";
}
