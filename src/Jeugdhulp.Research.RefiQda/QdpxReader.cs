using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>
/// Imports REFI-QDA projects (.qdpx zip or bare project.qde). Lenient about what real tools write (namespace
/// variants, GUID spelling, CR LF counting, missing optional parts), reporting each deviation as an
/// <see cref="ImportIssue"/>; strict about unsafe or inconsistent input, which raises <see cref="RefiQdaException"/>.
/// Reading never writes to disk.
/// </summary>
public static class QdpxReader
{
    /// <summary>Reads a .qdpx or a bare .qde file; the format is detected from the content, not the extension.</summary>
    /// <exception cref="RefiQdaException">The file is unsafe, malformed or inconsistent.</exception>
    public static QdpxReadResult Read(string path, QdpxReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= QdpxReadOptions.Default;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (IsZip(stream))
        {
            return ReadQdpx(stream, options);
        }
        // A bare project.qde may have its internal files in a sources/ folder beside it.
        var sourcesFolder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", "sources");
        var bytes = ReadLimited(stream, options.MaxTotalUncompressedBytes, Path.GetFileName(path));
        long budget = options.MaxTotalUncompressedBytes - bytes.Length;
        byte[]? Load(string file)
        {
            var candidate = Path.Combine(sourcesFolder, file);
            if (!File.Exists(candidate)) return null;
            using var s = new FileStream(candidate, FileMode.Open, FileAccess.Read, FileShare.Read);
            var content = ReadLimited(s, budget, $"sources/{file}");
            budget -= content.Length;
            return content;
        }
        return Parse(bytes, Path.GetFileName(path), Load, []);
    }

    /// <summary>Reads a .qdpx or bare .qde from a stream (detected from the first bytes).</summary>
    /// <exception cref="RefiQdaException">The content is unsafe, malformed or inconsistent.</exception>
    public static QdpxReadResult Read(Stream stream, QdpxReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= QdpxReadOptions.Default;
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream(ReadLimited(stream, options.MaxTotalUncompressedBytes, "input"));
            return Read(copy, options);
        }
        if (IsZip(stream))
        {
            return ReadQdpx(stream, options);
        }
        var bytes = ReadLimited(stream, options.MaxTotalUncompressedBytes, "project.qde");
        return Parse(bytes, "project.qde", _ => null, []);
    }

    /// <summary>Reads project.qde XML given as a string; internal:// text files cannot be resolved here.</summary>
    /// <exception cref="RefiQdaException">The XML is unsafe, malformed or inconsistent.</exception>
    public static QdpxReadResult ReadQde(string qdeXml)
    {
        ArgumentNullException.ThrowIfNull(qdeXml);
        return Parse(new System.Text.UTF8Encoding(false).GetBytes(qdeXml), "project.qde", _ => null, []);
    }

    private static QdpxReadResult ReadQdpx(Stream stream, QdpxReadOptions options)
    {
        var entries = QdpxArchive.ReadEntries(stream, options);
        var issues = new List<ImportIssue>();
        var qde = entries.Where(e => string.Equals(e.Name, "project.qde", StringComparison.OrdinalIgnoreCase)).ToList();
        if (qde.Count == 0)
        {
            qde = entries.Where(e => e.Name.EndsWith(".qde", StringComparison.OrdinalIgnoreCase)).ToList();
            if (qde.Count != 1)
            {
                throw new RefiQdaException("the archive has no project.qde" + (qde.Count > 1 ? " (and several other .qde files)." : "."));
            }
            issues.Add(new ImportIssue($"zip entry '{qde[0].Name}'", ImportIssueKind.Normalised, "project file is not named project.qde at the root; used anyway."));
        }
        var qdeEntry = qde[0];

        var sources = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, content) in entries)
        {
            if (ReferenceEquals(content, qdeEntry.Content)) continue;
            var slash = name.IndexOf('/');
            if (slash > 0 && name[..slash].Equals("sources", StringComparison.OrdinalIgnoreCase) && name.IndexOf('/', slash + 1) < 0)
            {
                sources[name[(slash + 1)..]] = content;
            }
            else
            {
                issues.Add(new ImportIssue($"zip entry '{name}'", ImportIssueKind.NotMapped, "entry outside sources/ (or in a subfolder) is ignored."));
            }
        }

        var result = Parse(qdeEntry.Content, $"zip entry '{qdeEntry.Name}'", f => sources.GetValueOrDefault(f), issues, out var parser);
        var embedded = sources
            .Where(kv => !parser.ConsumedFiles.Contains(kv.Key) || parser.ReferencedFiles.Contains(kv.Key))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new QdaEmbeddedFile { FileName = kv.Key, Content = ImmutableArray.Create(kv.Value) })
            .ToImmutableArray();
        var extra = sources.Keys
            .Where(k => !parser.ConsumedFiles.Contains(k) && !parser.ReferencedFiles.Contains(k))
            .OrderBy(k => k, StringComparer.Ordinal)
            .Select(k => new ImportIssue($"zip entry 'sources/{k}'", ImportIssueKind.Preserved, "file not referenced by any mapped source; kept as embedded file."));
        return new QdpxReadResult(result.Project with { EmbeddedFiles = embedded }, [.. result.Issues, .. extra]);
    }

    private static QdpxReadResult Parse(byte[] xml, string where, Func<string, byte[]?> load, List<ImportIssue> issues) =>
        Parse(xml, where, load, issues, out _);

    private static QdpxReadResult Parse(byte[] xml, string where, Func<string, byte[]?> load, List<ImportIssue> issues, out QdeParser parser)
    {
        XDocument document;
        try
        {
            using (var scan = XmlReader.Create(new MemoryStream(xml, writable: false), QdaXml.SafeReaderSettings()))
            {
                QdaXml.EnsureDepthWithinLimit(scan, where);
            }
            using var reader = XmlReader.Create(new MemoryStream(xml, writable: false), QdaXml.SafeReaderSettings());
            document = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            throw new RefiQdaException($"{where}, line {ex.LineNumber}: {ex.Message}", ex);
        }
        parser = new QdeParser(load, issues);
        var project = parser.Parse(document);
        return new QdpxReadResult(project, [.. parser.Issues]);
    }

    private static bool IsZip(Stream stream)
    {
        var start = stream.Position;
        Span<byte> magic = stackalloc byte[4];
        var n = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        stream.Position = start;
        return n == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] is 3 or 5 && magic[3] is 4 or 6;
    }

    private static byte[] ReadLimited(Stream stream, long limit, string what)
    {
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + n > limit)
            {
                throw new RefiQdaException(what, $"larger than the limit of {limit} bytes.");
            }
            output.Write(buffer, 0, n);
        }
        return output.ToArray();
    }
}
