using System.Text;

using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.IO;

/// <summary>
/// Reads user text files strictly as UTF-8. A file saved in another encoding (Windows-1252 from Excel, say)
/// would otherwise turn "hiërarchisch" into mojibake that no longer matches the codebook, silently.
/// </summary>
public static class TextFile
{
    /// <summary>Files larger than this are refused rather than read into memory.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="path"/> as UTF-8 (a BOM is accepted and removed), normalising CRLF and CR to LF.</summary>
    /// <exception cref="InputException">The file is missing, too large, or not valid UTF-8.</exception>
    public static string ReadUtf8(string path, long maxBytes = DefaultMaxBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new InputException(new Diagnostic(path, 0, 0, "file-not-found", "File not found."));
        if (info.Length > maxBytes)
            throw new InputException(new Diagnostic(path, 0, 0, "file-too-large",
                $"File is {info.Length:N0} bytes; the limit is {maxBytes:N0}. Split it or check that this is the right file."));
        return DecodeUtf8(File.ReadAllBytes(path), path);
    }

    /// <summary>
    /// Why <paramref name="path"/> cannot be read whole (missing, or larger than <paramref name="maxBytes"/>), named as
    /// <paramref name="name"/>; null when it can. One check for the readers that collect problems rather than throw.
    /// </summary>
    public static Diagnostic? Unreadable(string path, string name, long maxBytes = DefaultMaxBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists) return new Diagnostic(name, 0, 0, "file-not-found", "File not found.");
        return info.Length > maxBytes ? new Diagnostic(name, 0, 0, "file-too-large", $"File is {info.Length:N0} bytes; the limit is {maxBytes:N0}.") : null;
    }

    /// <summary>Decodes bytes as strict UTF-8; reports the line and column of the first invalid byte.</summary>
    public static string DecodeUtf8(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            throw new InputException(new Diagnostic(fileName, 1, 1, "not-utf8",
                "File is UTF-16. Save it as UTF-8 (in most editors: Save with encoding > UTF-8)."));
        try
        {
            return NormaliseNewlines(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            var (line, column) = LocateInvalidByte(bytes);
            throw new InputException(new Diagnostic(fileName, line, column, "not-utf8",
                "File is not valid UTF-8 (perhaps Windows-1252 or Latin-1, as Excel writes). Save it as UTF-8."));
        }
    }

    /// <summary>CRLF and lone CR become LF, so offsets and line numbers mean the same on every platform.</summary>
    public static string NormaliseNewlines(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static (int Line, int Column) LocateInvalidByte(ReadOnlySpan<byte> bytes)
    {
        int line = 1, column = 1;
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
                return (line, column);
            if (rune.Value == '\n') { line++; column = 1; } else column++;
            bytes = bytes[consumed..];
        }
        return (line, column);
    }
}
