using System.Reflection;

namespace Jeugdhulp.Research.Notebooks;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook.</summary>
public sealed class NotebookRunOptions
{
    /// <summary>
    /// The working directory of the run and the base of relative <c>#r</c> paths; should be the notebook's folder
    /// (what VS Code uses), which <see cref="NotebookRunner.RunFileAsync"/> sets. Default: the current directory.
    /// </summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Papermill-style parameters (NAME to VALUE text), injected after the cell tagged <c>parameters</c>.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Extra assemblies of the host the cells may use (for embedding and tests); shared, not reloaded.</summary>
    public IReadOnlyList<Assembly> References { get; init; } = [];

    /// <summary>Extra namespaces imported into every cell, after <see cref="NotebookRunner.DefaultImports"/>.</summary>
    public IReadOnlyList<string> Imports { get; init; } = [];

    /// <summary>Name used for the notebook in cell file names of stack traces; default "notebook".</summary>
    public string NotebookName { get; init; } = "notebook";
}
