using System.CommandLine;
using Jeugdhulp.Research.Rendering;

namespace Jeugdhulp.Research.Cli.Commands;

/// <summary>
/// The output options every exporting command shares (<c>--format</c>, <c>--output</c>, <c>--key</c>) and the one
/// <see cref="Emit"/> they all write through: the renderer comes from <see cref="DocumentRenderers"/>, and with
/// <c>--key</c> the leak check always runs before anything is printed or written (atomically).
/// </summary>
internal sealed class OutputOptions
{
    private OutputOptions(Option<OutputFormat> format, Option<string?> output, Option<string?> key)
    {
        Format = format;
        Output = output;
        Key = key;
    }

    /// <summary><c>--format</c>, parsed into the format enum from its name (text, md, csv, html, xlsx, latex, json).</summary>
    public Option<OutputFormat> Format { get; }
    /// <summary><c>--output</c>/<c>-o</c>.</summary>
    public Option<string?> Output { get; }
    /// <summary><c>--key</c>, the pseudonym key for the leak check.</summary>
    public Option<string?> Key { get; }

    /// <summary>The options for a command that supports <paramref name="formats"/> (the first is the default).</summary>
    public static OutputOptions Create(params OutputFormat[] formats) => Create(false, formats);

    /// <summary>The options; with <paramref name="outputRequired"/> the command always writes a file.</summary>
    public static OutputOptions Create(bool outputRequired, params OutputFormat[] formats)
    {
        var names = formats.Select(f => DocumentRenderers.For(f).Name).ToList();
        var format = new Option<OutputFormat>("--format")
        {
            Description = $"{string.Join(", ", names)} (default {names[0]}).",
            DefaultValueFactory = _ => formats[0],
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : names[0];
                if (DocumentRenderers.Find(text) is { } renderer && formats.Contains(renderer.Format)) return renderer.Format;
                result.AddError($"--format '{text}' is not supported here; use one of: {string.Join(", ", names)}.");
                return formats[0];
            },
        };
        format.CompletionSources.Add(names.ToArray());
        var output = new Option<string?>("--output", "-o")
        {
            Description = outputRequired ? "File to write." : "File to write (default: standard output; required for xlsx).",
            Required = outputRequired,
        };
        return new OutputOptions(format, output, GuardedOutput.KeyOption());
    }

    /// <summary>Adds the three options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Output);
        command.Options.Add(Key);
    }

    /// <summary>The chosen format.</summary>
    public OutputFormat FormatOf(ParseResult parse) => parse.GetValue(Format);

    /// <summary>
    /// Renders <paramref name="document"/> in the chosen format and prints or writes it; always through the leak check
    /// when a key is given. Returns the path written, or null when printed.
    /// </summary>
    public string? Emit(CliContext context, ParseResult parse, Document document, bool announce = true)
    {
        var renderer = DocumentRenderers.For(parse.GetValue(Format));
        if (parse.GetValue(Output) is null && renderer.IsBinary) throw new UsageException($"--format {renderer.Name} needs --output FILE{renderer.Extension}.");
        return Write(context, parse, () => renderer.Render(document), () => renderer.RenderText(document), announce);
    }

    /// <summary>
    /// Prints or writes a command's own data text (the JSON a program reads, not a rendered document) the same way:
    /// through the leak check, atomically. Returns the path written, or null when printed.
    /// </summary>
    public string? Emit(CliContext context, ParseResult parse, string data, bool announce = true) =>
        Write(context, parse, () => System.Text.Encoding.UTF8.GetBytes(data), () => data, announce);

    private string? Write(CliContext context, ParseResult parse, Func<byte[]> bytes, Func<string> text, bool announce)
    {
        var path = parse.GetValue(Output);
        var key = GuardedOutput.LoadKey(parse, Key);
        if (path is null)
        {
            GuardedOutput.Text(context, null, text(), key);
            return null;
        }
        var content = bytes();
        GuardedOutput.Binary(path, stream => stream.Write(content), key);
        if (announce) context.Out.WriteLine($"Wrote {path}.");
        return path;
    }
}
