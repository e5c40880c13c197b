using System.CommandLine;
using System.Text;
using System.Text.Json;
using Jeugdhulp.Research.Notebooks;

namespace Jeugdhulp.Research.Cli.Commands;

/// <summary>
/// <c>jhr notebook run|export|lint</c>: the toolkit runs its Polyglot notebooks itself, since .NET Interactive is
/// deprecated, exports them to .NET 10 file-based apps, and checks their metadata and outputs.
/// </summary>
internal static class NotebookCommands
{
    private const string DefaultNotebooks = "notebooks";

    public static Command Create(CliContext context)
    {
        var command = new Command("notebook", "Run, export and check the Polyglot (C#) notebooks without .NET Interactive.");
        command.Subcommands.Add(Run(context));
        command.Subcommands.Add(Export(context));
        command.Subcommands.Add(Lint(context));
        return command;
    }

    private static Command Run(CliContext context)
    {
        var notebook = new Argument<string>("notebook") { Description = "The .ipynb to run; its folder is the working directory." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the executed notebook (with outputs) here, also when a cell fails." };
        var parameters = new Option<string[]>("--parameter", "-p")
        {
            Description = "NAME=VALUE, repeatable; assigned in a cell injected after the cell tagged 'parameters' (int, double, bool, else string).",
            DefaultValueFactory = _ => [],
        };
        var command = new Command("run", "Run every C# cell in order in one session, headlessly; exit 1 naming the cell and line that fails.")
        { notebook, output, parameters };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(notebook)!;
            IReadOnlyDictionary<string, string> values;
            try { values = NotebookParameters.Parse(parse.GetValue(parameters) ?? []); }
            catch (ArgumentException e) { throw new UsageException(e.Message); }
            var source = Load(path);
            NotebookRunResult result;
            try
            {
                result = await NotebookRunner.RunAsync(source, new NotebookRunOptions
                {
                    WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(path)),
                    Parameters = values,
                    NotebookName = Path.GetFileNameWithoutExtension(path),
                }, cancellationToken);
            }
            catch (ArgumentException e) { throw new UsageException(e.Message); }
            var target = parse.GetValue(output);
            if (target is not null) result.Notebook.Save(target);
            if (result.Failure is { } failure)
            {
                context.Error.WriteLine($"{path}: {failure}");
                if (target is not null) context.Error.WriteLine($"Wrote the partially executed notebook to {target}.");
                return ExitCodes.InvalidInput;
            }
            context.Out.WriteLine($"{path}: ran {result.ExecutedCells} code cell(s) without error.{(target is null ? "" : $" Wrote {target}.")}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Export(CliContext context)
    {
        var notebook = new Argument<string>("notebook") { Description = "The .ipynb to export; it stays the source." };
        var to = new Option<string>("--to") { Description = "Target format: cs (a .NET 10 file-based app for `dotnet run file.cs`).", Required = true };
        to.AcceptOnlyFromAmong("cs");
        var output = new Option<string?>("--output", "-o") { Description = "The .cs file to write (default: standard output; #:project paths are then relative to the notebook)." };
        var command = new Command("export", "Export a notebook to a .NET 10 file-based app: #:project/#:package directives, markdown as comments, cells in order.")
        { notebook, to, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(notebook)!;
            var target = parse.GetValue(output);
            var notebookDirectory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var outputDirectory = target is null ? notebookDirectory : Path.GetDirectoryName(Path.GetFullPath(target))!;
            var text = NotebookExporter.ToFileBasedApp(Load(path), notebookDirectory, outputDirectory, Path.GetFileName(path));
            if (target is null)
            {
                context.Out.Write(text);
                return ExitCodes.Ok;
            }
            Directory.CreateDirectory(outputDirectory);
            File.WriteAllText(target, text, new UTF8Encoding(false));
            context.Out.WriteLine($"Wrote {target}; run it with: dotnet run {target}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Lint(CliContext context)
    {
        var notebooks = new Argument<string[]>("notebooks")
        {
            Description = $"Notebooks to check (default: {DefaultNotebooks}/*.ipynb).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("lint", "Check notebook metadata (VS Code's C# Polyglot metadata), that cells are C#, and that no output loads scripts from the internet.")
        { notebooks };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(notebooks) is { Length: > 0 } given ? given : DefaultPaths();
            if (paths.Length == 0)
            {
                context.Out.WriteLine($"No notebooks in {CliContext.ResolveBundled(DefaultNotebooks)}.");
                return ExitCodes.Ok;
            }
            var total = 0;
            foreach (var path in paths)
            {
                var problems = NotebookLint.Check(Load(path));
                foreach (var problem in problems) context.Error.WriteLine($"{path}: {problem}");
                total += problems.Count;
            }
            if (total > 0)
            {
                context.Error.WriteLine($"{total} problem(s) in {paths.Length} notebook(s).");
                return ExitCodes.InvalidInput;
            }
            context.Out.WriteLine($"{paths.Length} notebook(s) OK.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string[] DefaultPaths()
    {
        var folder = CliContext.ResolveBundled(DefaultNotebooks);
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal)] : [];
    }

    private static Notebook Load(string path)
    {
        try { return Notebook.Load(path); }
        catch (JsonException e) { throw new IOException($"{path} is not a valid notebook: {e.Message}", e); }
    }
}
