using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jeugdhulp.Research.Notebooks;

/// <summary>
/// A Jupyter notebook (.ipynb, nbformat 4) as VS Code's Polyglot Notebooks extension writes it. The JSON is kept
/// as a tree, so metadata the toolkit does not know (other tools', future VS Code versions') survives a round trip,
/// and <see cref="ToJson"/> writes it back in VS Code's own layout so saved notebooks diff cleanly.
/// </summary>
public sealed class Notebook
{
    private readonly JsonObject _root;
    private readonly List<NotebookCell> _cells;

    private Notebook(JsonObject root)
    {
        _root = root;
        var cells = root["cells"] as JsonArray ?? [];
        root.Remove("cells");
        _cells = [];
        var number = 0;
        foreach (var node in cells.ToList())
        {
            number++;
            if (node is not JsonObject cell) throw new JsonException($"Cell {number}: every entry of 'cells' must be an object.");
            Validate(cell, number);
            cells.Remove(cell);
            _cells.Add(new NotebookCell(cell));
        }
        if (root["metadata"] is not JsonObject) root["metadata"] = new JsonObject();
    }

    /// <summary>Notebook files larger than this are refused unread (the toolkit's limit for every input file, 64 MiB).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    // Duplicate keys are rejected by the parser (a JsonException with the property and position), not later by
    // JsonObject's dictionary (an ArgumentException on first access).
    private static readonly JsonDocumentOptions ParseOptions = new() { AllowTrailingCommas = false, AllowDuplicateProperties = false };

    /// <summary>Parses notebook JSON; throws <see cref="JsonException"/> when it is not a notebook.</summary>
    public static Notebook Parse(string json)
    {
        var node = JsonNode.Parse(json, documentOptions: ParseOptions);
        if (node is not JsonObject root || root["cells"] is not JsonArray)
            throw new JsonException("Not a Jupyter notebook: the top level must be an object with a 'cells' array.");
        return new Notebook(root);
    }

    /// <summary>Reads a notebook file (UTF-8); a file over <see cref="MaxFileBytes"/> is refused with a <see cref="JsonException"/>.</summary>
    public static Notebook Load(string path)
    {
        var info = new FileInfo(path);
        if (info.Exists && info.Length > MaxFileBytes)
            throw new JsonException($"Notebook {path} is {info.Length:N0} bytes; the limit is {MaxFileBytes:N0}.");
        return Parse(File.ReadAllText(path, Encoding.UTF8));
    }

    // The fields the model reads with a fixed type: the source must be a string or a list of strings (nbformat's
    // multiline string), so a wrongly typed one is reported here rather than failing later in NotebookCell.Source.
    private static void Validate(JsonObject cell, int number)
    {
        switch (cell["source"])
        {
            case null:
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                break;
            case JsonArray lines:
                for (var i = 0; i < lines.Count; i++)
                    if (lines[i] is not JsonValue line || line.GetValueKind() != JsonValueKind.String)
                        throw new JsonException($"Cell {number}: 'source' must be a string or a list of strings; line {i + 1} is {Kind(lines[i])}.");
                break;
            case var other:
                throw new JsonException($"Cell {number}: 'source' must be a string or a list of strings, not {Kind(other)}.");
        }
    }

    private static string Kind(JsonNode? node) => node is null ? "null" : node.GetValueKind().ToString().ToLowerInvariant();

    /// <summary>Creates an empty notebook with only the given top-level metadata; see <see cref="PolyglotMetadata.CreateNotebook"/> for a VS Code one.</summary>
    public static Notebook Create(JsonObject metadata, int formatMinor)
        => new(new JsonObject { ["cells"] = new JsonArray(), ["metadata"] = metadata, ["nbformat"] = 4, ["nbformat_minor"] = formatMinor });

    /// <summary>The cells, in order.</summary>
    public IReadOnlyList<NotebookCell> Cells => _cells;

    /// <summary>Top-level metadata (kernelspec, language_info, polyglot_notebook, and anything else), live.</summary>
    public JsonObject Metadata => (JsonObject)_root["metadata"]!;

    /// <summary>nbformat (4 for every notebook the toolkit reads).</summary>
    public int Format => _root["nbformat"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : 0;

    /// <summary>nbformat_minor; cell ids exist from 4.5 on.</summary>
    public int FormatMinor
    {
        get => _root["nbformat_minor"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : 0;
        set => _root["nbformat_minor"] = value;
    }

    /// <summary>Inserts a cell at <paramref name="index"/>.</summary>
    public void InsertCell(int index, NotebookCell cell) => _cells.Insert(index, cell);

    /// <summary>Appends a cell.</summary>
    public void AddCell(NotebookCell cell) => _cells.Add(cell);

    /// <summary>Removes a cell.</summary>
    public bool RemoveCell(NotebookCell cell) => _cells.Remove(cell);

    /// <summary>The 1-based number of a cell among all cells, as used in every message about a cell.</summary>
    public int NumberOf(NotebookCell cell) => _cells.IndexOf(cell) + 1;

    /// <summary>A deep copy, so a run can fill in outputs without touching the source notebook.</summary>
    public Notebook Clone() => Parse(ToJson());

    /// <summary>The notebook as VS Code writes it: sorted keys, one-space indent, trailing newline.</summary>
    public string ToJson()
    {
        var root = (JsonObject)_root.DeepClone();
        root["cells"] = new JsonArray([.. _cells.Select(c => c.Json.DeepClone())]);
        return NotebookJson.Write(root);
    }

    /// <summary>Writes the notebook (UTF-8 without BOM, via a temporary file so a crash never leaves half a notebook).</summary>
    public void Save(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        File.WriteAllText(temp, ToJson(), new UTF8Encoding(false));
        File.Move(temp, full, overwrite: true);
    }
}
