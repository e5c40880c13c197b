using System.Text;
using Jeugdhulp.Research.Coding.Projects;

namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>Lists the segments about one unit (optionally one code and everything below it, one coder), for checking a judgment by hand.</summary>
public static class EvidenceReport
{
    /// <summary>The segments as evidence, in source and offset order.</summary>
    public static IReadOnlyList<Evidence> Select(CodingProject project, string unit, string? code, CoderSelection coders) =>
        project.Evidence()
            .Where(e => e.Unit == unit && coders.Includes(e.Coder))
            .Where(e => code is null || e.Code == code || e.Code.StartsWith(code + ".", StringComparison.Ordinal))
            .OrderBy(e => e.Period).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.Coder, StringComparer.Ordinal)
            .ToList();

    /// <summary>A Markdown table of the segments.</summary>
    public static string ToMarkdown(CodingProject project, string unit, string? code, CoderSelection coders)
    {
        var rows = Select(project, unit, code, coders);
        var b = new StringBuilder();
        b.Append("# Bewijs voor ").Append(unit).Append(code is null ? "" : $", code {code}").Append(" (codeur: ").Append(coders).AppendLine(")").AppendLine();
        b.AppendLine("| periode | bron | offsets | code | waarde | codeur | account | spreker | citaat |");
        b.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var e in rows)
            b.Append("| ").Append(e.Period).Append(" | ").Append(e.Source).Append(" | ").Append(e.Start).Append('-').Append(e.End)
                .Append(" | ").Append(e.Code).Append(" | ").Append(e.Value ?? "").Append(" | ").Append(e.Coder)
                .Append(" | ").Append(AccountNames.ToName(e.Account)).Append(" | ").Append(e.Speaker ?? "")
                .Append(" | ").Append(e.Quote.Replace("\n", " ").Replace("|", "\\|")).AppendLine(" |");
        b.AppendLine().Append(rows.Count).AppendLine(" segment(en).");
        return b.ToString();
    }
}
