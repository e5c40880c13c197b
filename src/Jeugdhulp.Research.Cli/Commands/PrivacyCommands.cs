using System.CommandLine;
using Jeugdhulp.Research.Privacy;

namespace Jeugdhulp.Research.Cli.Commands;

/// <summary>
/// <c>jhr pseudonymise PROJECT --key FILE --output DIR</c>: a pseudonymised copy of a coding project to share, with
/// offsets recomputed, every segment re-verified and every file leak-checked before anything is moved into place.
/// </summary>
internal static class PrivacyCommands
{
    public static Command Create(CliContext context)
    {
        var project = new Argument<string>("project") { Description = "Coding project folder (with project.yaml)." };
        var key = new Option<string>("--key") { Description = "Key file (CSV kind,name,pseudonym or YAML jhr-pseudonym-key/1); must lie outside the project folder.", Required = true };
        var output = new Option<string>("--output") { Description = "Folder to write the pseudonymised project to; must not exist or be empty.", Required = true };
        var command = new Command("pseudonymise",
            "Replace the real names of municipalities, providers and persons in a coding project by pseudonyms (sources, codings, metadata, memos), keeping every coding's offsets valid; refuses to finish if any name is left.")
        { project, key, output };
        command.Aliases.Add("pseudonymize");
        command.SetAction(parse =>
        {
            try
            {
                var result = ProjectPseudonymiser.Run(parse.GetValue(project)!, parse.GetValue(key)!, parse.GetValue(output)!);
                foreach (var w in result.Warnings) context.Error.WriteLine($"warning: {w}");
                foreach (var f in result.NotCopied) context.Error.WriteLine($"warning: not copied (not part of the project; it may hold names): {f}");
                context.Out.WriteLine($"Wrote {result.OutputDirectory}: {result.Files.Length} files, {result.Replacements} names replaced, {result.Segments} codings re-verified, leak check passed.");
                return ExitCodes.Ok;
            }
            catch (LeakException e)
            {
                foreach (var d in e.ToDiagnostics()) context.Error.WriteLine(d.ToString());
                context.Error.WriteLine($"jhr: {e.Leaks.Count} real name(s) left in the output; nothing was written. Add the missing spellings to the key.");
                return ExitCodes.InvalidInput;
            }
        });
        return command;
    }
}
