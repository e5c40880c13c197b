using System.Text.RegularExpressions;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests;

/// <summary>
/// The repository names no absolute path of a workstation: every command and citation works for an outsider from
/// a fresh clone (repo-relative commands, sources by author, title and year, seeds as <c>../shared/seeds/...</c>).
/// </summary>
public partial class RepositoryHygieneTests
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { ".git", "bin", "obj", "node_modules", "artifacts", "TestResults", ".vs", ".idea" };

    private static IEnumerable<string> Files(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
            if (Path.GetFileName(file) != ".git") yield return file;
        foreach (var sub in Directory.EnumerateDirectories(folder).Where(d => !Skipped.Contains(Path.GetFileName(d))))
            foreach (var file in Files(sub)) yield return file;
    }

    [Fact]
    public void No_file_names_an_absolute_workstation_path()
    {
        var found = new List<string>();
        foreach (var file in Files(Repo.Root))
        {
            var bytes = File.ReadAllBytes(file);
            if (Array.IndexOf(bytes, (byte)0) >= 0) continue; // binary (xlsx, pdf, png)
            var lines = System.Text.Encoding.UTF8.GetString(bytes).Split('\n');
            for (var i = 0; i < lines.Length; i++)
                foreach (Match m in WorkstationPath().Matches(lines[i]))
                    found.Add($"{Path.GetRelativePath(Repo.Root, file)}:{i + 1}: {m.Value}");
        }
        Assert.True(found.Count == 0, "Absolute workstation paths (use repo-relative paths or ../shared/...):\n" + string.Join("\n", found));
    }

    [Theory]
    // The examples are built from parts, so this file does not match itself.
    [InlineData("cd /w" + "ork/main && dotnet run", true)]
    [InlineData("sed -n 9156p /w" + "ork/shared/seeds/x.txt", true)]
    [InlineData("see /r" + "oot/.nuget/packages", true)]
    [InlineData("in /h" + "ome/anna/projects", true)]
    [InlineData(@"C:\U" + @"sers\anna\Documents", true)]
    [InlineData("/U" + "sers/anna/thesis", true)]
    [InlineData("sed -n 9156p ../shared/seeds/x.txt", false)]
    [InlineData("/Project/U" + "sers/User.xml inside a .qdpx", false)]
    [InlineData("https://example.org/w" + "ork/item", false)]
    public void The_check_finds_workstation_paths_and_nothing_else(string text, bool found) =>
        Assert.Equal(found, WorkstationPath().IsMatch(text));

    [GeneratedRegex(@"(?<![\w/.:])/(?:w" + "ork|ro" + "ot|ho" + @"me)/[\w.-]|[A-Za-z]:\\" + "Us" + @"ers\\|(?<![\w/.:])/" + "Us" + @"ers/[\w.-]")]
    private static partial Regex WorkstationPath();
}
