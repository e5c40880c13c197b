using System.Diagnostics;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Data;

/// <summary>No lost work: a save killed midway leaves the previous file intact and loadable.</summary>
public class AtomicSaveTests
{
    [Fact]
    public void Killing_a_save_midway_always_leaves_a_complete_loadable_file()
    {
        var victim = BuildVictim();
        var dir = Directory.CreateTempSubdirectory("jhr-kill-").FullName;
        var target = Path.Combine(dir, "codeboek.yaml");
        File.Copy(Repo.Codebook, target);
        var random = new Random(20261123);

        for (var trial = 1; trial <= 100; trial++)
        {
            using var process = Process.Start(new ProcessStartInfo("dotnet", [victim, target, Repo.Codebook])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
            Assert.Equal("ready", process.StandardOutput.ReadLine());
            Thread.Sleep(random.Next(0, 60));
            process.Kill(entireProcessTree: true);
            process.WaitForExit();

            foreach (var leftover in Directory.GetFiles(dir, "*.tmp", SearchOption.AllDirectories)) File.Delete(leftover); // a killed save leaves only its temp file
            var text = File.ReadAllText(target);
            var first = text[..text.IndexOf('\n')];
            // Either no save completed yet (the original file is intact) or one save completed whole.
            Assert.True(first.StartsWith("# save ", StringComparison.Ordinal) || text == File.ReadAllText(Repo.Codebook), $"trial {trial}: unexpected start '{first}'");
            if (first.StartsWith("# save ", StringComparison.Ordinal))
                Assert.EndsWith($"# end of save {first["# save ".Length..]}\n", text);
            CodebookLoader.Parse(text, target); // loadable: a torn file would not parse or would miss its trailer
        }
        Assert.Equal([target], Directory.GetFiles(dir));
    }

    /// <summary>Builds the victim into its own artifacts folder, so the repository's build output is never touched.</summary>
    private static string BuildVictim()
    {
        var artifacts = Directory.CreateTempSubdirectory("jhr-victim-").FullName;
        var project = Repo.File("tests", "Jeugdhulp.Research.SaveVictim", "Jeugdhulp.Research.SaveVictim.csproj");
        using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", project, "-c", "Release", "--artifacts-path", artifacts, "--nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var output = build.StandardOutput.ReadToEnd();
        build.WaitForExit();
        Assert.True(build.ExitCode == 0, output);
        return Path.Combine(artifacts, "bin", "Jeugdhulp.Research.SaveVictim", "release", "Jeugdhulp.Research.SaveVictim.dll");
    }
}
