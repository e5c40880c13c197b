using Jeugdhulp.Research.Reliability;

namespace Jeugdhulp.Research.Reliability.Tests;

/// <summary>Locates data/reference/reliability by walking up to the solution file.</summary>
internal static class ReferenceData
{
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jeugdhulp.Research.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException($"Jeugdhulp.Research.sln not found above {AppContext.BaseDirectory}.");
        }
    }

    public static string PathOf(string file) => Path.Combine(RepositoryRoot, "data", "reference", "reliability", file);

    public static RatingsMatrix Load(string file) => RatingsCsv.Read(PathOf(file));
}
