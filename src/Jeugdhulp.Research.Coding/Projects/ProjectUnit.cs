using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>A unit of a coding project: the core library's unit plus the kind of responding organisation.</summary>
/// <param name="Info">Id, case, responding organisation (the <c>provider</c> column), source and lines.</param>
/// <param name="ActorType">Provider, municipality or other (<c>actor_type</c> column).</param>
public sealed record ProjectUnit(UnitInfo Info, ActorType ActorType)
{
    /// <summary>The unit id.</summary>
    public string Id => Info.Id;
    /// <summary>The case id.</summary>
    public string Case => Info.Case;
    /// <summary>The responding organisation's name; speakers from it give <see cref="Account.Self"/> accounts.</summary>
    public string Organisation => Info.Provider;
}
