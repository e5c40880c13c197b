using System.CommandLine;
using Jeugdhulp.Research.Cli.Commands;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Cli;

/// <summary>Exit codes of <c>jhr</c>, stable so that scripts and CI can rely on them.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;
    /// <summary>The input (codebook, data, ...) is invalid, or a reproduction differs from the published numbers.</summary>
    public const int InvalidInput = 1;
    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;
}

/// <summary>
/// The <c>jhr</c> command line. Runs in-process with injectable writers so tests exercise exactly what users run.
/// </summary>
public static class CliApp
{
    /// <summary>Parses and runs one command line; results go to <paramref name="stdout"/>, errors to <paramref name="stderr"/>.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand("jhr: codebook, case data and cross-case comparison for research on steering youth care (Jeugdhulp.Research).");
        // Command groups, one line each; every group lives in Commands/<Name>Commands.cs.
        root.Subcommands.Add(CodebookCommands.Create(context));
        foreach (var command in StudyCommands.Create(context)) root.Subcommands.Add(command);
        root.Subcommands.Add(NotebookCommands.Create(context));
        foreach (var command in ProjectCommands.Create(context)) root.Subcommands.Add(command);
        foreach (var command in CodingCommands.Create(context)) root.Subcommands.Add(command);
        foreach (var command in TheoryCommands.Create(context)) root.Subcommands.Add(command);
        root.Subcommands.Add(AssistantCommands.Create(context));
        root.Subcommands.Add(AssistantCommands.CreateReview(context));
        root.Subcommands.Add(AgreeCommands.Create(context));
        root.Subcommands.Add(ReportCommands.Create(context));
        root.Subcommands.Add(PrivacyCommands.Create(context));
        root.Subcommands.Add(ServeCommands.Create(context));
        // (register further command groups above this line)

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"jhr: {error.Message}");
            stderr.WriteLine($"Run '{string.Join(' ', ["jhr", .. CommandPath(parse.CommandResult)])} --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromSeconds(5) });
        }
        catch (InputException e)
        {
            foreach (var d in e.Diagnostics) stderr.WriteLine(d.ToString());
            // A mistake located in a command-line option (--where, --rows, ...) is a usage error, whichever option it is in.
            return e.Diagnostics.All(d => d.File.StartsWith("--", StringComparison.Ordinal)) ? ExitCodes.Usage : ExitCodes.InvalidInput;
        }
        catch (Jeugdhulp.Research.Privacy.LeakException e)
        {
            foreach (var d in e.ToDiagnostics()) stderr.WriteLine(d.ToString());
            stderr.WriteLine($"jhr: {e.Leaks.Count} real name(s) in the output; nothing was written. Pseudonymise the data first (jhr pseudonymise).");
            return ExitCodes.InvalidInput;
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"jhr: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"jhr: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"jhr: {e.Message}");
            return ExitCodes.InvalidInput;
        }
    }

    private static IEnumerable<string> CommandPath(System.CommandLine.Parsing.CommandResult? result)
    {
        var names = new Stack<string>();
        for (var r = result; r is not null && r.Parent is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
            names.Push(r.Command.Name);
        return names;
    }
}

/// <summary>A command line that parses but makes no sense (e.g. conflicting options); exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
