namespace Jeugdhulp.Research.Cli;

/// <summary>
/// What every command needs from its surroundings: where to write, and where the bundled codebook and data live.
/// </summary>
public sealed class CliContext(TextWriter stdout, TextWriter stderr)
{
    /// <summary>Results.</summary>
    public TextWriter Out { get; } = stdout;
    /// <summary>Errors and warnings.</summary>
    public TextWriter Error { get; } = stderr;

    /// <summary>The codebook file shipped with the toolkit, relative to a project or tool root.</summary>
    public const string DefaultCodebook = "codebooks/jeugdhulp-sturing.yaml";

    /// <summary>
    /// Finds a bundled file: first walking up from the working directory (a checkout or a user's project that
    /// keeps the same layout), then beside the installed tool. A user's own project therefore wins over the bundle.
    /// </summary>
    public static string ResolveBundled(string relativePath)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine(AppContext.BaseDirectory, relativePath);
    }
}
