using System.Diagnostics;
using System.Globalization;
using Jeugdhulp.Research.Qca;

namespace Jeugdhulp.Research.Benchmarks;

/// <summary>
/// QCA suite: exact minimisation (prime implicants + all minimum covers) of seeded random truth tables with
/// 12 and 15 conditions, remainders as don't-cares (parsimonious solution), best of several repetitions.
/// Baseline: one read pass over the same truth table (classifying every row and collecting the on-set and
/// remainders), so the ratio shows what the minimisation costs on top of merely looking at the table.
/// </summary>
public static class QcaBenchmarks
{
    /// <summary>Entry point for <c>benchmarks qca [--repetitions N] [--dense-cover]</c>.</summary>
    public static int Run(string[] args)
    {
        var repetitions = 5;
        for (var i = 0; i < args.Length - 1; i++)
            if (args[i] == "--repetitions") repetitions = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        var denseCover = args.Contains("--dense-cover");

        Console.WriteLine($"qca benchmarks: best of {repetitions}; ratio = minimisation time / read-pass time (lower is better)");
        Console.WriteLine($"runtime {Environment.Version}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
        Console.WriteLine();

        // Study-like tables: few observed configurations, almost all rows are remainders.
        Scenario(12, positive: 0.01, negative: 0.01, seed: 12, repetitions, fullCover: true);
        Scenario(15, positive: 0.002, negative: 0.002, seed: 15, Math.Min(repetitions, 3), fullCover: true);
        // Dense tables (30 % positive, 20 % negative, 50 % remainders): prime implicants always; the exact
        // minimum cover only with --dense-cover (NP-hard; can run for a long time).
        Scenario(12, positive: 0.30, negative: 0.20, seed: 112, repetitions, fullCover: denseCover);
        Scenario(15, positive: 0.30, negative: 0.20, seed: 115, Math.Min(repetitions, 3), fullCover: denseCover);
        return 0;
    }

    private static void Scenario(int k, double positive, double negative, int seed, int repetitions, bool fullCover)
    {
        var kinds = RandomTable(k, positive, negative, seed);
        var on = kinds.Count(x => x == 1);
        var off = kinds.Count(x => x == 0);
        Console.WriteLine($"{k} conditions, {kinds.Length} rows: {on} positive, {off} negative, {kinds.Length - on - off} remainders (seed {seed}):");
        var read = Time(repetitions, () => ReadPass(kinds).On.Length);
        Report("read pass", read, read, "");
        var (onSet, dontCares) = ReadPass(kinds);
        var piCount = 0;
        var pis = Time(repetitions, () => piCount = Minimizer.PrimeImplicants(k, onSet, dontCares).Count);
        Report("prime implicants", pis, read, $"{piCount} prime implicants");
        if (fullCover)
        {
            MinimizationResult? result = null;
            var full = Time(repetitions, () => (result = Minimizer.Minimize(k, onSet, dontCares)).Solutions.Count);
            Report("exact minimisation (PIs + all minimum covers)", full, read,
                $"{result!.PrimeImplicants.Count} prime implicants, {result.Solutions.Count}{(result.Truncated ? "+" : "")} minimal models of {result.Solutions[0].Count} terms");
        }
        else
        {
            Console.WriteLine("  exact minimum cover: skipped (pass --dense-cover to run it)");
        }
        Console.WriteLine();
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

    private static TimeSpan Time(int repetitions, Func<int> action)
    {
        action(); // warm-up (JIT, caches)
        var best = TimeSpan.MaxValue;
        for (var r = 0; r < repetitions; r++)
        {
            var sw = Stopwatch.StartNew();
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
