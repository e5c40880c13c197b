using System.Diagnostics;
using System.Globalization;
using Jeugdhulp.Research.Reliability;

namespace Jeugdhulp.Research.Benchmarks;

/// <summary>
/// Reliability suite: each coefficient timed against a baseline measured in the same run on the same input,
/// best of several repetitions, printed as ratios (not pass/fail tests: timings depend on the machine).
/// Baseline for the matrix coefficients: one pass that only reads every cell once (sums them).
/// Baseline for Cohen's kappa: scikit-learn's cohen_kappa_score on the same labels, timed inside python.
/// </summary>
public static class ReliabilityBenchmarks
{
    private const string Python = "/usr/bin/python3";

    /// <summary>Entry point for <c>benchmarks reliability [--repetitions N]</c>.</summary>
    public static int Run(string[] args)
    {
        var repetitions = 7;
        for (var i = 0; i < args.Length - 1; i++)
            if (args[i] == "--repetitions") repetitions = int.Parse(args[i + 1], CultureInfo.InvariantCulture);

        Console.WriteLine($"reliability benchmarks: best of {repetitions}; ratio = coefficient time / baseline time (lower is better)");
        Console.WriteLine($"runtime {Environment.Version}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
        Console.WriteLine();

        var large = StudyMatrix(units: 1_000_000, coders: 5, categories: 6, seed: 1);
        Console.WriteLine("1,000,000 units x 5 coders, 6 categories, 2% missing:");
        var read = Time(repetitions, 1, () => SumCells(large));
        Report("read pass (sum of cells)", read, read);
        Report("alpha-nominal", Time(repetitions, 1, () => KrippendorffAlpha.Compute(large, AlphaMetric.Nominal).Value), read);
        Report("fleiss (overall + per category)", Time(repetitions, 1, () => FleissKappa.Compute(large).Value), read);
        Report("alpha-ordinal", Time(repetitions, 1, () => KrippendorffAlpha.Compute(large, AlphaMetric.Ordinal).Value), read);
        Report("alpha-interval", Time(repetitions, 1, () => KrippendorffAlpha.Compute(large, AlphaMetric.Interval).Value), read);
        Console.WriteLine();

        var wide = IntervalMatrix(units: 10_000, distinct: 500, seed: 2);
        Console.WriteLine($"10,000 units x 2 coders, {wide.CategoryCount} distinct interval values:");
        const int inner = 200;
        var readWide = Time(repetitions, inner, () => SumCells(wide));
        Report("read pass (sum of cells)", readWide, readWide);
        Report("alpha-interval", Time(repetitions, inner, () => KrippendorffAlpha.Compute(wide, AlphaMetric.Interval).Value), readWide);
        Report("alpha-ordinal", Time(repetitions, inner, () => KrippendorffAlpha.Compute(wide, AlphaMetric.Ordinal).Value), readWide);
        Report("alpha-ratio", Time(repetitions, 5, () => KrippendorffAlpha.Compute(wide, AlphaMetric.Ratio).Value), readWide);
        Report("alpha-nominal", Time(repetitions, inner, () => KrippendorffAlpha.Compute(wide, AlphaMetric.Nominal).Value), readWide);
        Console.WriteLine($"  (a values^2 x units coincidence table would be {500L * 500 * 10_000 * 8 / 1_000_000:N0} MB; a values^2 table {500 * 500 * 8 / 1000:N0} kB)");
        Console.WriteLine();

        CohenAgainstSklearn(repetitions);
        return 0;
    }

    private readonly record struct Timing(double Seconds, long AllocatedBytes, double Value);

    private static Timing Time(int repetitions, int inner, Func<double> action)
    {
        var value = action(); // warm-up (JIT, tiered compilation)
        for (var i = 0; i < 2; i++) action();
        var best = double.MaxValue;
        long allocated = 0;
        for (var r = 0; r < repetitions; r++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < inner; i++) value = action();
            watch.Stop();
            allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / inner;
            best = Math.Min(best, watch.Elapsed.TotalSeconds / inner);
        }
        return new Timing(best, allocated, value);
    }

    private static void Report(string name, Timing timing, Timing baseline) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-34} {timing.Seconds * 1000,10:F3} ms  ratio {timing.Seconds / baseline.Seconds,6:F2}x  allocated {timing.AllocatedBytes,12:N0} B  value {timing.Value:F6}"));

    private static double SumCells(RatingsMatrix matrix)
    {
        long sum = 0;
        foreach (var v in matrix.Cells) sum += v;
        return sum;
    }

    /// <summary>Coders who see a true category and deviate 30% of the time; 2% of cells missing.</summary>
    private static RatingsMatrix StudyMatrix(int units, int coders, int categories, int seed)
    {
        var random = new Random(seed);
        var cells = new int[units * coders];
        for (var u = 0; u < units; u++)
        {
            var truth = random.Next(categories);
            for (var c = 0; c < coders; c++)
            {
                var roll = random.Next(100);
                cells[u * coders + c] = roll < 2 ? RatingsMatrix.Missing : roll < 30 ? random.Next(categories) : truth;
            }
        }
        var labels = Enumerable.Range(1, categories).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();
        return RatingsMatrix.FromCodes(cells, coders, labels);
    }

    private static RatingsMatrix IntervalMatrix(int units, int distinct, int seed)
    {
        var random = new Random(seed);
        var cells = new int[units * 2];
        for (var u = 0; u < units; u++)
        {
            var truth = random.Next(distinct);
            cells[2 * u] = truth;
            cells[2 * u + 1] = Math.Clamp(truth + random.Next(-20, 21), 0, distinct - 1);
        }
        var values = Enumerable.Range(0, distinct).Select(i => 0.5 * i).ToArray();
        return RatingsMatrix.FromCodes(cells, 2, values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToArray(), values);
    }

    private static void CohenAgainstSklearn(int repetitions)
    {
        const int n = 1_000_000;
        var random = new Random(3);
        var codes = new int[2 * n];
        for (var i = 0; i < n; i++)
        {
            var a = random.Next(6);
            codes[2 * i] = a;
            codes[2 * i + 1] = random.Next(100) < 60 ? a : random.Next(6);
        }
        var labels = Enumerable.Range(1, 6).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var matrix = RatingsMatrix.FromCodes(codes, 2, labels);
        Console.WriteLine("Cohen's kappa on 1,000,000 label pairs (6 categories):");
        var plain = Time(repetitions, 1, () => CohenKappa.Compute(matrix).Value);
        var quadratic = Time(repetitions, 1, () => CohenKappa.Compute(matrix, CohenWeighting.Quadratic).Value);
        var stringsA = new string[n];
        var stringsB = new string[n];
        for (var i = 0; i < n; i++)
        {
            stringsA[i] = labels[codes[2 * i]];
            stringsB[i] = labels[codes[2 * i + 1]];
        }
        var fromStrings = Time(Math.Min(repetitions, 3), 1, () => CohenKappa.FromLabels(stringsA, stringsB).Value);

        var file = Path.Combine(Path.GetTempPath(), $"jhr-cohen-{Environment.ProcessId}.txt");
        try
        {
            using (var writer = new StreamWriter(file))
                for (var i = 0; i < n; i++) writer.Write($"{codes[2 * i] + 1} {codes[2 * i + 1] + 1}\n");
            var sklearn = SklearnSeconds(file, repetitions);
            if (sklearn is null)
            {
                Console.WriteLine($"  ours: {plain.Seconds * 1000:F3} ms (unweighted), {quadratic.Seconds * 1000:F3} ms (quadratic); sklearn not available at {Python}, no ratio");
                return;
            }
            var (plainSk, quadSk, plainValue) = sklearn.Value;
            string Line(string what, Timing ours, double theirs) => string.Create(CultureInfo.InvariantCulture,
                $"  {what,-34} ours {ours.Seconds * 1000,9:F3} ms  sklearn {theirs * 1000,9:F3} ms  speed-up {theirs / ours.Seconds,7:F1}x  allocated {ours.AllocatedBytes,10:N0} B");
            Console.WriteLine(Line("unweighted (int codes)", plain, plainSk));
            Console.WriteLine(Line("quadratic (int codes)", quadratic, quadSk));
            Console.WriteLine(Line("unweighted (from string labels)", fromStrings, plainSk));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  values: ours {plain.Value:R}  sklearn {plainValue:R}"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Best-of-N seconds of cohen_kappa_score (unweighted, quadratic) measured with time.perf_counter inside python.</summary>
    private static (double Plain, double Quadratic, double Value)? SklearnSeconds(string file, int repetitions)
    {
        if (!File.Exists(Python)) return null;
        const string script = """
            import sys, time
            import numpy as np
            try:
                from sklearn.metrics import cohen_kappa_score
            except ImportError:
                print("missing"); sys.exit(0)
            data = np.loadtxt(sys.argv[1], dtype=np.int64)
            a, b = data[:, 0].copy(), data[:, 1].copy()
            reps = int(sys.argv[2])
            def best(**kw):
                t = float("inf"); v = None
                for _ in range(reps):
                    s = time.perf_counter(); v = cohen_kappa_score(a, b, **kw); t = min(t, time.perf_counter() - s)
                return t, v
            tp, vp = best()
            tq, _ = best(weights="quadratic")
            print(repr(tp), repr(tq), repr(float(vp)))
            """;
        var info = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(file);
        info.ArgumentList.Add(repetitions.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0 || output == "missing" || output.Length == 0)
        {
            Console.WriteLine($"  sklearn run failed: {output} {error.Result}".TrimEnd());
            return null;
        }
        var parts = output.Split(' ').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        return (parts[0], parts[1], parts[2]);
    }
}
