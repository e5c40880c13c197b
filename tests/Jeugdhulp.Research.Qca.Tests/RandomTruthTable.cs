using FsCheck;
using FsCheck.Fluent;

namespace Jeugdhulp.Research.Qca.Tests;

/// <summary>A random truth table: per row index 1 (positive), 0 (negative) or -1 (remainder).</summary>
public sealed record RandomTruthTable(int Conditions, int[] Kinds)
{
    public int[] OnSet => Rows(1);

    public int[] OffSet => Rows(0);

    public int[] Remainders => Rows(-1);

    private int[] Rows(int kind) => Enumerable.Range(0, Kinds.Length).Where(i => Kinds[i] == kind).ToArray();

    public override string ToString() => $"k={Conditions}: " + string.Concat(Kinds.Select(x => x switch { 1 => '1', 0 => '0', _ => '-' }));
}

/// <summary>FsCheck generators for random truth tables of 2-8 conditions with varying densities.</summary>
public static class TruthTableArbitraries
{
    public static Arbitrary<RandomTruthTable> Tables() => Tables(2, 8).ToArbitrary();

    public static Gen<RandomTruthTable> Tables(int minConditions, int maxConditions) =>
        from k in Gen.Choose(minConditions, maxConditions)
        from wPos in Gen.Choose(1, 6)
        from wNeg in Gen.Choose(0, 6)
        from wRem in Gen.Choose(0, 8)
        from kinds in Gen.ArrayOf(
            Gen.Frequency((wPos, Gen.Constant(1)), (wNeg, Gen.Constant(0)), (wRem, Gen.Constant(-1))), 1 << k)
        select new RandomTruthTable(k, kinds);
}

/// <summary>Small tables (2-4 conditions) for brute-force comparisons.</summary>
public static class SmallTruthTableArbitraries
{
    public static Arbitrary<RandomTruthTable> Tables() => TruthTableArbitraries.Tables(2, 4).ToArbitrary();
}
