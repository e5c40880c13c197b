using System.Collections.Immutable;
using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Theory;

/// <summary>The test of a whole propositions file on one unit table: what <c>jhr propositions</c> prints.</summary>
/// <param name="Set">The propositions.</param>
/// <param name="Periods">Which unit values were used.</param>
/// <param name="Results">One result per proposition, in file order.</param>
public sealed record PropositionEvaluation(PropositionSet Set, PeriodPolicy Periods, ImmutableArray<PropositionResult> Results)
{
    /// <summary>The result of the proposition with this id.</summary>
    /// <exception cref="KeyNotFoundException">No such proposition.</exception>
    public PropositionResult this[string id] =>
        Results.FirstOrDefault(r => r.Proposition.Id == id) ?? throw new KeyNotFoundException($"No proposition '{id}' in {Set.File}.");

    /// <summary>One row per proposition: outcome, coverage, deviant and not assessable units.</summary>
    public ResultTable Summary(Vocabulary vocabulary) => PropositionTables.Summary(this, vocabulary);

    /// <summary>The summary followed by every proposition's tables.</summary>
    public ImmutableArray<ResultTable> ToTables(Vocabulary vocabulary) =>
        [Summary(vocabulary), .. Results.SelectMany(r => r.ToTables(vocabulary))];
}
