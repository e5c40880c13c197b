using System.Diagnostics;
using System.Globalization;
using System.Text;
using Jeugdhulp.Research.Assistant;
using Jeugdhulp.Research.Codebooks;

namespace Jeugdhulp.Research.Benchmarks;

/// <summary>
/// Assistant suite: the lexicon pass over a generated corpus (the seed texts repeated and shuffled in blocks of 40
/// lines into 8 MB files under /tmp), single-threaded and on all cores, against <c>LC_ALL=C grep -c -F -i -f TERMS</c>
/// over the same files in the same run (TERMS = the lexicon's phrases as literals; also timed: the phrases' single
/// words, and grep in the user's locale). Prints wall times, ratios to grep and the
/// peak working set; run it at two sizes to see that memory does not grow with the corpus. Then where one thread's
/// time goes (analysis, tokenizer, matcher) and what a substring prefilter in front of the tokenizer could skip.
/// The corpus is deleted afterwards.
/// </summary>
public static class AssistantBenchmarks
{
    private const int FileBytes = 8 * 1024 * 1024;
    private const int BlockLines = 40;

    /// <summary>Entry point for <c>benchmarks assistant [--size-mb N] [--seeds DIR]</c>.</summary>
    public static int Run(string[] args)
    {
        var sizeMb = 1024;
        string? seeds = null;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--size-mb") sizeMb = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            if (args[i] == "--seeds") seeds = args[i + 1];
        }
        var root = FindRoot();
        seeds ??= Path.Combine(Path.GetDirectoryName(root)!, "shared", "seeds");
        var codebook = CodebookLoader.Load(Path.Combine(root, "codebooks", "jeugdhulp-sturing.yaml"));
        var lexicon = LexiconLoader.Load(Path.Combine(root, "codebooks", "jeugdhulp-sturing.lexicon.yaml"), codebook);
        var matcher = new LexiconMatcher(lexicon);

        var dir = Directory.CreateTempSubdirectory("jhr-assistant-bench-");
        try
        {
            Console.WriteLine($"assistant benchmark: lexicon pass vs LC_ALL=C grep -c -F -i -f TERMS; runtime {Environment.Version}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
            var generate = Stopwatch.StartNew();
            var files = Generate(seeds, dir.FullName, (long)sizeMb * 1024 * 1024);
            var bytes = files.Sum(f => new FileInfo(f).Length);
            // TERMS = the lexicon's phrases as literals (the baseline the ratios use); the words of those phrases, one
            // per line, are timed too: common words inside phrases ("het", "voor") make that grep hit nearly every line.
            var phrases = lexicon.LiteralPhrases();
            var literalWords = lexicon.LiteralWords();
            var terms = Path.Combine(dir.FullName, "terms.txt");
            File.WriteAllLines(terms, phrases);
            var words = Path.Combine(dir.FullName, "words.txt");
            File.WriteAllLines(words, literalWords);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"corpus: {files.Count} files, {bytes / 1048576.0:0} MB in {dir.FullName} (generated in {generate.Elapsed.TotalSeconds:0.0} s); lexicon: {lexicon.Terms.Length} terms, {phrases.Count} literal phrases (TERMS), {literalWords.Count} literal words"));
            foreach (var f in files) using (var s = File.OpenRead(f)) s.CopyTo(Stream.Null); // warm the page cache for every contestant

            // grep -i is up to 25x slower in a UTF-8 locale than in the C locale (multibyte case folding), so both are
            // timed; the ratios are to the C locale, the harder baseline (it folds ASCII only, the lexicon folds more).
            var (grep, grepCpu) = TimeGrep(terms, files, "C", out var grepLines);
            var (grepWords, grepWordsCpu) = TimeGrep(words, files, "C", out var grepWordLines);
            var userLocale = Environment.GetEnvironmentVariable("LC_ALL") is { Length: > 0 } lcAll ? lcAll : Environment.GetEnvironmentVariable("LANG") ?? "C";
            var (grepUtf8, grepUtf8Cpu) = userLocale == "C" ? (double.NaN, double.NaN) : TimeGrep(terms, files, null, out _);
            var scanner = new CorpusScanner(matcher);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var single = Stopwatch.StartNew();
            var one = scanner.Scan(files, 1);
            single.Stop();
            var singleCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var all = Stopwatch.StartNew();
            var many = scanner.Scan(files, Environment.ProcessorCount);
            all.Stop();
            var allCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            if (one.Matches != many.Matches) throw new InvalidOperationException("single-threaded and parallel passes disagree");
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;

            Console.WriteLine();
            Console.WriteLine($"{"pass",-44} {"wall s",8} {"MB/s",8} {"x grep",8} {"cpu s",8} {"x grep",8}");
            Row($"LC_ALL=C grep -c -F -i -f TERMS ({grepLines:N0} lines)", grep, grepCpu, bytes, grep, grepCpu);
            Row($"LC_ALL=C grep, words of TERMS ({grepWordLines:N0} lines)", grepWords, grepWordsCpu, bytes, grep, grepCpu);
            if (!double.IsNaN(grepUtf8)) Row($"grep -c -F -i -f TERMS in {userLocale}", grepUtf8, grepUtf8Cpu, bytes, grep, grepCpu);
            Row($"lexicon, 1 thread ({one.Matches:N0} matches)", single.Elapsed.TotalSeconds, singleCpu, bytes, grep, grepCpu);
            Row($"lexicon, {Environment.ProcessorCount} threads", all.Elapsed.TotalSeconds, allCpu, bytes, grep, grepCpu);
            Console.WriteLine($"load average while running: {LoadAverage()} (the machine is shared; cpu s is the time the pass itself used)");
            Console.WriteLine(Breakdown(matcher, files));
            Console.WriteLine(PrefilterEvaluation(lexicon, files));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"words {one.Words:N0}, lines {one.Lines:N0}, page furniture skipped {one.SkippedLines:N0}; peak working set {peak / 1048576.0:0} MB (corpus {bytes / 1048576.0:0} MB)"));
            return 0;
        }
        finally
        {
            dir.Delete(true);
        }
    }

    /// <summary>
    /// Where one thread's time goes, stage by stage over the first 64 MB (cpu s per GB): reading and decoding, the
    /// PDF-text analysis (line roles, headers, hyphenation), the tokenizer alone, and tokenizer plus matcher.
    /// </summary>
    private static string Breakdown(LexiconMatcher matcher, IReadOnlyList<string> files)
    {
        double read = 0, analyse = 0, tokenize = 0, match = 0;
        long chars = 0;
        var matches = new List<TermMatch>();
        static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        foreach (var file in files.Take(8))
        {
            var t = Cpu();
            var text = File.ReadAllText(file);
            read += Cpu() - t;
            t = Cpu();
            var analysed = PdfText.Analyse(text);
            analyse += Cpu() - t;
            t = Cpu();
            var counter = new WordCounter();
            Tokenizer.Scan(analysed, ref counter);
            tokenize += Cpu() - t;
            t = Cpu();
            matches.Clear();
            matcher.Match(analysed, matches);
            match += Cpu() - t;
            chars += text.Length;
        }
        var gb = chars / 1073741824.0;
        return string.Create(CultureInfo.InvariantCulture,
            $"1-thread breakdown, cpu s/GB over the first {chars / 1048576.0:0} MB: read+decode {read / gb:0.00}, PDF-text analysis {analyse / gb:0.00}, tokenizer alone {tokenize / gb:0.00}, tokenizer+matcher {match / gb:0.00}");
    }

    private struct WordCounter : ITokenSink
    {
        public long Words;

        public void Token(ReadOnlySpan<char> folded, int start, int end, int lineIndex) => Words++;
    }

    /// <summary>
    /// Measures the idea of a substring prefilter in front of tokenisation (tokenise only the lines around a hit): one
    /// conservative anchor per term (its longest literal piece that every matching word must contain), all anchors in
    /// one vectorised case-insensitive search over the first 64 MB. It pays only if few lines hold an anchor.
    /// </summary>
    private static string PrefilterEvaluation(Lexicon lexicon, IReadOnlyList<string> files)
    {
        var anchors = lexicon.Terms.Select(t => t.First.Concat(t.Second).Select(Anchor).MaxBy(a => a.Length)!).Distinct(StringComparer.Ordinal).ToArray();
        var search = System.Buffers.SearchValues.Create(anchors, StringComparison.OrdinalIgnoreCase);
        long lines = 0, hitLines = 0, windowLines = 0, chars = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var file in files.Take(8))
        {
            var hits = new List<bool>();
            foreach (var line in File.ReadLines(file))
            {
                chars += line.Length + 1;
                hits.Add(line.AsSpan().IndexOfAny(search) >= 0);
            }
            lines += hits.Count;
            hitLines += hits.Count(h => h);
            // A line is tokenised when it or a neighbour holds an anchor (hyphenation and NEAR windows cross lines).
            for (var i = 0; i < hits.Count; i++)
                if (hits[i] || (i > 0 && hits[i - 1]) || (i + 1 < hits.Count && hits[i + 1])) windowLines++;
        }
        var seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"prefilter evaluation ({anchors.Length} anchors, shortest {string.Join(",", anchors.OrderBy(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).Take(6))}; first {chars / 1048576.0:0} MB): lines with an anchor {100.0 * hitLines / lines:0.0}%, with their neighbours {100.0 * windowLines / lines:0.0}%; search alone {seconds / (chars / 1073741824.0):0.00} cpu s/GB");
    }

    // The piece of a term word that every matching word contains: a wildcard's prefix; for a stemmed word its stem,
    // less the last letter when the stemmer may have undoubled a vowel there ("afspraak" -> "afsprak").
    private static string Anchor(LexiconWord word)
    {
        if (word.IsPrefix) return word.Text;
        var stem = word.Stem!;
        static bool Vowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'è';
        return stem.Length >= 3 && !Vowel(stem[^3]) && stem[^2] is 'a' or 'e' or 'o' or 'u' && !Vowel(stem[^1]) ? stem[..^1] : stem;
    }

    private static void Row(string name, double seconds, double cpu, long bytes, double grep, double grepCpu) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-44} {seconds,8:0.00} {bytes / 1048576.0 / seconds,8:0} {seconds / grep,8:0.00} {cpu,8:0.00} {cpu / grepCpu,8:0.00}"));

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    // grep runs under bash so that bash's `times` can report the CPU time of its child, printed after grep's counts.
    private static (double Wall, double Cpu) TimeGrep(string terms, IReadOnlyList<string> files, string? locale, out long lines)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, UseShellExecute = false };
        if (locale is not null) info.Environment["LC_ALL"] = locale;
        foreach (var a in new[] { "-c", "grep -c -F -i -f \"$0\" \"$@\"; times", terms }) info.ArgumentList.Add(a);
        foreach (var f in files) info.ArgumentList.Add(f);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        process.WaitForExit();
        clock.Stop();
        var children = output[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Sum(Seconds);
        lines = output[..^2].Sum(l => long.Parse(l[(l.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture));
        return (clock.Elapsed.TotalSeconds, children);
    }

    private static double Seconds(string time) // bash `times` format: 1m2.345s
    {
        var m = time.IndexOf('m');
        return int.Parse(time[..m], CultureInfo.InvariantCulture) * 60 + double.Parse(time[(m + 1)..^1], CultureInfo.InvariantCulture);
    }

    // Blocks of 40 lines from every seed, drawn in a fixed pseudo-random order into 8 MB files until the size is reached.
    private static List<string> Generate(string seeds, string dir, long size)
    {
        var blocks = new List<string>();
        foreach (var seed in Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllText(seed).Replace("\r\n", "\n").Split('\n');
            for (var i = 0; i < lines.Length; i += BlockLines)
                blocks.Add(string.Join('\n', lines.Skip(i).Take(BlockLines)) + "\n");
        }
        var random = new Random(20240529);
        var files = new List<string>();
        long written = 0;
        while (written < size)
        {
            var path = Path.Combine(dir, $"corpus-{files.Count:D4}.txt");
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
            long fileBytes = 0;
            while (fileBytes < FileBytes && written + fileBytes < size)
            {
                var block = blocks[random.Next(blocks.Count)];
                writer.Write(block);
                fileBytes += Encoding.UTF8.GetByteCount(block);
            }
            written += fileBytes;
            files.Add(path);
        }
        return files;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Jeugdhulp.Research.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the benchmark inside the Jeugdhulp.Research checkout.");
    }
}
