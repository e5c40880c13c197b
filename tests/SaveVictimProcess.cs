using System.Diagnostics;

namespace Jeugdhulp.Research.Testing;

/// <summary>
/// The save victim (<c>tests/Jeugdhulp.Research.SaveVictim</c>): a process that saves in a loop so a kill test can
/// terminate it in the middle of a save. Linked into every test project with a kill test, so it is built one way.
/// </summary>
internal static class SaveVictimProcess
{
    private static readonly Lazy<string> Built = new(Build);

    /// <summary>The victim's dll, built once per test run into its own artifacts folder (the repository's build output is never touched).</summary>
    public static string Dll => Built.Value;

    /// <summary>Starts the victim with <paramref name="arguments"/>, its input and output redirected, and waits for its "ready".</summary>
    public static Process Start(params string[] arguments)
    {
        var process = Process.Start(new ProcessStartInfo("dotnet", [Dll, .. arguments]) { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false })!;
        var first = process.StandardOutput.ReadLine();
        if (first != "ready")
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The save victim did not start: '{first}{process.StandardOutput.ReadToEnd()}'.");
        }
        return process;
    }

    private static string Build()
    {
        var artifacts = Directory.CreateTempSubdirectory("jhr-victim-").FullName;
        var project = Path.Combine(Prerequisite.RepositoryRoot, "tests", "Jeugdhulp.Research.SaveVictim", "Jeugdhulp.Research.SaveVictim.csproj");
        using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", project, "-c", "Release", "--artifacts-path", artifacts, "--nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var output = build.StandardOutput.ReadToEnd();
        build.WaitForExit();
        if (build.ExitCode != 0) throw new InvalidOperationException($"Building the save victim failed:\n{output}");
        return Path.Combine(artifacts, "bin", "Jeugdhulp.Research.SaveVictim", "release", "Jeugdhulp.Research.SaveVictim.dll");
    }
}
