using Jeugdhulp.Research.Qca;

namespace Jeugdhulp.Research.Qca.Tests;

/// <summary>
/// Locates data/reference/qca/ by walking up from the test binaries to the solution file, or through the
/// RepositoryRoot assembly metadata when the binaries live elsewhere (<c>--artifacts-path</c>).
/// </summary>
internal static class ReferenceData
{
    public static string Directory { get; } = Find();

    public static string LipsetCsv => Path.Combine(Directory, "lipset_crisp.csv");

    public static CrispDataset Lipset() => CrispCsv.Read(LipsetCsv);

    public static QcaOptions LipsetOptions => new("SURV", ["DEV", "URB", "LIT", "IND", "STB"]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Jeugdhulp.Research.sln")))
            {
                return Path.Combine(dir.FullName, "data", "reference", "qca");
            }
        }
        var root = typeof(ReferenceData).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (root is not null && File.Exists(Path.Combine(root, "Jeugdhulp.Research.sln")))
        {
            return Path.Combine(root, "data", "reference", "qca");
        }
        throw new InvalidOperationException("Jeugdhulp.Research.sln not found above " + AppContext.BaseDirectory);
    }
}
