namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>The step between two consecutive periods of a unit, as Table 9.15 counts them.</summary>
/// <param name="FromPeriod">Earlier period.</param>
/// <param name="ToPeriod">Next period.</param>
/// <param name="FromCluster">Its cluster, or null when mixed or undetermined.</param>
/// <param name="ToCluster">The next period's cluster, or null.</param>
/// <param name="Change">The change <c>from&gt;to</c> (from <c>UnitTable.ClusterChanges</c>), or null when the cluster stayed or is unknown.</param>
public sealed record ResponseChange(int FromPeriod, int ToPeriod, string? FromCluster, string? ToCluster, string? Change)
{
    /// <summary>True when both clusters are known, so whether there was a change is known.</summary>
    public bool IsDetermined => FromCluster is not null && ToCluster is not null;
}
