namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>How a factor's value follows from the values of its segments.</summary>
public enum FactorRule
{
    /// <summary>The value with more than <see cref="ClassificationRules.FactorMajority"/> of the segments; otherwise mixed.</summary>
    Majority,
    /// <summary>Only when all segments agree; any disagreement is mixed (the data's reading of +/- as "both sides present").</summary>
    Unanimous,
}
