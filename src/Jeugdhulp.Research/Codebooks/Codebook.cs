using System.Collections.Immutable;

namespace Jeugdhulp.Research.Codebooks;

/// <summary>
/// The codebook: the shared language of coding, classification and comparison. Immutable, so an analysis
/// can hold on to the exact version it ran with and report its hash.
/// </summary>
[Jeugdhulp.Research.Display.TypeFormatterSource(typeof(Jeugdhulp.Research.Display.CodebookFormatterSource))]
public sealed class Codebook
{
    private readonly ImmutableDictionary<string, CodebookEntry> _byId;
    private readonly ImmutableDictionary<string, ValueSet> _valueSets;

    /// <summary>Builds a codebook from already validated parts; use <see cref="CodebookLoader"/> to read a file.</summary>
    public Codebook(
        string id, string version, LocalizedText title, string? citation, string? sourceFile,
        ImmutableArray<ValueSet> valueSets, ImmutableArray<CodebookEntry> entries, string contentHash)
    {
        Id = id;
        Version = version;
        Title = title;
        Citation = citation;
        SourceFile = sourceFile;
        ValueSets = valueSets;
        Entries = entries;
        ContentHash = contentHash;
        _byId = entries.ToImmutableDictionary(e => e.Id, StringComparer.Ordinal);
        _valueSets = valueSets.ToImmutableDictionary(v => v.Id, StringComparer.Ordinal);
    }

    /// <summary>Stable id of the codebook.</summary>
    public string Id { get; }
    /// <summary>Version as written in the file; reports cite it.</summary>
    public string Version { get; }
    /// <summary>Title.</summary>
    public LocalizedText Title { get; }
    /// <summary>How to cite the framework's source.</summary>
    public string? Citation { get; }
    /// <summary>The seed file the line numbers refer to.</summary>
    public string? SourceFile { get; }
    /// <summary>Shared vocabularies.</summary>
    public ImmutableArray<ValueSet> ValueSets { get; }
    /// <summary>All entries, depth-first in file order.</summary>
    public ImmutableArray<CodebookEntry> Entries { get; }
    /// <summary>SHA-256 of the file's bytes (hex), so an audit trail can prove which codebook was used.</summary>
    public string ContentHash { get; }

    /// <summary>Plain text where no HTML is shown: which codebook, which version, how many codes.</summary>
    public override string ToString() => $"Codeboek {Id} {Version} ({Title.Nl}): {Entries.Length} codes, {ValueSets.Length} waardensets";

    /// <summary>Top-level entries in file order.</summary>
    public IEnumerable<CodebookEntry> Roots => Entries.Where(e => e.ParentId is null);

    /// <summary>The entry with this id.</summary>
    /// <exception cref="KeyNotFoundException">No such entry; the message names the id.</exception>
    public CodebookEntry this[string id] =>
        _byId.TryGetValue(id, out var e) ? e : throw new KeyNotFoundException($"The codebook has no entry '{id}'.");

    /// <summary>The entry with this id, or null.</summary>
    public CodebookEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>True when an entry with this id exists.</summary>
    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>The value set with this id, or null.</summary>
    public ValueSet? FindValueSet(string id) => _valueSets.GetValueOrDefault(id);

    /// <summary>The direct children of an entry, in file order.</summary>
    public IEnumerable<CodebookEntry> Children(string id) => this[id].ChildIds.Select(c => _byId[c]);

    /// <summary>All entries below an entry, depth-first.</summary>
    public IEnumerable<CodebookEntry> Descendants(string id)
    {
        foreach (var child in Children(id))
        {
            yield return child;
            foreach (var d in Descendants(child.Id)) yield return d;
        }
    }

    /// <summary>The parent of an entry, or null at the top.</summary>
    public CodebookEntry? Parent(string id) => this[id].ParentId is { } p ? _byId[p] : null;

    /// <summary>The chain from the top-level entry down to (and including) this one.</summary>
    public IReadOnlyList<CodebookEntry> Path(string id)
    {
        var path = new List<CodebookEntry>();
        for (var e = Find(id); e is not null; e = e.ParentId is { } p ? _byId[p] : null) path.Add(e);
        path.Reverse();
        return path;
    }

    /// <summary>Entries of one kind, in file order.</summary>
    public IEnumerable<CodebookEntry> OfKind(EntryKind kind) => Entries.Where(e => e.Kind == kind);

    /// <summary>The values an observation of this entry can take (empty when the entry has no value set).</summary>
    public ImmutableArray<CodebookValue> ValuesOf(string id) =>
        this[id].ValueSetId is { } vs && FindValueSet(vs) is { } set ? set.Values : [];

    /// <summary>The responses of the adapted typology that this study uses (excluded ones left out).</summary>
    public IEnumerable<CodebookEntry> Responses => OfKind(EntryKind.Response).Where(e => !e.IsExcluded);

    /// <summary>The cluster a response or tactic counts to, following the tactic to its response.</summary>
    public CodebookEntry? ClusterOf(string responseOrTacticId)
    {
        var entry = this[responseOrTacticId];
        if (entry.Kind == EntryKind.Tactic && entry.ParentId is { } parent) entry = this[parent];
        return entry.Cluster is { } c ? Find(c) : null;
    }
}
