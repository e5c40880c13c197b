using System.Numerics;

namespace Jeugdhulp.Research.Qca;

/// <summary>
/// Exact two-level minimisation for csQCA: Quine-McCluskey prime implicants (computed over the lattice of all
/// 3^k cubes with bitmasks) and an exact minimum cover by branch-and-bound with a Lagrangian (LP) bound that
/// returns every tied minimum, because QCA results must not depend on which of several equally short models a
/// heuristic happens to pick.
/// </summary>
/// <remarks>
/// Two limits are explicit and reported, never silent: tied minimal solutions are listed up to a cap
/// (<see cref="DefaultMaxSolutions"/>; <see cref="MinimizationResult.Truncated"/> says when more exist), and the
/// cover search can be given a node budget, past which it throws <see cref="CoverBudgetExceededException"/> with
/// the proven bounds. Study-like tables (limited diversity, up to a few hundred observed configurations) solve in
/// milliseconds to about a second; dense random tables (thousands of positive rows) have charts whose LP
/// relaxation lies far below the best covers known (at 12 conditions: LP bound 226 terms, best cover found 250),
/// a gap that no exact method closes quickly.
/// </remarks>
public static class Minimizer
{
    /// <summary>Largest number of conditions supported (the cube lattice needs 3^k bytes: 43 MB at 16).</summary>
    public const int MaxConditions = 16;

    /// <summary>Default cap on the number of tied minimal solutions that are enumerated.</summary>
    public const int DefaultMaxSolutions = 64;

    /// <summary>Minimises an incompletely specified Boolean function.</summary>
    /// <param name="conditionCount">Number of conditions k (1..<see cref="MaxConditions"/>).</param>
    /// <param name="onSet">Row indices that must be covered (positive configurations).</param>
    /// <param name="dontCares">Row indices that may be covered (remainders used as counterfactuals).</param>
    /// <param name="maxSolutions">Cap on the number of tied minimal solutions to return.</param>
    /// <param name="maxNodes">
    /// Search nodes allowed for the exact cover; unlimited by default. Dense charts (hundreds of rows with many
    /// overlapping implicants) can need more than any practical budget: then the search stops with
    /// <see cref="CoverBudgetExceededException"/> instead of returning a cover that is not proven minimal.
    /// </param>
    /// <exception cref="CoverBudgetExceededException">When the minimum is not proven within <paramref name="maxNodes"/>.</exception>
    public static MinimizationResult Minimize(int conditionCount, IEnumerable<int> onSet, IEnumerable<int> dontCares, int maxSolutions = DefaultMaxSolutions, long maxNodes = long.MaxValue)
    {
        var on = onSet.Distinct().ToArray();
        var pis = PrimeImplicants(conditionCount, on, dontCares);
        var solutions = MinimalCovers(conditionCount, on, pis, maxSolutions, maxNodes, out var truncated);
        return new MinimizationResult(pis, solutions, truncated);
    }

    /// <summary>
    /// All prime implicants of on ∪ don't-care that cover at least one on-set row (implicants covering only
    /// don't-cares can never be part of a minimal solution), in display order.
    /// </summary>
    /// <param name="conditionCount">Number of conditions k.</param>
    /// <param name="onSet">Row indices that must be covered.</param>
    /// <param name="dontCares">Row indices that may be covered; overlapping on-set rows count as on-set.</param>
    public static IReadOnlyList<Implicant> PrimeImplicants(int conditionCount, IEnumerable<int> onSet, IEnumerable<int> dontCares)
    {
        ArgumentNullException.ThrowIfNull(onSet);
        ArgumentNullException.ThrowIfNull(dontCares);
        if (conditionCount is < 1 or > MaxConditions)
        {
            throw new ArgumentOutOfRangeException(nameof(conditionCount), conditionCount, $"between 1 and {MaxConditions} conditions are supported");
        }
        var k = conditionCount;
        var rows = 1 << k;
        var minterm = new byte[rows]; // bit0 allowed, bit1 on
        foreach (var m in dontCares) minterm[CheckRow(m, rows)] |= 1;
        var anyOn = false;
        foreach (var m in onSet) { minterm[CheckRow(m, rows)] |= 3; anyOn = true; }
        if (!anyOn) return [];

        var pow3 = new int[k + 1];
        pow3[0] = 1;
        for (var i = 1; i <= k; i++) pow3[i] = pow3[i - 1] * 3;
        var cubes = pow3[k];
        var flags = new byte[cubes]; // bit0: every configuration allowed; bit1: contains an on-set configuration

        // Ternary odometer: digit 2 = free. A cube with a free digit is the union of its two halves at the
        // lowest free digit, both of which have smaller indices and are already known.
        var digits = new byte[k];
        int free = 0, ones = 0;
        for (var t = 0; t < cubes; t++)
        {
            if (free == 0)
            {
                flags[t] = minterm[ones];
            }
            else
            {
                var p = BitOperations.TrailingZeroCount(free);
                var a = flags[t - pow3[p]];
                var b = flags[t - 2 * pow3[p]];
                flags[t] = (byte)((a & b & 1) | ((a | b) & 2));
            }
            Increment(digits, ref free, ref ones);
        }

        var primes = new List<Implicant>();
        Array.Clear(digits);
        free = 0;
        ones = 0;
        var full = rows - 1;
        for (var t = 0; t < cubes; t++)
        {
            if (flags[t] == 3)
            {
                var prime = true;
                for (var j = 0; j < k && prime; j++)
                {
                    var d = digits[j];
                    if (d != 2 && (flags[t + (2 - d) * pow3[j]] & 1) != 0) prime = false;
                }
                if (prime) primes.Add(new Implicant(full & ~free, ones));
            }
            Increment(digits, ref free, ref ones);
        }
        primes.Sort((x, y) => Implicant.CompareForDisplay(x, y, k));
        return primes;
    }

    private static int CheckRow(int m, int rows) =>
        m >= 0 && m < rows ? m : throw new ArgumentOutOfRangeException(nameof(m), m, $"row index outside 0..{rows - 1}");

    private static void Increment(byte[] digits, ref int free, ref int ones)
    {
        var i = 0;
        while (i < digits.Length && digits[i] == 2)
        {
            digits[i] = 0;
            free &= ~(1 << i);
            i++;
        }
        if (i == digits.Length) return;
        if (++digits[i] == 1)
        {
            ones |= 1 << i;
        }
        else
        {
            ones &= ~(1 << i);
            free |= 1 << i;
        }
    }

    /// <summary>
    /// Every cover of <paramref name="onSet"/> by the fewest implicants (exact; ties all kept up to
    /// <paramref name="maxSolutions"/>), each sorted in display order; solutions ordered by total literals.
    /// </summary>
    /// <param name="conditionCount">Number of conditions k.</param>
    /// <param name="onSet">Row indices to cover.</param>
    /// <param name="implicants">Candidate terms (normally the prime implicants).</param>
    /// <param name="maxSolutions">Cap on the number of tied solutions.</param>
    /// <param name="truncated">True when more tied solutions exist than were returned.</param>
    /// <exception cref="ArgumentException">When the implicants cannot cover the on-set.</exception>
    public static IReadOnlyList<IReadOnlyList<Implicant>> MinimalCovers(int conditionCount, IReadOnlyList<int> onSet, IReadOnlyList<Implicant> implicants, int maxSolutions, out bool truncated) =>
        MinimalCovers(conditionCount, onSet, implicants, maxSolutions, long.MaxValue, out truncated);

    /// <summary>As <see cref="MinimalCovers(int, IReadOnlyList{int}, IReadOnlyList{Implicant}, int, out bool)"/> with a node budget.</summary>
    /// <param name="conditionCount">Number of conditions k.</param>
    /// <param name="onSet">Row indices to cover.</param>
    /// <param name="implicants">Candidate terms (normally the prime implicants).</param>
    /// <param name="maxSolutions">Cap on the number of tied solutions.</param>
    /// <param name="maxNodes">Search nodes allowed before <see cref="CoverBudgetExceededException"/>.</param>
    /// <param name="truncated">True when more tied solutions exist than were returned.</param>
    /// <exception cref="ArgumentException">When the implicants cannot cover the on-set.</exception>
    /// <exception cref="CoverBudgetExceededException">When the minimum is not proven within <paramref name="maxNodes"/>.</exception>
    public static IReadOnlyList<IReadOnlyList<Implicant>> MinimalCovers(int conditionCount, IReadOnlyList<int> onSet, IReadOnlyList<Implicant> implicants, int maxSolutions, long maxNodes, out bool truncated)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNodes, 1);
        ArgumentNullException.ThrowIfNull(onSet);
        ArgumentNullException.ThrowIfNull(implicants);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSolutions, 1);
        truncated = false;
        var elements = onSet.Distinct().ToArray();
        if (elements.Length == 0) return [];
        var chart = CoverChart.Build(conditionCount, elements, implicants);
        var covers = chart.SolveAll(maxSolutions, maxNodes, out truncated);
        var sorted = covers
            .Select(c => (IReadOnlyList<Implicant>)c.Select(i => implicants[i]).OrderBy(x => x, Comparer<Implicant>.Create((x, y) => Implicant.CompareForDisplay(x, y, conditionCount))).ToArray())
            .OrderBy(s => s.Sum(t => t.LiteralCount))
            .ThenBy(s => s, Comparer<IReadOnlyList<Implicant>>.Create((x, y) => CompareSequences(x, y, conditionCount)))
            .ToArray();
        return sorted;
    }

    private static int CompareSequences(IReadOnlyList<Implicant> x, IReadOnlyList<Implicant> y, int k)
    {
        for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
        {
            var c = Implicant.CompareForDisplay(x[i], y[i], k);
            if (c != 0) return c;
        }
        return x.Count.CompareTo(y.Count);
    }
}
