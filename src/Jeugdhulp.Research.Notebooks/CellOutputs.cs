using System.Text;
using System.Text.Json.Nodes;

namespace Jeugdhulp.Research.Notebooks;

/// <summary>
/// Collects one cell's outputs in the order they happen: console text as stream outputs (consecutive writes to the
/// same stream merged, as Jupyter does) and displayed values as display_data, ready to write into the notebook.
/// </summary>
internal sealed class CellOutputs
{
    private readonly object _gate = new();
    private readonly JsonArray _outputs = [];
    private readonly StringBuilder _pending = new();
    private string? _pendingStream;

    public void Write(string stream, string text)
    {
        if (text.Length == 0) return;
        lock (_gate)
        {
            if (_pendingStream != stream) Flush();
            _pendingStream = stream;
            _pending.Append(text);
        }
    }

    public void Display(object? value, IReadOnlyCollection<string>? mimeTypes)
    {
        var data = DisplayFormatter.Format(value, mimeTypes);
        lock (_gate)
        {
            Flush();
            _outputs.Add(new JsonObject { ["data"] = Data(data), ["metadata"] = new JsonObject(), ["output_type"] = "display_data" });
        }
    }

    public void Result(object? value, int executionCount)
    {
        var data = DisplayFormatter.Format(value);
        lock (_gate)
        {
            Flush();
            _outputs.Add(new JsonObject
            {
                ["data"] = Data(data),
                ["execution_count"] = executionCount,
                ["metadata"] = new JsonObject(),
                ["output_type"] = "execute_result",
            });
        }
    }

    public void Error(string name, string message, IEnumerable<string> traceback)
    {
        lock (_gate)
        {
            Flush();
            _outputs.Add(new JsonObject
            {
                ["ename"] = name,
                ["evalue"] = message,
                ["output_type"] = "error",
                ["traceback"] = new JsonArray([.. traceback.Select(t => (JsonNode)t)]),
            });
        }
    }

    /// <summary>The outputs so far (flushing pending console text), detached copies.</summary>
    public IEnumerable<JsonNode> Take()
    {
        lock (_gate)
        {
            Flush();
            return [.. _outputs.Select(o => o!.DeepClone())];
        }
    }

    private void Flush()
    {
        if (_pending.Length == 0 || _pendingStream is null) return;
        _outputs.Add(new JsonObject { ["name"] = _pendingStream, ["output_type"] = "stream", ["text"] = NotebookJson.Lines(_pending.ToString()) });
        _pending.Clear();
        _pendingStream = null;
    }

    private static JsonObject Data(SortedDictionary<string, string> data)
    {
        var json = new JsonObject();
        foreach (var (mime, text) in data) json[mime] = NotebookJson.Lines(text);
        return json;
    }
}
