using System.Collections.Immutable;
using Jeugdhulp.Research.Codebooks;

namespace Jeugdhulp.Research.Theory;

/// <summary>A file of propositions (<c>schema: jhr-propositions/1</c>), kept with its name so errors and reports can cite it.</summary>
/// <param name="Id">Id of the set.</param>
/// <param name="Title">Title, or null.</param>
/// <param name="File">The file the set was read from, as the user named it.</param>
/// <param name="Propositions">The propositions in file order.</param>
public sealed record PropositionSet(string Id, LocalizedText? Title, string File, ImmutableArray<Proposition> Propositions)
{
    /// <summary>The proposition with this id, or null.</summary>
    public Proposition? Find(string id) => Propositions.FirstOrDefault(p => p.Id == id);
}
