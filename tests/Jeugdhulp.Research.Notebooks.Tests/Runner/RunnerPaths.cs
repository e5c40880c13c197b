using System.Reflection;

namespace Jeugdhulp.Research.Notebooks.Tests.Runner;

/// <summary>Where the runner's fixtures are, found through the RepositoryRoot metadata every test assembly carries.</summary>
internal static class RunnerPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "tests", "Jeugdhulp.Research.Notebooks.Tests", "Fixtures", "runner");

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    /// <summary>A fresh temporary folder for files a test writes.</summary>
    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "jhr-notebook-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRoot()
    {
        var recorded = typeof(RunnerPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "Jeugdhulp.Research.sln"))) return Path.GetFullPath(recorded).TrimEnd('/');
        throw new InvalidOperationException("The RepositoryRoot assembly metadata does not point at the checkout.");
    }
}
