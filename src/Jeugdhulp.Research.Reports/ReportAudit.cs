using System.Collections.Immutable;
using System.Globalization;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Display;
using Jeugdhulp.Research.Rendering;

namespace Jeugdhulp.Research.Reports;

/// <summary>
/// The audit trail of a report: each reproduced table beside the published one with the units of every cell as
/// text, the values and inconsistencies it rests on ("berust op") each linked to its row in the evidence appendix,
/// and that appendix grouped per unit. What a rekenkamer follows from a number to its source.
/// </summary>
public static partial class ReportAudit
{
    /// <summary>The anchor of a value's row in the evidence appendix.</summary>
    public static string EvidenceAnchor(Observation o) =>
        Anchor("bewijs", o.Subject, o.Variable, o.Period);

    /// <summary>The anchor of a case's steering group in the evidence appendix.</summary>
    public static string CaseAnchor(string caseId) => Anchor("case", caseId);

    /// <summary>The anchor of a unit's group in the evidence appendix.</summary>
    public static string UnitAnchor(string unit) => Anchor("eenheid", unit);

    /// <summary>The anchor of an inconsistency's row.</summary>
    public static string InconsistencyAnchor(string id) => Anchor("inconsistentie", id);

    /// <summary>The anchor of a reproduced table.</summary>
    public static string TableAnchor(string id) => Anchor("tabel", id);

    private static string Anchor(string kind, params string?[] parts) =>
        kind + "-" + string.Join("-", parts.Where(p => !string.IsNullOrEmpty(p)).Select(p => new string([.. p!.Select(c => char.IsLetterOrDigit(c) || c is '.' or '_' ? char.ToLowerInvariant(c) : '-')])));

    /// <summary>
    /// For one reproduction: the published and the reproduced table side by side (units of each cell visible under its
    /// count; a differing cell says the published number in words too), then "berust op" with links to the evidence.
    /// </summary>
    public static ImmutableArray<DocumentBlock> Reproduction(TableReproduction reproduction, StudyData study, Vocabulary vocabulary, ReportLanguage language)
    {
        var published = reproduction.Published;
        var rows = reproduction.Cells.Select(c => c.Row).Distinct().ToList();
        var columns = reproduction.Cells.Select(c => c.Column).Distinct().ToList();
        ReproducedCell? Cell(string row, string column) => reproduction.Cells.FirstOrDefault(c => c.Row == row && c.Column == column);
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        // Where the table is per case, the case is the row: the provider names alone identify the units.
        var byCase = published.RowVariable == UnitTable.Case || published.ColumnVariable == UnitTable.Case;

        var printed = new ResultTable(language.Published(published.Id, published.Lines), ["", .. columns],
            [.. rows.Select(r => (ImmutableArray<TableCell>)[new(r), .. columns.Select(c => Cell(r, c) is { } cell ? new TableCell(N(cell.Published)) : new TableCell(""))])], []);
        var regenerated = new ResultTable($"Tabel {published.Id}: {published.Title}", ["", .. columns],
            [.. rows.Select(r => (ImmutableArray<TableCell>)[new(r), .. columns.Select(c => Cell(r, c) is { } cell
                ? new TableCell(cell.Matches ? N(cell.Reproduced) : language.Differs(cell.Reproduced, cell.Published),
                    cell.Matches ? CellMark.Matches : CellMark.Differs, UnitNames(cell.Units, study, withCase: !byCase || cell.Units.Select(u => study.Units.FirstOrDefault(x => x.Id == u)?.Case).Distinct().Count() > 1))
                : new TableCell(""))])],
            [language.Summary(reproduction)])
        {
            Id = TableAnchor(published.Id),
            ShowDetails = true,
        };

        var items = reproduction.UncertainValues.Select(o => new DocumentLink(
                $"{UnitName(o.Subject, study, withCase: true)}: {vocabulary.AttributeLabel(o.Variable)} = {(o.Value is null ? language.Undetermined : vocabulary.ValueLabel(o.Variable, o.Value))} ({HtmlDisplay.BasisLabel(o.Provenance.Basis)})",
                EvidenceAnchor(o)))
            .Concat(reproduction.Inconsistencies.Select(i => new DocumentLink(
                $"{language.Inconsistency} {i.Id} ({language.Lines} {i.Lines}): {Shorten(i.DescriptionIn(language.Code))}", InconsistencyAnchor(i.Id))))
            .ToImmutableArray();
        return
        [
            new SideBySide([printed, regenerated]),
            new LinkList(items.IsEmpty ? language.RestsOnNothing : language.RestsOn, items),
        ];
    }

    /// <summary>The evidence appendix: one subsection per unit, each value's row anchored for the links above.</summary>
    /// <remarks>
    /// The dissertation's data cite a table or section with line numbers of the plain-text extraction; a study of one's
    /// own (<paramref name="published"/> false) cites its coded passages and the rule that judged them instead.
    /// </remarks>
    public static ImmutableArray<ReportSection> EvidencePerUnit(StudyData study, Vocabulary vocabulary, ReportLanguage language, bool published = true) =>
    [
        .. study.Units.Select(unit => new ReportSection(UnitAnchor(unit.Id), $"{unit.Provider} ({CaseName(unit.Case, study)})",
            published ? $"{language.Source}: {unit.Source}, {language.Lines} {unit.Lines}." : language.SourcesOfUnit(SourcesOf(study, unit.Id)),
            [new ResultTable($"{language.Evidence}: {unit.Provider} ({CaseName(unit.Case, study)})", published ? language.EvidenceColumns : language.ProjectEvidenceColumns,
                [.. study.ValuesOf(unit.Id).Select(o => EvidenceRow(o, vocabulary, language,
                    published ? $"{o.Provenance.Source}, {language.Lines} {o.Provenance.Lines}" : Passages(o.Provenance.Lines)))], [])],
            [])),
    ];

    /// <summary>
    /// The evidence appendix of the case-level steering values: one subsection per case with values, each value's row
    /// anchored (<see cref="EvidenceAnchor"/>) so the steering table's cells link to it, with its basis, the rule, the
    /// quotes and where each coded passage stands.
    /// </summary>
    /// <param name="study">The study.</param>
    /// <param name="vocabulary">Labels.</param>
    /// <param name="language">The report's language.</param>
    /// <param name="published">True for the dissertation's data (sources are its tables with line numbers).</param>
    /// <param name="locate">For a coding project: where a coded passage (source id, offset) stands, e.g. <c>sources/x.md r. 16; seed y.txt r. 12-22</c>; null when unknown.</param>
    public static ImmutableArray<ReportSection> EvidencePerCase(StudyData study, Vocabulary vocabulary, ReportLanguage language, bool published = true,
        Func<string, int, string?>? locate = null) =>
    [
        .. study.Cases.Where(c => study.CaseValues.Any(o => o.Subject == c.Id)).Select(c => new ReportSection(CaseAnchor(c.Id),
            $"{language.Steering}: {c.Name}",
            language.SteeringEvidenceText,
            [new ResultTable($"{language.Evidence}: {language.Steering.ToLowerInvariant()} {c.Name}", published ? language.EvidenceColumns : language.CaseEvidenceColumns,
                [.. study.CaseValues.Where(o => o.Subject == c.Id).Select(o => EvidenceRow(o, vocabulary, language,
                    published ? $"{o.Provenance.Source}, {language.Lines} {o.Provenance.Lines}" : Located(o.Provenance.Lines, locate)))], [])],
            [])),
    ];

    /// <summary>One anchored evidence row, the same for a unit's and a case's values; the reason in the report's language.</summary>
    private static ImmutableArray<TableCell> EvidenceRow(Observation o, Vocabulary vocabulary, ReportLanguage language, string where) =>
    [
        new(vocabulary.AttributeLabel(o.Variable)) { Anchor = EvidenceAnchor(o) },
        new(o.Period ?? ""),
        new(o.Value is null ? language.Undetermined : vocabulary.ValueLabel(o.Variable, o.Value)),
        new(HtmlDisplay.BasisLabel(o.Provenance.Basis)),
        new(where),
        new(o.Provenance.ReasonIn(language.Code) ?? ""),
        new(o.Provenance.Evidence ?? ""),
    ];

    /// <summary>
    /// Where a passage of a source stands: the line in the source file and, for a source of verbatim passages from a seed
    /// (front matter <c>seed</c>, each passage followed by <c>— r. A-B</c>), the seed's lines of the passage.
    /// </summary>
    public static string Locate(Jeugdhulp.Research.Coding.Sources.SourceDocument source, int offset)
    {
        offset = Math.Clamp(offset, 0, source.Text.Length);
        var line = source.FirstLine + source.Text.AsSpan(0, offset).Count('\n');
        var where = $"sources/{Path.GetFileName(source.File)} r. {line.ToString(CultureInfo.InvariantCulture)}";
        if (source.Seed is { } seed && SeedLines().Match(source.Text, offset) is { Success: true } m) where += $"; seed {seed} r. {m.Groups[1].Value}";
        return where;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"— r\. (\d+(?:-\d+)?)")]
    private static partial System.Text.RegularExpressions.Regex SeedLines();

    /// <summary>The coded passages of a project value, each with where it stands when <paramref name="locate"/> knows.</summary>
    private static string Located(string lines, Func<string, int, string?>? locate) =>
        string.Join("; ", Passages(lines).Split("; ", StringSplitOptions.RemoveEmptyEntries).Select(p =>
        {
            var at = p.IndexOf('@');
            var dash = p.IndexOf('-', at + 1);
            return at > 0 && dash > at && int.TryParse(p[(at + 1)..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                && locate?.Invoke(p[..at], start) is { } where ? $"{p} ({where})" : p;
        }));

    /// <summary>The coded passages of a project value (<c>bron@begin-eind</c> separated by ';'), one per line; empty when none.</summary>
    private static string Passages(string lines) => lines.Contains('@') ? string.Join("; ", lines.Split(';', StringSplitOptions.TrimEntries)) : "";

    /// <summary>The sources a project unit's values cite, in order of first use.</summary>
    private static List<string> SourcesOf(StudyData study, string unit) =>
    [
        .. study.ValuesOf(unit).SelectMany(o => o.Provenance.Lines.Split(';', StringSplitOptions.TrimEntries))
            .Where(p => p.Contains('@')).Select(p => p[..p.IndexOf('@')]).Distinct(StringComparer.Ordinal),
    ];

    /// <summary>The inconsistency table with an anchor per row.</summary>
    public static ResultTable Inconsistencies(StudyData study, ReportLanguage language) =>
        new(language.Code == "en" ? "Inconsistencies" : "Inconsistenties", language.Code == "en" ? ["id", "kind", "lines", "description", "handling"] : ["id", "soort", "regels", "beschrijving", "behandeling"],
            [.. study.Inconsistencies.Select(i => (ImmutableArray<TableCell>)[new(i.Id) { Anchor = InconsistencyAnchor(i.Id) }, new(i.KindIn(language.Code)), new(i.Lines), new(i.DescriptionIn(language.Code)), new(i.HandlingIn(language.Code))])], []);

    private static string UnitNames(IEnumerable<string> units, StudyData study, bool withCase) =>
        string.Join(", ", units.Select(u => UnitName(u, study, withCase)));

    private static string UnitName(string unit, StudyData study, bool withCase) =>
        study.Units.FirstOrDefault(u => u.Id == unit) is { } info ? withCase ? $"{info.Provider} ({CaseName(info.Case, study)})" : info.Provider : unit;

    private static string CaseName(string id, StudyData study) => study.FindCase(id)?.Name ?? id;

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..197] + "...";
}
