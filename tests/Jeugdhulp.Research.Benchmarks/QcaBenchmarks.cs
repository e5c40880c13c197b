using System.Diagnostics;
using System.Globalization;
using Jeugdhulp.Research.Qca;

namespace Jeugdhulp.Research.Benchmarks;

/// <summary>
/// QCA suite: exact minimisation (prime implicants + all minimum covers) of seeded random truth tables with
/// 12 and 15 conditions, remainders as don't-cares (parsimonious solution), best of several repetitions.
/// Baseline: one read pass over the same truth table (classifying every row and collecting the on-set and
/// remainders), so the ratio shows what the minimisation costs on top of merely looking at the table.
/// Sparse tables are study-like (few observed configurations); dense tables (30 % positive, 20 % negative)
/// have charts whose LP relaxation leaves a wide gap, so their exact cover runs under a node budget and
/// reports the bounds it proved when the budget runs out (never an unproven cover as minimal).
/// </summary>
public static class QcaBenchmarks
{
    /// <summary>Entry point for <c>benchmarks qca [--repetitions N] [--dense-nodes N]</c>.</summary>
    public static int Run(string[] args)
    {
        var repetitions = 5;
        var denseNodes = 100L;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--repetitions") repetitions = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            if (args[i] == "--dense-nodes") denseNodes = long.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }

        Console.WriteLine($"qca benchmarks: best of {repetitions}; ratio = minimisation time / read-pass time (lower is better)");
        Console.WriteLine($"runtime {Environment.Version}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
        Console.WriteLine();

        var rows = new List<Summary>
        {
            Scenario("sparse", 12, positive: 0.01, negative: 0.01, seed: 12, repetitions, long.MaxValue),
            Scenario("sparse", 15, positive: 0.002, negative: 0.002, seed: 15, Math.Min(repetitions, 3), long.MaxValue),
            Scenario("medium", 12, positive: 0.03, negative: 0.03, seed: 12, Math.Min(repetitions, 3), long.MaxValue),
            Scenario("dense", 12, positive: 0.30, negative: 0.20, seed: 112, 1, denseNodes),
            Scenario("dense", 15, positive: 0.30, negative: 0.20, seed: 115, 1, denseNodes),
        };

        Console.WriteLine("summary (total = prime implicants + all minimum covers, up to the default cap of " +
            $"{Minimizer.DefaultMaxSolutions} tied models, '+' = more exist):");
        Console.WriteLine($"  {"table",-10} {"k",3} {"positive",9} {"PIs",7} {"PI ms",9} {"total ms",10}  result");
        foreach (var r in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {r.Kind,-10} {r.Conditions,3} {r.Positive,9} {r.PrimeImplicants,7} {r.PrimeMs,9:0.0} {r.CoverMs,10:0.0}  {r.Result}"));
        }
        return 0;
    }

    private sealed record Summary(string Kind, int Conditions, int Positive, int PrimeImplicants, double PrimeMs, double CoverMs, string Result);

    private static Summary Scenario(string kind, int k, double positive, double negative, int seed, int repetitions, long maxNodes)
    {
        var kinds = RandomTable(k, positive, negative, seed);
        var on = kinds.Count(x => x == 1);
        var off = kinds.Count(x => x == 0);
        Console.WriteLine($"{kind} {k} conditions, {kinds.Length} rows: {on} positive, {off} negative, {kinds.Length - on - off} remainders (seed {seed}):");
        var read = Time(repetitions, () => ReadPass(kinds).On.Length);
        Report("read pass", read, read, "");
        var (onSet, dontCares) = ReadPass(kinds);
        var piCount = 0;
        var pis = Time(repetitions, () => piCount = Minimizer.PrimeImplicants(k, onSet, dontCares).Count);
        Report("prime implicants", pis, read, $"{piCount} prime implicants");
        string result;
        TimeSpan full;
        var attempt = Stopwatch.StartNew();
        try
        {
            MinimizationResult? minimised = null;
            full = Time(repetitions, () => (minimised = Minimizer.Minimize(k, onSet, dontCares, maxNodes: maxNodes)).Solutions.Count);
            result = $"{minimised!.Solutions.Count}{(minimised.Truncated ? "+" : "")} minimal models of {minimised.Solutions[0].Count} terms";
        }
        catch (CoverBudgetExceededException ex)
        {
            full = attempt.Elapsed; // the warm-up run, which is the only one when the budget runs out
            result = $"not proven within {ex.Nodes} nodes: minimum between {ex.LowerBound} and {ex.BestFound} terms";
        }
        Report("exact minimisation (PIs + all minimum covers)", full, read, result);
        Console.WriteLine();
        return new Summary(kind, k, on, piCount, pis.TotalMilliseconds, full.TotalMilliseconds, result);
    }

    private static int[] RandomTable(int k, double positive, double negative, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, 1 << k)
            .Select(_ => rng.NextDouble() is var x && x < positive ? 1 : x < positive + negative ? 0 : -1)
            .ToArray();
    }

    private static (int[] On, int[] DontCares) ReadPass(int[] kinds)
    {
        var on = new List<int>();
        var dc = new List<int>();
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == 1) on.Add(i);
            else if (kinds[i] == -1) dc.Add(i);
        }
        return (on.ToArray(), dc.ToArray());
    }

    /// <summary>Best of <paramref name="repetitions"/> after a warm-up run (JIT, caches).</summary>
    private static TimeSpan Time(int repetitions, Func<int> action)
    {
        action(); // warm-up (JIT, caches)
        var sw = new Stopwatch();
        var best = TimeSpan.MaxValue;
        for (var r = 0; r < repetitions; r++)
        {
            sw.Restart();
            action();
            sw.Stop();
            if (sw.Elapsed < best) best = sw.Elapsed;
        }
        return best;
    }

    private static void Report(string name, TimeSpan time, TimeSpan baseline, string note)
    {
        var ratio = time.TotalMilliseconds / Math.Max(baseline.TotalMilliseconds, 1e-6);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-48} {time.TotalMilliseconds,10:0.000} ms  x{ratio,10:0.0}  {note}").TrimEnd());
    }
}
