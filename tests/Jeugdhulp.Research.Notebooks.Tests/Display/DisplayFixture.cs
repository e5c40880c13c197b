using System.Reflection;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Notebooks.Tests.Display;

/// <summary>The checkout the tests run in (from the RepositoryRoot build metadata) and the bundled study, loaded once.</summary>
public static class DisplayFixture
{
    private static readonly Lazy<(Codebook, StudyData)> Loaded = new(() =>
    {
        var book = CodebookLoader.Load(RepoFile("codebooks", "jeugdhulp-sturing.yaml"));
        return (book, StudyDataLoader.Load(RepoFile("data"), book));
    });

    /// <summary>The folder holding Jeugdhulp.Research.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path inside the checkout.</summary>
    public static string RepoFile(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The bundled codebook.</summary>
    public static Codebook Codebook => Loaded.Value.Item1;

    /// <summary>The bundled study.</summary>
    public static StudyData Study => Loaded.Value.Item2;

    /// <summary>The vocabulary of the bundled study.</summary>
    public static Vocabulary Vocabulary => new(Codebook, Study);

    private static string FindRoot()
    {
        var recorded = typeof(DisplayFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "Jeugdhulp.Research.sln"))) return Path.GetFullPath(recorded).TrimEnd('/');
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Jeugdhulp.Research.sln"))) return dir.FullName;
        throw new InvalidOperationException("Tests must run inside the Jeugdhulp.Research checkout.");
    }
}
