namespace Jeugdhulp.Research.Notebooks;

/// <summary>
/// Why a run stopped: the cell (1-based among all cells, and its id), the line within the cell when known, the
/// kind of failure and the compiler's or runtime's message, so the author can go straight to the line.
/// </summary>
public sealed record NotebookFailure(int CellNumber, string? CellId, int? Line, string Kind, string Message)
{
    /// <summary>"cell 3 (id 'abc'), line 2: compile error: CS0103: ...".</summary>
    public override string ToString() => $"{NotebookLocation.Describe(CellNumber, CellId, Line)}: {Kind}: {Message}";
}
