using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jeugdhulp.Research.Codebooks.Export;

/// <summary>
/// Writes the codebook as JSON for tools that do not read YAML (web front-ends, R or Python scripts).
/// The tree and field names mirror the YAML file.
/// </summary>
public static class CodebookJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Renders the codebook as indented JSON.</summary>
    public static string Write(Codebook codebook) => JsonSerializer.Serialize(new
    {
        schema = CodebookLoader.Schema,
        id = codebook.Id,
        version = codebook.Version,
        title = codebook.Title,
        citation = codebook.Citation,
        source_file = codebook.SourceFile,
        content_hash = codebook.ContentHash,
        value_sets = codebook.ValueSets.Select(s => new
        {
            s.Id,
            s.Label,
            values = s.Values.Select(v => new { v.Id, v.Label, v.Min, v.Max }),
        }),
        entries = codebook.Roots.Select(r => Node(codebook, r)),
    }, Options);

    private static object Node(Codebook codebook, CodebookEntry e) => new
    {
        e.Id,
        kind = EntryKinds.ToName(e.Kind),
        e.Label,
        e.Definition,
        indicators = e.Indicators.IsEmpty ? null : e.Indicators.ToArray(),
        value_set = e.ValueSetId,
        values = e.Values.IsEmpty ? null : e.Values.ToDictionary(v => v.ValueId, v => (object)new { v.Text.Nl, v.Text.En, v.Expected }),
        e.Cluster,
        oliver = e.Oliver.IsEmpty ? null : e.Oliver.ToArray(),
        maps_to = e.MapsTo.IsEmpty ? null : e.MapsTo.ToArray(),
        excluded = e.ExcludedReason is null ? null : new { reason = e.ExcludedReason },
        inductive = e.Inductive ? true : (bool?)null,
        e.Source,
        e.Note,
        children = e.ChildIds.IsEmpty ? null : codebook.Children(e.Id).Select(c => Node(codebook, c)).ToArray(),
    };
}
