using System.Collections.Immutable;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Jeugdhulp.Research.RefiQda;

/// <summary>
/// Writes a codebook as a REFI-QDA codebook file (<c>.qdc</c>, QDA-XML codebook 1.0, spec §5.2) from the same
/// <see cref="QdaCode"/> tree a project export uses, so a <c>.qdc</c> and a <c>.qdpx</c> of one codebook can never
/// offer different codes, GUIDs or codability.
/// </summary>
public static class QdcWriter
{
    /// <summary>The QDA-XML codebook namespace.</summary>
    public const string Namespace = "urn:QDA-XML:codebook:1.0";

    private static readonly XNamespace Ns = Namespace;

    /// <summary>The codebook as QDA-XML text (UTF-8, indented, deterministic).</summary>
    /// <exception cref="RefiQdaException">No codes (the schema requires at least one), a duplicate GUID or an invalid colour.</exception>
    public static string ToXml(ImmutableArray<QdaCode> codes, ImmutableArray<QdaSet> sets = default, string? origin = null)
    {
        if (codes.IsDefaultOrEmpty) throw new RefiQdaException("CodeBook", "a codebook needs at least one code.");
        ProjectRules.Validate(new QdaProject { Name = "codebook", Codes = codes, Sets = sets });
        var root = new XElement(Ns + "CodeBook",
            origin is null ? null : new XAttribute("origin", origin),
            new XElement(Ns + "Codes", codes.Select(Code)),
            sets.IsDefaultOrEmpty ? null : new XElement(Ns + "Sets", sets.Select(s => new XElement(Ns + "Set",
                new XAttribute("guid", QdaXml.FormatGuid(s.Guid)), new XAttribute("name", s.Name),
                s.Description is null ? null : new XElement(Ns + "Description", s.Description),
                s.MemberCodes.Select(m => new XElement(Ns + "MemberCode", new XAttribute("guid", QdaXml.FormatGuid(m))))))));
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n", NewLineHandling = NewLineHandling.Entitize };
        using var memory = new MemoryStream();
        try
        {
            using (var writer = XmlWriter.Create(memory, settings))
            {
                new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
            }
        }
        catch (ArgumentException ex)
        {
            throw new RefiQdaException($"codebook: a name or description contains characters XML cannot carry: {ex.Message}", ex);
        }
        return new UTF8Encoding(false).GetString(memory.ToArray());
    }

    private static XElement Code(QdaCode c) => new(Ns + "Code",
        new XAttribute("guid", QdaXml.FormatGuid(c.Guid)), new XAttribute("name", c.Name),
        new XAttribute("isCodable", c.IsCodable ? "true" : "false"),
        c.Color is null ? null : new XAttribute("color", c.Color),
        c.Description is null ? null : new XElement(Ns + "Description", c.Description),
        c.Codes.Select(Code));
}
