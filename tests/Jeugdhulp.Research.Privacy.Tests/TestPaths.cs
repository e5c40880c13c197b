using System.Reflection;

namespace Jeugdhulp.Research.Privacy.Tests;

/// <summary>Repository paths and scratch folders for the tests.</summary>
internal static class TestPaths
{
    public static string Root { get; } = typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "RepositoryRoot").Value!;

    public static string Corpus => Path.Combine(Root, "data", "corpus");

    public static string CorpusKey => Path.Combine(Root, "tests", "Jeugdhulp.Research.Privacy.Tests", "Fixtures", "corpus-key.yaml");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "Jeugdhulp.Research.Privacy.Tests", "Fixtures", name);

    /// <summary>A fresh folder under the system temp folder, deleted when disposed.</summary>
    public static TempDir Temp() => new();
}

internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "jhr-privacy-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
