using Jeugdhulp.Research.Cli;

namespace Jeugdhulp.Research.Coding.Tests.Support;

/// <summary>The result of one in-process <c>jhr</c> run.</summary>
public sealed record JhrResult(int ExitCode, string Out, string Error);

/// <summary>Runs <c>jhr</c> in-process, exactly as the command line would, with captured output.</summary>
public static class Jhr
{
    /// <summary>Runs <c>jhr</c> with the given arguments.</summary>
    public static JhrResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return new JhrResult(code, stdout.ToString(), stderr.ToString());
    }
}
