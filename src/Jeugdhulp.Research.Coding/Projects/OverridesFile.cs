using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>
/// Records a researcher's judgment of a classification (confirm the proposal, decide a mixed one, or override it,
/// always with a reason) in <c>overrides.csv</c>, the file <c>jhr classify</c> reads, with the same optimistic
/// concurrency as <see cref="CodingsFile"/>: the caller names the version it read, a stale version is refused.
/// </summary>
public static class OverridesFile
{
    /// <summary>The file, relative to the project.</summary>
    public const string Name = "overrides.csv";

    /// <summary>The version of <c>overrides.csv</c> now (<see cref="CodingsFile.Absent"/> when there is none).</summary>
    public static string Version(string projectDirectory)
    {
        var path = Path.Combine(projectDirectory, Name);
        return File.Exists(path) ? CodingsFile.VersionOf(File.ReadAllBytes(path)) : CodingsFile.Absent;
    }

    /// <summary>
    /// Sets <paramref name="judgment"/>, replacing an earlier judgment of the same unit, period and variable, and
    /// returns the new version. <paramref name="project"/> must have been loaded from the file at
    /// <paramref name="expectedVersion"/>.
    /// </summary>
    /// <exception cref="StaleVersionException">The file changed since it was read.</exception>
    /// <exception cref="InputException">The judgment is refused (unknown unit, value outside the vocabulary, no reason, ...).</exception>
    public static string Set(CodingProject project, string expectedVersion, Override judgment)
    {
        var current = Version(project.Directory);
        if (current != expectedVersion) throw new StaleVersionException(Name, expectedVersion, current);
        var problems = CodingProjectLoader.OverrideProblems(judgment.Unit, judgment.Period, judgment.Period is not null, judgment.Variable, judgment.Value,
                judgment.Reason, project.Units, project.Cases, project.Codebook)
            .Select(p => new Diagnostic(Name, 0, 0, p.Problem.Code, $"{p.Column}: {p.Problem.Message}")).ToList();
        if (problems.Count > 0) throw new InputException(problems);
        var kept = project.Overrides.Where(o => (o.Unit, o.Period, o.Variable) != (judgment.Unit, judgment.Period, judgment.Variable));
        var updated = project with { Overrides = [.. kept, judgment with { Reason = judgment.Reason.Trim() }] };
        var content = ProjectFiles.OverridesCsv(updated);
        AtomicFile.WriteAllText(Path.Combine(project.Directory, Name), content);
        return CodingsFile.VersionOf(System.Text.Encoding.UTF8.GetBytes(content));
    }

    /// <summary>Removes the judgment of this unit, period and variable (back to the rules' proposal); returns the new version.</summary>
    /// <exception cref="StaleVersionException">The file changed since it was read.</exception>
    public static string Remove(CodingProject project, string expectedVersion, string unit, int? period, string variable)
    {
        var current = Version(project.Directory);
        if (current != expectedVersion) throw new StaleVersionException(Name, expectedVersion, current);
        var updated = project with { Overrides = [.. project.Overrides.Where(o => (o.Unit, o.Period, o.Variable) != (unit, period, variable))] };
        var content = ProjectFiles.OverridesCsv(updated);
        AtomicFile.WriteAllText(Path.Combine(project.Directory, Name), content);
        return CodingsFile.VersionOf(System.Text.Encoding.UTF8.GetBytes(content));
    }

}
