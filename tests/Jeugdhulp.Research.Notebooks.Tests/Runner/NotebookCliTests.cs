using Jeugdhulp.Research.Cli;

namespace Jeugdhulp.Research.Notebooks.Tests.Runner;

public class NotebookCliTests
{
    private static (int Exit, string Out, string Error) Jhr(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Run_writes_the_executed_notebook_and_exits_0()
    {
        var output = Path.Combine(RunnerPaths.TempFolder(), "executed.ipynb");
        var notebook = RunnerPaths.Fixture("runtime-error.ipynb");
        // A notebook that runs with the CLI's own references: no fixture types needed.
        var source = Notebook.Load(RunnerPaths.Fixture("compile-error.ipynb"));
        source.RemoveCell(source.Cells[2]);
        var runnable = Path.Combine(Path.GetDirectoryName(output)!, "runnable.ipynb");
        source.Save(runnable);

        var (exit, stdout, _) = Jhr("notebook", "run", runnable, "--output", output);

        Assert.Equal(0, exit);
        Assert.Contains("ran 2 code cell(s) without error", stdout);
        var executed = Notebook.Load(output);
        Assert.Equal("never runs\n", string.Concat(executed.Cells[2].Outputs[0]!["text"]!.AsArray().Select(l => l!.GetValue<string>())));
        Assert.True(File.Exists(notebook));
    }

    [Fact]
    public void A_failing_cell_exits_1_naming_cell_and_line_and_still_writes_the_partial_notebook()
    {
        var output = Path.Combine(RunnerPaths.TempFolder(), "partial.ipynb");

        var (exit, _, stderr) = Jhr("notebook", "run", RunnerPaths.Fixture("runtime-error.ipynb"), "-o", output);

        Assert.Equal(1, exit);
        Assert.Contains("runtime-error.ipynb: cell 2 (id 'throws'), line 3: runtime error: System.ArgumentOutOfRangeException", stderr);
        Assert.Equal(2, Notebook.Load(output).Cells.Count(c => c.ExecutionCount is not null));
    }

    [Fact]
    public void A_compile_error_exits_1()
    {
        var (exit, _, stderr) = Jhr("notebook", "run", RunnerPaths.Fixture("compile-error.ipynb"));

        Assert.Equal(1, exit);
        Assert.Contains("cell 3 (id 'broken'), line 2: compile error: CS0103", stderr);
    }

    [Theory]
    [InlineData("notebook", "run")]
    [InlineData("notebook", "run", "x.ipynb", "--parameter", "no-equals-sign")]
    [InlineData("notebook", "export", "x.ipynb", "--to", "py")]
    public void Usage_errors_exit_2(params string[] args) => Assert.Equal(2, Jhr(args).Exit);

    [Fact]
    public void An_undeclared_parameter_is_a_usage_error()
    {
        var (exit, _, stderr) = Jhr("notebook", "run", RunnerPaths.Fixture("runs.ipynb"), "-p", "count=3", "-p", "x=2");

        Assert.Equal(2, exit);
        Assert.Contains("not declared in the parameters cell", stderr);
    }

    [Fact]
    public void Export_writes_a_cs_file()
    {
        var output = Path.Combine(RunnerPaths.TempFolder(), "app.cs");

        var (exit, stdout, _) = Jhr("notebook", "export", "--to", "cs", RunnerPaths.Fixture("export-app.ipynb"), "--output", output);

        Assert.Equal(0, exit);
        Assert.Contains("dotnet run", stdout);
        Assert.StartsWith("#:project ", File.ReadAllText(output));
    }

    [Fact]
    public void Lint_reports_problems_with_exit_1_and_passes_clean_notebooks()
    {
        var bad = Jhr("notebook", "lint", RunnerPaths.Fixture("lint-internet-script.ipynb"), RunnerPaths.Fixture("runs.ipynb"));
        var good = Jhr("notebook", "lint", RunnerPaths.Fixture("runs.ipynb"), RunnerPaths.Fixture("export-app.ipynb"));

        Assert.Equal(1, bad.Exit);
        Assert.Contains("lint-internet-script.ipynb: cell 2 (id 'chart'): an output loads a script from the internet", bad.Error);
        Assert.Contains("2 problem(s) in 2 notebook(s).", bad.Error);
        Assert.Equal(0, good.Exit);
        Assert.Contains("2 notebook(s) OK.", good.Out);
    }
}
