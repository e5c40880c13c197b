using System.IO.Compression;
using System.Text;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Privacy;

/// <summary>
/// The one call an exporter makes to write a file that may leave the researcher's hands: it runs the
/// <see cref="LeakCheck"/> on the content and only then writes it atomically through <see cref="AtomicFile"/>.
/// With a null key (no pseudonymisation in use) it just writes.
/// </summary>
public static class ExportGuard
{
    /// <summary>Zip parts larger than this are not scanned but refused: a leak check must see everything it passes.</summary>
    public const long MaxScannedPartBytes = 256L * 1024 * 1024;

    /// <summary>Checks and writes a text file (report, CSV, Markdown, HTML, JSON).</summary>
    /// <exception cref="LeakException">The content holds a real name; nothing was written.</exception>
    public static void Write(string path, string content, PseudonymKey? key)
    {
        if (key is not null) LeakCheck.EnsureNone(content, key, path);
        AtomicFile.WriteAllText(path, content);
    }

    /// <summary>
    /// Checks and writes a binary export. A zip container (.xlsx, .qdpx, .docx) is checked part by part (each part
    /// read as UTF-8 text, XML entities decoded); other bytes are read as UTF-8 text.
    /// </summary>
    /// <exception cref="LeakException">The content holds a real name; nothing was written.</exception>
    public static void Write(string path, byte[] content, PseudonymKey? key)
    {
        if (key is not null) LeakCheck.EnsureNone(Scan(path, content, key));
        AtomicFile.WriteAllBytes(path, content);
    }

    /// <summary>The leaks in a text or zip export, without writing anything.</summary>
    public static IReadOnlyList<Leak> Scan(string name, byte[] content, PseudonymKey key)
    {
        if (content.Length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4)
            return LeakCheck.Scan(Decode(content), key, name);
        var leaks = new List<Leak>();
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            var part = $"{name}!{entry.FullName}";
            leaks.AddRange(LeakCheck.Scan(entry.FullName, key, part + " (entry name)"));
            if (entry.Length > MaxScannedPartBytes)
                throw new InvalidDataException($"{part} is {entry.Length:N0} bytes uncompressed; too large to check for names.");
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var text = Decode(buffer.ToArray());
            if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".qde", StringComparison.OrdinalIgnoreCase))
                text = System.Net.WebUtility.HtmlDecode(text);
            leaks.AddRange(LeakCheck.Scan(text, key, part));
        }
        return leaks;
    }

    private static string Decode(byte[] bytes) => new UTF8Encoding(false, false).GetString(bytes);
}
