using System.Collections.Immutable;
using Jeugdhulp.Research.Codebooks;

namespace Jeugdhulp.Research.Theory;

/// <summary>
/// An expectation or finding of the theory written as data, so it can be tested on any unit table and the test
/// can be repeated when the coding changes.
/// </summary>
public sealed record Proposition
{
    /// <summary>Stable id, e.g. <c>E1</c> or <c>B2</c>; results and tests refer to it.</summary>
    public required string Id { get; init; }
    /// <summary>How the proposition is tested.</summary>
    public required PropositionKind Kind { get; init; }
    /// <summary>Dutch and English wording.</summary>
    public required LocalizedText Label { get; init; }
    /// <summary>Where the source formulates it (section, table, seed lines).</summary>
    public SourceReference? Source { get; init; }
    /// <summary>Rules for <see cref="PropositionKind.Rule"/>, checked in order (the first that applies predicts); empty otherwise.</summary>
    public ImmutableArray<PropositionRule> Rules { get; init; } = [];
    /// <summary>The attribute compared between or within cases (default <c>cluster</c>); unused by rules.</summary>
    public string Attribute { get; init; } = "cluster";
    /// <summary>What a reader must know when judging the result.</summary>
    public LocalizedText? Note { get; init; }
    /// <summary>Where the proposition starts in its file.</summary>
    public TextPosition At { get; init; } = TextPosition.Start;
}
