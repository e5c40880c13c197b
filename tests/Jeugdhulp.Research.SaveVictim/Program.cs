// Usage: SaveVictim TARGET SOURCE_CODEBOOK
// Saves the codebook to TARGET again and again, each time padded to several megabytes and stamped with a version
// comment, through AtomicFile. The kill test terminates this process at random moments. Before each save it prints
// "writing N"; once the first part of save N is in the temporary file it prints "inside N" and writes the rest in
// paced chunks, so the test can kill it while the save is under way (every line flushed).
using System.Text;
using Jeugdhulp.Research.IO;

const int Chunks = 100; // about half a second of paced writing after "inside N", so a loaded machine still kills inside it
var target = args[0];
var codebook = File.ReadAllText(args[1]);
var padding = string.Concat(Enumerable.Repeat("# " + new string('x', 1000) + "\n", 8000));
Console.Out.WriteLine("ready");
Console.Out.Flush();
for (var version = 1; ; version++)
{
    var bytes = Encoding.UTF8.GetBytes($"# save {version}\n{codebook}\n{padding}# end of save {version}\n");
    Console.Out.WriteLine($"writing {version}");
    Console.Out.Flush();
    AtomicFile.Write(target, stream =>
    {
        var chunk = bytes.Length / Chunks;
        for (var i = 0; i < Chunks; i++)
        {
            stream.Write(bytes, i * chunk, i == Chunks - 1 ? bytes.Length - i * chunk : chunk);
            stream.Flush();
            if (i == 0)
            {
                Console.Out.WriteLine($"inside {version}");
                Console.Out.Flush();
            }
            Thread.Sleep(5);
        }
    });
}
