namespace Jeugdhulp.Research.Qca;

/// <summary>
/// Necessity analysis of single conditions, run before minimisation because necessary conditions can be
/// hidden or distorted by sufficiency solutions (Schneider &amp; Wagemann).
/// </summary>
public static class Necessity
{
    /// <summary>
    /// Inclusion, RoN and coverage of every condition and its negation, on the cases of the truth table
    /// (same exclusions for missing values). Ratios with a zero denominator are NaN.
    /// </summary>
    public static IReadOnlyList<NecessityResult> Analyze(TruthTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var k = table.ConditionCount;
        var results = new List<NecessityResult>();
        for (var j = 0; j < k; j++)
        {
            var bit = 1 << (k - 1 - j);
            foreach (var present in new[] { true, false })
            {
                var literal = present ? table.Conditions[j] : table.Conditions[j].Negate();
                int x = 0, y = 0, xy = 0, n = table.Cases.Count;
                foreach (var c in table.Cases)
                {
                    var hasX = ((c.RowIndex & bit) != 0) == present;
                    if (hasX) x++;
                    if (c.Outcome) y++;
                    if (hasX && c.Outcome) xy++;
                }
                results.Add(new NecessityResult(
                    literal,
                    Ratio(xy, y),
                    Ratio(n - x, n - xy),
                    Ratio(xy, x)));
            }
        }
        return results;
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;
}
