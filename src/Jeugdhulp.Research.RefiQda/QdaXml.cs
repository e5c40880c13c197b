using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>Names, formats and XML helpers shared by reader and writer.</summary>
internal static partial class QdaXml
{
    public const string NamespaceUri = "urn:QDA-XML:project:1.0";

    public static readonly XNamespace Ns = NamespaceUri;

    public const string InternalScheme = "internal://";

    public static readonly string[] SourceElementNames = ["TextSource", "PictureSource", "PDFSource", "AudioSource", "VideoSource"];

    public static string FormatDateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public static bool TryParseDateTime(string text, out DateTimeOffset value)
    {
        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value))
        {
            value = value.ToUniversalTime();
            return true;
        }
        return false;
    }

    public static string FormatGuid(Guid g) => g.ToString("D");

    public static bool IsValidColor(string color) => ColorRegex().IsMatch(color);

    [GeneratedRegex("^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$")]
    private static partial Regex ColorRegex();

    /// <summary>True for a flat file name that is safe to use inside sources/ (no folders, no "..", no drive).</summary>
    public static bool IsSafeFileName(string name) =>
        name.Length > 0 && name.Length <= 255 && name is not "." and not ".."
        && name.IndexOfAny(['/', '\\', ':', '\0']) < 0 && !name.Contains("..", StringComparison.Ordinal);

    /// <summary>Element path with sibling index and line, e.g. "/Project/Sources/TextSource[2] (line 14)".</summary>
    public static string Describe(XElement element)
    {
        var parts = new List<string>();
        for (var e = element; e is not null; e = e.Parent)
        {
            var part = e.Name.LocalName;
            if (e.Parent is not null)
            {
                var same = e.Parent.Elements(e.Name).ToList();
                if (same.Count > 1) part += $"[{same.IndexOf(e) + 1}]";
            }
            parts.Add(part);
        }
        parts.Reverse();
        var path = "/" + string.Join("/", parts);
        return element is IXmlLineInfo li && li.HasLineInfo() ? $"{path} (line {li.LineNumber})" : path;
    }

    /// <summary>Deepest element nesting accepted in project.qde or preserved XML (the root element is level 1).</summary>
    public const int MaxElementDepth = 256;

    /// <summary>
    /// Reads <paramref name="reader"/> to the end without building a tree and throws <see cref="RefiQdaException"/>
    /// naming the element path and line as soon as an element is nested more than <see cref="MaxElementDepth"/>
    /// levels deep. Call before loading a tree: deep nesting would otherwise make loading and the element-path
    /// diagnostics quadratic (and recursive code could overflow the stack).
    /// </summary>
    public static void EnsureDepthWithinLimit(XmlReader reader, string where)
    {
        var path = new List<string>();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            var depth = reader.Depth;
            // path holds the names of the open ancestors; siblings and closed subtrees are dropped here.
            if (path.Count > depth) path.RemoveRange(depth, path.Count - depth);
            path.Add(reader.LocalName);
            if (depth + 1 > MaxElementDepth)
            {
                var line = reader is IXmlLineInfo li && li.HasLineInfo() ? $" (line {li.LineNumber})" : "";
                throw new RefiQdaException($"{where}, {ShortPath(path)}{line}",
                    $"elements are nested more than {MaxElementDepth} levels deep; refused.");
            }
        }
    }

    /// <summary>"/a/b/c" for short paths; long ones keep the first and last names around an elided middle.</summary>
    private static string ShortPath(List<string> path)
    {
        static string Name(string n) => n.Length <= 64 ? n : n[..64] + "\u2026";
        const int head = 6, tail = 4;
        if (path.Count <= head + tail + 1) return "/" + string.Join("/", path.Select(Name));
        return "/" + string.Join("/", path.Take(head).Select(Name))
            + $"/\u2026({path.Count - head - tail} levels)\u2026/"
            + string.Join("/", path.Skip(path.Count - tail).Select(Name));
    }

    public static XmlReaderSettings SafeReaderSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };
}
