using Jeugdhulp.Research.Assistant;
using Jeugdhulp.Research.Cli;
using Jeugdhulp.Research.Codebooks;

namespace Jeugdhulp.Research.Assistant.Tests;

/// <summary>Paths of the checkout (through the RepositoryRoot build metadata) and the shared seeds beside it.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Codebook => File("codebooks", "jeugdhulp-sturing.yaml");

    public static string LexiconFile => File("codebooks", "jeugdhulp-sturing.lexicon.yaml");

    /// <summary>A seed text in ../shared/seeds; fails the test, naming the folder, where it is absent (only on CI: elsewhere <c>[SharedFileFact("seeds")]</c> skips).</summary>
    public static string Seed(string prefix) =>
        Directory.EnumerateFiles(Prerequisite.RequireShared("seeds"), prefix + "_*.txt").Single();

    private static readonly Lazy<Codebook> LoadedCodebook = new(() => CodebookLoader.Load(Codebook));
    private static readonly Lazy<Lexicon> LoadedLexicon = new(() => LexiconLoader.Load(LexiconFile, LoadedCodebook.Value));

    public static Codebook BundledCodebook => LoadedCodebook.Value;
    public static Lexicon BundledLexicon => LoadedLexicon.Value;

    private static string FindRoot()
    {
        var recorded = typeof(Repo).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && System.IO.File.Exists(Path.Combine(recorded, "Jeugdhulp.Research.sln"))) return Path.GetFullPath(recorded).TrimEnd('/');
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Jeugdhulp.Research.sln"))) return dir.FullName;
        throw new InvalidOperationException("Tests must run inside the Jeugdhulp.Research checkout.");
    }
}

/// <summary>Runs jhr in-process with captured output.</summary>
public static class Jhr
{
    public static (int Code, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
