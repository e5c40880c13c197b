using System.Collections.Immutable;
using System.Text;
using Jeugdhulp.Research.Assistant;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Server;

/// <summary>The project as the workbench last loaded it, or the problems that keep it from loading.</summary>
/// <param name="Project">The loaded project; null when it has errors.</param>
/// <param name="Errors">Every error of every file (empty when it loaded).</param>
/// <param name="Warnings">Warnings (re-anchored codings, converted files, ...).</param>
/// <param name="Versions">The version of each coder's codings file as loaded, by coder id.</param>
/// <param name="OverridesVersion">The version of <c>overrides.csv</c> as loaded.</param>
internal sealed record ProjectSnapshot(CodingProject? Project, ImmutableArray<Diagnostic> Errors, ImmutableArray<Diagnostic> Warnings,
    ImmutableDictionary<string, string> Versions, string OverridesVersion);

/// <summary>
/// One served project: loads it (again whenever a file of it changed, whoever changed it) and serialises loading and
/// writing, so a snapshot's codings and the versions handed out with them always belong together, and the version
/// checks of <see cref="CodingsFile"/> and <see cref="OverridesFile"/> see one writer at a time.
/// </summary>
internal sealed class WorkbenchSession(string directory)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (string Fingerprint, ProjectSnapshot Snapshot)? _cache;
    private long _writes;
    private readonly CodingProjectCache _loads = new(); // what a reload after a save reuses: unchanged files and codings
    private (string Path, long Length, DateTime Written, Codebook Codebook, LexiconMatcher Matcher)? _lexicon;

    /// <summary>The clock of decisions (the audit trail's times).</summary>
    public TimeProvider Clock { get; } = TimeProvider.System;

    /// <summary>The matcher of the indicator lexicon beside the project's codebook, built again only when the file changed; null when there is none.</summary>
    public LexiconMatcher? Matcher(CodingProject project)
    {
        var info = new FileInfo(SuggestionsApi.Lexicon(project));
        if (!info.Exists) return null;
        if (_lexicon is { } l && l.Path == info.FullName && l.Length == info.Length && l.Written == info.LastWriteTimeUtc && ReferenceEquals(l.Codebook, project.Codebook)) return l.Matcher;
        var matcher = new LexiconMatcher(LexiconLoader.Load(info.FullName, project.Codebook));
        _lexicon = (info.FullName, info.Length, info.LastWriteTimeUtc, project.Codebook, matcher);
        return matcher;
    }

    /// <summary>The project folder (full path).</summary>
    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>The project as it is on disk now.</summary>
    public async Task<ProjectSnapshot> CurrentAsync(CancellationToken cancellation)
    {
        await _lock.WaitAsync(cancellation).ConfigureAwait(false);
        try { return LoadIfChanged(); }
        finally { _lock.Release(); }
    }

    /// <summary>Runs <paramref name="write"/> as the only writer, on the project as it is on disk at that moment.</summary>
    public async Task<T> WriteAsync<T>(Func<ProjectSnapshot, T> write, CancellationToken cancellation)
    {
        await _lock.WaitAsync(cancellation).ConfigureAwait(false);
        try { return write(LoadIfChanged()); }
        finally
        {
            _writes++; // reload even if a file changed within one tick of the file system's clock
            _lock.Release();
        }
    }

    private ProjectSnapshot LoadIfChanged()
    {
        var fingerprint = Fingerprint();
        if (_cache is { } cached && cached.Fingerprint == fingerprint) return cached.Snapshot;
        var diagnostics = new CodingDiagnostics();
        var project = CodingProjectLoader.Load(Directory, diagnostics, _loads);
        var coders = project?.Coders.Select(c => c.Id) ?? [];
        var versions = coders.ToImmutableDictionary(c => c, c => CodingsFile.LoadedVersion(project!, c), StringComparer.Ordinal);
        var snapshot = diagnostics.HasErrors || project is null
            ? new ProjectSnapshot(null, diagnostics.Errors, diagnostics.Warnings, versions, OverridesFile.Version(Directory))
            : new ProjectSnapshot(project with { Warnings = diagnostics.Warnings }, [], diagnostics.Warnings, versions, OverridesFile.Version(Directory));
        _cache = (fingerprint, snapshot);
        return snapshot;
    }

    /// <summary>Sizes and write times of every file the loader reads, so any change (ours or an editor's) reloads.</summary>
    private string Fingerprint()
    {
        var b = new StringBuilder().Append(_writes).Append('\n');
        void Add(string path)
        {
            var info = new FileInfo(path);
            if (info.Exists) b.Append(path).Append('|').Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
        }
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory).Order(StringComparer.Ordinal)) Add(file);
        foreach (var sub in new[] { "sources", "codings" })
            if (System.IO.Directory.Exists(Path.Combine(Directory, sub)))
                foreach (var file in System.IO.Directory.EnumerateFiles(Path.Combine(Directory, sub)).Order(StringComparer.Ordinal)) Add(file);
        return b.ToString();
    }
}
