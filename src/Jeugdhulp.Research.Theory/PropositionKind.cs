namespace Jeugdhulp.Research.Theory;

/// <summary>How a proposition is tested: per unit by rules, or by comparing the distribution of responses over cases.</summary>
public enum PropositionKind
{
    /// <summary>Conditional rules <c>when</c> → <c>then</c>, judged unit by unit (file name <c>rule</c>).</summary>
    Rule,
    /// <summary>Responses differ between cases: not every case has the same distribution (file name <c>between-cases</c>).</summary>
    BetweenCases,
    /// <summary>Responses differ within cases: cases with more than one value (file name <c>within-cases</c>).</summary>
    WithinCases,
}
