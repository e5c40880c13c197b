using System.CommandLine;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Server;

namespace Jeugdhulp.Research.Cli.Commands;

/// <summary>
/// <c>jhr serve</c>: the browser workbench over a coding project (see <see cref="WorkbenchServer"/>), on 127.0.0.1
/// only, until Ctrl+C.
/// </summary>
internal static class ServeCommands
{
    public static Command Create(CliContext context)
    {
        var project = new Argument<string>("project") { Description = "Coding project folder (with project.yaml); default: the current folder.", DefaultValueFactory = _ => "." };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (default: a free port).", DefaultValueFactory = _ => 0 };
        var command = new Command("serve",
            "Code sources in the browser: the transcript with speaker turns and line numbers, the codebook with definitions, codings saved to codings/<coder>.csv, the classification with its evidence, the other coder's codings and agreement. Listens on 127.0.0.1 only; stop with Ctrl+C.")
        { project, port };
        command.Validators.Add(result =>
        {
            if (result.GetValue(port) is < 0 or > 65535) result.AddError("--port must be between 0 (a free port) and 65535.");
        });
        command.SetAction(async (parse, cancellation) =>
        {
            var dir = parse.GetValue(project)!;
            if (!StudyFolder.IsCodingProject(dir))
                throw new UsageException($"'{dir}' is not a coding project (no project.yaml); create one with 'jhr init' or 'jhr qdpx import'.");
            await using var running = await WorkbenchServer.StartAsync(new WorkbenchOptions(dir, parse.GetValue(port)), cancellation);
            context.Out.WriteLine($"Workbench for {Path.GetFullPath(dir)}: open {running.Url}");
            context.Out.WriteLine("Only this machine can connect; the address carries this session's key. Stop with Ctrl+C.");
            context.Out.Flush();
            try { await Task.Delay(Timeout.Infinite, cancellation); }
            catch (OperationCanceledException) { }
            await running.StopAsync(CancellationToken.None);
            context.Out.WriteLine("Workbench stopped; every saved coding is in codings/.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
