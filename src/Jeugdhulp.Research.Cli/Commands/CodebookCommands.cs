using System.CommandLine;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Codebooks.Export;
using Jeugdhulp.Research.Coding.Qdpx;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Cli.Commands;

/// <summary><c>jhr codebook validate|show|export|diff</c>.</summary>
internal static class CodebookCommands
{
    public static Command Create(CliContext context)
    {
        var command = new Command("codebook", "Read, check, export and compare codebooks.");
        command.Subcommands.Add(Validate(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Export(context));
        command.Subcommands.Add(Diff(context));
        return command;
    }

    private static Argument<string?> FileArgument() => new("file")
    {
        Description = $"Codebook file (default: {CliContext.DefaultCodebook}).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    internal static Codebook Load(string? path) => CodebookLoader.Load(path ?? CliContext.ResolveBundled(CliContext.DefaultCodebook));

    private static Command Validate(CliContext context)
    {
        var file = FileArgument();
        var command = new Command("validate", "Check a codebook and report every problem with line and column.") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file) ?? CliContext.ResolveBundled(CliContext.DefaultCodebook);
            var problems = CodebookLoader.Validate(path);
            if (problems.Count > 0)
            {
                foreach (var p in problems) context.Error.WriteLine(p);
                context.Error.WriteLine($"{problems.Count} problem(s) in {path}.");
                return ExitCodes.InvalidInput;
            }
            var codebook = CodebookLoader.Load(path);
            context.Out.WriteLine($"{path}: valid ({codebook.Id} {codebook.Version}, {codebook.Entries.Length} entries, {codebook.ValueSets.Length} value sets).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var id = new Argument<string?>("id") { Description = "Entry id to show with its definition, values and children (default: the whole tree).", Arity = ArgumentArity.ZeroOrOne };
        var codebookOption = new Option<string?>("--codebook") { Description = $"Codebook file (default: {CliContext.DefaultCodebook})." };
        var command = new Command("show", "Show the codebook tree, or one entry in full.") { id, codebookOption };
        command.SetAction(parse =>
        {
            var codebook = Load(parse.GetValue(codebookOption));
            var entryId = parse.GetValue(id);
            context.Out.Write(entryId is null ? CodebookText.Tree(codebook) : CodebookText.Entry(codebook, entryId));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Export(CliContext context)
    {
        var file = FileArgument();
        var format = new Option<string>("--format") { Description = "qdc (REFI-QDA codebook), md, html or json.", Required = true };
        format.AcceptOnlyFromAmong("qdc", "md", "html", "json");
        var output = new Option<string>("--output", "-o") { Description = "File to write.", Required = true };
        var command = new Command("export", "Export the codebook for a QDA tool (REFI-QDA .qdc), a report (md, html) or other software (json).") { file, format, output };
        command.SetAction(parse =>
        {
            var codebook = Load(parse.GetValue(file));
            var text = parse.GetValue(format) switch
            {
                "qdc" => CodebookCodes.Qdc(codebook),
                "md" => CodebookMarkdownWriter.Write(codebook),
                "html" => CodebookHtmlWriter.Write(codebook),
                _ => CodebookJsonWriter.Write(codebook),
            };
            var path = parse.GetValue(output)!;
            AtomicFile.WriteAllText(path, text);
            context.Out.WriteLine($"Wrote {path} ({codebook.Entries.Length} entries).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Diff(CliContext context)
    {
        var oldFile = new Argument<string>("old") { Description = "The earlier codebook." };
        var newFile = new Argument<string>("new") { Description = "The later codebook." };
        var command = new Command("diff", "List entries added, removed and changed between two codebook versions.") { oldFile, newFile };
        command.SetAction(parse =>
        {
            var diagnostics = new List<Diagnostic>();
            Codebook? Read(string path)
            {
                try { return CodebookLoader.Load(path); }
                catch (InputException e) { diagnostics.AddRange(e.Diagnostics); return null; }
            }
            var before = Read(parse.GetValue(oldFile)!);
            var after = Read(parse.GetValue(newFile)!);
            if (before is null || after is null) throw new InputException(diagnostics);
            context.Out.WriteLine(CodebookDiff.Compare(before, after).ToText());
            return ExitCodes.Ok;
        });
        return command;
    }
}
