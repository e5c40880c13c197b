namespace Jeugdhulp.Research.Notebooks;

/// <summary>
/// The outcome of a run: the executed notebook (outputs and execution counts filled in up to and including a
/// failing cell, which carries an error output) and, when it stopped early, why.
/// </summary>
public sealed class NotebookRunResult(Notebook notebook, NotebookFailure? failure, int executedCells)
{
    /// <summary>The notebook with outputs, as VS Code would save it after "Run All".</summary>
    public Notebook Notebook { get; } = notebook;

    /// <summary>Why the run stopped, or null when every cell ran.</summary>
    public NotebookFailure? Failure { get; } = failure;

    /// <summary>Whether every code cell ran without error.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>How many code cells ran (including a failing one).</summary>
    public int ExecutedCells { get; } = executedCells;
}
