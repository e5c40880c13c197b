using System.Reflection;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Theory.Tests.Support;

/// <summary>The checkout the tests run in (recorded at build time by Directory.Build.props) and the bundled study.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Fixture(string name) => File("tests", "Jeugdhulp.Research.Theory.Tests", "Fixtures", name);

    private static readonly Lazy<(Codebook Codebook, StudyData Study)> Loaded = new(() =>
    {
        var book = CodebookLoader.Load(File("codebooks", "jeugdhulp-sturing.yaml"));
        return (book, StudyDataLoader.Load(File("data"), book));
    });

    public static Codebook Codebook => Loaded.Value.Codebook;
    public static StudyData Study => Loaded.Value.Study;
    public static Vocabulary Vocabulary => new(Codebook, Study);

    private static string FindRoot()
    {
        var recorded = typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && System.IO.File.Exists(Path.Combine(recorded, "Jeugdhulp.Research.sln"))) return Path.GetFullPath(recorded).TrimEnd('/');
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Jeugdhulp.Research.sln"))) return dir.FullName;
        throw new InvalidOperationException("Tests must run inside the Jeugdhulp.Research checkout.");
    }
}

/// <summary>One in-process <c>jhr</c> run with captured output, exactly as the command line runs it.</summary>
internal sealed record JhrResult(int ExitCode, string Out, string Error)
{
    public static JhrResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Jeugdhulp.Research.Cli.CliApp.Run(args, stdout, stderr);
        return new JhrResult(code, stdout.ToString(), stderr.ToString());
    }
}
