using System.Text;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Codebooks.Export;

namespace Jeugdhulp.Research.Cli.Commands;

/// <summary>Terminal rendering of the codebook: a tree overview and one entry in full.</summary>
internal static class CodebookText
{
    public static string Tree(Codebook codebook)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{codebook.Title.Nl} ({codebook.Id} {codebook.Version})");
        if (codebook.Citation is { } c) sb.AppendLine(c);
        sb.AppendLine();
        foreach (var e in codebook.Entries)
        {
            var depth = codebook.Path(e.Id).Count - 1;
            var values = e.Values.IsEmpty ? "" : $" [{string.Join(" ", e.Values.Select(v => v.ValueId))}]";
            var excluded = e.IsExcluded ? " (niet gebruikt)" : "";
            sb.AppendLine($"{new string(' ', depth * 2)}{e.Label.Nl}{excluded}{values}  {e.Id}");
        }
        return sb.ToString();
    }

    public static string Entry(Codebook codebook, string id)
    {
        var section = CodebookDocument.Sections(codebook).FirstOrDefault(s => s.Id == id)
            ?? throw new Diagnostics.InputException(new Diagnostics.Diagnostic(codebook.Id, 0, 0, "unknown-id",
                $"No entry '{id}'. Ids that contain it: {string.Join(", ", codebook.Entries.Where(e => e.Id.Contains(id, StringComparison.OrdinalIgnoreCase)).Select(e => e.Id).Take(10).DefaultIfEmpty("(none)"))}."));
        var sb = new StringBuilder();
        sb.AppendLine($"{section.Title}  [{section.Id}]");
        foreach (var (name, text) in section.Fields) sb.AppendLine($"  {name}: {text}");
        foreach (var (name, items) in section.Lists)
        {
            sb.AppendLine($"  {name}:");
            foreach (var item in items) sb.AppendLine($"    - {item}");
        }
        foreach (var (value, meaning, expected) in section.Values)
            sb.AppendLine($"  {value,-4} {meaning}{(expected.Length > 0 ? $"  -> {expected}" : "")}");
        var children = codebook.Children(id).ToList();
        if (children.Count > 0)
        {
            sb.AppendLine("  Onderdelen:");
            foreach (var child in children) sb.AppendLine($"    {child.Label.Nl}  [{child.Id}]");
        }
        return sb.ToString();
    }
}
