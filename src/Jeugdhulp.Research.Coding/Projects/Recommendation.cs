using System.Collections.Immutable;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>
/// One recommendation of a document a study codes, as a rekenkamer follows it up: to whom, what it should achieve,
/// by when, how far it got, and the recommendation itself verbatim with its seed lines.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>zhz-2</c>.</param>
/// <param name="Case">The case (region) whose document makes it.</param>
/// <param name="Seed">The seed file the quote is from.</param>
/// <param name="Lines">The lines of the quote in that file.</param>
/// <param name="Addressee">Who must act.</param>
/// <param name="IntendedEffect">What it should achieve, as the document says or implies.</param>
/// <param name="Deadline">A deadline or term where the document gives one; null otherwise.</param>
/// <param name="Status">Follow-up status: one of <see cref="RecommendationRegister.Statuses"/>.</param>
/// <param name="Quote">The recommendation, verbatim.</param>
/// <param name="Line">Line in recommendations.csv.</param>
public sealed record Recommendation(string Id, string Case, string Seed, string Lines, string Addressee, string IntendedEffect,
    string? Deadline, string Status, string Quote, int Line);

/// <summary>
/// Reads <c>recommendations.csv</c> of a study (columns <see cref="Columns"/>): every problem of every row is reported
/// together with file, line and column, and nothing is returned half-read.
/// </summary>
public static class RecommendationRegister
{
    /// <summary>The file name in a study folder.</summary>
    public const string FileName = "recommendations.csv";

    /// <summary>The columns, in the order written.</summary>
    public static readonly ImmutableArray<string> Columns = ["id", "case", "seed", "lines", "addressee", "intended_effect", "deadline", "status", "quote"];

    /// <summary>Follow-up statuses: nothing known yet, open, under way, done, not done.</summary>
    public static readonly ImmutableArray<string> Statuses = ["onbekend", "open", "in-uitvoering", "uitgevoerd", "niet-uitgevoerd"];

    /// <summary>The register of the study in <paramref name="directory"/>, checked against its cases; empty when the study has none.</summary>
    /// <exception cref="InputException">Any problem in the file; carries all of them.</exception>
    public static ImmutableArray<Recommendation> Read(string directory, IReadOnlyCollection<CaseInfo> cases)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path)) return [];
        var errors = new List<Diagnostic>();
        var table = CsvTable.Read(path, [.. Columns.Where(c => c != "deadline")], errors, path);
        if (table is null) throw new InputException(errors);
        var result = ImmutableArray.CreateBuilder<Recommendation>();
        foreach (var row in table.Rows)
        {
            var before = errors.Count;
            foreach (var column in new[] { "id", "case", "seed", "lines", "addressee", "intended_effect", "status", "quote" })
                if (row[column].Length == 0) errors.Add(row.At(column, "missing-value", $"'{column}' is empty; every recommendation needs it."));
            if (row["case"].Length > 0 && cases.All(c => c.Id != row["case"]))
                errors.Add(row.At("case", "unknown-case", $"Case '{row["case"]}' is not in cases.csv ({string.Join(", ", cases.Select(c => c.Id))}).{DidYouMean.Hint(row["case"], cases.Select(c => c.Id))}"));
            if (row["status"].Length > 0 && !Statuses.Contains(row["status"]))
                errors.Add(row.At("status", "invalid-status", $"status '{row["status"]}' must be one of {string.Join(", ", Statuses)}.{DidYouMean.Hint(row["status"], Statuses)}"));
            if (row["lines"].Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(row["lines"], @"^\d+-\d+$"))
                errors.Add(row.At("lines", "invalid-lines", $"lines '{row["lines"]}' must look like 940-942."));
            if (result.Any(r => r.Id == row["id"]))
                errors.Add(row.At("id", "duplicate-id", $"Recommendation '{row["id"]}' is listed twice."));
            if (errors.Count > before) continue;
            result.Add(new Recommendation(row["id"], row["case"], row["seed"], row["lines"], row["addressee"], row["intended_effect"],
                row.Optional("deadline"), row["status"], row["quote"], row.Line));
        }
        if (errors.Count > 0) throw new InputException(errors);
        return result.ToImmutable();
    }

    /// <summary>The register as one table (cases by name), for every output format.</summary>
    public static ResultTable ToTable(IReadOnlyList<Recommendation> recommendations, IReadOnlyCollection<CaseInfo> cases) =>
        new("Aanbevelingen",
            ["id", "regio", "aan", "beoogd effect", "termijn", "status", "aanbeveling (letterlijk)", "bron"],
            [.. recommendations.Select(r => (ImmutableArray<TableCell>)[
                new TableCell(r.Id), new TableCell(cases.FirstOrDefault(c => c.Id == r.Case)?.Name ?? r.Case), new TableCell(r.Addressee),
                new TableCell(r.IntendedEffect), new TableCell(r.Deadline ?? ""), new TableCell(r.Status), new TableCell(r.Quote),
                new TableCell($"seed {r.Seed}, r. {r.Lines}")])],
            ["Status 'onbekend': de documenten zeggen niets over de opvolging; de rekenkamer vult hem in."]);
}
