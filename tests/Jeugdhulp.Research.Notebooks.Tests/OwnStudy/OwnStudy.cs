using System.Text;
using Jeugdhulp.Research.Cli;

namespace Jeugdhulp.Research.Notebooks.Tests.OwnStudy;

/// <summary>The result of one in-process <c>jhr</c> run.</summary>
public sealed record JhrRun(string CommandLine, int ExitCode, string Out, string Error);

/// <summary>
/// A new study made the way the README's "Start your own study" tells a researcher to: <c>jhr init</c>, cases and
/// units, two transcripts written here, codings by quote for two coders (and one inline marker). The command lines
/// are the README's, with the study folder <c>mijn-studie</c> replaced by a temporary folder.
/// </summary>
public static class OwnStudy
{
    /// <summary>The study folder as the README names it.</summary>
    public const string ReadmeFolder = "mijn-studie";

    public const string CasesCsv = "case,name\nrivierstad,Gemeente Rivierstad\npolderdorp,Gemeente Polderdorp\n";

    public const string UnitsCsv = "unit,case,provider,actor_type\nrivierstad.horizon,rivierstad,Horizon Jeugdzorg,provider\n" +
        "rivierstad.kompas,rivierstad,Kompas GGZ,provider\npolderdorp.horizon,polderdorp,Horizon Jeugdzorg,provider\n";

    /// <summary>A provider interview (FICTIEF), with one inline marker by anna; the first quote occurs twice on purpose.</summary>
    public const string ProviderInterview = """
        ---
        kind: interview
        title: Interview met Horizon Jeugdzorg
        case: rivierstad
        units: [rivierstad.horizon]
        organisation: Horizon Jeugdzorg
        date: 2023-03-14
        period: 1
        fictitious: true
        speakers:
          - name: Interviewer
            role: interviewer
            organisation: Onderzoek
          - name: Sanne de Vries
            role: bestuurder
            organisation: Horizon Jeugdzorg
        ---
        # Interview met Horizon Jeugdzorg (FICTIEF)

        ## Sturing gemeente en reactie hierop

        ### Wat heeft wat de gemeente wil en hoe ze dit probeert te bereiken betekend voor uw organisatie? (voorbeelden vragen)

        **Interviewer:** Wat heeft dat voor uw organisatie betekend?

        **Sanne de Vries:** We hebben onze werkwijze aangepast aan de wijkteams. Elke behandelaar
        werkt nu vanuit een wijk. Wij staan achter de transformatie, ook als het geld kost.
        [[kenmerk.kunnen:+ @anna |We hebben genoeg mensen om dat te doen.]]

        ### Wat zijn de redenen voor de manier waarop u heeft gereageerd? (doorvragen willen, kunnen, moeten).

        **Sanne de Vries:** De gemeente heeft gelijk dat zorg dichterbij moet. We hebben onze werkwijze aangepast aan de wijkteams, dat zei ik al.

        """;

    /// <summary>A municipality interview (FICTIEF) about two units.</summary>
    public const string MunicipalityInterview = """
        ---
        kind: interview
        title: Interview met de gemeente Rivierstad
        case: rivierstad
        units: [rivierstad.horizon, rivierstad.kompas]
        organisation: Gemeente Rivierstad
        date: 2023-04-02
        period: 1
        fictitious: true
        speakers:
          - name: Interviewer
            role: interviewer
            organisation: Onderzoek
          - name: Joost Bakker
            role: beleid
            organisation: Gemeente Rivierstad
        ---
        # Interview met de gemeente Rivierstad (FICTIEF)

        ## Ervaringen

        ### Wat brengt de sturing bij aanbieders teweeg?

        **Joost Bakker:** Horizon werkt nu echt samen met de wijkteams. Kompas heeft de nieuwe afspraken genegeerd
        en doet wat het altijd deed. Kompas zegt wel dat het meedoet, maar in de praktijk verandert er weinig.

        """;

    /// <summary>
    /// The commands, in the README's order (each line also appears in the README section). Between <c>jhr init</c>
    /// and the first <c>jhr code</c>, <see cref="Create"/> writes the cases, units and transcripts.
    /// </summary>
    public static readonly string[] Commands =
    [
        "jhr init mijn-studie --name \"Rivierenland\" --coders anna,bram --fictitious",
        "jhr code mijn-studie --source horizon-2023 --unit rivierstad.horizon --code reactie.volgen --coder anna --enactment practice --quote \"We hebben onze werkwijze aangepast aan de wijkteams\" --occurrence 1",
        "jhr code mijn-studie --source horizon-2023 --unit rivierstad.horizon --code kenmerk.willen --value + --coder anna --quote \"Wij staan achter de transformatie\"",
        "jhr code mijn-studie --source gemeente-2023 --unit rivierstad.horizon --code reactie.volgen --coder anna --enactment practice --quote \"Horizon werkt nu echt samen met de wijkteams\"",
        "jhr code mijn-studie --source gemeente-2023 --unit rivierstad.kompas --code reactie.trotseren --coder anna --quote \"Kompas heeft de nieuwe afspraken genegeerd\"",
        "jhr code mijn-studie --source gemeente-2023 --unit rivierstad.kompas --code reactie.volgen --coder anna --enactment paper --quote \"Kompas zegt wel dat het meedoet\" --memo \"neemt het woord van de gemeente over\"",
        "jhr code mijn-studie --source horizon-2023 --unit rivierstad.horizon --code reactie.volgen --coder bram --enactment practice --quote \"Elke behandelaar werkt nu vanuit een wijk\"",
        "jhr code mijn-studie --source horizon-2023 --unit rivierstad.horizon --code kenmerk.willen --value + --coder bram --quote \"Wij staan achter de transformatie\"",
        "jhr code mijn-studie --source gemeente-2023 --unit rivierstad.kompas --code reactie.trotseren --coder bram --quote \"Kompas heeft de nieuwe afspraken genegeerd en doet wat het altijd deed\"",
        "jhr code mijn-studie --source gemeente-2023 --unit rivierstad.kompas --code reactie.vermijden --coder bram --quote \"Kompas zegt wel dat het meedoet, maar in de praktijk verandert er weinig\"",
        "jhr codings fix mijn-studie",
        "jhr classify mijn-studie --format csv",
        "jhr agree mijn-studie",
        "jhr agree mijn-studie --level segment",
        "jhr table --data mijn-studie --rows case --cols cluster",
        "jhr report mijn-studie --output mijn-studie/rapport.html",
        "jhr reproduce --data mijn-studie",
        "jhr classify mijn-studie --write-data mijn-studie-data",
        "jhr table --data mijn-studie-data --rows case --cols cluster",
    ];

    /// <summary>Splits a command line the way a POSIX shell does for double-quoted words (all the README uses).</summary>
    public static string[] Split(string commandLine)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var inWord = false;
        foreach (var c in commandLine)
        {
            if (c == '"') { quoted = !quoted; inWord = true; }
            else if (c == ' ' && !quoted) { if (inWord) words.Add(current.ToString()); current.Clear(); inWord = false; }
            else { current.Append(c); inWord = true; }
        }
        if (inWord) words.Add(current.ToString());
        return [.. words];
    }

    /// <summary>Runs one README command line with <c>mijn-studie</c> mapped into <paramref name="root"/>.</summary>
    public static JhrRun Run(string root, string commandLine)
    {
        var words = Split(commandLine);
        if (words[0] != "jhr") throw new ArgumentException($"Not a jhr command: {commandLine}");
        var args = words.Skip(1).Select(w => w.StartsWith(ReadmeFolder, StringComparison.Ordinal) ? Path.Combine(root, w) : w).ToArray();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return new JhrRun(commandLine, exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Makes the whole study in a fresh folder and returns every run, in order; throws on the first failure.</summary>
    public static (string Root, IReadOnlyList<JhrRun> Runs) Create()
    {
        var root = Directory.CreateTempSubdirectory("jhr-own-study-").FullName;
        var runs = new List<JhrRun>();
        foreach (var command in Commands)
        {
            var run = Run(root, command);
            runs.Add(run);
            if (run.ExitCode != 0) throw new InvalidOperationException($"{command} exited {run.ExitCode}:\n{run.Out}\n{run.Error}");
            if (command.StartsWith("jhr init", StringComparison.Ordinal))
            {
                var study = Path.Combine(root, ReadmeFolder);
                File.WriteAllText(Path.Combine(study, "cases.csv"), CasesCsv);
                File.WriteAllText(Path.Combine(study, "units.csv"), UnitsCsv);
                File.WriteAllText(Path.Combine(study, "sources", "horizon-2023.md"), ProviderInterview);
                File.WriteAllText(Path.Combine(study, "sources", "gemeente-2023.md"), MunicipalityInterview);
            }
        }
        return (root, runs);
    }

    private static readonly Lazy<(string Root, IReadOnlyList<JhrRun> Runs)> Made = new(Create);

    /// <summary>The study, made once per test run.</summary>
    public static (string Root, IReadOnlyList<JhrRun> Runs) Shared => Made.Value;

    /// <summary>The study folder of <see cref="Shared"/>.</summary>
    public static string Folder => Path.Combine(Shared.Root, ReadmeFolder);

    /// <summary>The run of a command of <see cref="Commands"/>.</summary>
    public static JhrRun RunOf(string command) => Shared.Runs.Single(r => r.CommandLine == command);
}
