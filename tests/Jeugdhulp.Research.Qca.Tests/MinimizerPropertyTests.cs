using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Jeugdhulp.Research.Qca;

namespace Jeugdhulp.Research.Qca.Tests;

public class MinimizerPropertyTests
{
    private static bool CoversExactly(IEnumerable<Implicant> terms, RandomTruthTable t, bool allowRemainders)
    {
        var list = terms.ToArray();
        for (var row = 0; row < t.Kinds.Length; row++)
        {
            var covered = list.Any(p => p.Covers(row));
            var ok = t.Kinds[row] switch
            {
                1 => covered,
                0 => !covered,
                _ => allowRemainders || !covered,
            };
            if (!ok) return false;
        }
        return true;
    }

    [Property(Arbitrary = [typeof(TruthTableArbitraries)], MaxTest = 200)]
    public bool Conservative_solution_is_logically_equivalent_to_the_positive_rows(RandomTruthTable t)
    {
        var result = Minimizer.Minimize(t.Conditions, t.OnSet, [], maxSolutions: 4);
        return t.OnSet.Length == 0
            ? result.Solutions.Count == 0
            : result.Solutions.Count > 0 && result.Solutions.All(s => CoversExactly(s, t, allowRemainders: false));
    }

    [Property(Arbitrary = [typeof(TruthTableArbitraries)], MaxTest = 200)]
    public bool Parsimonious_solution_covers_every_positive_row_and_no_negative_row(RandomTruthTable t)
    {
        var result = Minimizer.Minimize(t.Conditions, t.OnSet, t.Remainders, maxSolutions: 4);
        return t.OnSet.Length == 0
            ? result.Solutions.Count == 0
            : result.Solutions.Count > 0 && result.Solutions.All(s => CoversExactly(s, t, allowRemainders: true));
    }

    [Property(Arbitrary = [typeof(TruthTableArbitraries)], MaxTest = 200)]
    public Property Parsimonious_terms_are_never_longer_than_conservative_terms(RandomTruthTable t) =>
        Prop.When(t.OnSet.Length > 0, () => ParsimoniousNoLonger(t)); // no positive row: no terms to compare, discarded

    private static bool ParsimoniousNoLonger(RandomTruthTable t)
    {
        var conservative = Minimizer.Minimize(t.Conditions, t.OnSet, [], maxSolutions: 4);
        var parsimonious = Minimizer.Minimize(t.Conditions, t.OnSet, t.Remainders, maxSolutions: 4);
        // Every conservative term lies inside a parsimonious prime implicant with no more literals,
        // so parsimonious models never need more terms than conservative ones.
        var expandable = conservative.PrimeImplicants.All(c =>
            parsimonious.PrimeImplicants.Any(p => p.Contains(c) && p.LiteralCount <= c.LiteralCount));
        var fewerTerms = parsimonious.Solutions[0].Count <= conservative.Solutions[0].Count;
        return expandable && fewerTerms;
    }

    [Property(Arbitrary = [typeof(TruthTableArbitraries)], MaxTest = 200)]
    public bool Prime_implicants_cover_the_on_set_and_are_prime(RandomTruthTable t)
    {
        var pis = Minimizer.PrimeImplicants(t.Conditions, t.OnSet, t.Remainders);
        var coversOnSet = t.OnSet.All(m => pis.Any(p => p.Covers(m)));
        var implicants = pis.All(p => t.OffSet.All(m => !p.Covers(m)));
        var prime = pis.All(p => Enumerable.Range(0, t.Conditions).Where(b => (p.Care & (1 << b)) != 0).All(b =>
        {
            var wider = new Implicant(p.Care & ~(1 << b), p.Value & ~(1 << b));
            return t.OffSet.Any(wider.Covers);
        }));
        var useful = pis.All(p => t.OnSet.Any(p.Covers));
        return coversOnSet && implicants && prime && useful && pis.Distinct().Count() == pis.Count;
    }

    [Property(Arbitrary = [typeof(TruthTableArbitraries)], MaxTest = 100)]
    public bool Prime_implicants_match_naive_enumeration_of_all_cubes(RandomTruthTable t)
    {
        var fast = Minimizer.PrimeImplicants(t.Conditions, t.OnSet, t.Remainders).ToHashSet();
        var naive = NaivePrimeImplicants(t).ToHashSet();
        return fast.SetEquals(naive);
    }

    /// <summary>
    /// Tables without positive rows (nothing to cover) and tables with more than 20 prime implicants (brute force too
    /// slow; rare at 4 conditions) are discarded, not counted as passes.
    /// </summary>
    [Property(Arbitrary = [typeof(SmallTruthTableArbitraries)], MaxTest = 200)]
    public Property All_tied_minimal_covers_match_brute_force(RandomTruthTable t)
    {
        var result = Minimizer.Minimize(t.Conditions, t.OnSet, t.Remainders, maxSolutions: 10_000);
        var pis = result.PrimeImplicants.ToArray();
        return Prop.When(t.OnSet.Length > 0 && pis.Length <= 20, () => BruteForceAgrees(t, result, pis));
    }

    private static bool BruteForceAgrees(RandomTruthTable t, MinimizationResult result, Implicant[] pis)
    {
        var brute = new List<HashSet<Implicant>>();
        for (var size = 1; size <= pis.Length && brute.Count == 0; size++)
        {
            foreach (var subset in Subsets(pis.Length, size))
            {
                var chosen = subset.Select(i => pis[i]).ToArray();
                if (t.OnSet.All(m => chosen.Any(p => p.Covers(m)))) brute.Add(chosen.ToHashSet());
            }
        }
        return !result.Truncated
            && result.Solutions.Count == brute.Count
            && result.Solutions.All(s => brute.Any(b => b.SetEquals(s)));
    }

    private static IEnumerable<Implicant> NaivePrimeImplicants(RandomTruthTable t)
    {
        var k = t.Conditions;
        var full = (1 << k) - 1;
        bool Valid(Implicant c) => Enumerable.Range(0, 1 << k).Where(c.Covers).All(m => t.Kinds[m] != 0);
        for (var care = 0; care <= full; care++)
        {
            for (var value = 0; value <= full; value++)
            {
                if ((value & ~care) != 0) continue;
                var cube = new Implicant(care, value);
                if (!Valid(cube) || !t.OnSet.Any(cube.Covers)) continue;
                var prime = Enumerable.Range(0, k).Where(b => (care & (1 << b)) != 0)
                    .All(b => !Valid(new Implicant(care & ~(1 << b), value & ~(1 << b))));
                if (prime) yield return cube;
            }
        }
    }

    private static IEnumerable<int[]> Subsets(int n, int size)
    {
        var idx = Enumerable.Range(0, size).ToArray();
        while (true)
        {
            yield return (int[])idx.Clone();
            var i = size - 1;
            while (i >= 0 && idx[i] == n - size + i) i--;
            if (i < 0) yield break;
            idx[i]++;
            for (var j = i + 1; j < size; j++) idx[j] = idx[j - 1] + 1;
        }
    }
}
