namespace Jeugdhulp.Research.Assistant;

/// <summary>What a corpus pass read and found, for progress reports and benchmarks.</summary>
/// <param name="Files">Files read.</param>
/// <param name="Bytes">Bytes read.</param>
/// <param name="Lines">Lines read.</param>
/// <param name="Words">Words read (page furniture excluded).</param>
/// <param name="Matches">Term matches found.</param>
/// <param name="SkippedLines">Lines skipped as page numbers, headers or footers.</param>
public sealed record ScanSummary(int Files, long Bytes, long Lines, long Words, long Matches, long SkippedLines);
