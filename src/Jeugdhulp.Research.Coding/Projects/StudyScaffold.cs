using System.Collections.Immutable;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>
/// The files of a new, empty study (<c>jhr init</c>): <c>project.yaml</c> naming the codebook by id and version,
/// <c>cases.csv</c> and <c>units.csv</c> with their headers only, empty <c>sources/</c> and <c>codings/</c>, transcript
/// templates built from the dissertation's interview guides (<see cref="InterviewGuide"/>) in <c>templates/</c>, and a
/// short Dutch <c>README.md</c> that says what to do next. The result loads with <see cref="CodingProjectLoader"/>.
/// </summary>
public static class StudyScaffold
{
    /// <summary>The provider interview template, relative to the study.</summary>
    public const string ProviderTemplate = "templates/interview-aanbieder.md";
    /// <summary>The municipality interview template, relative to the study.</summary>
    public const string MunicipalityTemplate = "templates/interview-gemeente.md";

    /// <summary>What <c>jhr init</c> is asked to create.</summary>
    /// <param name="Name">The study's name.</param>
    /// <param name="Coders">Coder ids (at least one).</param>
    /// <param name="Codebook">The codebook reference written into <c>project.yaml</c>.</param>
    /// <param name="Fictitious">Marks the study as illustrative material (every output then says so).</param>
    public sealed record Request(string Name, ImmutableArray<string> Coders, CodebookReference Codebook, bool Fictitious = false)
    {
        /// <summary>Lets <c>jhr code</c> add a coder who is not yet listed (<c>allow_new_coders: true</c>).</summary>
        public bool AllowNewCoders { get; init; }
    }

    /// <summary>Every file of the new study, by path relative to it (forward slashes).</summary>
    public static ImmutableSortedDictionary<string, string> Files(Request request)
    {
        var project = new CodingProject
        {
            Directory = "",
            Name = request.Name,
            Fictitious = request.Fictitious,
            AllowNewCoders = request.AllowNewCoders,
            CodebookPath = request.Codebook.ToString(),
            CodebookReference = request.Codebook,
            Codebook = null!,
            Coders = [.. request.Coders.Select(c => new Coder(c, null))],
        };
        return new Dictionary<string, string>
        {
            ["project.yaml"] = ProjectFiles.ProjectYaml(project),
            ["cases.csv"] = CsvText.Write(["case", "name"], []),
            ["units.csv"] = CsvText.Write(["unit", "case", "provider", "actor_type"], []),
            ["sources/.gitkeep"] = "",
            ["codings/.gitkeep"] = "",
            [ProviderTemplate] = InterviewGuide.Template(InterviewGuide.Provider, "een aanbieder"),
            [MunicipalityTemplate] = InterviewGuide.Template(InterviewGuide.Municipality, "een gemeente"),
            ["README.md"] = Readme(request),
        }.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Creates the study in <paramref name="directory"/>. Refuses a folder that is not empty unless
    /// <paramref name="allowNonEmpty"/>; even then no existing file is overwritten (all conflicts are named, nothing is
    /// written). Returns the files written.
    /// </summary>
    /// <exception cref="InputException">The folder is not empty, or a file already exists.</exception>
    public static ImmutableArray<string> Create(string directory, Request request, bool allowNonEmpty)
    {
        if (request.Coders.IsDefaultOrEmpty)
            throw new InputException(new Diagnostic(directory, 0, 0, "no-coders", "A study needs at least one coder (--coders A,B)."));
        foreach (var coder in request.Coders)
            if (coder.Length == 0 || coder.Any(c => char.IsWhiteSpace(c) || c is '|' or '[' or ']' or '"' or '/' or '\\' or ','))
                throw new InputException(new Diagnostic(directory, 0, 0, "invalid-id", $"Coder id '{coder}' may not be empty or contain spaces, '|', brackets, quotes or slashes (it is written as @{coder} and names codings/{coder}.csv)."));
        var files = Files(request);
        if (Directory.Exists(directory))
        {
            var existing = Directory.EnumerateFileSystemEntries(directory).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal).ToList();
            if (existing.Count > 0 && !allowNonEmpty)
                throw new InputException(new Diagnostic(directory, 0, 0, "directory-not-empty",
                    $"The folder is not empty ({string.Join(", ", existing.Take(5))}{(existing.Count > 5 ? ", ..." : "")}); choose a new folder, or pass --force to add a study beside what is there (no file is overwritten)."));
            var conflicts = files.Keys.Where(f => File.Exists(Path.Combine(directory, f))).ToList();
            if (conflicts.Count > 0)
                throw new InputException(new Diagnostic(directory, 0, 0, "file-exists",
                    $"{string.Join(", ", conflicts)} already exist(s); nothing was written. Move them away or choose a new folder."));
        }
        foreach (var (path, content) in files) AtomicFile.WriteAllText(Path.Combine(directory, path), content);
        return [.. files.Keys];
    }

    private static string Readme(Request request) => $"""
        # {request.Name}

        {(request.Fictitious ? "> **FICTIEF.** Deze studie is gemarkeerd als illustratief (`fictitious: true` in project.yaml); elke uitvoer zegt dat.\n\n" : "")}Een studie naar sturing en strategische reacties in de jeugdhulp, gemaakt met `jhr init` (Jeugdhulp.Research).
        Het codeboek is `{request.Codebook}` (in `project.yaml`); codeurs: {string.Join(", ", request.Coders)}.

        ## Wat nu

        1. **Cases en eenheden.** Zet je gemeenten in `cases.csv` (`case,name`, bijvoorbeeld `rivierstad,Gemeente Rivierstad`)
           en je eenheden (aanbieder binnen gemeente) in `units.csv` (`unit,case,provider,actor_type`, bijvoorbeeld
           `rivierstad.horizon,rivierstad,Horizon Jeugdzorg,provider`).
        2. **Bronnen.** Kopieer `{ProviderTemplate}` of `{MunicipalityTemplate}` naar `sources/<bron-id>.md`,
           vul de velden bovenaan in (case, units, organisatie, sprekers) en zet het transcript onder de vragen
           (de itemlijsten uit Bijlage 4 van het proefschrift).
        3. **Coderen.** In de tekst zelf (`[[reactie.volgen @{request.Coders[0]} enactment=practice |gecodeerde tekst]]`), op citaat
           (`jhr code . --source <bron-id> --unit <eenheid> --code reactie.volgen --enactment practice --coder {request.Coders[0]} --quote "..."`)
           of in een QDA-programma (`jhr qdpx import`). Volgen telt, zoals in het proefschrift, alleen als de werkwijze
           echt is aangepast (`enactment=practice`); `paper` (alleen op papier) wordt voorgesteld als vermijden/verbergen,
           `intention` (een voornemen) telt niet. Eisen van de gemeente per case kunnen in `demands.csv`
           (`case,demand,name,weight` met weight `main` of `minor`); een reactie op één eis codeer je met `--demand <eis>`.
        4. **Classificeren en vergelijken.** `jhr classify .`, `jhr agree .` (bij twee of meer codeurs),
           `jhr table --data . --rows case --cols cluster`, `jhr report . --output rapport.html`.

        Een bron die na het coderen is bewerkt: `jhr codings fix .` legt de verschoven posities vast.

        """.Replace("\r\n", "\n");
}
