using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Jeugdhulp.Research.Assistant;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;
using Jeugdhulp.Research.Rendering;

namespace Jeugdhulp.Research.Cli.Commands;

/// <summary>
/// <c>jhr suggest</c>: candidate passages per code from the indicator lexicon, and with <c>--model PROJECT</c> also from
/// a model trained on a coding project's coded segments, for a coder to accept or reject.
/// </summary>
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
        var model = new Option<string?>("--model")
        {
            Description = "Also suggest codes per sentence with a model (naive Bayes over Dutch stems) trained on the coded segments of this " +
                "coding project (its uncoded sentences teach it 'no code'); such rows have origin 'model', the probability as score and the " +
                "words that drove the suggestion, with their log-odds, as matched_terms.",
        };
        var modelCoder = new Option<string?>("--model-coder") { Description = "Train the model on one coder's segments only (default: all coders)." };
        var minProbability = new Option<double>("--min-probability") { Description = "Model suggestions need at least this probability.", DefaultValueFactory = _ => 0.5 };
        var key = GuardedOutput.KeyOption();
        var command = new Command("suggest",
            "Find candidate passages per code in a corpus of (PDF-extracted) text with the indicator lexicon (and, with --model, a model trained " +
            "on coded segments); writes CSV: source, start_line, end_line, code, value, score, matched_terms, text, origin. Nothing is coded: a " +
            "coder accepts or rejects each suggestion.")
        { corpus, codes, output, lexicon, codebook, threads, model, modelCoder, minProbability, key };
        command.SetAction(parse =>
        {
            var book = CodebookCommands.Load(parse.GetValue(codebook));
            var lexiconPath = parse.GetValue(lexicon) ?? CliContext.ResolveBundled(DefaultLexicon);
            var lex = LexiconLoader.Load(lexiconPath, book);
            string[]? wanted = null;
            if (parse.GetValue(codes) is { } list)
            {
                wanted = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                foreach (var code in wanted)
                    if (!book.Contains(code))
                        throw new UsageException($"--codes: '{code}' is not an id in codebook '{book.Id}'.");
                lex = lex.Restrict(wanted);
                if (lex.Entries.IsEmpty) throw new UsageException($"--codes: the lexicon has no terms for {string.Join(", ", wanted)}.");
            }
            var threadCount = parse.GetValue(threads) ?? Environment.ProcessorCount;
            if (threadCount < 1) throw new UsageException("--threads must be at least 1.");
            var threshold = parse.GetValue(minProbability);
            if (threshold is < 0 or > 1 || double.IsNaN(threshold)) throw new UsageException("--min-probability must lie between 0 and 1.");
            if (parse.GetValue(modelCoder) is not null && parse.GetValue(model) is null) throw new UsageException("--model-coder needs --model PROJECT.");
            (CodeModel Model, int Segments, int Uncoded, string Project)? trained = parse.GetValue(model) is { } projectDir ? Train(context, projectDir, parse.GetValue(modelCoder)) : null;
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
            var fromModel = 0;
            if (trained is { } m)
            {
                foreach (var file in files)
                {
                    var text = PdfText.Analyse(TextFile.NormaliseNewlines(TextFile.ReadUtf8(file)));
                    foreach (var s in ModelSuggester.Suggest(SourceName(root, file), text, m.Model, threshold))
                        if (wanted is null || wanted.Any(c => s.Code == c || s.Code.StartsWith(c + ".", StringComparison.Ordinal)))
                        {
                            found.Add(s);
                            fromModel++;
                        }
                }
            }
            var ordered = found.OrderBy(s => s.Source, StringComparer.Ordinal).ThenBy(s => s.StartLine).ThenBy(s => s.Origin, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();
            var csv = SuggestionCsv.Write(ordered);
            GuardedOutput.Text(context, parse.GetValue(output), csv, GuardedOutput.LoadKey(parse, key));
            if (parse.GetValue(output) is { } path)
            {
                var origin = trained is { } t
                    ? string.Create(CultureInfo.InvariantCulture, $"{ordered.Count - fromModel} from {summary.Matches} term matches, {fromModel} from the model trained on {t.Segments} coded segments and {t.Uncoded} uncoded sentences of {t.Project}")
                    : string.Create(CultureInfo.InvariantCulture, $"{summary.Matches} term matches");
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote {ordered.Count} suggestions ({origin}) from {summary.Files} files, {summary.Lines} lines ({summary.SkippedLines} page numbers/headers/footers skipped) to {path}."));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// <c>jhr review</c>: the assistant on a coding project's own sources, reviewed by a coder whose judgment is a finished
    /// coding (by default the coder's own final codings). Every suggestion goes through <see cref="SuggestionReview"/>:
    /// accepted where it matches a final coding, rejected otherwise; the table of precision and recall per code group
    /// is printed, and with <c>--save DIR</c> the audit trail and the assisted codings are written there.
    /// </summary>
    public static Command CreateReview(CliContext context)
    {
        var project = new Argument<string>("project") { Description = "A coding project (project.yaml, sources/, codings/)." };
        var coder = new Option<string>("--coder") { Description = "The coder who decides (a coder of the project).", Required = true };
        var against = new Option<string?>("--against") { Description = "The coder whose final codings are the judgment (default: --coder)." };
        var save = new Option<string?>("--save")
        {
            Description = "Folder to write the review to (never the project's own folder or its codings/, so the final coding and the workbench's trail are untouched): " +
                $"{SuggestionDecisionsFile.Name}, the audit trail of every suggestion and decision, and <coder>-geassisteerd.csv, the accepted suggestions as codings marked assisted.",
        };
        var lexicon = new Option<string?>("--lexicon") { Description = $"Lexicon file (default: {DefaultLexicon})." };
        var model = new Option<string?>("--model") { Description = "Also suggest with a model trained on the codings of this (other) coding project." };
        var modelCoder = new Option<string?>("--model-coder") { Description = "Train the model on one coder's segments only (default: all coders)." };
        var minProbability = new Option<double>("--min-probability") { Description = "Model suggestions need at least this probability.", DefaultValueFactory = _ => 0.5 };
        var outputs = OutputOptions.Create(OutputFormat.Text, OutputFormat.Markdown, OutputFormat.Csv, OutputFormat.Html, OutputFormat.Json);
        var command = new Command("review",
            "Run the coding assistant over a coding project's own sources and let a coder decide every suggestion by their final coding " +
            "(accept where a suggestion overlaps a coding of the same source with the same code or a sub-code, reject the rest); prints precision " +
            "and recall of the suggestions per code group and overall.")
        { project, coder, against, save, lexicon, model, modelCoder, minProbability };
        outputs.AddTo(command);
        command.SetAction(parse =>
        {
            var loaded = CodingCommands.Load(context, parse.GetValue(project)!);
            var decider = parse.GetValue(coder)!;
            var judge = parse.GetValue(against) ?? decider;
            foreach (var (name, id) in new[] { ("--coder", decider), ("--against", judge) })
                if (loaded.Coders.All(c => c.Id != id))
                    throw new UsageException($"{name}: unknown coder '{id}'. Coders of {loaded.Name}: {string.Join(", ", loaded.Coders.Select(c => c.Id))}.");
            var threshold = parse.GetValue(minProbability);
            if (threshold is < 0 or > 1 || double.IsNaN(threshold)) throw new UsageException("--min-probability must lie between 0 and 1.");
            if (parse.GetValue(modelCoder) is not null && parse.GetValue(model) is null) throw new UsageException("--model-coder needs --model PROJECT.");
            var lex = LexiconLoader.Load(parse.GetValue(lexicon) ?? CliContext.ResolveBundled(DefaultLexicon), loaded.Codebook);
            (CodeModel Model, int Segments, int Uncoded, string Project)? trained = parse.GetValue(model) is { } modelProject ? Train(context, modelProject, parse.GetValue(modelCoder)) : null;
            var suggestions = ProjectSuggestions.Suggest(loaded, new LexiconMatcher(lex), trained?.Model, threshold);
            var final = loaded.Segments.Where(s => s.Coder == judge && s.Assisted is null).ToList();
            var review = new SuggestionReview([.. loaded.Coders.Select(c => c.Id)]);
            review.DecideBy(suggestions, decider, final, id => loaded.FindSource(id)!.Text);
            var evaluation = SuggestionEvaluation.Compute(suggestions, final, trained is null ? [Coding.Segments.Assistance.Lexicon] : [Coding.Segments.Assistance.Lexicon, Coding.Segments.Assistance.Model]);
            if (parse.GetValue(save) is { } folder)
            {
                var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
                if (string.Equals(full, Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(loaded.Directory, "codings"))), StringComparison.Ordinal))
                    throw new UsageException("--save: not the project's codings/ folder; the review is kept apart from the final coding.");
                if (string.Equals(full, Path.TrimEndingDirectorySeparator(Path.GetFullPath(loaded.Directory)), StringComparison.Ordinal))
                    throw new UsageException($"--save: not the project's own folder; its {SuggestionDecisionsFile.Name} is the workbench's trail of the coders' own decisions. Name a folder of its own, such as assistent/.");
                Directory.CreateDirectory(full);
                var assisted = decider + "-geassisteerd.csv";
                SuggestionDecisionsFile.Save(full, review.Decisions.Select(d => SuggestionLogEntry.Of(d, assisted)));
                AtomicFile.WriteAllText(Path.Combine(full, assisted), Jeugdhulp.Research.Coding.Segments.CodingCsv.Write(review.AcceptedSegments));
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote {review.Decisions.Count} decisions ({review.AcceptedSegments.Count()} accepted) to {Path.Combine(folder, SuggestionDecisionsFile.Name)} and the assisted codings to {Path.Combine(folder, assisted)}."));
                if (File.Exists(Path.Combine(full, "beslissingen.csv")))
                    context.Error.WriteLine($"Note: {Path.Combine(folder, "beslissingen.csv")} is this trail in the format before {SuggestionDecisionsFile.Schema}, which nothing reads any more; {SuggestionDecisionsFile.Name} replaces it, so delete it.");
            }
            var origin = trained is { } t ? $"lexicon en model (getraind op {t.Segments} segmenten van {t.Project})" : "lexicon";
            outputs.Emit(context, parse, Document.OfTables([evaluation.ToTable(
                $"Voorstellen van de assistent ({origin}) tegen de eindcodering van {judge} in {loaded.Name}: {final.Count} coderingen, {suggestions.Count} voorstellen")]));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Trains the model on a coding project's segments (of one coder, if named) and its uncoded sentences.</summary>
    private static (CodeModel Model, int Segments, int Uncoded, string Project) Train(CliContext context, string directory, string? coder)
    {
        var project = CodingCommands.Load(context, directory);
        if (coder is not null && project.Coders.All(c => c.Id != coder))
            throw new UsageException($"--model-coder: unknown coder '{coder}'. Coders of {project.Name}: {string.Join(", ", project.Coders.Select(c => c.Id))}.");
        var examples = ModelSuggester.TrainingExamples(project, coder is null ? null : [coder]);
        var segments = examples.Count(e => e.Code != ModelSuggester.None);
        if (segments == 0)
            throw new InputException(new Diagnostic(directory, 0, 0, "no-coded-segments", $"The coding project has no coded segments{(coder is null ? "" : " of " + coder)} to train the model on."));
        return (CodeModel.Train(examples), segments, examples.Count - segments, project.Name);
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
