using System.Reflection;

namespace Jeugdhulp.Research.RefiQda.Tests.Support;

/// <summary>Locates the repository (through build metadata) and the shared REFI-QDA materials beside it.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } =
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value
        ?? throw new InvalidOperationException("AssemblyMetadata RepositoryRoot is missing; Directory.Build.props adds it to *.Tests.");

    public static string SharedRefiQda => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "interop", "refi-qda"));

    public static string ProjectXsd => Path.Combine(SharedRefiQda, "Project.xsd");

    public static string BlankAtlas => Path.Combine(SharedRefiQda, "blank-atlas-project.qdpx");

    public static string TargetAtlas => Path.Combine(SharedRefiQda, "target-atlas-project.qdpx");
}
