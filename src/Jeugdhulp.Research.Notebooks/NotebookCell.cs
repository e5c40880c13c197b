using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jeugdhulp.Research.Notebooks;

/// <summary>
/// One notebook cell, a live view on its JSON so unknown fields and metadata are kept as they were.
/// </summary>
public sealed class NotebookCell
{
    internal NotebookCell(JsonObject json)
    {
        Json = json;
        if (Json["metadata"] is not JsonObject) Json["metadata"] = new JsonObject();
    }

    /// <summary>Creates a cell of the given type (code, markdown, raw) with empty metadata; <see cref="PolyglotMetadata"/> adds VS Code's.</summary>
    public static NotebookCell Create(string cellType, string source, string? id = null)
    {
        var json = new JsonObject { ["cell_type"] = cellType, ["metadata"] = new JsonObject(), ["source"] = NotebookJson.Lines(source) };
        if (id is not null) json["id"] = id;
        if (cellType == "code")
        {
            json["execution_count"] = null;
            json["outputs"] = new JsonArray();
        }
        return new NotebookCell(json);
    }

    /// <summary>The cell's JSON object, for fields the model does not expose.</summary>
    public JsonObject Json { get; }

    /// <summary>"code", "markdown" or "raw".</summary>
    public string CellType => Json["cell_type"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";

    /// <summary>Whether the cell holds code.</summary>
    public bool IsCode => CellType == "code";

    /// <summary>The cell id (nbformat 4.5+), or null for older notebooks.</summary>
    public string? Id => Json["id"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The source text; set writes it back as a list of lines, as VS Code does.</summary>
    public string Source
    {
        get => NotebookJson.Text(Json["source"]);
        set => Json["source"] = NotebookJson.Lines(value);
    }

    /// <summary>Cell metadata (tags, polyglot_notebook, dotnet_interactive, ...), live.</summary>
    public JsonObject Metadata => (JsonObject)Json["metadata"]!;

    /// <summary>The cell's tags (metadata.tags), e.g. "parameters".</summary>
    public IReadOnlyList<string> Tags => Metadata["tags"] is JsonArray tags
        ? [.. tags.OfType<JsonValue>().Where(t => t.GetValueKind() == JsonValueKind.String).Select(t => t.GetValue<string>())]
        : [];

    /// <summary>
    /// The .NET Interactive kernel the cell is for: metadata.polyglot_notebook.kernelName, else the older
    /// metadata.dotnet_interactive.language; null when the cell names none (it then uses the notebook default).
    /// </summary>
    public string? KernelName =>
        Metadata["polyglot_notebook"]?["kernelName"] is JsonValue k && k.TryGetValue<string>(out var name) ? name
        : Metadata["dotnet_interactive"]?["language"] is JsonValue l && l.TryGetValue<string>(out var language) ? language
        : null;

    /// <summary>The outputs of a code cell (empty for other cells), live.</summary>
    public JsonArray Outputs
    {
        get
        {
            if (Json["outputs"] is JsonArray outputs) return outputs;
            var created = new JsonArray();
            if (IsCode) Json["outputs"] = created;
            return created;
        }
    }

    /// <summary>The execution count of a code cell; null when it has not run.</summary>
    public int? ExecutionCount
    {
        get => Json["execution_count"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;
        set => Json["execution_count"] = value;
    }
}
