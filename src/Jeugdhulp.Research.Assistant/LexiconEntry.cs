using System.Collections.Immutable;

namespace Jeugdhulp.Research.Assistant;

/// <summary>The search terms of one codebook entry.</summary>
/// <param name="Code">The codebook id.</param>
/// <param name="Terms">Its terms, plain ones first, then negated ones, in file order.</param>
public sealed record LexiconEntry(string Code, ImmutableArray<LexiconTerm> Terms);
