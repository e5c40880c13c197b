using System.Collections.Immutable;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Comparison;

/// <summary>
/// The qualitative comparison tables of the case chapters and chapter 9, built from data: the case-ordered
/// meta-matrix (Tables 4.3-8.3), the steering matrix (Tables 4.2-8.2 side by side), the response-change table
/// (Table 9.15) and contrast tables of followers against non-followers (Tables 9.7 and 9.9).
/// </summary>
public static class Matrices
{
    /// <summary>Units × chosen variables, grouped by case in case order; each cell shows the Dutch label and carries the evidence.</summary>
    /// <param name="study">The study.</param>
    /// <param name="vocabulary">Labels.</param>
    /// <param name="variables">The columns.</param>
    /// <param name="units">The study's unit table when the caller has built it already (a <see cref="Data.StudyContext"/>), so it is built once per command.</param>
    public static ResultTable MetaMatrix(StudyData study, Vocabulary vocabulary, IReadOnlyList<string> variables, UnitTable? units = null)
    {
        units ??= UnitTable.From(study);
        var rows = study.Cases.SelectMany(c => units.Rows.Where(u => u.Unit.Case == c.Id).Select(u => (ImmutableArray<TableCell>)[
            new TableCell(c.Name),
            new TableCell(u.Unit.Provider),
            .. variables.Select(v => Cell(vocabulary, v, u[v], study.ValueOf(u.Unit.Id, v)?.Provenance))]));
        return new ResultTable("Meta-matrix per case",
            ["case", "aanbieder", .. variables.Select(vocabulary.AttributeLabel)], [.. rows],
            ["Lege cel of 'onbekend': de bron bepaalt de waarde niet. Bron en onderbouwing per cel in de detailtekst."]);
    }

    /// <summary>
    /// Cases × steering variables: the case-level values of <c>case-values.csv</c> for every steering entry of the
    /// codebook that some case has, in codebook order. Periods are shown as separate lines in a cell.
    /// </summary>
    public static ResultTable SteeringMatrix(StudyData study, Vocabulary vocabulary) =>
        SteeringMatrix([(study.Name ?? "", study)], vocabulary);

    /// <summary>
    /// Several studies side by side in one steering matrix (e.g. the dissertation's five cases beside regions of one's
    /// own): the cases of each study in study order, a row for every steering entry of the codebook that some case of
    /// some study has. With more than one study a column names its study, so a rekenkamer sees where each value
    /// comes from; every cell keeps its provenance as detail.
    /// </summary>
    /// <param name="studies">The studies with the name to show for each.</param>
    /// <param name="vocabulary">Labels (the codebook all studies are coded with).</param>
    /// <param name="evidenceLink">
    /// The anchor a cell links to for its first value (a report's evidence appendix), or null for no link; the anchors
    /// must exist in the same document.
    /// </param>
    /// <param name="citeDissertation">
    /// False for a report of a study of one's own, whose tables must not read as claims from the dissertation: the note then
    /// names the codebook, not the dissertation's table.
    /// </param>
    public static ResultTable SteeringMatrix(IReadOnlyList<(string Name, StudyData Study)> studies, Vocabulary vocabulary, Func<Observation, string?>? evidenceLink = null,
        bool citeDissertation = true)
    {
        var columns = SteeringColumns(studies);
        var rows = SteeringVariables(studies, vocabulary).Select(v => (ImmutableArray<TableCell>)[
            new TableCell(vocabulary.AttributeLabel(v)),
            .. columns.Select(c =>
            {
                var values = c.Study.CaseValues.Where(o => o.Subject == c.Case.Id && o.Variable == v).ToList();
                if (values.Count == 0) return new TableCell("");
                return new TableCell(SteeringText(values, vocabulary), Detail: string.Join(" | ", values.Select(o => $"{o.Provenance} {o.Provenance.Evidence}")))
                {
                    Link = evidenceLink?.Invoke(values[0]),
                };
            })]);
        var notes = new List<string> { $"+ = aanwezig/versterkt volgen volgens {(citeDissertation ? "Tabel 3.4" : "het codeboek")}; lege cel: niet gecodeerd; 'onbekend': de bron bepaalt de waarde niet (reden in de detailtekst)." };
        if (studies.Count > 1) notes.Add("Studies naast elkaar: " + string.Join("; ", studies.Select(s => $"{s.Name} ({s.Study.Cases.Length} cases)")) + ".");
        return new ResultTable("Sturingskenmerken per case", ["variabele", .. columns.Select(c => c.Header)], [.. rows], [.. notes]);
    }

    /// <summary>
    /// The columns of the steering matrix: every case of every study in study order, headed by the case name (with the
    /// study's name in brackets when there is more than one study). Shared by the table and the heatmap, so both show the same grid.
    /// </summary>
    public static ImmutableArray<(string Header, StudyData Study, CaseInfo Case)> SteeringColumns(IReadOnlyList<(string Name, StudyData Study)> studies) =>
        [.. studies.SelectMany(s => s.Study.Cases.Select(c => (studies.Count > 1 ? $"{c.Name} [{s.Name}]" : c.Name, s.Study, c)))];

    /// <summary>The rows of the steering matrix: every steering entry of the codebook that some case of some study has, in codebook order.</summary>
    public static ImmutableArray<string> SteeringVariables(IReadOnlyList<(string Name, StudyData Study)> studies, Vocabulary vocabulary) =>
        [.. vocabulary.Codebook.Entries
            .Where(e => e.Id.StartsWith("sturing.", StringComparison.Ordinal) && studies.Any(s => s.Study.CaseValues.Any(o => o.Variable == e.Id)))
            .Select(e => e.Id)];

    /// <summary>A steering cell's text: each value's Dutch label (or 'onbekend'), prefixed by its period where it has one.</summary>
    public static string SteeringText(IEnumerable<Observation> values, Vocabulary vocabulary) =>
        string.Join("; ", values.Select(o => (o.Period is null ? "" : o.Period + ": ") + (o.Value is null ? Category.Unknown.Label : vocabulary.ValueLabel(o.Variable, o.Value))));

    /// <summary>Every unit whose emphasis cluster changed between periods, with the sequence of responses (cf. Table 9.15).</summary>
    public static ResultTable ChangeTable(StudyData study, Vocabulary vocabulary)
    {
        var rows = study.Units
            .Select(u => (Unit: u, Responses: study.ResponsesOf(u.Id).ToList()))
            .Where(p => UnitTable.ClusterChanges(p.Responses).Any())
            .Select(p => (ImmutableArray<TableCell>)[
                new TableCell(study.FindCase(p.Unit.Case)?.Name ?? p.Unit.Case),
                new TableCell(p.Unit.Provider),
                new TableCell(vocabulary.ValueLabel(UnitTable.Change, UnitTable.ClusterChange(p.Responses))),
                new TableCell(string.Join(" → ", p.Responses.GroupBy(r => r.Period).Select(g =>
                    $"{g.First().PeriodLabel ?? "periode " + g.Key}: {string.Join(" en ", g.Select(r => vocabulary.Codebook.Find(r.Response)?.Label.Nl ?? r.Response))}"))),
            ]);
        var summary = study.Units.SelectMany(u => UnitTable.ClusterChanges(study.ResponsesOf(u.Id)))
            .GroupBy(c => c).Select(g => $"{vocabulary.ValueLabel(UnitTable.Change, g.Key)}: {g.Count()}x");
        return new ResultTable("Verandering van strategische reactie", ["case", "aanbieder", "verandering", "reacties per periode"], [.. rows],
            [string.Join("; ", summary)]);
    }

    /// <summary>
    /// Followers against non-followers per factor: for each variable and cluster, how many units have each value
    /// ("+ 8 van 8"), the form of Tables 9.7 and 9.9.
    /// </summary>
    public static ResultTable ContrastTable(StudyData study, Vocabulary vocabulary, IReadOnlyList<string> variables, IReadOnlyList<string>? clusters = null, UnitTable? units = null)
    {
        units ??= UnitTable.From(study);
        clusters ??= ["volgen", "niet-volgen"];
        var rows = variables.Select(v => (ImmutableArray<TableCell>)[
            new TableCell(vocabulary.AttributeLabel(v)),
            .. clusters.Select(c =>
            {
                var group = units.Rows.Where(u => u[StudyDataLoader.ClusterVariable] == c).ToList();
                var parts = vocabulary.CategoriesOf(v, group.Select(u => u[v]))
                    .Select(cat => (cat.Label, Count: group.Count(u => u[v] == cat.Id)))
                    .Where(p => p.Count > 0)
                    .Select(p => $"{p.Label}: {p.Count} van {group.Count}");
                return new TableCell(string.Join("; ", parts), Detail: string.Join(", ", group.Select(u => $"{u.Unit.Id}={u[v] ?? Category.Unknown.Label}")));
            })]);
        return new ResultTable("Volgers en niet-volgers per factor",
            ["factor", .. clusters.Select(c => vocabulary.ValueLabel(StudyDataLoader.ClusterVariable, c))], [.. rows], []);
    }

    private static TableCell Cell(Vocabulary vocabulary, string variable, string? value, Provenance? provenance) =>
        new(value is null ? (provenance is null ? "" : Category.Unknown.Label) : vocabulary.ValueLabel(variable, value),
            Detail: provenance is null ? null : $"{provenance}{(provenance.Evidence is null ? "" : " — " + provenance.Evidence)}");
}
