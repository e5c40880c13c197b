using System.Collections.Immutable;
using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Theory.Display;

/// <summary>
/// One proposition's result as notebook output. A <see cref="PropositionResult"/> holds value ids, not labels; the view
/// carries the <see cref="Vocabulary"/> that turns them into the Dutch tables of <c>jhr propositions</c>.
/// </summary>
/// <param name="Result">The tested proposition.</param>
/// <param name="Vocabulary">Labels of the codebook and study the result was computed on.</param>
[TypeFormatterSource(typeof(PropositionViewFormatterSource))]
public sealed record PropositionView(PropositionResult Result, Vocabulary Vocabulary)
{
    /// <summary>The HTML fragment the notebook shows: predicted × observed, the deviant units with evidence, the units that cannot be judged.</summary>
    public string ToHtml() => TheoryHtml.ToHtml(Result, Vocabulary);

    /// <summary>The same tables for other renderers (Markdown, CSV, xlsx).</summary>
    public ImmutableArray<ResultTable> ToTables() => Result.ToTables(Vocabulary);

    /// <summary>The same tables as aligned text, where no HTML is shown (an exported notebook app, a terminal).</summary>
    public override string ToString() => string.Join("\n\n", ToTables().Select(t => t.ToString()));
}

/// <summary>A whole propositions file tested on a unit table, as notebook output: hit rates, summary, then each proposition (folded).</summary>
/// <param name="Evaluation">The evaluation.</param>
/// <param name="Vocabulary">Labels of the codebook and study the evaluation was computed on.</param>
[TypeFormatterSource(typeof(PropositionEvaluationViewFormatterSource))]
public sealed record PropositionEvaluationView(PropositionEvaluation Evaluation, Vocabulary Vocabulary)
{
    /// <summary>The HTML fragment the notebook shows.</summary>
    public string ToHtml() => TheoryHtml.ToHtml(Evaluation, Vocabulary);

    /// <summary>Hit rates, the summary and every proposition's tables, for other renderers.</summary>
    public ImmutableArray<ResultTable> ToTables() => [TheoryTables.HitRates(Evaluation), .. Evaluation.ToTables(Vocabulary)];

    /// <summary>The same tables as aligned text, where no HTML is shown (an exported notebook app, a terminal).</summary>
    public override string ToString() => string.Join("\n\n", ToTables().Select(t => t.ToString()));
}

/// <summary>Shortcuts that make notebook cells read naturally: <c>evaluation.ToView(vocabulary)</c> as the last line of a cell.</summary>
public static class PropositionViewExtensions
{
    /// <summary>The result as displayable view.</summary>
    public static PropositionView ToView(this PropositionResult result, Vocabulary vocabulary) => new(result, vocabulary);

    /// <summary>The evaluation as displayable view.</summary>
    public static PropositionEvaluationView ToView(this PropositionEvaluation evaluation, Vocabulary vocabulary) => new(evaluation, vocabulary);
}
