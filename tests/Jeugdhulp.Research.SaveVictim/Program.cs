// Usage: SaveVictim TARGET SOURCE_CODEBOOK
// Saves the codebook to TARGET again and again, each time padded to several megabytes and stamped with a version
// comment, through AtomicFile. The kill test terminates this process at random moments. Before each save it prints
// "writing N" (flushed), so the test knows which save a kill interrupted.
using Jeugdhulp.Research.IO;

var target = args[0];
var codebook = File.ReadAllText(args[1]);
var padding = string.Concat(Enumerable.Repeat("# " + new string('x', 1000) + "\n", 8000));
Console.Out.WriteLine("ready");
Console.Out.Flush();
for (var version = 1; ; version++)
{
    Console.Out.WriteLine($"writing {version}");
    Console.Out.Flush();
    AtomicFile.WriteAllText(target, $"# save {version}\n{codebook}\n{padding}# end of save {version}\n");
}
