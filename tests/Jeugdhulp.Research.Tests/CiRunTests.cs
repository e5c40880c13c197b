using System.Diagnostics;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests;

/// <summary>
/// <c>.ci/run</c>, the CI entry point, must never turn a missing prerequisite into a green run: when it cannot install
/// or find what the tests need it stops with exit 1, names every missing piece, and does not start the tests. Run here
/// with the shared folder and Chromium pointed at places that do not exist and with <c>apt-get</c> and <c>npm</c>
/// replaced by stand-ins that fail, so nothing on the machine is installed or changed.
/// </summary>
public class CiRunTests
{
    [Fact]
    public async Task Ci_run_stops_before_the_tests_naming_every_missing_prerequisite_and_every_failed_install()
    {
        var work = Directory.CreateTempSubdirectory("jhr-ci-").FullName;
        try
        {
            var bin = Directory.CreateDirectory(Path.Combine(work, "bin")).FullName;
            var log = Path.Combine(work, "calls.log");
            FakeCommand(bin, "apt-get", log, "E: Unable to locate package", 100);
            FakeCommand(bin, "npm", log, "npm ERR! network unreachable", 1);
            var shared = Directory.CreateDirectory(Path.Combine(work, "shared")).FullName; // empty: none of the material
            var chromium = Path.Combine(work, "no-chromium", "chromium");

            var start = new ProcessStartInfo("bash", [Repo.File(".ci", "run")])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = work,
            };
            start.Environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
            start.Environment["JHR_SHARED_DIR"] = shared;
            start.Environment["JHR_CHROMIUM"] = chromium;
            start.Environment.Remove("CI"); // .ci/run sets CI=true itself
            using var process = Process.Start(start)!;
            var reading = process.StandardOutput.ReadToEndAsync();
            var stderr = await process.StandardError.ReadToEndAsync();
            var stdout = await reading;
            await process.WaitForExitAsync();

            Assert.True(process.ExitCode == 1, $"exit {process.ExitCode}\n{stderr}\n{stdout}");
            Assert.Contains("error: .ci/run cannot provide what the tests need:", stderr);
            Assert.Contains($"Chromium at {chromium} (Debian package chromium", stderr);
            foreach (var item in new[] { "interop/refi-qda/Project.xsd", "interop/refi-qda/Codebook.xsd", "interop/refi-qda/blank-atlas-project.qdpx", "interop/refi-qda/target-atlas-project.qdpx", "seeds" })
                Assert.Contains($"{shared}/{item} (third-party reference material", stderr);
            Assert.Contains("install failed: npm ci --prefix tests/Jeugdhulp.Research.Reports.Tests (exit 1)", stderr);
            // As root the stand-in apt-get is tried and fails; without root the script says it cannot install.
            Assert.Matches(@"install failed: (apt-get install|cannot install) [^\n]*\bchromium\b", stderr);
            // The tests never started: dotnet test prints its own banner and summary.
            Assert.DoesNotContain("Test run for", stdout);
            Assert.DoesNotContain("Passed!", stdout);
            Assert.Contains("npm ci --prefix tests/Jeugdhulp.Research.Reports.Tests", File.ReadAllText(log));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>A command in <paramref name="bin"/> that logs its arguments, prints an error and exits with <paramref name="exit"/>.</summary>
    private static void FakeCommand(string bin, string name, string log, string error, int exit)
    {
        var path = Path.Combine(bin, name);
        File.WriteAllText(path, $"#!/bin/sh\necho \"{name} $*\" >> '{log}'\necho '{error}' >&2\nexit {exit}\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
