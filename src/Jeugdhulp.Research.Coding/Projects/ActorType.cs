namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>
/// What kind of organisation a unit's responding organisation is. The study's units are providers, but the method
/// applies to any organisation that responds to steering (a municipality to the region, a wijkteam, ...).
/// </summary>
public enum ActorType
{
    /// <summary>A youth-care provider (the study's units).</summary>
    Provider,
    /// <summary>A municipality responding to steering by others.</summary>
    Municipality,
    /// <summary>Any other organisation.</summary>
    Other,
}
