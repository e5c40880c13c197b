using System.Text.Json.Nodes;

namespace Jeugdhulp.Research.Notebooks.Tests.Runner;

public class NotebookModelTests
{
    [Fact]
    public void A_notebook_in_VS_Codes_layout_round_trips_byte_for_byte()
    {
        var text = File.ReadAllText(RunnerPaths.Fixture("runs.ipynb"));

        Assert.Equal(text, Notebook.Parse(text).ToJson());
    }

    [Fact]
    public void Output_uses_one_space_indent_sorted_keys_and_a_trailing_newline()
    {
        var json = Notebook.Parse("""{"nbformat_minor":5,"nbformat":4,"metadata":{"z":1,"a":{"y":"é<&>\u0001","b":[]}},"cells":[]}""").ToJson();

        Assert.Equal("{\n \"cells\": [],\n \"metadata\": {\n  \"a\": {\n   \"b\": [],\n   \"y\": \"é<&>\\u0001\"\n  },\n  \"z\": 1\n },\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n", json);
    }

    [Fact]
    public void Unknown_metadata_cell_ids_and_fields_survive_a_round_trip()
    {
        var notebook = Notebook.Parse("""
            {"cells":[{"cell_type":"code","id":"c1","metadata":{"custom":{"x":[1,2]},"polyglot_notebook":{"kernelName":"csharp"}},"source":"1 + 1","outputs":[],"execution_count":null,"extra":true}],
             "metadata":{"jupytext":{"formats":"ipynb,md"}},"nbformat":4,"nbformat_minor":5}
            """);

        var again = Notebook.Parse(notebook.ToJson());

        var cell = Assert.Single(again.Cells);
        Assert.Equal("c1", cell.Id);
        Assert.Equal("[1,2]", cell.Metadata["custom"]!["x"]!.ToJsonString());
        Assert.True(cell.Json["extra"]!.GetValue<bool>());
        Assert.Equal("ipynb,md", again.Metadata["jupytext"]!["formats"]!.GetValue<string>());
        Assert.Equal("1 + 1", cell.Source);
    }

    [Fact]
    public void Source_is_written_as_a_list_of_lines_as_VS_Code_does()
    {
        var cell = PolyglotMetadata.CreateCodeCell("var a = 1;\nvar b = 2;\n");

        Assert.Equal("""["var a = 1;\n","var b = 2;\n"]""", cell.Json["source"]!.ToJsonString());
        Assert.Equal("var a = 1;\nvar b = 2;\n", cell.Source);
    }

    [Fact]
    public void A_new_notebook_carries_exactly_the_Polyglot_metadata_for_CSharp()
    {
        var notebook = PolyglotMetadata.CreateNotebook();
        notebook.AddCell(PolyglotMetadata.CreateMarkdownCell("# Titel"));
        notebook.AddCell(PolyglotMetadata.CreateCodeCell("1 + 1"));

        var json = JsonNode.Parse(notebook.ToJson())!;

        Assert.Equal("""{"display_name":".NET (C#)","language":"C#","name":".net-csharp"}""", json["metadata"]!["kernelspec"]!.ToJsonString());
        Assert.Equal("""{"name":"polyglot-notebook"}""", json["metadata"]!["language_info"]!.ToJsonString());
        Assert.Equal("""{"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}""", json["metadata"]!["polyglot_notebook"]!.ToJsonString());
        Assert.Equal("""{"dotnet_interactive":{"language":"csharp"},"polyglot_notebook":{"kernelName":"csharp"}}""", json["cells"]![1]!["metadata"]!.ToJsonString());
        Assert.Equal("{}", json["cells"]![0]!["metadata"]!.ToJsonString());
        Assert.Equal(4, json["nbformat"]!.GetValue<int>());
        Assert.Equal(2, json["nbformat_minor"]!.GetValue<int>());
        Assert.Empty(NotebookLint.Check(notebook));
    }
}
