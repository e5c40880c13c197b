namespace Jeugdhulp.Research.Tests.Support;

/// <summary>Paths of the checkout the tests run in, and of the reference material beside it.</summary>
public static class Repo
{
    /// <summary>The folder holding Jeugdhulp.Research.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path inside the repository.</summary>
    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The bundled codebook.</summary>
    public static string Codebook => File("codebooks", "jeugdhulp-sturing.yaml");

    /// <summary>A codebook fixture of the tests.</summary>
    public static string CodebookFixture(string name) => File("tests", "Jeugdhulp.Research.Tests", "Fixtures", "codebooks", name);

    /// <summary>
    /// Third-party reference material (REFI-QDA schemas, ATLAS.ti exports) lives in <c>../shared</c> beside the
    /// checkout and is never committed; CI has it, a user's fresh clone may not. Fails the test, naming the file,
    /// where it is absent (reached only on CI: elsewhere <see cref="SharedFileFactAttribute"/> skips the test).
    /// </summary>
    public static string Shared(string relative) => Prerequisite.RequireShared(relative);

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
