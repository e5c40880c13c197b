using System.Diagnostics;
using System.Globalization;
using Jeugdhulp.Research.Reliability;
using Xunit.Abstractions;

namespace Jeugdhulp.Research.Reliability.Tests;

/// <summary>Compares Cohen's kappa with scikit-learn's cohen_kappa_score run by Debian's python3-sklearn.</summary>
public class SklearnCrossCheckTests(ITestOutputHelper output)
{
    private const string Script = """
        import sys
        from sklearn.metrics import cohen_kappa_score
        for path in sys.argv[1:]:
            a, b = [], []
            with open(path, encoding="utf-8") as f:
                for line in f:
                    x, y = line.rstrip("\n").split(",")
                    a.append(x); b.append(y)
            if all(v.lstrip("-").isdigit() for v in a + b):
                a = [int(v) for v in a]; b = [int(v) for v in b]
            print(repr(float(cohen_kappa_score(a, b))), repr(float(cohen_kappa_score(a, b, weights="linear"))),
                  repr(float(cohen_kappa_score(a, b, weights="quadratic"))))
        """;

    [SklearnFact]
    public void Cohen_kappa_equals_sklearn_cohen_kappa_score_on_random_data()
    {
        // Reached without sklearn only on CI (elsewhere SklearnFact skips the test with the reason): fail, naming it.
        Prerequisite.Require(Prerequisite.SklearnMissing());

        var random = new Random(12345);
        var cases = new List<(string[] A, string[] B)>();
        foreach (var (n, k) in new[] { (50, 2), (500, 3), (2000, 6), (5000, 11), (300, 25) })
        {
            var a = new string[n];
            var b = new string[n];
            for (var i = 0; i < n; i++)
            {
                var x = random.Next(k);
                // Correlated coders: b often copies a, otherwise a nearby or random category.
                var y = random.NextDouble() < 0.5 ? x : random.NextDouble() < 0.5 ? Math.Clamp(x + random.Next(-1, 2), 0, k - 1) : random.Next(k);
                a[i] = (x * 3 + 1).ToString(CultureInfo.InvariantCulture); // gaps in the numeric labels: weights use positions
                b[i] = (y * 3 + 1).ToString(CultureInfo.InvariantCulture);
            }
            cases.Add((a, b));
        }
        var letters = Enumerable.Range(0, 400).Select(_ => ("lbl" + (char)('a' + random.Next(7)), "lbl" + (char)('a' + random.Next(7)))).ToArray();
        cases.Add((letters.Select(p => p.Item1).ToArray(), letters.Select(p => p.Item2).ToArray()));

        var dir = Directory.CreateTempSubdirectory("jhr-sklearn-");
        try
        {
            var files = new List<string>();
            for (var c = 0; c < cases.Count; c++)
            {
                var path = Path.Combine(dir.FullName, $"case{c}.csv");
                File.WriteAllLines(path, cases[c].A.Zip(cases[c].B, (x, y) => x + "," + y));
                files.Add(path);
            }
            var lines = RunPython(files);
            Assert.Equal(cases.Count, lines.Length);
            for (var c = 0; c < cases.Count; c++)
            {
                var expected = lines[c].Split(' ').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                var matrix = RatingsMatrix.FromPairs(cases[c].A, cases[c].B);
                var actual = new[] { CohenWeighting.None, CohenWeighting.Linear, CohenWeighting.Quadratic }
                    .Select(w => CohenKappa.Compute(matrix, w).Value).ToArray();
                output.WriteLine($"case {c}: sklearn {string.Join(" ", expected)} ours {string.Join(" ", actual.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))}");
                for (var w = 0; w < 3; w++) Assert.Equal(expected[w], actual[w], 1e-12);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string[] RunPython(IEnumerable<string> files)
    {
        var info = new ProcessStartInfo(Prerequisite.PythonPath) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(Script);
        foreach (var f in files) info.ArgumentList.Add(f);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"python failed: {stderr}");
        return stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
