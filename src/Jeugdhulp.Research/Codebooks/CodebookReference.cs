using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Codebooks;

/// <summary>
/// How a study names its codebook in <c>project.yaml</c>: by <b>id and version</b> (a codebook that ships with the
/// toolkit, found by <see cref="CodebookCatalog"/> wherever the tool is installed), or by a <b>path</b> relative to
/// the project (a codebook of your own, or one an importer wrote into the project). Never a machine path that breaks
/// when the tool is updated or the study is copied.
/// </summary>
/// <param name="Id">The codebook's id (its <c>id:</c> field); null for a path reference.</param>
/// <param name="Version">The codebook's version (its <c>version:</c> field); null for a path reference.</param>
/// <param name="Path">A file relative to the project folder; null for an id reference.</param>
public sealed record CodebookReference(string? Id, string? Version, string? Path)
{
    /// <summary>A codebook bundled with the toolkit.</summary>
    public static CodebookReference Bundled(string id, string version) => new(id, version, null);

    /// <summary>
    /// A codebook file inside the project (for importers that bring a foreign codebook along). Refuses a path that is
    /// absolute or climbs out of the project: the study must stay self-contained when it is copied or archived.
    /// </summary>
    public static CodebookReference InProject(string relativePath)
    {
        var normalised = relativePath.Replace('\\', '/');
        if (!IsInside(normalised))
            throw new ArgumentException($"A codebook inside the project is named by a path relative to the project folder, without '..' ('{relativePath}').", nameof(relativePath));
        return new(null, null, normalised);
    }

    /// <summary>A path as a user wrote it in <c>project.yaml</c> (may point anywhere; relative to the project).</summary>
    public static CodebookReference FromPath(string path) => new(null, null, path);

    /// <summary>True for an id-and-version reference.</summary>
    public bool IsBundled => Id is not null;

    /// <summary>True when a relative path stays inside the project folder.</summary>
    public static bool IsInside(string relativePath) =>
        relativePath.Length > 0 && !System.IO.Path.IsPathRooted(relativePath)
        && relativePath.Split('/', '\\').All(part => part != "..");

    /// <summary>As written in <c>project.yaml</c> and shown in reports.</summary>
    public override string ToString() => IsBundled ? $"{Id} {Version}" : Path!;
}

/// <summary>
/// Finds the codebooks that ship with the toolkit: <c>codebooks/&lt;id&gt;.yaml</c> in the folders given (the CLI
/// passes its own install folder) and beside the running application. A reference names an id and a version; a
/// codebook whose version differs is refused with both versions named, because codings checked against one version
/// must not silently be counted with another.
/// </summary>
public static class CodebookCatalog
{
    /// <summary>The folder name the bundled codebooks live in, beside the tool.</summary>
    public const string Folder = "codebooks";

    /// <summary>
    /// Folders searched by default: <c>codebooks/</c> beside the running application and beside this library (a
    /// notebook's <c>lib/</c>), then in <paramref name="projectDirectory"/> and every folder above it (a checkout).
    /// </summary>
    public static IReadOnlyList<string> DefaultFolders(string? projectDirectory = null)
    {
        var folders = new List<string> { System.IO.Path.Combine(AppContext.BaseDirectory, Folder) };
        if (System.IO.Path.GetDirectoryName(typeof(Codebook).Assembly.Location) is { Length: > 0 } library)
            folders.Add(System.IO.Path.Combine(library, Folder));
        if (projectDirectory is not null)
            for (var dir = new DirectoryInfo(System.IO.Path.GetFullPath(projectDirectory)); dir is not null; dir = dir.Parent)
                folders.Add(System.IO.Path.Combine(dir.FullName, Folder));
        return folders;
    }

    /// <summary>The codebook files (<c>*.yaml</c> that are codebooks, not lexicons) in <paramref name="folders"/>.</summary>
    public static IEnumerable<string> Files(IEnumerable<string> folders) =>
        folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.yaml").Order(StringComparer.Ordinal))
            .Where(f => !f.EndsWith(".lexicon.yaml", StringComparison.Ordinal));

    /// <summary>
    /// Loads the codebook <paramref name="reference"/> names. A path is taken relative to <paramref name="projectDirectory"/>;
    /// an id and version are looked up in <paramref name="folders"/> (default <see cref="DefaultFolders"/>).
    /// </summary>
    /// <exception cref="InputException">Not found, the wrong version, or an invalid codebook; names what to fix.</exception>
    public static Codebook Load(CodebookReference reference, string projectDirectory, string where, IEnumerable<string>? folders = null) =>
        CodebookLoader.Load(ResolveFile(reference, projectDirectory, where, folders));

    /// <summary>The full path of the codebook file <paramref name="reference"/> names (see <see cref="Resolve"/>).</summary>
    /// <exception cref="InputException">Not found or the wrong version.</exception>
    public static string ResolveFile(CodebookReference reference, string projectDirectory, string where, IEnumerable<string>? folders = null) =>
        Resolve(reference, projectDirectory, where, folders).File;

    /// <summary>
    /// Finds the codebook file <paramref name="reference"/> names. A bundled codebook is additive within a major version
    /// (<c>codebooks/README.md</c>, "Versions"), so a reference to an older minor version of the same major is served
    /// by the newest bundled codebook of that major, and the result says which version was named and which was found;
    /// the exact version is preferred where it ships. Another major, a newer version than any bundled one, or a version
    /// that is not <c>MAJOR.MINOR[.PATCH]</c> is refused, because codings checked against one meaning of a code must not
    /// silently be counted with another.
    /// </summary>
    /// <exception cref="InputException">Not found or an incompatible version; names <paramref name="where"/> and both versions.</exception>
    public static CodebookResolution Resolve(CodebookReference reference, string projectDirectory, string where, IEnumerable<string>? folders = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (!reference.IsBundled)
            return new CodebookResolution(System.IO.Path.GetFullPath(System.IO.Path.Combine(projectDirectory, reference.Path!)), null, null);
        var searched = (folders ?? DefaultFolders(projectDirectory)).Select(System.IO.Path.GetFullPath).Distinct().ToList();
        var found = new List<(Codebook Codebook, string File)>();
        foreach (var file in Files(searched))
        {
            if (!System.IO.Path.GetFileNameWithoutExtension(file).StartsWith(reference.Id!, StringComparison.Ordinal)) continue;
            try { found.Add((CodebookLoader.Load(file), file)); }
            catch (InputException) { /* not a codebook, or a broken one that is not asked for */ }
        }
        var sameId = found.Where(c => c.Codebook.Id == reference.Id).ToList();
        if (sameId.FirstOrDefault(c => c.Codebook.Version == reference.Version) is { File: not null } exact)
            return new CodebookResolution(exact.File, reference.Version, exact.Codebook.Version);
        if (CodebookVersion.TryParse(reference.Version) is { } named
            && sameId.Select(c => (c.File, c.Codebook.Version, Parsed: CodebookVersion.TryParse(c.Codebook.Version)))
                .Where(c => c.Parsed is { } v && v.Major == named.Major && v.CompareTo(named) >= 0)
                .OrderByDescending(c => c.Parsed!.Value).FirstOrDefault() is { File: not null } compatible)
            return new CodebookResolution(compatible.File, reference.Version, compatible.Version);
        if (sameId.Count > 0)
            throw new InputException(new Diagnostic(where, 0, 0, "codebook-version",
                $"The project names codebook {reference.Id} version {reference.Version}; this toolkit has version {string.Join(", ", sameId.Select(c => c.Codebook.Version))}. " +
                $"Only an older minor version of the same major version is served by the bundled codebook (it only grows within a major version; codebooks/README.md, 'Versions'). " +
                $"Either set 'version: {sameId[0].Codebook.Version}' in the project (after checking the codebook's changes with 'jhr codebook diff'), or keep the old codebook file inside the project and name it by path."));
        var known = Files(searched).Select(f => System.IO.Path.GetFileNameWithoutExtension(f)).ToList();
        throw new InputException(new Diagnostic(where, 0, 0, "unknown-codebook",
            $"No codebook with id '{reference.Id}' ships with this toolkit (looked in {string.Join(", ", searched)}; known: {string.Join(", ", known.DefaultIfEmpty("none"))}).{DidYouMean.Hint(reference.Id!, known)}"));
    }
}
