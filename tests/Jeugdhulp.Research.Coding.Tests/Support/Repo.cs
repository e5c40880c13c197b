using Jeugdhulp.Research.Codebooks;

namespace Jeugdhulp.Research.Coding.Tests.Support;

/// <summary>Paths of the checkout, found through the RepositoryRoot build metadata, and throwaway folders.</summary>
public static class Repo
{
    private static readonly Lazy<Codebook> LoadedCodebook = new(() => CodebookLoader.Load(Codebook));

    /// <summary>The folder holding Jeugdhulp.Research.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path inside the repository.</summary>
    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The bundled codebook file.</summary>
    public static string Codebook => File("codebooks", "jeugdhulp-sturing.yaml");

    /// <summary>The bundled codebook, loaded once.</summary>
    public static Codebook LoadCodebook() => LoadedCodebook.Value;

    /// <summary>
    /// Third-party reference material (REFI-QDA schemas, ATLAS.ti exports) in <c>../shared</c> beside the checkout,
    /// never committed; a missing file fails the test with the reason (see <see cref="Prerequisite"/>).
    /// </summary>
    public static string Shared(params string[] parts) => Prerequisite.RequireShared(string.Join('/', parts));

    /// <summary>The dissertation's own classification as a coding project (data/proefschrift-codering).</summary>
    public static string DissertationCoding => File("data", "proefschrift-codering");


    /// <summary>Three real regions as a study (data/regios): verbatim passages of seeds 000-002.</summary>
    public static string Regions => File("data", "regios");

    /// <summary>The illustrative corpus.</summary>
    public static string Corpus => File("data", "corpus");

    /// <summary>A fresh empty folder under the temp directory.</summary>
    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "jhr-coding-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A copy of the corpus whose project.yaml points at the repository's codebook, for tests that edit files.</summary>
    public static string CopyOfCorpus()
    {
        var target = TempDirectory();
        foreach (var file in Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Corpus, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            System.IO.File.Copy(file, destination);
        }
        var project = Path.Combine(target, "project.yaml");
        System.IO.File.WriteAllText(project, System.IO.File.ReadAllText(project).Replace("codebook: ../../codebooks/jeugdhulp-sturing.yaml", $"codebook: {Codebook}"));
        return target;
    }

    private static string FindRoot()
    {
        var recorded = typeof(Repo).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && System.IO.File.Exists(Path.Combine(recorded, "Jeugdhulp.Research.sln"))) return Path.GetFullPath(recorded).TrimEnd('/');
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Jeugdhulp.Research.sln"))) return dir.FullName;
        throw new InvalidOperationException("Tests must run inside the Jeugdhulp.Research checkout.");
    }
}
