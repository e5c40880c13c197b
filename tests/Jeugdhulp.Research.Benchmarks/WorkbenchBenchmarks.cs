using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jeugdhulp.Research.Server;

namespace Jeugdhulp.Research.Benchmarks;

/// <summary>
/// Workbench suite (<c>benchmarks workbench</c>): a generated study of 100 transcripts and 5,000 codings served by a
/// real loopback Kestrel. Times, median of many requests, each beside a baseline of the same kind of request doing
/// nothing (an API call the guard accepts and the router answers with 404): opening a source, and a save followed by
/// the classification that reflects it, the assistant's suggestions and the consensus groups of a source. Then 1,000 saves, with the managed heap and working set every 250 saves (memory must stay flat: no growth in proportion to the saves).
/// </summary>
public static class WorkbenchBenchmarks
{
    private const int Sources = 100;
    private const int CodingsPerSource = 50; // 25 per coder: 5,000 in all

    /// <summary>Entry point for <c>benchmarks workbench [--requests N]</c>.</summary>
    public static int Run(string[] args)
    {
        var requests = 50;
        for (var i = 0; i < args.Length - 1; i++)
            if (args[i] == "--requests") requests = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        return RunAsync(requests).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int requests)
    {
        var dir = Generate();
        Console.WriteLine($"workbench benchmarks: {Sources} transcripts, {Sources * CodingsPerSource:N0} codings; median of {requests} requests; ratio = request time / baseline time");
        Console.WriteLine($"runtime {Environment.Version}, {Environment.ProcessorCount} cores");
        await using var bench = await WorkbenchServer.StartAsync(new WorkbenchOptions(dir));
        using var client = new HttpClient { BaseAddress = bench.BaseAddress };
        client.DefaultRequestHeaders.Add(WorkbenchServer.TokenHeader, bench.Token);

        var first = Stopwatch.StartNew();
        (await client.GetAsync("/api/project")).EnsureSuccessStatusCode();
        Console.WriteLine($"first load of the project (parse codebook, 100 sources, 5,000 codings): {first.Elapsed.TotalMilliseconds:F0} ms");

        var baseline = await Median(requests, async _ => { using var r = await client.GetAsync("/api/nothing"); });
        Report("baseline: API request doing nothing", baseline, baseline);
        var open = await Median(requests, async i => (await client.GetAsync($"/api/sources/bron-{i % Sources:D3}?coder=anna")).EnsureSuccessStatusCode());
        Report("open a source (text, turns, codings)", open, baseline);
        var saveAndPanel = await Median(requests, async i =>
        {
            var coder = await Save(client, i);
            (await client.GetAsync($"/api/classification?coder={coder}")).EnsureSuccessStatusCode();
        });
        Report("save a coding + classification panel", saveAndPanel, baseline);
        var panel = await Median(requests, async i =>
        {
            var coder = await Save(client, i);
            var watch = Stopwatch.StartNew();
            (await client.GetAsync($"/api/classification?coder={coder}")).EnsureSuccessStatusCode();
            return watch.Elapsed.TotalMilliseconds;
        });
        Report("classification panel right after a save", panel, baseline);
        var suggestions = await Median(requests, async i => (await client.GetAsync($"/api/suggestions/bron-{i % Sources:D3}?coder=anna")).EnsureSuccessStatusCode());
        Report("suggestions of the assistant for a source", suggestions, baseline);
        var consensus = await Median(requests, async i => (await client.GetAsync($"/api/consensus?source=bron-{i % Sources:D3}")).EnsureSuccessStatusCode());
        Report("consensus groups of a source", consensus, baseline);

        // Memory over 1,000 saves, each followed by the panel (so every save is loaded and classified, as in use).
        Console.WriteLine("memory over 1,000 saves (each save followed by the classification panel): managed heap after a full collection, working set");
        var heap = new List<long>();
        for (var i = 0; i <= 1000; i++)
        {
            if (i % 250 == 0)
            {
                GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
                heap.Add(GC.GetTotalMemory(true));
                Console.WriteLine($"  after {i,5:N0} saves: managed heap {heap[^1] / 1e6,7:F1} MB, working set {Environment.WorkingSet / 1e6,7:F1} MB");
            }
            if (i == 1000) break;
            var coder = await Save(client, requests + i);
            (await client.GetAsync($"/api/classification?coder={coder}")).EnsureSuccessStatusCode();
        }
        Console.WriteLine($"  growth of the managed heap from 250 to 1,000 saves: x{(double)heap[^1] / heap[1]:F2} (the study grew by 1,000 codings, {1000.0 / (Sources * CodingsPerSource):P0})");
        Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true);
        return 0;
    }

    private static int _saved;

    /// <summary>
    /// Adds one coding on the current version of the coder's file, anna and bram in turn, and says whose it was: save n
    /// codes sentence n / 100 of source n % 100, so no two saves code the same passage.
    /// </summary>
    private static async Task<string> Save(HttpClient client, int i)
    {
        _ = i;
        var n = Interlocked.Increment(ref _saved);
        var coder = n % 2 == 0 ? "bram" : "anna";
        var id = $"bron-{n % Sources:D3}";
        var source = await client.GetFromJsonAsync<JsonElement>($"/api/sources/{id}?coder={coder}");
        var version = source.GetProperty("versions").GetProperty(coder).GetString();
        var text = source.GetProperty("text").GetString()!;
        var start = text.IndexOf("Zin " + (n / Sources % 200).ToString(CultureInfo.InvariantCulture) + " ", StringComparison.Ordinal);
        using var response = await client.PostAsJsonAsync("/api/codings", new
        {
            coder, version, source = id, start, end = start + 3, code = "kenmerk.weten", value = "+", unit = "stad.aanbieder",
        });
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
        return coder;
    }

    private static Task<double> Median(int count, Func<int, Task> request) =>
        Median(count, async i =>
        {
            var watch = Stopwatch.StartNew();
            await request(i);
            return watch.Elapsed.TotalMilliseconds;
        });

    /// <summary>The median of <paramref name="count"/> timings, each reported by the request itself (after three warm-ups).</summary>
    private static async Task<double> Median(int count, Func<int, Task<double>> timed)
    {
        for (var i = 0; i < 3; i++) await timed(i); // warm-up
        var times = new List<double>();
        for (var i = 0; i < count; i++) times.Add(await timed(i));
        times.Sort();
        return times[times.Count / 2];
    }

    private static void Report(string name, double ms, double baseline) =>
        Console.WriteLine($"  {name,-42} {ms,9:F2} ms  x{ms / baseline,8:F1}");

    /// <summary>A study of 100 interviews of 200 sentences each, 25 codings per source per coder, the codebook copied in.</summary>
    private static string Generate()
    {
        var root = Path.Combine(Path.GetTempPath(), "jhr-workbench-bench-" + Guid.NewGuid().ToString("N"));
        var dir = Path.Combine(root, "studie");
        Directory.CreateDirectory(Path.Combine(dir, "sources"));
        Directory.CreateDirectory(Path.Combine(dir, "codings"));
        File.Copy(FindCodebook(), Path.Combine(dir, "codebook.yaml"));
        File.Copy(FindCodebook().Replace(".yaml", ".lexicon.yaml", StringComparison.Ordinal), Path.Combine(dir, "codebook.lexicon.yaml")); // the assistant's lexicon beside it
        File.WriteAllText(Path.Combine(dir, "project.yaml"), "schema: jhr-coding-project/1\nname: bench\nfictitious: true\ncodebook: codebook.yaml\ncoders: [anna, bram]\n");
        File.WriteAllText(Path.Combine(dir, "cases.csv"), "case,name\nstad,Gemeente Stad\n");
        File.WriteAllText(Path.Combine(dir, "units.csv"), "unit,case,provider,actor_type\nstad.aanbieder,stad,Aanbieder,provider\n");
        var codings = new Dictionary<string, StringBuilder>
        {
            ["anna"] = new("source,start,end,text,code,value,unit,period,coder,account,memo,timestamp,assisted\n"),
            ["bram"] = new("source,start,end,text,code,value,unit,period,coder,account,memo,timestamp,assisted\n"),
        };
        string[] codes = ["reactie.volgen.conformeren", "reactie.vermijden.bufferen", "reactie.trotseren.negeren", "reactie.compromis-sluiten.pacificeren"];
        for (var s = 0; s < Sources; s++)
        {
            var id = $"bron-{s:D3}";
            var body = new StringBuilder("# Interview (FICTIEF)\n\n");
            var sentences = new List<(int Start, int End)>();
            for (var k = 0; k < 200; k++)
            {
                body.Append(k % 2 == 0 ? "**Interviewer:** " : "**Sanne (bestuurder):** ");
                var start = body.Length;
                body.Append("Zin ").Append(k).Append(" over de sturing van de gemeente en wat wij daarmee deden.");
                sentences.Add((start, body.Length));
                body.Append("\n\n");
            }
            var text = body.ToString();
            File.WriteAllText(Path.Combine(dir, "sources", id + ".md"),
                $"---\nid: {id}\nkind: interview\ncase: stad\nunits: [stad.aanbieder]\nperiod: 1\nfictitious: true\n---\n{text}");
            for (var c = 0; c < CodingsPerSource; c++)
            {
                var coder = c % 2 == 0 ? "anna" : "bram";
                var (start, end) = sentences[(c * 4 + 1) % sentences.Count];
                var quoted = text[start..end];
                codings[coder].Append(CultureInfo.InvariantCulture, $"{id},{start},{end},\"{quoted}\",{codes[(s + c) % codes.Length]},,,,{coder},,,,\n");
            }
        }
        foreach (var (coder, content) in codings) File.WriteAllText(Path.Combine(dir, "codings", coder + ".csv"), content.ToString());
        return dir;
    }

    private static string FindCodebook()
    {
        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "codebooks", "jeugdhulp-sturing.yaml");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("Run the benchmark inside the repository: codebooks/jeugdhulp-sturing.yaml not found above the current folder.");
    }
}
