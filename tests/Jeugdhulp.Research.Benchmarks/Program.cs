// Usage: dotnet run -c Release --project tests/Jeugdhulp.Research.Benchmarks -- <suite>
// Each suite measures the toolkit and its baseline side by side in one run and prints ratios.
var suites = new Dictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    ["reliability"] = Jeugdhulp.Research.Benchmarks.ReliabilityBenchmarks.Run,
    ["qca"] = Jeugdhulp.Research.Benchmarks.QcaBenchmarks.Run,
    ["assistant"] = Jeugdhulp.Research.Benchmarks.AssistantBenchmarks.Run,
    ["workbench"] = Jeugdhulp.Research.Benchmarks.WorkbenchBenchmarks.Run,
};
if (args.Length == 0 || !suites.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: benchmarks <{string.Join('|', suites.Keys)}> [options]");
    return 2;
}
return run(args[1..]);
