using System.CommandLine;
using Jeugdhulp.Research.IO;
using Jeugdhulp.Research.Privacy;

namespace Jeugdhulp.Research.Cli.Commands;

/// <summary>
/// Every file or table an export command writes goes through here: with <c>--key</c> the leak check runs first and
/// refuses to write (or print) anything that still holds a real name; the write itself is atomic.
/// </summary>
internal static class GuardedOutput
{
    public static Option<string?> KeyOption() => new("--key")
    {
        Description = "Pseudonym key (real name -> pseudonym, kept outside the project): refuse to write if any real name appears in the output.",
    };

    public static PseudonymKey? LoadKey(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { } path ? PseudonymKey.Load(path) : null;

    /// <summary>Writes text to a file, or prints it when <paramref name="path"/> is null; checked for leaks first.</summary>
    public static void Text(CliContext context, string? path, string text, PseudonymKey? key)
    {
        if (path is null)
        {
            if (key is not null) LeakCheck.EnsureNone(text, key, "standard output");
            context.Out.Write(text);
            return;
        }
        ExportGuard.Write(path, text, key);
    }

    /// <summary>Writes a binary file (xlsx) after checking every part for leaks.</summary>
    public static void Binary(string path, Action<Stream> write, PseudonymKey? key)
    {
        if (key is null)
        {
            AtomicFile.Write(path, write);
            return;
        }
        using var buffer = new MemoryStream();
        write(buffer);
        ExportGuard.Write(path, buffer.ToArray(), key);
    }
}
