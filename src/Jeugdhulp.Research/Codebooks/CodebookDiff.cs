using System.Collections.Immutable;

namespace Jeugdhulp.Research.Codebooks;

/// <summary>One field of an entry that differs between two codebook versions.</summary>
public sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>An entry present in both versions whose content differs.</summary>
public sealed record ChangedEntry(string Id, ImmutableArray<FieldChange> Changes);

/// <summary>
/// What changed between two versions of a codebook. Researchers who adapt the codebook, and reviewers of their
/// study, need to see exactly which definitions moved, because coded data is only comparable under the same codes.
/// </summary>
public sealed record CodebookDiff(
    ImmutableArray<CodebookEntry> Added,
    ImmutableArray<CodebookEntry> Removed,
    ImmutableArray<ChangedEntry> Changed,
    ImmutableArray<string> AddedValueSets,
    ImmutableArray<string> RemovedValueSets,
    ImmutableArray<ChangedEntry> ChangedValueSets)
{
    /// <summary>True when the two versions define the same entries and value sets with the same content.</summary>
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && Changed.IsEmpty
        && AddedValueSets.IsEmpty && RemovedValueSets.IsEmpty && ChangedValueSets.IsEmpty;

    /// <summary>Compares two codebooks entry by entry (matched on id) and value set by value set.</summary>
    public static CodebookDiff Compare(Codebook oldBook, Codebook newBook)
    {
        var added = newBook.Entries.Where(e => !oldBook.Contains(e.Id)).ToImmutableArray();
        var removed = oldBook.Entries.Where(e => !newBook.Contains(e.Id)).ToImmutableArray();
        var changed = newBook.Entries
            .Where(e => oldBook.Contains(e.Id))
            .Select(e => new ChangedEntry(e.Id, FieldsOf(oldBook[e.Id]).Zip(FieldsOf(e))
                .Where(p => p.First.Value != p.Second.Value)
                .Select(p => new FieldChange(p.First.Field, p.First.Value, p.Second.Value))
                .ToImmutableArray()))
            .Where(c => !c.Changes.IsEmpty)
            .ToImmutableArray();

        var oldSets = oldBook.ValueSets.ToDictionary(v => v.Id);
        var newSets = newBook.ValueSets.ToDictionary(v => v.Id);
        var changedSets = newBook.ValueSets
            .Where(s => oldSets.ContainsKey(s.Id))
            .Select(s => new ChangedEntry(s.Id, FieldsOf(oldSets[s.Id]).Zip(FieldsOf(s))
                .Where(p => p.First.Value != p.Second.Value)
                .Select(p => new FieldChange(p.First.Field, p.First.Value, p.Second.Value))
                .ToImmutableArray()))
            .Where(c => !c.Changes.IsEmpty)
            .ToImmutableArray();

        return new CodebookDiff(added, removed, changed,
            [.. newSets.Keys.Where(k => !oldSets.ContainsKey(k))],
            [.. oldSets.Keys.Where(k => !newSets.ContainsKey(k))],
            changedSets);
    }

    /// <summary>A human-readable summary, one line per change, for the terminal and for review comments.</summary>
    public string ToText()
    {
        if (IsEmpty) return "No differences.";
        var lines = new List<string>();
        lines.AddRange(Added.Select(e => $"+ {e.Id} ({EntryKinds.ToName(e.Kind)}): {e.Label.Nl}"));
        lines.AddRange(Removed.Select(e => $"- {e.Id} ({EntryKinds.ToName(e.Kind)}): {e.Label.Nl}"));
        foreach (var c in Changed)
        {
            lines.Add($"~ {c.Id}");
            lines.AddRange(c.Changes.Select(f => $"    {f.Field}: {Show(f.Old)} -> {Show(f.New)}"));
        }
        lines.AddRange(AddedValueSets.Select(v => $"+ value set {v}"));
        lines.AddRange(RemovedValueSets.Select(v => $"- value set {v}"));
        foreach (var c in ChangedValueSets)
        {
            lines.Add($"~ value set {c.Id}");
            lines.AddRange(c.Changes.Select(f => $"    {f.Field}: {Show(f.Old)} -> {Show(f.New)}"));
        }
        return string.Join(Environment.NewLine, lines);
    }

    private static string Show(string? s) => s is null ? "(none)" : $"\"{s}\"";

    private static IEnumerable<(string Field, string? Value)> FieldsOf(CodebookEntry e)
    {
        yield return ("kind", EntryKinds.ToName(e.Kind));
        yield return ("label.nl", e.Label.Nl);
        yield return ("label.en", e.Label.En);
        yield return ("definition.nl", e.Definition?.Nl);
        yield return ("definition.en", e.Definition?.En);
        yield return ("indicators", Join(e.Indicators.Select(i => i.Nl)));
        yield return ("value_set", e.ValueSetId);
        yield return ("values", Join(e.Values.Select(v => $"{v.ValueId}={v.Text.Nl}{(v.Expected is null ? "" : " -> " + v.Expected)}")));
        yield return ("cluster", e.Cluster);
        yield return ("oliver", Join(e.Oliver));
        yield return ("maps_to", Join(e.MapsTo));
        yield return ("excluded", e.ExcludedReason?.Nl);
        yield return ("inductive", e.Inductive ? "true" : null);
        yield return ("source", e.Source.ToString());
        yield return ("note", e.Note?.Nl);
        yield return ("parent", e.ParentId);
        yield return ("children", Join(e.ChildIds));
    }

    private static IEnumerable<(string Field, string? Value)> FieldsOf(ValueSet s)
    {
        yield return ("label.nl", s.Label.Nl);
        yield return ("label.en", s.Label.En);
        yield return ("values", Join(s.Values.Select(v => $"{v.Id}={v.Label.Nl}{(v.Min is null && v.Max is null ? "" : $" [{v.Min}, {v.Max}]")}")));
    }

    private static string? Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : string.Join(" | ", list);
    }
}
