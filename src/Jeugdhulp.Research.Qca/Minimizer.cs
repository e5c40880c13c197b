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
        var flags = new byte[pow3[k]]; // bit0: every configuration allowed; bit1: contains an on-set configuration

        // The cube index is a ternary number (digit 2 = free; digit i is condition bit i). It is split into
        // a low part of up to 6 digits (a block of 729 cubes) and a high part. A block whose high part has a free
        // digit is the union of two earlier blocks (that digit fixed at 0 and at 1), combined a machine word at a
        // time; only the 2^(k-6) blocks with a fully fixed high part need the cube-by-cube recurrence.
        var lowDigits = Math.Min(k, 6);
        var block = pow3[lowDigits];
        var (lowFree, lowOnes) = Digits(lowDigits);
        var (highFree, highOnes) = Digits(k - lowDigits);
        for (var h = 0; h < highFree.Length; h++)
        {
            var cubes = flags.AsSpan(h * block, block);
            if (highFree[h] == 0)
            {
                var high = highOnes[h] << lowDigits;
                for (var l = 0; l < block; l++)
                {
                    if (lowFree[l] == 0)
                    {
                        cubes[l] = minterm[high | lowOnes[l]];
                        continue;
                    }
                    var p = pow3[BitOperations.TrailingZeroCount(lowFree[l])];
                    var a = cubes[l - p];
                    var b = cubes[l - 2 * p];
                    cubes[l] = (byte)((a & b & 1) | ((a | b) & 2));
                }
            }
            else
            {
                var shift = pow3[BitOperations.TrailingZeroCount(highFree[h])] * block;
                Union(flags.AsSpan(h * block - shift, block), flags.AsSpan(h * block - 2 * shift, block), cubes);
            }
        }

        // A cube is prime when it is allowed, holds an on-set row, and freeing any fixed digit leaves the allowed cubes.
        var primes = new List<Implicant>();
        var full = rows - 1;
        for (var h = 0; h < highFree.Length; h++)
        {
            var cubes = flags.AsSpan(h * block, block);
            if (!cubes.Contains((byte)3)) continue;
            var free = highFree[h] << lowDigits;
            var ones = highOnes[h] << lowDigits;
            for (var l = 0; l < block; l++)
            {
                if (cubes[l] != 3) continue;
                var t = h * block + l;
                var cubeFree = free | lowFree[l];
                var cubeOnes = ones | lowOnes[l];
                var prime = true;
                for (var j = 0; j < k && prime; j++)
                {
                    var bit = 1 << j;
                    if ((cubeFree & bit) != 0) continue;
                    var raise = (cubeOnes & bit) != 0 ? pow3[j] : 2 * pow3[j];
                    if ((flags[t + raise] & 1) != 0) prime = false;
                }
                if (prime) primes.Add(new Implicant(full & ~cubeFree, cubeOnes));
            }
        }
        primes.Sort((x, y) => Implicant.CompareForDisplay(x, y, k));
        return primes;
    }

    private static int CheckRow(int m, int rows) =>
        m >= 0 && m < rows ? m : throw new ArgumentOutOfRangeException(nameof(m), m, $"row index outside 0..{rows - 1}");

    /// <summary>Free-digit and one-digit bitmasks of every ternary number with <paramref name="n"/> digits.</summary>
    private static (int[] Free, int[] Ones) Digits(int n)
    {
        var count = 1;
        for (var i = 0; i < n; i++) count *= 3;
        var free = new int[count];
        var ones = new int[count];
        for (var t = 0; t < count; t++)
        {
            var rest = t;
            for (var i = 0; i < n; i++, rest /= 3)
            {
                if (rest % 3 == 1) ones[t] |= 1 << i;
                else if (rest % 3 == 2) free[t] |= 1 << i;
            }
        }
        return (free, ones);
    }

    /// <summary>Flags of the union of two cubes, eight cubes per machine word: allowed in both, on-set in either.</summary>
    private static void Union(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<byte> target)
    {
        var words = a.Length / 8;
        var wa = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(a[..(words * 8)]);
        var wb = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(b[..(words * 8)]);
        var wt = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(target[..(words * 8)]);
        for (var i = 0; i < words; i++)
        {
            wt[i] = (wa[i] & wb[i] & 0x0101010101010101UL) | ((wa[i] | wb[i]) & 0x0202020202020202UL);
        }
        for (var i = words * 8; i < a.Length; i++)
        {
            target[i] = (byte)((a[i] & b[i] & 1) | ((a[i] | b[i]) & 2));
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
