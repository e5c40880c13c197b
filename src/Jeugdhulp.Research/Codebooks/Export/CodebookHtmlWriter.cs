using System.Net;
using System.Text;

namespace Jeugdhulp.Research.Codebooks.Export;

/// <summary>Writes the codebook as one self-contained HTML page (no scripts, no external resources).</summary>
public static class CodebookHtmlWriter
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#222}" +
        "code{background:#f3f3f3;padding:0 .25em;border-radius:3px}table{border-collapse:collapse;margin:.5rem 0 1rem}" +
        "th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}" +
        "section{margin-left:1rem}dt{font-weight:600}dd{margin:0 0 .4rem 1rem}";

    /// <summary>Renders the codebook as an HTML document.</summary>
    public static string Write(Codebook codebook)
    {
        var sb = new StringBuilder();
        sb.AppendLine("<!DOCTYPE html>").AppendLine("<html lang=\"nl\"><head><meta charset=\"utf-8\">");
        sb.AppendLine($"<title>{E(codebook.Title.Nl)}</title><style>{Style}</style></head><body>");
        sb.AppendLine($"<h1>{E(codebook.Title.Nl)}</h1>");
        sb.AppendLine($"<p>Codeboek <code>{E(codebook.Id)}</code> versie {E(codebook.Version)} (sha256 <code>{E(codebook.ContentHash)}</code>).</p>");
        if (codebook.Citation is { } citation) sb.AppendLine($"<p>Bron: {E(citation)}</p>");
        foreach (var section in CodebookDocument.Sections(codebook))
        {
            var level = Math.Min(6, section.Depth + 2);
            sb.AppendLine($"<section id=\"{E(section.Id)}\"><h{level}>{E(section.Title)} <code>{E(section.Id)}</code></h{level}><dl>");
            foreach (var (name, text) in section.Fields) sb.AppendLine($"<dt>{E(name)}</dt><dd>{E(text)}</dd>");
            foreach (var (name, items) in section.Lists)
                sb.AppendLine($"<dt>{E(name)}</dt><dd><ul>{string.Concat(items.Select(i => $"<li>{E(i)}</li>"))}</ul></dd>");
            sb.AppendLine("</dl>");
            if (!section.Values.IsEmpty)
            {
                sb.AppendLine("<table><thead><tr><th>waarde</th><th>betekenis</th><th>verwachte reactie</th></tr></thead><tbody>");
                foreach (var (value, meaning, expected) in section.Values)
                    sb.AppendLine($"<tr><td>{E(value)}</td><td>{E(meaning)}</td><td>{E(expected)}</td></tr>");
                sb.AppendLine("</tbody></table>");
            }
            sb.AppendLine("</section>");
        }
        sb.AppendLine("<h2>Waardensets</h2>");
        foreach (var set in codebook.ValueSets)
        {
            sb.AppendLine($"<h3 id=\"set-{E(set.Id)}\">{E(set.Label.Nl)} <code>{E(set.Id)}</code></h3>");
            sb.AppendLine("<table><thead><tr><th>id</th><th>label</th><th>English</th></tr></thead><tbody>");
            foreach (var v in set.Values) sb.AppendLine($"<tr><td>{E(v.Id)}</td><td>{E(v.Label.Nl)}</td><td>{E(v.Label.En ?? "")}</td></tr>");
            sb.AppendLine("</tbody></table>");
        }
        sb.AppendLine("</body></html>");
        return sb.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
