using System.CommandLine;
using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Qdpx;
using Jeugdhulp.Research.Coding.Display;
using Jeugdhulp.Research.IO;
using Jeugdhulp.Research.Rendering;

namespace Jeugdhulp.Research.Cli.Commands;

/// <summary>
/// <c>jhr classify</c>, <c>jhr evidence</c> and <c>jhr qdpx import|export|map</c>: from coded transcripts and documents (a coding project, see
/// <c>data/corpus/README.md</c>) to classified strategic responses, with the evidence behind every judgment.
/// </summary>
internal static class CodingCommands
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Classify(context);
        yield return Evidence(context);
        yield return Qdpx(context);
    }

    private static Argument<string> ProjectArgument() => new("project") { Description = "Coding project folder (with project.yaml)." };
    private static Option<string?> CoderOption() => new("--coder") { Description = "Use one coder's codings (default: all coders pooled)." };

    /// <summary>Loads the project and prints its warnings (re-anchored segments, converted files) on stderr.</summary>
    internal static CodingProject Load(CliContext context, string directory)
    {
        var project = CodingProjectLoader.Load(directory);
        foreach (var warning in project.Warnings) context.Error.WriteLine($"warning: {warning}");
        return project;
    }

    private static CoderSelection Coders(CodingProject project, string? coder)
    {
        if (coder is null) return CoderSelection.Pooled;
        if (project.Coders.All(c => c.Id != coder))
            throw new UsageException($"Unknown coder '{coder}'. Coders of {project.Name}: {string.Join(", ", project.Coders.Select(c => c.Id))}.");
        return CoderSelection.Of(coder);
    }

    private static Command Classify(CliContext context)
    {
        var project = ProjectArgument();
        var coder = CoderOption();
        var outputs = OutputOptions.Create(OutputFormat.Markdown, OutputFormat.Text, OutputFormat.Csv, OutputFormat.Html, OutputFormat.Xlsx, OutputFormat.Latex, OutputFormat.Json);
        var writeData = new Option<string?>("--write-data") { Description = "Also write the result as study data (data/ layout) into this folder, for jhr table --data and jhr export units --data." };
        var command = new Command("classify",
            "Classify every unit of a coding project: strategic response and cluster per period with shares of evidence, changes, factor profile; flags judgments resting only on others' accounts; applies overrides.csv.")
        { project, coder, writeData };
        outputs.AddTo(command);
        command.SetAction(parse =>
        {
            var loaded = Load(context, parse.GetValue(project)!);
            var classification = Classifier.Classify(loaded, Coders(loaded, parse.GetValue(coder)));
            var notUsed = ForeignMapping.Table(ForeignMapping.NotUsed(loaded));
            var format = outputs.FormatOf(parse);
            // A CSV file holds one table: the judgments, one row each; JSON is the data shape the workbench serves.
            // Where the codes an imported project did not use have no place in the output, stderr names them.
            if (notUsed is not null && format is OutputFormat.Csv or OutputFormat.Json)
                context.Error.Write(DocumentRenderers.For(OutputFormat.Markdown).RenderText(Document.OfTables([notUsed])));
            if (parse.GetValue(writeData) is { } dataDir)
            {
                StudyDataWriter.Write(classification.ToStudyData(), dataDir, loaded.Units);
                context.Error.WriteLine($"Wrote study data to {dataDir}.");
            }
            if (format == OutputFormat.Json) outputs.Emit(context, parse, ClassificationJson.Write(classification));
            else outputs.Emit(context, parse, format == OutputFormat.Csv
                ? Document.OfTables([ClassificationTables.Judgments(classification)])
                : ClassificationTables.ToDocument(classification, notUsed));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Evidence(CliContext context)
    {
        var project = ProjectArgument();
        var unit = new Argument<string>("unit") { Description = "Unit id (units.csv)." };
        var code = new Option<string?>("--code") { Description = "Only this codebook id and everything below it (e.g. reactie.volgen, kenmerk.willen)." };
        var coder = CoderOption();
        var command = new Command("evidence", "List the coded segments about one unit: source, offsets, code, value, coder, whose account, speaker and quote.")
        { project, unit, code, coder };
        command.SetAction(parse =>
        {
            var loaded = Load(context, parse.GetValue(project)!);
            var unitId = parse.GetValue(unit)!;
            if (loaded.FindUnit(unitId) is null)
                throw new UsageException($"Unknown unit '{unitId}'. Units: {string.Join(", ", loaded.Units.Select(u => u.Id))}.");
            var codeId = parse.GetValue(code);
            if (codeId is not null && loaded.Codebook.Find(codeId) is null)
                throw new UsageException($"'{codeId}' is not an id in codebook {loaded.Codebook.Id} {loaded.Codebook.Version}.");
            context.Out.Write(EvidenceReport.ToMarkdown(loaded, unitId, codeId, Coders(loaded, parse.GetValue(coder))));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Qdpx(CliContext context)
    {
        var command = new Command("qdpx", "Exchange a coding project with QDA tools (ATLAS.ti, NVivo, MAXQDA, QualCoder) as a REFI-QDA project (.qdpx).");

        var file = new Argument<string>("file") { Description = "The .qdpx file to import." };
        var output = new Option<string>("--output", "-o") { Description = "New project folder to create (must not exist or be empty).", Required = true };
        var codebook = new Option<string?>("--codebook") { Description = $"Codebook to classify against, copied into the project (default: {CliContext.DefaultCodebook})." };
        var import = new Command("import", "Turn a .qdpx into a coding project folder; a project from another program is kept whole (its codebook, sources, users, codings) and written back by export. Writes nothing when the file is rejected.") { file, output, codebook };
        import.SetAction(parse =>
        {
            var target = parse.GetValue(output)!;
            var warnings = QdpxImport.Import(parse.GetValue(file)!, target, parse.GetValue(codebook) ?? CliContext.ResolveBundled(CliContext.DefaultCodebook));
            foreach (var warning in warnings) context.Error.WriteLine($"warning: {warning}");
            context.Out.WriteLine($"Wrote {target}.");
            return ExitCodes.Ok;
        });

        var project = ProjectArgument();
        var qdpx = new Option<string>("--output", "-o") { Description = "The .qdpx file to write.", Required = true };
        var key = GuardedOutput.KeyOption();
        var export = new Command("export", "Write a coding project as a .qdpx: codebook codes, sources, selections (code-point offsets), coders as users, units as cases, memos as notes.") { project, qdpx, key };
        export.SetAction(parse =>
        {
            var loaded = Load(context, parse.GetValue(project)!);
            var path = parse.GetValue(qdpx)!;
            if (ForeignProject.IsForeign(loaded.Directory))
                context.Error.WriteLine($"note: {loaded.Name} was imported from another program; the export is that program's project as kept in {ForeignProject.ArchiveFile} (codings added in jhr are not part of it).");
            var qda = QdpxExport.ToQdaProject(loaded);
            if (GuardedOutput.LoadKey(parse, key) is { } pseudonymKey)
                Jeugdhulp.Research.Privacy.ExportGuard.Write(path, Jeugdhulp.Research.RefiQda.QdpxWriter.ToBytes(qda), pseudonymKey);
            else Jeugdhulp.Research.RefiQda.QdpxWriter.Write(qda, path);
            context.Out.WriteLine($"Wrote {path} ({ForeignProject.Codes(qda).Count} codes, {qda.Sources.Length} sources, {ForeignProject.CodingCounts(qda).Values.Sum()} codings).");
            return ExitCodes.Ok;
        });
        var mapProject = ProjectArgument();
        var map = new Command("map",
            $"Map the codes of a project imported from another program onto the codebook: creates {CodebookMap.FileName} with proposals (by GUID, description id, exact id, name, label, synonym), keeps the rows you edited, and turns the codings of accepted rows into evidence.")
        { mapProject };
        map.SetAction(parse =>
        {
            var dir = parse.GetValue(mapProject)!;
            var result = ForeignMapping.Apply(dir);
            var accepted = result.Rows.Count(r => r.Accepted);
            var proposed = result.Rows.Count(r => !r.Accepted && r.CodebookId is not null);
            context.Out.WriteLine($"{(result.Created ? "Wrote" : "Updated")} {Path.Combine(dir, CodebookMap.FileName)}: {result.Rows.Length} codes, {accepted} accepted, {proposed} proposed (set accepted to yes after review), {result.Rows.Length - accepted - proposed} without a proposal.");
            foreach (var basis in result.Rows.Where(r => r.CodebookId is not null).GroupBy(r => r.Basis).OrderBy(g => g.Key, StringComparer.Ordinal))
                context.Out.WriteLine($"  {basis.Key}: {basis.Count()}");
            context.Out.WriteLine($"{result.Codings} coding(s) count in the classification; {result.Unused.Sum(u => u.Codings)} do not (see jhr classify).");
            return ExitCodes.Ok;
        });
        command.Subcommands.Add(import);
        command.Subcommands.Add(export);
        command.Subcommands.Add(map);
        return command;
    }
}
