using System.Collections.Immutable;
using System.CommandLine;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;
using Jeugdhulp.Research.Rendering;

namespace Jeugdhulp.Research.Cli.Commands;

/// <summary>
/// <c>jhr init</c>, <c>jhr code</c> and <c>jhr codings fix</c>: starting a study of your own and recording codings by
/// quote, so nobody has to count offsets or copy a project layout by hand.
/// </summary>
internal static class ProjectCommands
{
    /// <summary>The coder id <c>jhr init</c> writes when none is given.</summary>
    public const string DefaultCoder = "codeur1";

    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Init(context);
        yield return Code(context);
        yield return Codings(context);
        yield return Recommendations(context);
    }

    private static Command Recommendations(CliContext context)
    {
        var project = new Argument<string>("project") { Description = "Study folder with recommendations.csv (a coding project)." };
        var caseFilter = new Option<string?>("--case") { Description = "Only the recommendations of this case." };
        var status = new Option<string?>("--status") { Description = $"Only those with this status ({string.Join(", ", RecommendationRegister.Statuses)})." };
        var outputs = OutputOptions.Create(OutputFormat.Text, OutputFormat.Markdown, OutputFormat.Csv, OutputFormat.Html, OutputFormat.Xlsx, OutputFormat.Latex, OutputFormat.Json);
        var command = new Command("recommendations",
            "The recommendations register of a study (recommendations.csv): addressee, intended effect, term, follow-up status and the recommendation verbatim with its seed lines; list or export it.")
        { project, caseFilter, status };
        outputs.AddTo(command);
        command.SetAction(parse =>
        {
            var loaded = CodingProjectLoader.Load(parse.GetValue(project)!);
            var register = RecommendationRegister.Read(loaded.Directory, loaded.Cases);
            if (register.IsEmpty) throw new UsageException($"{Path.Combine(loaded.Directory, RecommendationRegister.FileName)} does not exist or lists nothing.");
            if (parse.GetValue(caseFilter) is { } c && loaded.Cases.All(x => x.Id != c))
                throw new UsageException($"--case '{c}' is not a case of the study ({string.Join(", ", loaded.Cases.Select(x => x.Id))}).{DidYouMean.Hint(c, loaded.Cases.Select(x => x.Id))}");
            if (parse.GetValue(status) is { } st && !RecommendationRegister.Statuses.Contains(st))
                throw new UsageException($"--status '{st}' must be one of {string.Join(", ", RecommendationRegister.Statuses)}.{DidYouMean.Hint(st, RecommendationRegister.Statuses)}");
            var selected = register.Where(r => (parse.GetValue(caseFilter) ?? r.Case) == r.Case && (parse.GetValue(status) ?? r.Status) == r.Status).ToList();
            outputs.Emit(context, parse, Document.OfTables([RecommendationRegister.ToTable(selected, loaded.Cases)]));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Init(CliContext context)
    {
        var directory = new Argument<string>("dir") { Description = "Folder of the new study (created if missing; must be empty unless --force)." };
        var name = new Option<string?>("--name") { Description = "The study's name (default: the folder name)." };
        var coders = new Option<string?>("--coders") { Description = $"Comma-separated coder ids (default: {DefaultCoder})." };
        var codebook = new Option<string?>("--codebook") { Description = "A codebook file of your own; it is copied into the study as codebook.yaml (default: the bundled codebook, named by id and version)." };
        var fictitious = new Option<bool>("--fictitious") { Description = "Mark the study as illustrative material: every output then says FICTIEF." };
        var allowNewCoders = new Option<bool>("--allow-new-coders") { Description = "Let jhr code add a coder who is not yet listed in project.yaml." };
        var force = new Option<bool>("--force") { Description = "Also create the study in a folder that is not empty (existing files are never overwritten)." };
        var command = new Command("init",
            "Start a study: project.yaml naming the codebook by id and version, empty cases.csv and units.csv, sources/, codings/, interview templates from the dissertation's guides (Appendix 4) and a README with the next steps.")
        { directory, name, coders, codebook, fictitious, allowNewCoders, force };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(directory)!;
            var ownCodebook = parse.GetValue(codebook);
            var book = CodebookCommands.Load(ownCodebook);
            var reference = ownCodebook is null ? CodebookReference.Bundled(book.Id, book.Version) : CodebookReference.InProject("codebook.yaml");
            ImmutableArray<string> ids = [.. (parse.GetValue(coders) ?? DefaultCoder).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
            if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Length) throw new UsageException("--coders names a coder twice.");
            var studyName = parse.GetValue(name) ?? Path.GetFileName(Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
            var request = new StudyScaffold.Request(studyName, ids, reference, parse.GetValue(fictitious)) { AllowNewCoders = parse.GetValue(allowNewCoders) };
            if (ownCodebook is not null && File.Exists(Path.Combine(dir, "codebook.yaml")))
                throw new UsageException($"{Path.Combine(dir, "codebook.yaml")} already exists; nothing was written.");
            var written = StudyScaffold.Create(dir, request, parse.GetValue(force));
            if (ownCodebook is not null) AtomicFile.WriteAllBytes(Path.Combine(dir, "codebook.yaml"), File.ReadAllBytes(ownCodebook));
            context.Out.WriteLine($"Created study '{studyName}' in {dir}: {string.Join(", ", written.Where(f => !f.EndsWith(".gitkeep", StringComparison.Ordinal)))}{(ownCodebook is null ? "" : ", codebook.yaml")}.");
            context.Out.WriteLine($"Codebook: {book.Id} {book.Version}{(ownCodebook is null ? " (bundled with jhr)" : " (copied into the study)")}. Next: read {Path.Combine(dir, "README.md")}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Code(CliContext context)
    {
        var project = new Argument<string>("project") { Description = "Coding project folder (with project.yaml)." };
        var source = new Option<string>("--source") { Description = "Source id (file name in sources/ without .md, or its front matter id).", Required = true };
        var unit = new Option<string>("--unit") { Description = "The unit the coding is evidence about; one of the source's units.", Required = true };
        var code = new Option<string>("--code") { Description = "Codebook id, e.g. reactie.volgen or kenmerk.willen.", Required = true };
        var value = new Option<string?>("--value") { Description = "Value where the code has one (+, -, +/-)." };
        var coder = new Option<string>("--coder") { Description = "Coder id from project.yaml.", Required = true };
        var quote = new Option<string>("--quote") { Description = "The text to code, as it appears in the source (line breaks and runs of spaces may differ).", Required = true };
        var occurrence = new Option<int?>("--occurrence") { Description = "Which occurrence (1, 2, ...) when the quote occurs more than once." };
        var period = new Option<int?>("--period") { Description = "Response period (default: the source's period)." };
        var memo = new Option<string?>("--memo") { Description = "A memo with the coding." };
        var demand = new Option<string?>("--demand") { Description = "The steering demand (demands.csv) a response segment is about; default: the steering as a whole." };
        var enactment = new Option<string?>("--enactment") { Description = "practice | paper | intention: whether a response segment shows an adapted working method, a statement on paper only, or an intention (volgen counts only with practice)." };
        var command = new Command("code",
            "Record one coding by quote: finds the quote in the source, computes the offsets and appends the coding to codings/<coder>.csv; refuses (changing nothing) anything that would not load.")
        { project, source, unit, code, value, coder, quote, occurrence, period, memo, demand, enactment };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(project)!;
            var loaded = CodingProjectLoader.Load(directory);
            var recorded = ProjectCoding.Add(loaded, new QuoteCoding(parse.GetValue(source)!, parse.GetValue(unit)!, parse.GetValue(code)!, parse.GetValue(value),
                parse.GetValue(coder)!, parse.GetValue(quote)!, parse.GetValue(occurrence), parse.GetValue(period), parse.GetValue(memo),
                parse.GetValue(demand), parse.GetValue(enactment)), DateTimeOffset.Now);
            var s = recorded.Segment;
            if (recorded.CoderAdded) context.Error.WriteLine($"Added coder '{s.Coder}' to project.yaml.");
            var about = (s.Demand is null ? "" : $", demand {s.Demand}") + (s.Enactment is { } e ? $", enactment {EnactmentNames.ToName(e)}" : "");
            context.Out.WriteLine($"Coded {s.Code}{(s.Value is null ? "" : ":" + s.Value)} for {s.Unit} by {s.Coder}{about}: '{s.Source}' {s.Start}-{s.End} (line {recorded.SourceLine}); written to {recorded.File} line {recorded.Line}.");
            if (Jeugdhulp.Research.Coding.Classification.MethodRules.UncountedFollowing(loaded, s) is { } note) context.Error.WriteLine(note);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Codings(CliContext context)
    {
        var command = new Command("codings", "Maintain the codings files of a coding project.");
        var project = new Argument<string>("project") { Description = "Coding project folder (with project.yaml)." };
        var fix = new Command("fix", "Write the offsets of codings that were re-anchored after their source was edited back into codings/*.csv.") { project };
        fix.SetAction(parse =>
        {
            var loaded = CodingCommands.Load(context, parse.GetValue(project)!);
            var fixedFiles = ProjectCoding.FixOffsets(loaded);
            if (fixedFiles.Length == 0) context.Out.WriteLine("Every coding is where its offsets say; nothing to fix.");
            foreach (var (file, count) in fixedFiles) context.Out.WriteLine($"Fixed {count} coding(s) in {file}.");
            return ExitCodes.Ok;
        });
        command.Subcommands.Add(fix);
        return command;
    }
}
