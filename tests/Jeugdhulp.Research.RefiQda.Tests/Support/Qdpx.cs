using System.IO.Compression;
using System.Text;

namespace Jeugdhulp.Research.RefiQda.Tests.Support;

/// <summary>Builds .qdpx archives and project.qde texts by hand, including hostile ones.</summary>
internal static class Qdpx
{
    public const string Ns = "urn:QDA-XML:project:1.0";

    public static byte[] Zip(params (string Name, byte[] Content)[] entries) => Zip(CompressionLevel.Optimal, entries);

    public static byte[] Zip(CompressionLevel level, params (string Name, byte[] Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, level);
                using var s = entry.Open();
                s.Write(content);
            }
        }
        return memory.ToArray();
    }

    public static byte[] Utf8(string s) => new UTF8Encoding(false).GetBytes(s);

    /// <summary>A minimal project.qde around the given inner XML, in the REFI-QDA namespace.</summary>
    public static string Qde(string inner, string ns = Ns) =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"{ns}\" name=\"test\">{inner}</Project>";

    public const string CodeGuid = "11111111-1111-1111-1111-111111111111";

    public const string CodeBook =
        $"<CodeBook><Codes><Code guid=\"{CodeGuid}\" name=\"Veiligheid\" isCodable=\"true\"/></Codes></CodeBook>";

    /// <summary>A TextSource reading sources/doc.txt with one coded selection.</summary>
    public static string TextSource(int start, int end, string codeGuid = CodeGuid, string? name = null) =>
        "<Sources><TextSource guid=\"22222222-2222-2222-2222-222222222222\" name=\"Interview\" plainTextPath=\"internal://doc.txt\">"
        + $"<PlainTextSelection guid=\"33333333-3333-3333-3333-333333333333\" startPosition=\"{start}\" endPosition=\"{end}\""
        + (name is null ? "" : $" name=\"{name}\"") + ">"
        + $"<Coding guid=\"44444444-4444-4444-4444-444444444444\"><CodeRef targetGUID=\"{codeGuid}\"/></Coding>"
        + "</PlainTextSelection></TextSource></Sources>";
}
