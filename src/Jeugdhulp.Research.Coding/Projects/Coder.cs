namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>A coder listed in <c>project.yaml</c>; codings by anyone not listed are rejected, so a typo cannot create a third coder.</summary>
/// <param name="Id">The name used in markers (<c>@coderA</c>) and CSV files.</param>
/// <param name="Name">Full name or description, optional.</param>
public sealed record Coder(string Id, string? Name)
{
    /// <summary>
    /// The reserved coder id of the curated consensus (<c>codings/consensus.csv</c>, written by the workbench's curation):
    /// a coder for <c>jhr classify --coder consensus</c>, never a rater, so agreement stays the agreement before consensus.
    /// </summary>
    public const string ConsensusId = "consensus";

    /// <summary>The consensus coder as the project lists it once it has consensus codings.</summary>
    public static readonly Coder Consensus = new(ConsensusId, "Consensus (curatie)");

    /// <summary>True for the consensus coder, which agreement never compares.</summary>
    public bool IsConsensus => Id == ConsensusId;
}
