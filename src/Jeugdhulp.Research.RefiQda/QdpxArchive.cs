using System.IO.Compression;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>
/// Reads all entries of a .qdpx into memory under limits. Sizes are counted while decompressing, never taken
/// from the (forgeable) zip headers, and every entry name is checked before anything is used.
/// </summary>
internal static class QdpxArchive
{
    public static List<(string Name, byte[] Content)> ReadEntries(Stream stream, QdpxReadOptions options)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new RefiQdaException($"not a valid .qdpx (zip) file: {ex.Message}", ex);
        }
        using (zip)
        {
            IReadOnlyList<ZipArchiveEntry> entries;
            try
            {
                entries = zip.Entries;
            }
            catch (InvalidDataException ex)
            {
                throw new RefiQdaException($"corrupt zip directory: {ex.Message}", ex);
            }
            if (entries.Count > options.MaxEntryCount)
            {
                throw new RefiQdaException($"the archive has {entries.Count} entries; at most {options.MaxEntryCount} are accepted.");
            }
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in entries)
            {
                CheckName(entry.FullName);
                if (!seen.Add(entry.FullName.Replace('\\', '/')))
                {
                    throw new RefiQdaException($"zip entry '{entry.FullName}'", "the archive contains this entry name twice.");
                }
            }

            var result = new List<(string, byte[])>();
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in entries)
            {
                var name = entry.FullName.Replace('\\', '/');
                if (name.EndsWith('/')) continue; // folder entry
                var where = $"zip entry '{entry.FullName}'";
                if (entry.Length > options.MaxTotalUncompressedBytes - total)
                {
                    throw new RefiQdaException(where, $"declares {entry.Length} bytes, more than the remaining limit of {options.MaxTotalUncompressedBytes - total} bytes.");
                }
                var compressed = Math.Max(1, entry.CompressedLength);
                using var output = new MemoryStream();
                try
                {
                    using var input = entry.Open();
                    long read = 0;
                    int n;
                    while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        read += n;
                        total += n;
                        if (total > options.MaxTotalUncompressedBytes)
                        {
                            throw new RefiQdaException(where, $"decompressed data exceeds the limit of {options.MaxTotalUncompressedBytes} bytes (zip bomb?).");
                        }
                        if (read > options.CompressionRatioFloorBytes && read > options.MaxCompressionRatio * compressed)
                        {
                            throw new RefiQdaException(where, $"compression ratio exceeds {options.MaxCompressionRatio} ({read} bytes from {compressed} compressed; zip bomb?).");
                        }
                        output.Write(buffer, 0, n);
                    }
                }
                catch (InvalidDataException ex)
                {
                    throw new RefiQdaException($"{where}: corrupt data: {ex.Message}", ex);
                }
                var content = output.ToArray();
                if (content.Length != entry.Length || Crc32.Compute(content) != entry.Crc32)
                {
                    throw new RefiQdaException(where, "size or checksum differs from the zip header (corrupt or forged entry).");
                }
                result.Add((name, content));
            }
            return result;
        }
    }

    /// <summary>Rejects names that could escape an extraction folder (zip slip) or are otherwise malformed.</summary>
    private static void CheckName(string fullName)
    {
        var where = $"zip entry '{fullName}'";
        var name = fullName.Replace('\\', '/');
        if (name.Length == 0)
        {
            throw new RefiQdaException(where, "empty entry name.");
        }
        if (name.StartsWith('/') || (name.Length >= 2 && name[1] == ':') || name.Contains(':'))
        {
            throw new RefiQdaException(where, "absolute path or drive letter in entry name.");
        }
        if (name.Split('/').Any(part => part == ".."))
        {
            throw new RefiQdaException(where, "'..' in entry name (path traversal).");
        }
        if (name.Any(char.IsControl))
        {
            throw new RefiQdaException(where, "control character in entry name.");
        }
    }
}
