using System.Text;
using System.Xml;
using Jeugdhulp.Research.Interop;

namespace Jeugdhulp.Research.Codebooks.Export;

/// <summary>
/// Writes the codebook as a REFI-QDA codebook (<c>.qdc</c>, QDA-XML codebook 1.0, spec §5.2), the format
/// ATLAS.ti, NVivo, MAXQDA and QualCoder import, so researchers code in the tool they already use.
/// </summary>
/// <remarks>
/// Codes keep the tree of the codebook; groups are not codable. Entries with +/- meanings get one codable child per
/// value, so a coder can record the value inside a QDA tool. GUIDs derive from ids and are stable across exports;
/// the id is also the first line of each description, so coded projects map back to the codebook unambiguously.
/// Each response cluster becomes a set of the responses and tactics that count to it.
/// </remarks>
public static class QdcCodebookWriter
{
    /// <summary>The QDA-XML codebook namespace.</summary>
    public const string Namespace = "urn:QDA-XML:codebook:1.0";

    private static readonly string[] Palette = ["#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F", "#BCBD22", "#17BECF"];

    /// <summary>The GUID of an entry in every export.</summary>
    public static Guid GuidOf(string entryId) => StableGuid.FromName("code:" + entryId);

    /// <summary>The GUID of the code for one value of an entry.</summary>
    public static Guid GuidOf(string entryId, string valueId) => StableGuid.FromName($"code:{entryId}={valueId}");

    /// <summary>Renders the codebook as QDA-XML text.</summary>
    public static string Write(Codebook codebook)
    {
        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var xml = XmlWriter.Create(new StringWriterUtf8(sb), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("CodeBook", Namespace);
            xml.WriteAttributeString("origin", $"Jeugdhulp.Research {codebook.Id} {codebook.Version}");
            xml.WriteStartElement("Codes", Namespace);
            var colour = 0;
            foreach (var root in codebook.Roots) WriteCode(xml, codebook, root, Palette[colour++ % Palette.Length]);
            xml.WriteEndElement();

            var clusters = codebook.OfKind(EntryKind.Cluster).ToList();
            if (clusters.Count > 0)
            {
                xml.WriteStartElement("Sets", Namespace);
                foreach (var cluster in clusters)
                {
                    xml.WriteStartElement("Set", Namespace);
                    xml.WriteAttributeString("guid", StableGuid.FromName("set:" + cluster.Id).ToString());
                    xml.WriteAttributeString("name", $"cluster {cluster.Label.Nl}");
                    xml.WriteElementString("Description", Namespace, Describe(codebook, cluster));
                    foreach (var response in codebook.OfKind(EntryKind.Response).Where(r => r.Cluster == cluster.Id))
                    {
                        WriteMember(xml, response.Id);
                        foreach (var tactic in codebook.Descendants(response.Id)) WriteMember(xml, tactic.Id);
                    }
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return sb.ToString();
    }

    private static void WriteMember(XmlWriter xml, string id)
    {
        xml.WriteStartElement("MemberCode", Namespace);
        xml.WriteAttributeString("guid", GuidOf(id).ToString());
        xml.WriteEndElement();
    }

    private static void WriteCode(XmlWriter xml, Codebook codebook, CodebookEntry entry, string colour)
    {
        xml.WriteStartElement("Code", Namespace);
        xml.WriteAttributeString("guid", GuidOf(entry.Id).ToString());
        xml.WriteAttributeString("name", entry.Label.Nl);
        xml.WriteAttributeString("isCodable", entry.Kind == EntryKind.Group || entry.IsExcluded ? "false" : "true");
        xml.WriteAttributeString("color", colour);
        xml.WriteElementString("Description", Namespace, Describe(codebook, entry));
        foreach (var meaning in entry.Values)
        {
            xml.WriteStartElement("Code", Namespace);
            xml.WriteAttributeString("guid", GuidOf(entry.Id, meaning.ValueId).ToString());
            xml.WriteAttributeString("name", $"{entry.Label.Nl} {meaning.ValueId}");
            xml.WriteAttributeString("isCodable", "true");
            xml.WriteAttributeString("color", colour);
            xml.WriteElementString("Description", Namespace,
                $"{entry.Id}={meaning.ValueId}\n{meaning.Text.Nl}" + (meaning.Expected is { } exp ? $"\nVerwachte reactie: {codebook.Find(exp)?.Label.Nl ?? exp}" : ""));
            xml.WriteEndElement();
        }
        foreach (var child in codebook.Children(entry.Id)) WriteCode(xml, codebook, child, colour);
        xml.WriteEndElement();
    }

    /// <summary>The description text of an entry: id, definition, indicators, values, source.</summary>
    internal static string Describe(Codebook codebook, CodebookEntry entry)
    {
        var sb = new StringBuilder(entry.Id);
        if (entry.Definition is { } d) sb.Append("\n").Append(d.Nl);
        if (entry.IsExcluded) sb.Append("\nNiet gebruikt in dit onderzoek: ").Append(entry.ExcludedReason!.Nl);
        if (!entry.Indicators.IsEmpty)
        {
            sb.Append("\nIndicatoren:");
            foreach (var i in entry.Indicators) sb.Append("\n- ").Append(i.Nl);
        }
        if (entry.ValueSetId is { } vs && entry.Values.IsEmpty && codebook.FindValueSet(vs) is { } set)
            sb.Append("\nWaarden: ").Append(string.Join("; ", set.Values.Select(v => v.Label.Nl)));
        if (entry.Note is { } n) sb.Append("\nNoot: ").Append(n.Nl);
        sb.Append("\nBron: ").Append(entry.Source);
        return sb.ToString();
    }

    private sealed class StringWriterUtf8(StringBuilder sb) : StringWriter(sb)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
