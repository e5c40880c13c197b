using System.Collections.Immutable;

namespace Jeugdhulp.Research.Codebooks.Export;

/// <summary>One section of the readable codebook: an entry with its fields as the reader sees them, in Dutch.</summary>
/// <param name="Depth">0 for top-level entries.</param>
/// <param name="Id">The entry's id.</param>
/// <param name="Title">Dutch label with the English label in parentheses.</param>
/// <param name="Fields">Named paragraphs (definition, source, ...), in reading order.</param>
/// <param name="Lists">Named bullet lists (indicators, ...).</param>
/// <param name="Values">The value table: value, meaning, expected response.</param>
public sealed record CodebookSection(
    int Depth, string Id, string Title,
    ImmutableArray<(string Name, string Text)> Fields,
    ImmutableArray<(string Name, ImmutableArray<string> Items)> Lists,
    ImmutableArray<(string Value, string Meaning, string Expected)> Values);

/// <summary>
/// The codebook laid out as a document (the appendix of a report), shared by the Markdown and HTML writers so both
/// always say the same thing.
/// </summary>
public static class CodebookDocument
{
    /// <summary>The sections in reading order (depth-first, file order).</summary>
    public static IEnumerable<CodebookSection> Sections(Codebook codebook)
    {
        foreach (var entry in codebook.Entries)
        {
            var depth = codebook.Path(entry.Id).Count - 1;
            var fields = ImmutableArray.CreateBuilder<(string, string)>();
            fields.Add(("Soort", EntryKinds.ToName(entry.Kind) + (entry.Inductive ? " (inductief toegevoegd)" : "")));
            if (entry.Definition is { } d) fields.Add(("Definitie", d.En is null ? d.Nl : $"{d.Nl} ({d.En})"));
            if (entry.IsExcluded) fields.Add(("Niet gebruikt", entry.ExcludedReason!.Nl));
            if (entry.Cluster is { } c) fields.Add(("Cluster", codebook.Find(c)?.Label.Nl ?? c));
            if (!entry.Oliver.IsEmpty) fields.Add(("Oliver (1991)", string.Join(", ", entry.Oliver.Select(o => Describe(codebook, o)))));
            if (!entry.MapsTo.IsEmpty) fields.Add(("In deze studie", string.Join(", ", entry.MapsTo.Select(o => Describe(codebook, o)))));
            if (entry.ValueSetId is { } vs && entry.Values.IsEmpty && codebook.FindValueSet(vs) is { } set)
                fields.Add(("Waarden", string.Join("; ", set.Values.Select(v => v.Label.Nl))));
            if (entry.Note is { } n) fields.Add(("Noot", n.Nl));
            fields.Add(("Bron", entry.Source.ToString()));

            var lists = ImmutableArray.CreateBuilder<(string, ImmutableArray<string>)>();
            if (!entry.Indicators.IsEmpty) lists.Add(("Indicatoren", [.. entry.Indicators.Select(i => i.Nl)]));

            var values = entry.Values
                .Select(v => (v.ValueId, v.Text.Nl, v.Expected is { } e ? codebook.Find(e)?.Label.Nl ?? e : ""))
                .ToImmutableArray();
            var title = entry.Label.En is { } en && en != entry.Label.Nl ? $"{entry.Label.Nl} ({en})" : entry.Label.Nl;
            yield return new CodebookSection(depth, entry.Id, title, fields.ToImmutable(), lists.ToImmutable(), values);
        }
    }

    private static string Describe(Codebook codebook, string id) =>
        codebook.Find(id) is { } e ? $"{e.Label.Nl} ({id})" : id;
}
