namespace Jeugdhulp.Research.Coding.Segments;

/// <summary>Where a coded segment was written down (a marker in a transcript or a CSV row), for error messages.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record SegmentOrigin(string File, int Line, int Column);
