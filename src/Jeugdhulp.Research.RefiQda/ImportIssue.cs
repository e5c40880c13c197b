namespace Jeugdhulp.Research.RefiQda;

/// <summary>
/// Something the reader could not map exactly, as the spec (§7 Data loss) asks importers to report.
/// </summary>
/// <param name="Path">Where: XML element path with line number, or zip entry name.</param>
/// <param name="Kind">Whether data was lost, preserved or normalised.</param>
/// <param name="Message">What happened, in words for the user.</param>
public sealed record ImportIssue(string Path, ImportIssueKind Kind, string Message)
{
    /// <summary>One line for logs and reports.</summary>
    public override string ToString() => $"{Kind} at {Path}: {Message}";
}
