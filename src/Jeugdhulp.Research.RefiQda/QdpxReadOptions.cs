namespace Jeugdhulp.Research.RefiQda;

/// <summary>Limits that protect the reader against zip bombs and oversized files; defaults suit real projects.</summary>
public sealed record QdpxReadOptions
{
    /// <summary>Defaults: 1 GiB in total, 10,000 entries, compression ratio 200.</summary>
    public static QdpxReadOptions Default { get; } = new();

    /// <summary>Maximum number of bytes decompressed from all entries together (counted while reading).</summary>
    public long MaxTotalUncompressedBytes { get; init; } = 1L << 30;

    /// <summary>Maximum number of zip entries.</summary>
    public int MaxEntryCount { get; init; } = 10_000;

    /// <summary>Maximum ratio of decompressed to compressed bytes per entry, checked once an entry exceeds <see cref="CompressionRatioFloorBytes"/>.</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>Entries smaller than this are never judged by ratio (tiny highly compressible files are normal).</summary>
    public long CompressionRatioFloorBytes { get; init; } = 1L << 20;
}
