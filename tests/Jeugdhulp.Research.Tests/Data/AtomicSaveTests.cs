using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Data;

/// <summary>No lost work: a save killed midway leaves the previous file intact and loadable.</summary>
public class AtomicSaveTests
{
    [Fact]
    public void Killing_a_save_midway_always_leaves_a_complete_loadable_file()
    {
        var dir = Directory.CreateTempSubdirectory("jhr-kill-").FullName;
        var target = Path.Combine(dir, "codeboek.yaml");
        File.Copy(Repo.Codebook, target);
        var random = new Random(20261123);
        var interrupted = 0;

        for (var trial = 1; trial <= 100; trial++)
        {
            var before = File.ReadAllText(target);
            using var process = SaveVictimProcess.Start(target, Repo.Codebook);
            // Wait until the victim says it is inside save 1, 2 or 3 (part of it written to the temporary file), then
            // kill it a random moment later, while the rest of that save is still being written (at least 99 paced
            // chunks of 5 ms) or, rarely, just after. Waiting for the victim's signal instead of sleeping a fixed time
            // keeps the kills inside writes however loaded the machine is.
            var wanted = random.Next(1, 4);
            var seen = new List<string>();
            while (process.StandardOutput.ReadLine() is { } line)
            {
                seen.Add(line);
                if (line == $"inside {wanted}") break;
            }
            Thread.Sleep(random.Next(0, 40));
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            seen.AddRange(process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            var writing = seen.Where(l => l.StartsWith("writing ", StringComparison.Ordinal))
                .Select(l => int.Parse(l["writing ".Length..], System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();

            // A kill that landed inside a save leaves that save's temp file behind (the rename never happened).
            var leftovers = Directory.GetFiles(dir, "*.tmp", SearchOption.AllDirectories);
            if (leftovers.Length > 0 && writing > 0) interrupted++;
            foreach (var leftover in leftovers) File.Delete(leftover); // a killed save leaves only its temp file
            var text = File.ReadAllText(target);
            var first = text[..text.IndexOf('\n')];
            // The interrupted save never shows: the file holds the save before it (or the original).
            if (leftovers.Length > 0 && writing > 1) Assert.Equal($"# save {writing - 1}", first);
            if (leftovers.Length > 0 && writing == 1) Assert.Equal(before, text); // the file the previous trial left
            // Either no save completed yet (the original file is intact) or one save completed whole.
            Assert.True(first.StartsWith("# save ", StringComparison.Ordinal) || text == File.ReadAllText(Repo.Codebook), $"trial {trial}: unexpected start '{first}'");
            if (first.StartsWith("# save ", StringComparison.Ordinal))
                Assert.EndsWith($"# end of save {first["# save ".Length..]}\n", text);
            CodebookLoader.Parse(text, target); // loadable: a torn file would not parse or would miss its trailer
        }
        Assert.Equal([target], Directory.GetFiles(dir));
        // The test only means something if the kills land inside writes: most of them must have.
        Assert.True(interrupted >= 80, $"only {interrupted} of 100 kills interrupted a write");
    }
}
