// Usage: SaveVictim TARGET SOURCE_CODEBOOK
//        SaveVictim consensus PROJECT TRIAL
// The kill tests terminate this process at chosen or random moments of a save, then check what a crash leaves behind.
//
// Codebook mode: saves the codebook to TARGET again and again, each time padded to several megabytes and stamped with
// a version comment, through AtomicFile. Before each save it prints "writing N"; once the first part of save N is in
// the temporary file it prints "inside N" and writes the rest in paced chunks, so the test can kill it while the save
// is under way (every line flushed).
//
// Consensus mode: takes consensus decisions on the project's first disputed aligned group again and again (choices
// cycling through anna, bram, both, neither; reason "trial T save N"), through ConsensusFile.Decide. Before decision N
// it prints "writing N"; after each durable step of the write it prints the step and N ("Journal N", "Codings N",
// "Decisions N", "Done N") and waits for a line on its input before it goes on, so the test can kill it between the
// writes of codings/consensus.csv and consensus-decisions.csv however slow the machine is.
using System.Globalization;
using System.Text;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.IO;

if (args[0] == "consensus")
{
    var directory = args[1];
    var trial = int.Parse(args[2], CultureInfo.InvariantCulture);
    string[] choices = ["anna", "bram", ConsensusFile.Both, ConsensusFile.Neither];
    Console.Out.WriteLine("ready");
    Console.Out.Flush();
    for (var n = 1; ; n++)
    {
        var project = CodingProjectLoader.Load(directory);
        var item = ConsensusFile.Items(project).First(i => i.Disagreement).Id;
        Console.Out.WriteLine($"writing {n}");
        Console.Out.Flush();
        var decision = n;
        ConsensusFile.Decide(project, ConsensusFile.Version(directory), item, choices[(trial + n) % choices.Length], null, "anna", $"trial {trial} save {n}",
            DateTimeOffset.UnixEpoch.AddDays(n), step =>
            {
                Console.Out.WriteLine($"{step} {decision}");
                Console.Out.Flush();
                Console.In.ReadLine(); // the test kills here, between two writes, or lets the decision go on
            });
    }
}

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
