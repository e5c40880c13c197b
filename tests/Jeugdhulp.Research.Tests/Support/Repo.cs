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
    /// checkout and is never committed; CI has it, a user's fresh clone may not.
    /// </summary>
    public static string Shared(params string[] parts) => Path.Combine([Path.GetDirectoryName(Root)!, "shared", .. parts]);

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

/// <summary>
/// A fact that needs a file from <c>../shared</c>; where it is absent (a fresh clone) the test is reported as
/// skipped with the reason, never silently passed.
/// </summary>
public sealed class SharedFileFactAttribute : FactAttribute
{
    /// <summary>Skips unless <c>../shared/relativePath</c> exists.</summary>
    public SharedFileFactAttribute(string relativePath)
    {
        if (!System.IO.File.Exists(Repo.Shared(relativePath)))
            Skip = $"Reference file ../shared/{relativePath} is not present beside this checkout (third-party material, not committed).";
    }
}
