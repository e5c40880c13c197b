using Jeugdhulp.Research.Qca;

namespace Jeugdhulp.Research.Theory;

/// <summary>The directional expectation used for one condition in the intermediate solution, and where it comes from.</summary>
/// <param name="Condition">The condition as written, e.g. <c>willen</c> or <c>~moeten</c>.</param>
/// <param name="Direction">Present, absent or either.</param>
/// <param name="Reason">Why, in Dutch: the codebook's expected cluster of '+' and '-', or "opgegeven".</param>
public sealed record DirectionChoice(string Condition, DirectionalExpectation Direction, string Reason);
