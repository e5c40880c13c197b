using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Jeugdhulp.Research.Qca;

namespace Jeugdhulp.Research.Qca.Tests;

/// <summary>
/// The exact minimiser against a reference that shares no code with it: prime implicants by checking every
/// one of the 3^k cubes, and minimal solutions by trying every combination of prime implicants in order of size.
/// </summary>
public class ExhaustiveReferenceTests
{
    /// <summary>Tables of 2-5 conditions: up to 32 rows, so every combination of implicants can be tried.</summary>
    public static class Tables
    {
        public static Arbitrary<RandomTruthTable> Arbitrary() => TruthTableArbitraries.Tables(2, 5).ToArbitrary();
    }

    // A table the reference cannot try in full (past 3 million combinations, rare at 5 conditions) is discarded
    // with When(false), not counted as a pass; FsCheck fails the property if it has to discard too many.

    [Property(Arbitrary = [typeof(Tables)], MaxTest = 300)]
    public Property Parsimonious_solutions_are_exactly_all_minimal_combinations_of_prime_implicants(RandomTruthTable t) =>
        MatchesReference(t, t.Remainders);

    [Property(Arbitrary = [typeof(Tables)], MaxTest = 300)]
    public Property Conservative_solutions_are_exactly_all_minimal_combinations_of_prime_implicants(RandomTruthTable t) =>
        MatchesReference(t, []);

    /// <summary>Tables without positive rows have no solution to cap and are discarded.</summary>
    [Property(Arbitrary = [typeof(Tables)], MaxTest = 200)]
    public Property A_cap_keeps_only_true_minimal_solutions_and_reports_that_it_cut(RandomTruthTable t, PositiveInt capSeed)
    {
        var reference = t.OnSet.Length == 0 ? null : ReferenceSolutions(t, t.Remainders);
        var cap = 1 + (capSeed.Get % 3);
        return Prop.When(reference is not null, () =>
        {
            var result = Minimizer.Minimize(t.Conditions, t.OnSet, t.Remainders, maxSolutions: cap);
            return result.Solutions.Count == Math.Min(cap, reference!.Count)
                && result.Truncated == (reference.Count > cap)
                && result.Solutions.All(s => reference.Any(r => r.SetEquals(s)));
        });
    }

    [Fact]
    public void A_node_budget_that_is_too_small_stops_with_the_bounds_reached_instead_of_an_unproven_solution()
    {
        // The cyclic function of MinimizerTests has no essential implicant: its LP bound (3) proves the greedy
        // cover of 3 terms minimal at once, but listing both tied solutions needs branching, so one node is too few.
        var ex = Assert.Throws<CoverBudgetExceededException>(() => Minimizer.Minimize(3, [0, 1, 2, 5, 6, 7], [], maxNodes: 1));
        Assert.Equal(1, ex.Nodes);
        Assert.Equal(3, ex.BestFound);
        Assert.Equal(3, ex.LowerBound);
        Assert.Equal("the minimal solutions have 3 terms, but listing all of them did not finish within 1 search nodes", ex.Message);
    }

    private static Property MatchesReference(RandomTruthTable t, int[] dontCares)
    {
        var result = Minimizer.Minimize(t.Conditions, t.OnSet, dontCares, maxSolutions: 100_000);
        if (t.OnSet.Length == 0) return (result.Solutions.Count == 0 && result.PrimeImplicants.Count == 0).ToProperty();
        var kinds = dontCares.Length == 0 ? t.Kinds.Select(x => x == -1 ? 0 : x).ToArray() : t.Kinds;
        var primes = ReferencePrimeImplicants(t.Conditions, kinds);
        var reference = ReferenceSolutions(t, dontCares);
        return Prop.When(reference is not null, () =>
            primes.ToHashSet().SetEquals(result.PrimeImplicants)
            && !result.Truncated
            && result.Solutions.Count == reference!.Count
            && result.Solutions.All(s => s.Count == reference[0].Count && reference.Any(r => r.SetEquals(s))));
    }

    /// <summary>Every cube with no negative row and at least one positive row that no one-literal-shorter cube contains.</summary>
    internal static List<Implicant> ReferencePrimeImplicants(int k, int[] kinds)
    {
        var full = (1 << k) - 1;
        bool Allowed(int care, int value) => Enumerable.Range(0, 1 << k).Where(m => (m & care) == value).All(m => kinds[m] != 0);
        var primes = new List<Implicant>();
        for (var care = 0; care <= full; care++)
        {
            for (var value = care; ; value = (value - 1) & care)
            {
                if (Allowed(care, value)
                    && Enumerable.Range(0, 1 << k).Any(m => (m & care) == value && kinds[m] == 1)
                    && Enumerable.Range(0, k).Where(b => (care & (1 << b)) != 0).All(b => !Allowed(care & ~(1 << b), value & ~(1 << b))))
                {
                    primes.Add(new Implicant(care, value));
                }
                if (value == 0) break;
            }
        }
        return primes;
    }

    /// <summary>All smallest sets of prime implicants covering the positive rows, or null past 3 million combinations.</summary>
    internal static List<HashSet<Implicant>>? ReferenceSolutions(RandomTruthTable t, int[] dontCares)
    {
        var kinds = dontCares.Length == 0 ? t.Kinds.Select(x => x == -1 ? 0 : x).ToArray() : t.Kinds;
        var primes = ReferencePrimeImplicants(t.Conditions, kinds);
        var on = t.OnSet;
        var masks = primes.Select(p => on.Select((m, i) => p.Covers(m) ? 1UL << i : 0).Aggregate(0UL, (a, b) => a | b)).ToArray();
        var all = on.Length == 64 ? ulong.MaxValue : (1UL << on.Length) - 1;
        long tried = 0;
        for (var size = 1; size <= primes.Count; size++)
        {
            var found = new List<HashSet<Implicant>>();
            var idx = Enumerable.Range(0, size).ToArray();
            while (true)
            {
                if (++tried > 3_000_000) return null;
                var union = 0UL;
                foreach (var i in idx) union |= masks[i];
                if (union == all) found.Add(idx.Select(i => primes[i]).ToHashSet());
                var j = size - 1;
                while (j >= 0 && idx[j] == primes.Count - size + j) j--;
                if (j < 0) break;
                idx[j]++;
                for (var l = j + 1; l < size; l++) idx[l] = idx[l - 1] + 1;
            }
            if (found.Count > 0) return found;
        }
        return [];
    }
}
