using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Coding.Sources;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>
/// What one load of a project lends the next, for a reader that loads the same project again and again (the browser
/// workbench reloads after every save): the codebook, every parsed source and codings file, and every checked coding.
/// A file is reused only while it holds the very bytes it was parsed from (its SHA-256, which the loader computes for
/// the audit trail anyway), never on a size and write time that an edit within one clock tick could leave unchanged;
/// a coding's check (re-anchoring, codebook, coder, unit, demand) only while its raw row, its source and everything
/// else the check reads are the same. So a load with a cache gives exactly what a load without one gives (codings,
/// errors, warnings, in the same order), and after a save it parses one codings file and checks only its changed
/// rows. The cache keeps only what the last load used, so it does not grow with the number of saves.
/// Not thread-safe: pass one cache to one load at a time.
/// </summary>
public sealed class CodingProjectCache
{
    private Dictionary<string, ParsedFile> _files = new(StringComparer.Ordinal);
    private Dictionary<string, ParsedFile> _nextFiles = new(StringComparer.Ordinal);
    private Dictionary<CheckKey, CheckedCoding> _checks = [];
    private Dictionary<CheckKey, CheckedCoding> _nextChecks = [];
    private CheckContext? _context, _nextContext;
    private Codebook? _codebook;

    /// <summary>How many files and codings the last load reused (for tests and benchmarks that show the cache at work).</summary>
    public (int Files, int Codings) Reused { get; private set; }

    /// <summary>How many parsed files and checked codings the cache holds now: those of the last load, no more.</summary>
    public (int Files, int Codings) Entries => (_files.Count, _checks.Count);

    private int _reusedFiles, _reusedCodings;

    /// <summary>Starts a load: what it uses is collected apart, and becomes the cache when it ends.</summary>
    internal void Begin()
    {
        _nextFiles = new(StringComparer.Ordinal);
        _nextChecks = [];
        _nextContext = null;
        _reusedFiles = _reusedCodings = 0;
    }

    /// <summary>Ends a load: keeps what it used and drops the rest (old sources, old rows, old snapshots' codings).</summary>
    internal void End()
    {
        _files = _nextFiles;
        _checks = _nextChecks;
        _context = _nextContext;
        _nextFiles = new(StringComparer.Ordinal);
        _nextChecks = [];
        Reused = (_reusedFiles, _reusedCodings);
    }

    /// <summary>The codebook at <paramref name="path"/>, parsed again only when its bytes changed.</summary>
    /// <exception cref="InputException">The codebook cannot be read or is invalid.</exception>
    internal Codebook Codebook(string path) => _codebook = CodebookLoader.Load(path, _codebook);

    /// <summary>
    /// A file read through <paramref name="parse"/> (from the very bytes that are hashed), or its earlier result when
    /// its bytes are unchanged; the problems it had are reported again. A file that cannot be read as is (gone, too
    /// large) goes to <paramref name="readUncached"/>, which reports why; its hash is then null.
    /// </summary>
    internal (T Value, string? Sha256) File<T>(string path, CodingDiagnostics diagnostics, Func<byte[], CodingDiagnostics, T> parse, Func<CodingDiagnostics, T> readUncached)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > TextFile.DefaultMaxBytes) return (readUncached(diagnostics), null);
            bytes = System.IO.File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (readUncached(diagnostics), null);
        }
        var hash = Hashing.Sha256Hex(bytes);
        if (_files.TryGetValue(path, out var entry) && entry.Sha256 == hash && entry.Value is T) _reusedFiles++;
        else
        {
            var own = new CodingDiagnostics();
            entry = new ParsedFile(hash, parse(bytes, own), own.Errors, own.Warnings);
        }
        _nextFiles[path] = entry;
        Replay(diagnostics, entry.Errors, entry.Warnings);
        return ((T)entry.Value!, hash);
    }

    /// <summary>Starts checking codings against <paramref name="context"/>; earlier checks count only if it is the same.</summary>
    internal void BeginChecks(CheckContext context)
    {
        if (!context.Equals(_context)) _checks = [];
        _nextContext = context;
    }

    /// <summary>The checked form of a raw coding in <paramref name="source"/> (null: refused), from an earlier load when nothing it depends on changed.</summary>
    internal CodedSegment? Check(CodedSegment raw, SourceDocument? source, CodingDiagnostics diagnostics, Func<CodingDiagnostics, CodedSegment?> check)
    {
        var key = new CheckKey(raw, source);
        if (_checks.TryGetValue(key, out var entry)) _reusedCodings++;
        else
        {
            var own = new CodingDiagnostics();
            var result = check(own);
            entry = new CheckedCoding(result, own.Errors, own.Warnings);
        }
        _nextChecks[key] = entry;
        Replay(diagnostics, entry.Errors, entry.Warnings);
        return entry.Result;
    }

    private static void Replay(CodingDiagnostics diagnostics, ImmutableArray<Diagnostic> errors, ImmutableArray<Diagnostic> warnings)
    {
        if (!errors.IsEmpty) diagnostics.AddErrors(errors);
        foreach (var warning in warnings) diagnostics.Warning(warning);
    }

    private sealed record ParsedFile(string Sha256, object? Value, ImmutableArray<Diagnostic> Errors, ImmutableArray<Diagnostic> Warnings);

    private sealed record CheckedCoding(CodedSegment? Result, ImmutableArray<Diagnostic> Errors, ImmutableArray<Diagnostic> Warnings);

    /// <summary>A raw coding (with its file position, which its problems name) in the source it names, that very source object.</summary>
    private readonly record struct CheckKey(CodedSegment Raw, SourceDocument? Source)
    {
        public bool Equals(CheckKey other) => ReferenceEquals(Source, other.Source) && Raw.Equals(other.Raw);
        public override int GetHashCode() => HashCode.Combine(Raw, RuntimeHelpers.GetHashCode(Source));
    }
}

/// <summary>Everything a coding's check reads besides the coding and its source: the codebook, units, demands, coders and the source ids (named when a source is unknown).</summary>
internal sealed record CheckContext(Codebook Codebook, ImmutableArray<ProjectUnit> Units, ImmutableArray<SteeringDemand> Demands, ImmutableArray<Coder> Coders, ImmutableArray<string> SourceIds)
{
    public bool Equals(CheckContext? other) => other is not null && ReferenceEquals(Codebook, other.Codebook)
        && Units.SequenceEqual(other.Units) && Demands.SequenceEqual(other.Demands) && Coders.SequenceEqual(other.Coders) && SourceIds.SequenceEqual(other.SourceIds);

    public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Codebook), Units.Length, Demands.Length, Coders.Length, SourceIds.Length);
}
