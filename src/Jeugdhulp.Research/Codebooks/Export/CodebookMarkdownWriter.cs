using System.Text;

namespace Jeugdhulp.Research.Codebooks.Export;

/// <summary>Writes the codebook as a Markdown document, for a report appendix or a repository wiki.</summary>
public static class CodebookMarkdownWriter
{
    /// <summary>Renders the codebook as Markdown.</summary>
    public static string Write(Codebook codebook)
    {
        var sb = new StringBuilder();
        sb.Append("# ").AppendLine(codebook.Title.Nl).AppendLine();
        sb.AppendLine($"Codeboek `{codebook.Id}` versie {codebook.Version} (sha256 `{codebook.ContentHash}`).").AppendLine();
        if (codebook.Citation is { } citation) sb.AppendLine($"Bron: {citation}").AppendLine();
        foreach (var section in CodebookDocument.Sections(codebook))
        {
            sb.Append('#', Math.Min(6, section.Depth + 2)).Append(' ').Append(Escape(section.Title)).Append(" `").Append(section.Id).AppendLine("`").AppendLine();
            foreach (var (name, text) in section.Fields) sb.AppendLine($"- **{name}:** {Escape(text)}");
            foreach (var (name, items) in section.Lists)
            {
                sb.AppendLine($"- **{name}:**");
                foreach (var item in items) sb.AppendLine($"  - {Escape(item)}");
            }
            sb.AppendLine();
            if (!section.Values.IsEmpty)
            {
                sb.AppendLine("| waarde | betekenis | verwachte reactie |").AppendLine("|---|---|---|");
                foreach (var (value, meaning, expected) in section.Values)
                    sb.AppendLine($"| {Cell(value)} | {Cell(meaning)} | {Cell(expected)} |");
                sb.AppendLine();
            }
        }
        sb.AppendLine("## Waardensets").AppendLine();
        foreach (var set in codebook.ValueSets)
        {
            sb.AppendLine($"### {Escape(set.Label.Nl)} `{set.Id}`").AppendLine();
            sb.AppendLine("| id | label | English |").AppendLine("|---|---|---|");
            foreach (var v in set.Values) sb.AppendLine($"| {Cell(v.Id)} | {Cell(v.Label.Nl)} | {Cell(v.Label.En ?? "")} |");
            sb.AppendLine();
        }
        return sb.ToString();
    }

    /// <summary>Escapes Markdown inline syntax that would otherwise change the rendering of seed text.</summary>
    internal static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("*", "\\*").Replace("_", "\\_").Replace("`", "\\`").Replace("<", "&lt;").Replace("\n", " ");

    /// <summary>Escapes a table cell: pipes and newlines would break the row.</summary>
    internal static string Cell(string text) => Escape(text).Replace("|", "\\|");
}
