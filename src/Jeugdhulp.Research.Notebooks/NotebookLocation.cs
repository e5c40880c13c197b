namespace Jeugdhulp.Research.Notebooks;

/// <summary>How every message names a place in a notebook, so lint, runner and exporter read alike.</summary>
internal static class NotebookLocation
{
    public static string Describe(int? cellNumber, string? cellId, int? line = null)
    {
        if (cellNumber is null) return "notebook";
        var text = $"cell {cellNumber}";
        if (!string.IsNullOrEmpty(cellId)) text += $" (id '{cellId}')";
        if (line is not null) text += $", line {line}";
        return text;
    }
}
