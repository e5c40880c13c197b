namespace Jeugdhulp.Research.Qca;

/// <summary>
/// Theoretical expectation of how a condition contributes to the outcome; drives which counterfactuals
/// are "easy" for the intermediate solution (Ragin &amp; Sonnett).
/// </summary>
public enum DirectionalExpectation
{
    /// <summary>No expectation: the condition's literal is never dropped from a complex term.</summary>
    Either,

    /// <summary>The presence of the condition is expected to contribute to the outcome.</summary>
    Present,

    /// <summary>The absence of the condition is expected to contribute to the outcome.</summary>
    Absent,
}
