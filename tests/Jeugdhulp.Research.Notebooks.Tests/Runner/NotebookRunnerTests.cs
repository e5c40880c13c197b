using System.Text.Json.Nodes;

namespace Jeugdhulp.Research.Notebooks.Tests.Runner;

public class NotebookRunnerTests
{
    private static readonly NotebookRunOptions s_withFixtures = new()
    {
        References = [typeof(FixtureScore).Assembly],
        Imports = [typeof(FixtureScore).Namespace!],
    };

    private static Task<NotebookRunResult> RunFixture(string name, IReadOnlyDictionary<string, string>? parameters = null) =>
        NotebookRunner.RunFileAsync(RunnerPaths.Fixture(name), new NotebookRunOptions
        {
            References = s_withFixtures.References,
            Imports = s_withFixtures.Imports,
            Parameters = parameters ?? new Dictionary<string, string>(),
        });

    private static Task<NotebookRunResult> RunCells(params string[] cells)
    {
        var notebook = PolyglotMetadata.CreateNotebook();
        foreach (var source in cells) notebook.AddCell(PolyglotMetadata.CreateCodeCell(source));
        return NotebookRunner.RunAsync(notebook, new NotebookRunOptions { WorkingDirectory = RunnerPaths.Fixtures });
    }

    private static JsonObject Output(NotebookRunResult result, string cellId, int index = 0) =>
        (JsonObject)result.Notebook.Cells.Single(c => c.Id == cellId).Outputs[index]!;

    private static readonly System.Text.Json.JsonSerializerOptions s_plain = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Json(JsonNode? node) => node!.ToJsonString(s_plain);

    private static string Text(JsonNode? lines) => string.Concat(((JsonArray)lines!).Select(l => l!.GetValue<string>()));

    [Fact]
    public async Task The_fixture_notebook_runs_and_its_outputs_are_written_back_as_VS_Code_would()
    {
        var result = await RunFixture("runs.ipynb");

        Assert.Null(result.Failure);
        Assert.Equal(7, result.ExecutedCells);

        // Console output and the trailing expression of one cell.
        var sum = result.Notebook.Cells.Single(c => c.Id == "sum");
        Assert.Equal(2, sum.ExecutionCount);
        Assert.Equal("""{"name":"stdout","output_type":"stream","text":["hallo x2\n"]}""", Json(sum.Outputs[0]!));
        Assert.Equal("""{"data":{"text/plain":["12"]},"execution_count":2,"metadata":{},"output_type":"execute_result"}""", Json(sum.Outputs[1]!));

        // display(...) and .Display() of a type with a TypeFormatterSource: HTML and plain text; stderr and stdout in order.
        var html = result.Notebook.Cells.Single(c => c.Id == "html");
        Assert.Equal(4, html.Outputs.Count);
        Assert.Equal("""{"data":{"text/html":["<b class=\"score\">Maas</b> 50%"],"text/plain":["Maas: 50%"]},"metadata":{},"output_type":"display_data"}""", Json(html.Outputs[0]!));
        Assert.Equal("<b class=\"score\">Rijn</b> 25%", Text(html.Outputs[1]!["data"]!["text/html"]));
        Assert.Equal("""{"name":"stderr","output_type":"stream","text":["let op: fixture\n"]}""", Json(html.Outputs[2]!));
        Assert.Equal("""{"name":"stdout","output_type":"stream","text":["quiet\n"]}""", Json(html.Outputs[3]!));

        // #r "nuget:" mapped to the toolkit's own YamlDotNet; the notebook folder is the working directory.
        Assert.Equal("a: 1", Text(Output(result, "nuget")["data"]!["text/plain"]));
        Assert.Equal("True", Text(Output(result, "folder")["data"]!["text/plain"]));
        // A #r of the toolkit's own assembly uses the runner's copy, whatever build folder the path names.
        Assert.Equal("Jeugdhulp.Research", Text(Output(result, "toolkit")["data"]!["text/plain"]));
        // A trailing void call has no result, only its console output.
        Assert.Equal("""[{"name":"stdout","output_type":"stream","text":["no value\n"]}]""", Json(result.Notebook.Cells.Single(c => c.Id == "void").Outputs));

        // The source notebook is untouched; the executed one is a valid, lint-clean notebook in VS Code's layout.
        Assert.Empty(Notebook.Load(RunnerPaths.Fixture("runs.ipynb")).Cells.SelectMany(c => c.Outputs));
        Assert.Empty(NotebookLint.Check(result.Notebook));
        Assert.Equal(result.Notebook.ToJson(), Notebook.Parse(result.Notebook.ToJson()).ToJson());
    }

    [Fact]
    public async Task A_compile_error_names_the_cell_its_id_and_the_line()
    {
        var result = await RunFixture("compile-error.ipynb");

        var failure = Assert.IsType<NotebookFailure>(result.Failure);
        Assert.Equal((3, "broken", 2), (failure.CellNumber, failure.CellId, failure.Line));
        Assert.Equal("compile error", failure.Kind);
        Assert.StartsWith("cell 3 (id 'broken'), line 2: compile error: CS0103: The name 'nope' does not exist", failure.ToString());
        // Partially executed: the first cell ran, the failing one holds the error, the last never ran.
        Assert.Equal(1, result.Notebook.Cells[0].ExecutionCount);
        Assert.Equal("error", result.Notebook.Cells[2].Outputs.Single()!["output_type"]!.GetValue<string>());
        Assert.Null(result.Notebook.Cells[3].ExecutionCount);
        Assert.Empty(result.Notebook.Cells[3].Outputs);
    }

    [Fact]
    public async Task A_runtime_exception_names_the_cell_and_the_line_that_threw()
    {
        var result = await RunFixture("runtime-error.ipynb");

        var failure = Assert.IsType<NotebookFailure>(result.Failure);
        Assert.Equal((2, "throws", 3), (failure.CellNumber, failure.CellId, failure.Line));
        Assert.Equal("runtime error", failure.Kind);
        Assert.StartsWith("System.ArgumentOutOfRangeException:", failure.Message);
        var outputs = result.Notebook.Cells[1].Outputs;
        Assert.Equal("""{"name":"stdout","output_type":"stream","text":["before\n"]}""", outputs[0]!.ToJsonString());
        Assert.Equal("error", outputs[1]!["output_type"]!.GetValue<string>());
        Assert.Equal(1, result.ExecutedCells - 1);
    }

    [Fact]
    public async Task An_unknown_nuget_package_is_refused_without_any_download()
    {
        var result = await RunCells("var a = 1;", "// packages\n#r \"nuget: Humanizer.Core, 2.14.1\"\nvar b = 2;");

        var failure = Assert.IsType<NotebookFailure>(result.Failure);
        Assert.Equal((2, 2, "unknown package"), (failure.CellNumber, failure.Line, failure.Kind));
        Assert.Contains("'Humanizer.Core', which is not one of the toolkit's pinned packages", failure.Message);
        Assert.Contains("YamlDotNet 16.3.0", failure.Message);
    }

    [Fact]
    public async Task A_toolkit_package_at_another_version_is_refused_naming_the_pinned_one()
    {
        var result = await RunCells("#r \"nuget:YamlDotNet, 15.1.0\"");

        var failure = Assert.IsType<NotebookFailure>(result.Failure);
        Assert.Equal("unknown package version", failure.Kind);
        Assert.Contains("the toolkit pins 16.3.0", failure.Message);
    }

    [Theory]
    [InlineData("#!fsharp\nlet x = 1")]
    [InlineData("#!pwsh\nGet-Date")]
    [InlineData("#!time\nvar x = 1;")]
    [InlineData("#!set --name x --value 1")]
    [InlineData("#!value --name data\n1,2")]
    [InlineData("#!share --from fsharp x")]
    public async Task Magic_commands_other_than_csharp_are_rejected(string cell)
    {
        var result = await RunCells("var ok = true;", cell);

        var failure = Assert.IsType<NotebookFailure>(result.Failure);
        Assert.Equal((2, 1, "unsupported magic command"), (failure.CellNumber, failure.Line, failure.Kind));
        Assert.Contains($"'{cell.Split('\n')[0].Split(' ')[0]}' is a .NET Interactive magic command the runner does not support", failure.Message);
    }

    [Fact]
    public async Task A_package_source_is_rejected()
    {
        var result = await RunCells("#i \"nuget: https://example.org/feed\"");

        Assert.Equal("unsupported directive", result.Failure?.Kind);
    }

    [Fact]
    public async Task Csharp_magic_is_a_no_op_and_line_numbers_stay_those_of_the_cell()
    {
        var result = await RunCells("#!csharp\nvar x = 1;\nvar y = missing;");

        Assert.Equal(3, result.Failure?.Line);
        Assert.Equal("compile error", result.Failure?.Kind);
    }

    [Fact]
    public async Task Cells_share_one_session_with_the_kernels_default_imports()
    {
        var result = await RunCells(
            "var sb = new StringBuilder(\"a\");\nIList list = new ArrayList { 1 };\nvar items = new List<int> { 1, 2 };",
            "async Task<int> Twice(int n) { await Task.Yield(); return 2 * n; }\nsb.Append(await Twice(items.Sum() + list.Count)).ToString()");

        Assert.Null(result.Failure);
        Assert.Equal("a8", Text(result.Notebook.Cells[1].Outputs[0]!["data"]!["text/plain"]));
    }

    [Fact]
    public async Task Parameters_are_injected_after_the_parameters_cell_with_typed_literals()
    {
        var result = await RunFixture("runs.ipynb", new Dictionary<string, string> { ["count"] = "5", ["greeting"] = "dag \"jij\"\\", ["share"] = "0.75", ["verbose"] = "true" });

        Assert.Null(result.Failure);
        var injected = result.Notebook.Cells[2];
        Assert.Equal(["injected-parameters"], injected.Tags);
        Assert.Equal(NotebookParameters.InjectedCellId, injected.Id);
        Assert.Equal("// Parameters injected by jhr\ncount = 5;\ngreeting = \"dag \\\"jij\\\"\\\\\";\nshare = 0.75;\nverbose = true;", injected.Source);
        Assert.Equal("csharp", injected.KernelName);
        var sum = result.Notebook.Cells.Single(c => c.Id == "sum");
        Assert.Equal("dag \"jij\"\\ x5\n", Text(sum.Outputs[0]!["text"]));
        Assert.Equal("30", Text(sum.Outputs[1]!["data"]!["text/plain"]));
        Assert.Equal("Maas: 75%", Text(Output(result, "html")["data"]!["text/plain"]));
        Assert.Equal("verbose\n", Text(Output(result, "html", 3)["text"]));
    }

    [Fact]
    public async Task A_number_for_a_string_parameter_stays_a_string_and_reruns_replace_the_injected_cell()
    {
        var notebook = PolyglotMetadata.CreateNotebook();
        var parameters = PolyglotMetadata.CreateCodeCell("string label = \"a\";\nvar year = 2020;");
        parameters.Metadata["tags"] = new JsonArray("parameters");
        notebook.AddCell(parameters);
        notebook.AddCell(PolyglotMetadata.CreateCodeCell("label + \"/\" + year"));

        var first = await NotebookRunner.RunAsync(notebook, new NotebookRunOptions { Parameters = new Dictionary<string, string> { ["label"] = "42" } });
        var second = await NotebookRunner.RunAsync(first.Notebook, new NotebookRunOptions { Parameters = new Dictionary<string, string> { ["year"] = "2024" } });

        Assert.Equal("42/2020", Text(first.Notebook.Cells[2].Outputs[0]!["data"]!["text/plain"]));
        Assert.Equal(3, second.Notebook.Cells.Count);
        Assert.Equal("a/2024", Text(second.Notebook.Cells[2].Outputs[0]!["data"]!["text/plain"]));
    }

    [Fact]
    public async Task A_parameter_the_parameters_cell_does_not_declare_is_an_error_before_anything_runs()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => RunFixture("runs.ipynb", new Dictionary<string, string> { ["unknown"] = "1" }));

        Assert.Contains("'unknown' not declared in the parameters cell (cell 2)", error.Message);
    }

    [Theory]
    [InlineData("12", "12")]
    [InlineData("-3", "-3")]
    [InlineData("12345678901", "12345678901L")]
    [InlineData("2.5", "2.5")]
    [InlineData("1e3", "1000.0")]
    [InlineData("True", "true")]
    [InlineData("maas", "\"maas\"")]
    [InlineData("regel\nnieuw", "\"regel\\nnieuw\"")]
    [InlineData("NaN", "\"NaN\"")]
    public void Parameter_values_become_typed_CSharp_literals(string value, string literal)
        => Assert.Equal(literal, NotebookParameters.Literal(value));

    [Fact]
    public async Task The_real_Interactive_formatting_attribute_is_honoured_too()
    {
        var notebook = PolyglotMetadata.CreateNotebook();
        notebook.AddCell(PolyglotMetadata.CreateCodeCell("new InteractiveBadge(\"<ok>\")"));

        var result = await NotebookRunner.RunAsync(notebook, s_withFixtures);

        Assert.Null(result.Failure);
        Assert.Equal("<span class=\"badge\">&lt;ok&gt;</span>", Text(result.Notebook.Cells[0].Outputs[0]!["data"]!["text/html"]));
    }

    [Fact]
    public async Task A_non_CSharp_cell_is_refused()
    {
        var notebook = PolyglotMetadata.CreateNotebook();
        var cell = PolyglotMetadata.CreateCodeCell("let x = 1");
        cell.Metadata["polyglot_notebook"] = new JsonObject { ["kernelName"] = "fsharp" };
        notebook.AddCell(cell);

        var result = await NotebookRunner.RunAsync(notebook, new NotebookRunOptions());

        Assert.Equal("unsupported kernel", result.Failure?.Kind);
    }
}
