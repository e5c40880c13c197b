using System.Reflection;

namespace Jeugdhulp.Research.RefiQda.Tests.Support;

/// <summary>Locates the repository (through build metadata) and the shared REFI-QDA materials beside it.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } =
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value
        ?? throw new InvalidOperationException("AssemblyMetadata RepositoryRoot is missing; Directory.Build.props adds it to *.Tests.");

    // Each fails the test, naming the file, where it is absent (reached only on CI; elsewhere SharedFileFact skips).
    public static string ProjectXsd => Prerequisite.RequireShared("interop/refi-qda/Project.xsd");

    public static string BlankAtlas => Prerequisite.RequireShared("interop/refi-qda/blank-atlas-project.qdpx");

    public static string TargetAtlas => Prerequisite.RequireShared("interop/refi-qda/target-atlas-project.qdpx");
}
