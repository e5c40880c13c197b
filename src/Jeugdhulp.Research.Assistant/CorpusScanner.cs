using System.Text;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// Runs a lexicon over a corpus of text files in one streaming pass per file, files in parallel. Each file is read
/// in sections of at most <see cref="SectionChars"/> characters cut at line ends, so memory depends on the section
/// size and the number of workers, never on the size of a file or of the corpus.
/// </summary>
public sealed class CorpusScanner(LexiconMatcher matcher, int sectionChars = CorpusScanner.DefaultSectionChars)
{
    /// <summary>Default section size (characters): 4 M, about a 1,000-page document.</summary>
    public const int DefaultSectionChars = 4 * 1024 * 1024;

    private static readonly string[] Extensions = [".txt", ".md"];

    /// <summary>Largest section in characters.</summary>
    public int SectionChars { get; } = sectionChars;

    /// <summary>
    /// The files of a corpus: <paramref name="corpus"/> itself if it is a file, else every <c>.txt</c> and <c>.md</c>
    /// file below the folder, in ordinal path order (so output is the same on every machine).
    /// </summary>
    /// <exception cref="InputException">The path does not exist or holds no text files.</exception>
    public static IReadOnlyList<string> Files(string corpus)
    {
        if (File.Exists(corpus)) return [corpus];
        if (!Directory.Exists(corpus))
            throw new InputException(new Diagnostic(corpus, 0, 0, "not-found", "No such file or folder."));
        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new InputException(new Diagnostic(corpus, 0, 0, "empty-corpus", "The folder holds no .txt or .md files."));
        return files;
    }

    /// <summary>
    /// Scans <paramref name="files"/> with up to <paramref name="parallelism"/> workers. <paramref name="onSection"/>
    /// (optional) sees every section while it is in memory, on a worker thread; <paramref name="progress"/> (optional)
    /// gets the bytes read so far.
    /// </summary>
    public ScanSummary Scan(IReadOnlyList<string> files, int parallelism = 1, Action<SourceSection>? onSection = null, Action<long>? progress = null)
    {
        long bytes = 0, lines = 0, words = 0, matches = 0, skipped = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) };
        Parallel.ForEach(files, options, () => new Worker(SectionChars), (file, _, worker) =>
        {
            worker.ScanFile(file, matcher, onSection, read => progress?.Invoke(Interlocked.Add(ref bytes, read)));
            return worker;
        }, worker =>
        {
            Interlocked.Add(ref lines, worker.Lines);
            Interlocked.Add(ref words, worker.Words);
            Interlocked.Add(ref matches, worker.Matches);
            Interlocked.Add(ref skipped, worker.Skipped);
        });
        return new ScanSummary(files.Count, bytes, lines, words, matches, skipped);
    }

    /// <summary>Scans one file on the calling thread.</summary>
    public ScanSummary ScanFile(string file, Action<SourceSection>? onSection = null)
    {
        var worker = new Worker(SectionChars);
        worker.ScanFile(file, matcher, onSection, _ => { });
        return new ScanSummary(1, worker.Bytes, worker.Lines, worker.Words, worker.Matches, worker.Skipped);
    }

    private sealed class Worker(int sectionChars)
    {
        private const int ReadBytes = 1 << 20;
        private readonly byte[] _bytes = new byte[ReadBytes];
        private readonly char[] _chars = new char[sectionChars + ReadBytes + 1];
        private readonly List<TermMatch> _matches = [];
        public long Bytes, Lines, Words, Matches, Skipped;

        public void ScanFile(string file, LexiconMatcher matcher, Action<SourceSection>? onSection, Action<long> progress)
        {
            var decoder = new UTF8Encoding(false, false).GetDecoder();
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var filled = 0;
            var firstLine = 1;
            long offset = 0;
            var eof = false;
            while (!eof || filled > 0)
            {
                while (!eof && filled < sectionChars)
                {
                    var read = stream.Read(_bytes, 0, ReadBytes);
                    if (read == 0) { eof = true; filled += decoder.GetChars(_bytes, 0, 0, _chars, filled, flush: true); break; }
                    Bytes += read;
                    progress(read);
                    filled += decoder.GetChars(_bytes, 0, read, _chars, filled, flush: false);
                }
                if (filled == 0) break;
                var cut = filled;
                if (!eof || filled > sectionChars)
                {
                    var limit = Math.Min(filled, sectionChars);
                    var nl = _chars.AsSpan(0, limit).LastIndexOf('\n');
                    cut = nl >= 0 ? nl + 1 : limit;
                }
                var text = PdfText.Analyse(_chars.AsMemory(0, cut), firstLine);
                _matches.Clear();
                var words = matcher.Match(text, _matches);
                Words += words;
                Matches += _matches.Count;
                Lines += text.LineCount;
                Skipped += text.Count(LineRole.PageNumber) + text.Count(LineRole.HeaderFooter);
                onSection?.Invoke(new SourceSection(file, text, offset, _matches, words));
                firstLine += text.LineCount;
                offset += cut;
                Array.Copy(_chars, cut, _chars, 0, filled - cut);
                filled -= cut;
            }
        }
    }
}
