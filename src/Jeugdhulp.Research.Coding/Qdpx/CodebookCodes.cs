using System.Collections.Immutable;
using System.Text;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Interop;
using Jeugdhulp.Research.RefiQda;

namespace Jeugdhulp.Research.Coding.Qdpx;

/// <summary>
/// The one REFI-QDA mapping of a codebook: which entries become codes, which values become child codes, which codes
/// are codable and which GUID each gets. The <c>.qdc</c> export, the <c>.qdpx</c> export and the import all use it,
/// so what a QDA tool is offered to code is exactly what comes back in.
/// </summary>
/// <remarks>
/// A code is codable when a coding of it is accepted by the project loader: groups, clusters and Oliver's (1991)
/// strategies and tactics are not (they are counted from their responses), excluded entries are not (e.g.
/// <c>ontsnappen</c>), and an entry whose value set requires a value is coded through its value codes
/// ("Weten +"), not itself. GUIDs are RFC 4122 version 5 from the id (and value), stable across exports; the id is
/// also the first line of each description, so a project coded in another tool maps back without them.
/// </remarks>
public static class CodebookCodes
{
    private static readonly string[] Palette = ["#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F", "#BCBD22", "#17BECF"];

    /// <summary>The GUID of an entry's code in every export.</summary>
    public static Guid GuidOf(string entryId) => StableGuid.FromName("code:" + entryId);

    /// <summary>The GUID of the code for one value of an entry.</summary>
    public static Guid GuidOf(string entryId, string valueId) => StableGuid.FromName($"code:{entryId}={valueId}");

    /// <summary>The GUID of the set of a response cluster.</summary>
    public static Guid SetGuidOf(string clusterId) => StableGuid.FromName("set:" + clusterId);

    /// <summary>
    /// The values a code can carry: its value set's, or +, -, +/- for weten/willen/kunnen/moeten and the manners of
    /// steering, which hold them by convention (as the loader accepts).
    /// </summary>
    public static IReadOnlyList<string> ValuesOf(Codebook codebook, CodebookEntry entry) =>
        RequiredValueSet(codebook, entry) is { } set ? [.. set.Values.Select(v => v.Id)]
        : entry.Kind is EntryKind.CharacteristicGroup or EntryKind.SteeringMode && codebook.FindValueSet("plusmin") is { } plusmin ? [.. plusmin.Values.Select(v => v.Id)]
        : [];

    /// <summary>True when a coding of the entry itself (without a value) is accepted.</summary>
    public static bool IsCodable(Codebook codebook, CodebookEntry entry) =>
        AcceptsCoding(entry) && RequiredValueSet(codebook, entry) is null;

    /// <summary>The codebook as a code tree: every entry, with one child code per value before its child entries.</summary>
    public static ImmutableArray<QdaCode> Codes(Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        return [.. codebook.Roots.Select((root, i) => Code(codebook, root, Palette[i % Palette.Length]))];
    }

    /// <summary>One set per response cluster, holding the responses and tactics that count to it.</summary>
    public static ImmutableArray<QdaSet> Sets(Codebook codebook) =>
        [.. codebook.OfKind(EntryKind.Cluster).Select(cluster => new QdaSet
        {
            Guid = SetGuidOf(cluster.Id),
            Name = $"cluster {cluster.Label.Nl}",
            Description = Describe(codebook, cluster),
            MemberCodes = [.. codebook.OfKind(EntryKind.Response).Where(r => r.Cluster == cluster.Id)
                .SelectMany(r => codebook.Descendants(r.Id).Prepend(r)).Select(e => GuidOf(e.Id))],
        })];

    /// <summary>The codebook as a REFI-QDA codebook file (<c>.qdc</c>).</summary>
    public static string Qdc(Codebook codebook) => QdcWriter.ToXml(Codes(codebook), Sets(codebook), Origin(codebook));

    /// <summary>The origin attribute of exports, naming codebook and version.</summary>
    public static string Origin(Codebook codebook) => $"Jeugdhulp.Research {codebook.Id} {codebook.Version}";

    /// <summary>Code GUID → (entry id, value) for every code of <see cref="Codes"/>, codable or not.</summary>
    public static IReadOnlyDictionary<Guid, (string Id, string? Value)> Lookup(Codebook codebook)
    {
        var map = new Dictionary<Guid, (string, string?)>();
        foreach (var entry in codebook.Entries)
        {
            map[GuidOf(entry.Id)] = (entry.Id, null);
            foreach (var v in ValuesOf(codebook, entry)) map[GuidOf(entry.Id, v)] = (entry.Id, v);
        }
        return map;
    }

    /// <summary>The description text of an entry: id, definition, indicators, values, source.</summary>
    public static string Describe(Codebook codebook, CodebookEntry entry)
    {
        var sb = new StringBuilder(entry.Id);
        if (entry.Definition is { } d) sb.Append('\n').Append(d.Nl);
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

    private static bool AcceptsCoding(CodebookEntry entry) => EntryKinds.IsCodable(entry.Kind) && !entry.IsExcluded;

    private static ValueSet? RequiredValueSet(Codebook codebook, CodebookEntry entry) =>
        entry.ValueSetId is { } id ? codebook.FindValueSet(id) : null;

    private static QdaCode Code(Codebook codebook, CodebookEntry entry, string colour) => new()
    {
        Guid = GuidOf(entry.Id),
        Name = entry.Label.Nl,
        IsCodable = IsCodable(codebook, entry),
        Color = colour,
        Description = Describe(codebook, entry),
        Codes =
        [
            .. ValuesOf(codebook, entry).Select(v => new QdaCode
            {
                Guid = GuidOf(entry.Id, v),
                Name = $"{entry.Label.Nl} {v}",
                IsCodable = AcceptsCoding(entry),
                Color = colour,
                Description = ValueDescription(codebook, entry, v),
            }),
            .. codebook.Children(entry.Id).Select(c => Code(codebook, c, colour)),
        ],
    };

    private static string ValueDescription(Codebook codebook, CodebookEntry entry, string value)
    {
        var sb = new StringBuilder($"{entry.Id}={value}");
        if (entry.Values.FirstOrDefault(m => m.ValueId == value) is { } meaning)
        {
            sb.Append('\n').Append(meaning.Text.Nl);
            if (meaning.Expected is { } exp) sb.Append("\nVerwachte reactie: ").Append(codebook.Find(exp)?.Label.Nl ?? exp);
        }
        else if (codebook.FindValueSet(entry.ValueSetId ?? "plusmin")?.Find(value) is { } v)
        {
            sb.Append('\n').Append(v.Label.Nl);
        }
        return sb.ToString();
    }
}
