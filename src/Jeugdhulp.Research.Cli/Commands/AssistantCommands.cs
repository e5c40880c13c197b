using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Jeugdhulp.Research.Assistant;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Cli.Commands;

/// <summary><c>jhr suggest</c>: candidate passages per code from the indicator lexicon, for a coder to accept or reject.</summary>
internal static class AssistantCommands
{
    /// <summary>The lexicon shipped beside the codebook.</summary>
    public const string DefaultLexicon = "codebooks/jeugdhulp-sturing.lexicon.yaml";

    public static Command Create(CliContext context)
    {
        var corpus = new Argument<string>("corpus") { Description = "A folder of .txt/.md files (searched recursively) or one file." };
        var codes = new Option<string?>("--codes") { Description = "Comma-separated codebook ids to suggest (with their sub-codes); default: every code in the lexicon." };
        var output = new Option<string?>("--output", "-o") { Description = "CSV file to write (default: standard output)." };
        var lexicon = new Option<string?>("--lexicon") { Description = $"Lexicon file (default: {DefaultLexicon})." };
        var codebook = new Option<string?>("--codebook") { Description = $"Codebook the lexicon belongs to (default: {CliContext.DefaultCodebook})." };
        var threads = new Option<int?>("--threads") { Description = "Files read in parallel (default: all cores)." };
        var key = GuardedOutput.KeyOption();
        var command = new Command("suggest",
            "Find candidate passages per code in a corpus of (PDF-extracted) text with the indicator lexicon; writes CSV: " +
            "source, start_line, end_line, code, value, score, matched_terms, text. Nothing is coded: a coder accepts or rejects each suggestion.")
        { corpus, codes, output, lexicon, codebook, threads, key };
        command.SetAction(parse =>
        {
            var book = CodebookCommands.Load(parse.GetValue(codebook));
            var lexiconPath = parse.GetValue(lexicon) ?? CliContext.ResolveBundled(DefaultLexicon);
            var lex = LexiconLoader.Load(lexiconPath, book);
            if (parse.GetValue(codes) is { } list)
            {
                var wanted = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                foreach (var code in wanted)
                    if (!book.Contains(code))
                        throw new UsageException($"--codes: '{code}' is not an id in codebook '{book.Id}'.");
                lex = lex.Restrict(wanted);
                if (lex.Entries.IsEmpty) throw new UsageException($"--codes: the lexicon has no terms for {string.Join(", ", wanted)}.");
            }
            var threadCount = parse.GetValue(threads) ?? Environment.ProcessorCount;
            if (threadCount < 1) throw new UsageException("--threads must be at least 1.");
            var root = parse.GetValue(corpus)!;
            var files = CorpusScanner.Files(root);
            var total = files.Sum(f => new FileInfo(f).Length);
            var matcher = new LexiconMatcher(lex);
            var scanner = new CorpusScanner(matcher);
            var found = new ConcurrentBag<CandidateSegment>();
            using var progress = ProgressBar.Start(context, total);
            var summary = scanner.Scan(files, threadCount, section =>
            {
                var source = SourceName(root, section.File);
                foreach (var s in SegmentSuggester.Suggest(source, section.Text, section.Matches, section.Offset)) found.Add(s);
            }, progress.Report);
            progress.Dispose();
            var ordered = found.OrderBy(s => s.Source, StringComparer.Ordinal).ThenBy(s => s.StartLine).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();
            var csv = SuggestionCsv.Write(ordered);
            GuardedOutput.Text(context, parse.GetValue(output), csv, GuardedOutput.LoadKey(parse, key));
            if (parse.GetValue(output) is { } path)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote {ordered.Count} suggestions ({summary.Matches} term matches) from {summary.Files} files, {summary.Lines} lines ({summary.SkippedLines} page numbers/headers/footers skipped) to {path}."));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string SourceName(string root, string file) =>
        Directory.Exists(root) ? Path.GetRelativePath(root, file).Replace('\\', '/') : Path.GetFileName(file);

    /// <summary>A progress bar on standard error, only when that is a terminal and the run lasts over a second.</summary>
    private sealed class ProgressBar : IDisposable
    {
        private readonly TextWriter? _error;
        private readonly long _total;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _lastDraw;
        private bool _drawn;
        private readonly Lock _lock = new();

        private ProgressBar(TextWriter? error, long total)
        {
            _error = error;
            _total = Math.Max(1, total);
        }

        public static ProgressBar Start(CliContext context, long total) =>
            new(!Console.IsErrorRedirected && ReferenceEquals(context.Error, Console.Error) ? context.Error : null, total);

        public void Report(long done)
        {
            if (_error is null || _clock.ElapsedMilliseconds < 1000 || _clock.ElapsedMilliseconds - Interlocked.Read(ref _lastDraw) < 100) return;
            lock (_lock)
            {
                Interlocked.Exchange(ref _lastDraw, _clock.ElapsedMilliseconds);
                var fraction = Math.Min(1.0, (double)done / _total);
                var filled = (int)(fraction * 30);
                _error.Write(string.Create(CultureInfo.InvariantCulture,
                    $"\r[{new string('#', filled)}{new string(' ', 30 - filled)}] {fraction:P0} {done / 1048576.0:0} of {_total / 1048576.0:0} MB"));
                _drawn = true;
            }
        }

        public void Dispose()
        {
            lock (_lock)
            {
                if (_drawn && _error is not null) _error.Write("\r" + new string(' ', 70) + "\r");
                _drawn = false;
            }
        }
    }
}
