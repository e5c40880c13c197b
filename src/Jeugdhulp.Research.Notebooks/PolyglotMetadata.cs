using System.Text.Json.Nodes;

namespace Jeugdhulp.Research.Notebooks;

/// <summary>
/// The metadata VS Code's Polyglot Notebooks extension writes for a C# notebook, in one place, so notebooks the
/// toolkit creates open in VS Code as C# notebooks and the lint can say exactly what is missing.
/// </summary>
/// <remarks>
/// Notebook: <c>kernelspec</c> {display_name ".NET (C#)", language "C#", name ".net-csharp"} (the extension
/// hard-codes these, matching <c>dotnet interactive jupyter install</c>), <c>language_info</c> {name
/// "polyglot-notebook"} (VS Code's cell language id), <c>polyglot_notebook.kernelInfo</c> {defaultKernelName
/// "csharp", items [{aliases [], name "csharp"}]}. Code cell: <c>polyglot_notebook.kernelName</c> "csharp" (the
/// canonical one) and <c>dotnet_interactive.language</c> "csharp" (kept by the extension for older readers).
/// nbformat 4.2 is VS Code's default for new notebooks.
/// </remarks>
public static class PolyglotMetadata
{
    /// <summary>The C# kernel's name in .NET Interactive.</summary>
    public const string KernelName = "csharp";
    /// <summary>kernelspec.display_name for C#.</summary>
    public const string KernelspecDisplayName = ".NET (C#)";
    /// <summary>kernelspec.language for C#.</summary>
    public const string KernelspecLanguage = "C#";
    /// <summary>kernelspec.name for C#.</summary>
    public const string KernelspecName = ".net-csharp";
    /// <summary>language_info.name VS Code writes for Polyglot notebooks.</summary>
    public const string LanguageInfoName = "polyglot-notebook";
    /// <summary>nbformat_minor VS Code uses for a new notebook.</summary>
    public const int DefaultFormatMinor = 2;

    /// <summary>The kernelspec object.</summary>
    public static JsonObject Kernelspec() => new()
    {
        ["display_name"] = KernelspecDisplayName,
        ["language"] = KernelspecLanguage,
        ["name"] = KernelspecName,
    };

    /// <summary>The language_info object.</summary>
    public static JsonObject LanguageInfo() => new() { ["name"] = LanguageInfoName };

    /// <summary>The notebook-level polyglot_notebook object (kernel info with C# as default).</summary>
    public static JsonObject NotebookKernelInfo() => new()
    {
        ["kernelInfo"] = new JsonObject
        {
            ["defaultKernelName"] = KernelName,
            ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = KernelName }),
        },
    };

    /// <summary>A new, empty C# notebook with exactly VS Code's metadata.</summary>
    public static Notebook CreateNotebook() => Notebook.Create(new JsonObject
    {
        ["kernelspec"] = Kernelspec(),
        ["language_info"] = LanguageInfo(),
        ["polyglot_notebook"] = NotebookKernelInfo(),
    }, DefaultFormatMinor);

    /// <summary>A C# code cell with VS Code's cell metadata; an id only when given (nbformat 4.5+ notebooks).</summary>
    public static NotebookCell CreateCodeCell(string source, string? id = null)
    {
        var cell = NotebookCell.Create("code", source, id);
        ApplyToCell(cell);
        return cell;
    }

    /// <summary>A markdown cell (VS Code writes empty metadata for these).</summary>
    public static NotebookCell CreateMarkdownCell(string source, string? id = null) => NotebookCell.Create("markdown", source, id);

    /// <summary>Sets the C# kernel metadata on a code cell, keeping its other metadata.</summary>
    public static void ApplyToCell(NotebookCell cell)
    {
        cell.Metadata["dotnet_interactive"] = new JsonObject { ["language"] = KernelName };
        cell.Metadata["polyglot_notebook"] = new JsonObject { ["kernelName"] = KernelName };
    }

    /// <summary>Sets the notebook-level C# metadata and the per-cell kernel of every code cell, keeping other metadata.</summary>
    public static void Apply(Notebook notebook)
    {
        notebook.Metadata["kernelspec"] = Kernelspec();
        if (notebook.Metadata["language_info"] is JsonObject info) info["name"] = LanguageInfoName;
        else notebook.Metadata["language_info"] = LanguageInfo();
        notebook.Metadata["polyglot_notebook"] = NotebookKernelInfo();
        foreach (var cell in notebook.Cells.Where(c => c.IsCode)) ApplyToCell(cell);
    }
}
