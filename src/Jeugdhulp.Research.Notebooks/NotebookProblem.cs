namespace Jeugdhulp.Research.Notebooks;

/// <summary>
/// One finding of <see cref="NotebookLint"/>: where (the 1-based cell number among all cells and its id; null for
/// the notebook's own metadata) and what, so a reviewer can go straight to it.
/// </summary>
public sealed record NotebookProblem(int? CellNumber, string? CellId, string Message)
{
    /// <summary>"cell 3 (id 'abc'): message", or "notebook: message".</summary>
    public override string ToString() => $"{NotebookLocation.Describe(CellNumber, CellId)}: {Message}";
}
