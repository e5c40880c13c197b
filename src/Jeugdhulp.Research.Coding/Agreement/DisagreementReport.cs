using Jeugdhulp.Research.Rendering;
using System.Collections.Immutable;
using System.Globalization;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Coding.Agreement;

/// <summary>
/// The agenda of a reconciliation meeting: every rating unit on which coders differ, with each coder's label and the
/// text they coded, as a <see cref="ResultTable"/> (so <c>TableRenderer</c> writes it to CSV, xlsx, Markdown or HTML).
/// Rows are ordered by unit (project order), then by variable or code, then biggest disagreement first (most
/// disagreeing coder pairs, then most text or evidence at stake), then period and position.
/// </summary>
/// <remarks>
/// Quote cells are free text from transcripts and pass through <see cref="FormulaGuard.Neutralise"/>; label cells are
/// codebook values (<c>+</c>, <c>-</c>, <c>+/-</c>, code ids) and are written unchanged.
/// </remarks>
public static class DisagreementReport
{
    /// <summary>Title of the table (and the xlsx sheet).</summary>
    public const string Title = "Meningsverschillen tussen codeurs";

    /// <summary>Shown for a coder whose value is missing.</summary>
    public const string MissingLabel = "(ontbreekt)";

    /// <summary>The columns before the per-coder columns.</summary>
    public static readonly ImmutableArray<string> FixedColumns = ["eenheid", "periode", "niveau", "variabele / code", "plaats", "verschillende paren"];

    /// <summary>The disagreements of one or more data sets; <paramref name="project"/> (optional) gives the unit order.</summary>
    public static ResultTable Build(IEnumerable<AgreementData> data, CodingProject? project = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var sets = data.ToList();
        var coders = sets.SelectMany(d => d.Coders).Distinct(StringComparer.Ordinal).ToList();
        var unitOrder = project?.Units.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i) ?? [];
        var rows = sets.SelectMany(d => d.Disagreements.Select(i => (Data: d, Item: i)))
            .OrderBy(r => unitOrder.TryGetValue(r.Item.Unit, out var k) ? k : int.MaxValue)
            .ThenBy(r => r.Item.Unit, StringComparer.Ordinal)
            .ThenBy(r => r.Item.Subject, StringComparer.Ordinal)
            .ThenByDescending(r => r.Item.DisagreeingPairs)
            .ThenByDescending(r => r.Item.Extent)
            .ThenBy(r => r.Item.Period ?? 0)
            .ThenBy(r => r.Item.Location, StringComparer.Ordinal)
            .Select(r => Row(r.Data, r.Item, coders))
            .ToImmutableArray();
        var columns = FixedColumns.AddRange(coders.SelectMany(c => new[] { c, $"citaat {c}" }));
        var notes = sets.SelectMany(d => d.Notes).Distinct(StringComparer.Ordinal).ToList();
        notes.Add("Volgorde: per eenheid, dan per variabele of code, grootste verschil eerst (meeste verschillende codeursparen, dan meeste tekst of bewijs).");
        notes.Add("Citaten die met = + - @ beginnen krijgen een apostrof ervoor, zodat een spreadsheet ze niet als formule uitvoert; codeboekwaarden blijven ongewijzigd.");
        if (project?.Fictitious == true) notes.Insert(0, "FICTIEF / FICTITIOUS: illustratief materiaal, geen onderzoeksgegevens.");
        return new ResultTable(Title, columns, rows, [.. notes]) { DiffersMeaning = "de waarde van een codeur bij een meningsverschil" };
    }

    private static ImmutableArray<TableCell> Row(AgreementData data, AgreementItem item, IReadOnlyList<string> coders)
    {
        var cells = new List<TableCell>
        {
            new(item.Unit),
            new(item.Period?.ToString(CultureInfo.InvariantCulture) ?? ""),
            new(AgreementData.LevelName(data.Level)),
            new(item.Subject),
            new(item.Location),
            new(item.DisagreeingPairs.ToString(CultureInfo.InvariantCulture)),
        };
        foreach (var coder in coders)
        {
            var rating = item.Ratings.FirstOrDefault(r => r.Coder == coder);
            cells.Add(new TableCell(rating?.Label ?? MissingLabel, rating is null ? CellMark.None : CellMark.Differs));
            cells.Add(new TableCell(rating is null ? "" : FormulaGuard.Neutralise(string.Join(" | ", rating.Quotes))));
        }
        return [.. cells];
    }
}
