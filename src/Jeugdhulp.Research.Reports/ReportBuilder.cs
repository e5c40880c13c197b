using System.Collections.Immutable;
using System.Reflection;
using Jeugdhulp.Research.Charts;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Display;
using Jeugdhulp.Research.Qca;
using Jeugdhulp.Research.Rendering;
using Jeugdhulp.Research.Theory;
using Jeugdhulp.Research.Theory.Display;

namespace Jeugdhulp.Research.Reports;

/// <summary>What goes into a report besides the study itself.</summary>
/// <param name="CommandLine">The command that made the report, for the provenance section.</param>
/// <param name="Date">The date line; everything else depends on the input only.</param>
/// <param name="Propositions">Propositions to evaluate, or null to leave that section out.</param>
/// <param name="Qca">A QCA to run on the unit table, or null to leave that section out.</param>
public sealed record ReportOptions(string CommandLine, DateTimeOffset Date, PropositionSet? Propositions = null, UnitQcaRequest? Qca = null)
{
    /// <summary>The language of the report's own words (Dutch by default).</summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.Dutch;
}

/// <summary>
/// Assembles the audit report from a study: method, the reproduction of the published tables, the comparison
/// tables, charts, propositions and QCA where configured, the documented inconsistencies of the source, the
/// evidence appendix, the codebook appendix and provenance. Pure: the same input gives the same report.
/// </summary>
public static partial class ReportBuilder
{
    /// <summary>The attributes of the meta-matrix in the report.</summary>
    public static readonly ImmutableArray<string> MetaMatrixAttributes =
    [
        StudyDataLoader.ClusterVariable, "aanbieder.specialisatie", "aanbieder.leeftijd", "aanbieder.marktaandeel-categorie",
        "kenmerk.weten", "kenmerk.willen", "kenmerk.kunnen", "kenmerk.moeten",
    ];

    /// <summary>Builds the report of a data folder.</summary>
    public static Report Build(Codebook codebook, StudyData study, ReportOptions options) => Build(new StudyContext(codebook, study), options);

    /// <summary>
    /// Builds the report of any study. A section appears only when the study has its content (reproduction only with
    /// published tables, steering only with steering values, agreement only for a coding project with two or more
    /// coders, ...), and the dissertation's table numbers are cited only for the dissertation's own data (the study
    /// with published tables); every other study is described in its own terms.
    /// </summary>
    public static Report Build(StudyContext context, ReportOptions options, CodingProject? project = null)
    {
        var study = context.Study;
        var codebook = context.Codebook;
        var vocabulary = context.Vocabulary;
        var units = context.Units;
        var published = context.HasPublishedTables;
        string Cite(string reference) => published ? reference : "";
        var factors = MetaMatrixAttributes.Where(units.Attributes.Contains).ToList();
        var sections = ImmutableArray.CreateBuilder<ReportSection>();

        var origin = project is null
            ? $"de eenheden in {Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(study.Directory)))}/"
            : $"het coderingsproject {project.Name}: {project.Sources.Length} bronnen, {project.Segments.Length} coderingen door {string.Join(", ", project.Coders.Select(c => c.Id))}, geclassificeerd met de regels van het project (alle codeurs samen)";
        var englishOrigin = project is null
            ? $"the units in {Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(study.Directory)))}/"
            : $"the coding project {project.Name}: {project.Sources.Length} sources, {project.Segments.Length} codings by {string.Join(", ", project.Coders.Select(c => c.Id))}, classified by the project's rules (all coders pooled)";
        var countingRules = project?.Rules.RuleSet == RuleSet.Segmenttelling;
        sections.Add(new ReportSection("methode", "Methode",
            $"Dit rapport is met Jeugdhulp.Research gemaakt uit {origin}: {study.Cases.Length} cases en " +
            $"{study.Units.Length} eenheden (aanbieder binnen gemeente). Elke waarde heeft een bron en " +
            "een onderbouwing: vermeld in de tekst, afgeleid (met reden), afgedwongen door de gepubliceerde tellingen, of onbepaald. " +
            "Strategische reacties zijn teruggebracht tot de clusters volgen (volgen, compromis sluiten), niet-volgen (vermijden, " +
            "trotseren, domineren) en niets-doen" + Cite(", zoals in §3.4 en §9.1 van het proefschrift") + ". " +
            (countingRules
                ? "Dit project is geclassificeerd met de oude telregels (regelset segmenttelling: een reactie of cluster met meer dan de " +
                  "helft van de segmenten), niet met de methode van " + MethodCitation + "; de tabel 'Classificatieregels' zegt hoe die methode werkt. "
                : "Een gecodeerd project wordt geclassificeerd met de methode van " + MethodCitation + ": per eis van de gemeente, naar de bedoeling " +
                  "van de sturing; volgen alleen met een aangepaste werkwijze; de hoofdeisen voeren de boventoon en aantallen segmenten beslissen nooit; ") +
            "de classificatie stelt voor en de onderzoeker bevestigt, beslist of overschrijft met reden (tabel 'Classificatieregels').",
            [BasisTable(study), MethodRulesTable(published)], [])
        {
            English = ("Method",
                $"This report was made with Jeugdhulp.Research from {englishOrigin}: {study.Cases.Length} cases and {study.Units.Length} units " +
                "(provider within municipality). Every value has a source and a basis: stated in the text, inferred (with a reason), forced by the " +
                "published counts, or undetermined. Strategic responses are reduced to the clusters volgen (following, compromising), niet-volgen " +
                "(avoiding, defying, dominating) and niets-doen (doing nothing)" + Cite(", as in §3.4 and §9.1 of the dissertation") + ". " +
                (countingRules
                    ? "This project was classified with the old counting rules (rule set segmenttelling: a response or cluster with more than half of the " +
                      "segments), not with the method of " + MethodCitation + "; the table 'Classificatieregels' says how that method works. "
                    : "A coding project is classified by the method of " + MethodCitation + ": per demand of the municipality, by the intent of the steering; " +
                      "volgen only with an adapted working method; the main demands decide and segment counts never do; ") +
                "the classification proposes and the researcher confirms, decides or overrides with a reason (table 'Classificatieregels')."),
        });

        if (published)
        {
            var reproductions = Reproduction.Run(study, units);
            var differing = reproductions.Count(r => !r.Matches);
            sections.Add(new ReportSection("reproductie", "Reproductie van de gepubliceerde teltabellen",
                differing == 0
                    ? $"Alle {reproductions.Length} tabellen zijn cel voor cel uit de eenheden herberekend en gelijk aan de publicatie."
                    : $"{differing} van {reproductions.Length} tabellen wijken af van de publicatie; afwijkende cellen staan gemarkeerd als 'gereproduceerd ≠ gepubliceerd'.",
                [], [])
            {
                // Each table beside the published one, units visible per cell, "berust op" linked to the evidence.
                Content = [new TableBlock(ReproductionSummary(reproductions)), .. reproductions.SelectMany(r => ReportAudit.Reproduction(r, study, vocabulary, options.Language))],
            });
        }

        if (study.CaseValues.Length > 0)
            sections.Add(new ReportSection("sturing", "Sturing per case",
                "De sturingskenmerken van de gemeenten" + Cite(" (Tabellen 4.2-8.2)") + " naast elkaar; elke waarde linkt naar haar bewijs (citaat en vindplaats) in de bijlage.",
                [Matrices.SteeringMatrix([(study.Name ?? "", study)], vocabulary, ReportAudit.EvidenceAnchor, citeDissertation: published)], [])
            {
                English = ("Steering per case", "The steering characteristics of the municipalities" + Cite(" (Tables 4.2-8.2)") + " side by side; every value links to its evidence (quote and location) in the appendix."),
            });
        ImmutableArray<Recommendation> recommendations = project is null ? [] : RecommendationRegister.Read(project.Directory, project.Cases);
        if (recommendations.Length > 0)
            sections.Add(new ReportSection("aanbevelingen", "Aanbevelingen",
                $"Het aanbevelingenregister van de studie ({RecommendationRegister.FileName}): {recommendations.Length} aanbevelingen, elk letterlijk met de regels in het document, " +
                "wie moet handelen, het beoogde effect, de termijn en de status van de opvolging.",
                [RecommendationRegister.ToTable(recommendations, project!.Cases)], [])
            {
                English = ("Recommendations", $"The study's recommendations register ({RecommendationRegister.FileName}): {recommendations.Length} recommendations, each verbatim with " +
                    "its lines in the document, who must act, the intended effect, the term and the follow-up status."),
            });
        if (study.Units.Length > 0)
            sections.Add(new ReportSection("meta-matrix", "Eenheden per case",
                "Reactie, achtergrond en organisatiekenmerken per eenheid, geordend per case" + Cite(" (vgl. Tabellen 4.3-8.3)") + ".",
                [Matrices.MetaMatrix(study, vocabulary, factors, units)], [])
            {
                English = ("Units per case", "Response, background and organisation characteristics per unit, ordered by case" + Cite(" (cf. Tables 4.3-8.3)") + "."),
            });
        if (study.Responses.Length > 0)
        {
            sections.Add(new ReportSection("vergelijking", "Vergelijking over de cases",
                "Veranderingen van reactie tussen perioden" + Cite(" (vgl. Tabel 9.15)") + " en volgers tegenover niet-volgers per factor" + Cite(" (vgl. Tabellen 9.7 en 9.9)") + ".",
                [Matrices.ChangeTable(study, vocabulary), Matrices.ContrastTable(study, vocabulary, factors.Where(f => f.StartsWith("kenmerk.", StringComparison.Ordinal)).ToList(), units: units)], [])
            {
                English = ("Comparison across the cases", "Changes of response between periods" + Cite(" (cf. Table 9.15)") + " and followers against non-followers per factor" + Cite(" (cf. Tables 9.7 and 9.9)") + "."),
            });
            sections.Add(new ReportSection("grafieken", "Grafieken",
                "Reacties per case, factorprofielen per eenheid en veranderingen tussen perioden. De grafieken bevatten plotly.js zelf en werken zonder internet.",
                [], [])
            {
                // plotly.js is written once, before the first chart; each chart is a figure with a text description. The charts
                // use the context's unit table and vocabulary: the study is built once per report.
                Content =
                [
                    Chart(StudyCharts.ResponsesPerCase(units, vocabulary), 520, "grafiek1", "Staafdiagram: aantal eenheden per case per cluster (volgen, niet-volgen, niets-doen)" + Cite("; zelfde getallen als Tabel 9.1") + "."),
                    Chart(StudyCharts.FactorProfiles(study, codebook), 640, "grafiek2", "Heatmap: weten, willen, kunnen en moeten per eenheid (+, +/-, -; leeg = niet te bepalen), het symbool staat in elke cel."),
                    Chart(StudyCharts.ResponseChanges(ResponseFlows.From(study, null), vocabulary), 520, "grafiek3", "Sankey-diagram: cluster van elke eenheid in de eerste en de laatste periode."),
                ],
            });
        }

        if (project is not null && AgreementSection.Build(project) is { } agreement) sections.Add(agreement);

        if (options.Propositions is { } propositions)
        {
            var evaluation = PropositionEvaluator.Evaluate(propositions, study, vocabulary);
            sections.Add(new ReportSection("verwachtingen", "Verwachtingen getoetst",
                $"De verwachtingen uit {Path.GetFileName(propositions.File)} toegepast op de eenheden: voorspeld tegenover waargenomen, trefkans en afwijkende eenheden. " +
                "Eenheden waarvan een gebruikte waarde onbepaald is, zijn 'niet te beoordelen' en worden niet meegeteld.",
                [evaluation.Summary(vocabulary), .. evaluation.ToTables(vocabulary)], []));
        }

        if (options.Qca is { } request)
        {
            // As tables, not preformatted text: so the truth table and the solutions reach every format (xlsx, LaTeX too).
            var qca = UnitQca.Run(study, vocabulary, request);
            sections.Add(new ReportSection("qca", "Crisp-set QCA",
                $"Uitkomst {request.Outcome}, condities {string.Join(", ", request.Conditions)}; kalibratie: + = 1, - = 0, +/- en onbepaald ontbreken (zie de uitgesloten eenheden).",
                QcaTables.For(qca), []));
        }

        if (study.Inconsistencies.Length > 0)
            sections.Add(new ReportSection("inconsistenties", "Inconsistenties in de bron",
                "Tegenstrijdigheden in " + (published ? "het proefschrift zelf" : "de bronnen") + " en hoe de data ermee omgaat (inconsistencies*.csv).",
                [ReportAudit.Inconsistencies(study, options.Language)], [])
            {
                English = ("Inconsistencies in the source", "Contradictions in " + (published ? "the dissertation itself" : "the sources") + " and how the data handles them (inconsistencies*.csv)."),
            });
        Func<string, int, string?>? locate = project is null ? null : (source, offset) => project.FindSource(source) is { } found ? ReportAudit.Locate(found, offset) : null;
        if (study.UnitValues.Length > 0 || study.CaseValues.Length > 0)
            sections.Add(new ReportSection("bewijs", "Bijlage: bewijs per waarde",
                "De sturing per case en elke waarde van elke eenheid met haar bron, onderbouwing en het citaat uit de bron." +
                (published ? " Regelnummers verwijzen naar een platte-tekstversie van het proefschrift; zoek het citaat op in de pdf."
                    : " De bron is de gecodeerde passage (bron@begin-eind, codeur); de reden is de regel van de classificatie."), [], [])
            {
                Subsections = [.. ReportAudit.EvidencePerCase(study, vocabulary, options.Language, published, locate), .. ReportAudit.EvidencePerUnit(study, vocabulary, options.Language, published)],
                English = ("Appendix: evidence per value", "The steering per case and every value of every unit with its source, basis and the quote from the source." +
                    (published ? " Line numbers refer to a plain-text extraction of the dissertation; search the quote in the PDF."
                        : " The source is the coded passage (source@start-end, coder); the reason is the classification's rule.")),
            });
        sections.Add(published
            ? new ReportSection("codeboek", "Bijlage: codeboek",
                $"Codeboek {codebook.Id} versie {codebook.Version}.", [CodebookTable(codebook)], [HtmlDisplay.ToHtml(codebook)])
            : new ReportSection("codeboek", "Bijlage: codeboek",
                $"Codeboek {codebook.Id} versie {codebook.Version} (sha256 {codebook.ContentHash[..12]}); de bron van elke code staat in het codeboekbestand zelf.",
                [CodebookTable(codebook, withSources: false)], []));

        var provenance = new ReportProvenance(
            typeof(ReportBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "onbekend",
            $"{codebook.Id} {codebook.Version}", codebook.ContentHash,
            [.. context.Inputs.Select(f => (f.RelativePath, f.Sha256, f.Rows))], options.CommandLine, options.Date);
        var english = options.Language == ReportLanguage.English;
        var title = published
            ? english
                ? $"Steering and strategic response: {study.Cases.Length} cases, {study.Units.Length} units"
                : $"Sturing en strategische reactie: {study.Cases.Length} cases, {study.Units.Length} eenheden"
            : english
                ? $"{context.Name}: steering and strategic response in {study.Cases.Length} cases, {study.Units.Length} units"
                : $"{context.Name}: sturing en strategische reactie in {study.Cases.Length} cases, {study.Units.Length} eenheden";
        return new Report(title, provenance, sections.ToImmutable()) { Language = options.Language, Fictitious = context.Fictitious };
    }

    /// <summary>The provenance as a table (for every format).</summary>
    public static ResultTable ProvenanceTable(ReportProvenance p) => new("Herkomst", ["onderdeel", "waarde"],
    [
        [new("Jeugdhulp.Research"), new(p.ToolkitVersion)],
        [new("codeboek"), new(p.Codebook)],
        [new("codeboek sha256"), new(p.CodebookSha256)],
        [new("opdracht"), new(p.CommandLine)],
        .. p.DataFiles.Select(f => (ImmutableArray<TableCell>)[new(f.File.StartsWith("codebook: ", StringComparison.Ordinal) ? f.File : $"data: {f.File}"),
            new(f.Rows > 0 ? $"sha256 {f.Sha256}, {f.Rows} rijen" : $"sha256 {f.Sha256}")]),
    ], []);

    private static HtmlBlock Chart(Plotly.NET.GenericChart chart, int height, string prefix, string description) =>
        new(StableIds(ChartFiles.ToFragment(chart, height, description), prefix), description, (ChartFiles.LibraryAttribute, ChartFiles.LibraryScript()));

    /// <summary>
    /// Plotly.NET names each chart's element with a fresh GUID; replacing those by fixed names keeps two reports of the
    /// same input identical apart from the date line.
    /// </summary>
    private static string StableIds(string html, string prefix)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        return GuidPattern().Replace(html, m =>
        {
            if (!names.TryGetValue(m.Value, out var name)) names[m.Value] = name = $"{prefix}_{names.Count + 1}"; // also a valid JavaScript identifier
            return name;
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex GuidPattern();

    /// <summary>The dissertation whose method the classifier follows, cited by author, title and year.</summary>
    public const string MethodCitation = "Jansen, Sturen op transformatie van de jeugdhulp (2021)";

    /// <summary>
    /// The classification rules. The dissertation's own report cites where each rule stands in the dissertation; a study of
    /// one's own gets the rules without line numbers and chapter references (they would read as claims about that study).
    /// </summary>
    private static ResultTable MethodRulesTable(bool withLines) => withLines
        ? new("Classificatieregels (methode van het proefschrift, regelset proefschrift)", ["regel", "uitleg", "regels in het proefschrift"],
            [.. Jeugdhulp.Research.Coding.Classification.RuleNames.MethodNl.Select(r => (ImmutableArray<TableCell>)[new(r.Rule), new(r.Nl), new(r.Lines)])],
            ["Regelnummers verwijzen naar de platte tekst van het proefschrift (Sturen op transformatie van de jeugdhulp, 2021). De oude telregels (regelset segmenttelling) zijn niet de methode van het proefschrift."])
        : new("Classificatieregels (regelset proefschrift)", ["regel", "uitleg"],
            [.. Jeugdhulp.Research.Coding.Classification.RuleNames.MethodNl.Select(r => (ImmutableArray<TableCell>)[new(r.Rule), new(WithoutReferences(r.Nl))])],
            [$"De regels volgen de methode van {MethodCitation}; de vindplaatsen staan in de documentatie van jhr classify."]);

    /// <summary>A rule's explanation without its references to the dissertation's chapters and tables.</summary>
    private static string WithoutReferences(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\s*\((?:hoofdstuk|Tabel|tabel|§|regels?)\s[^)]*\)", "");

    private static ResultTable BasisTable(StudyData study)
    {
        var all = study.UnitValues.Concat(study.CaseValues).ToList();
        return new ResultTable("Onderbouwing van de waarden", ["onderbouwing", "eenheden", "cases"],
            [.. Enum.GetValues<Basis>().Select(b => (ImmutableArray<TableCell>)[
                new(HtmlDisplay.BasisLabel(b)),
                new(study.UnitValues.Count(o => o.Provenance.Basis == b).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new(study.CaseValues.Count(o => o.Provenance.Basis == b).ToString(System.Globalization.CultureInfo.InvariantCulture))])],
            [$"{all.Count} waarden in totaal."]);
    }

    private static ResultTable ReproductionSummary(ImmutableArray<TableReproduction> reproductions) =>
        new("Overzicht reproductie", ["tabel", "titel", "cellen", "afwijkend"],
            [.. reproductions.Select(r => (ImmutableArray<TableCell>)[
                new($"Tabel {r.Published.Id}"), new(r.Published.Title),
                new(r.Cells.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new(r.Cells.Count(c => !c.Matches).ToString(System.Globalization.CultureInfo.InvariantCulture), r.Matches ? CellMark.Matches : CellMark.Differs)])],
            []);

    private static ResultTable CodebookTable(Codebook codebook, bool withSources = true) => withSources
        ? new("Codeboek", ["id", "label", "soort", "bron"],
            [.. codebook.Entries.Select(e => (ImmutableArray<TableCell>)[new(e.Id), new(e.Label.Nl), new(EntryKinds.ToName(e.Kind)), new(e.Source.ToString())])], [])
        : new("Codeboek", ["id", "label", "soort"],
            [.. codebook.Entries.Select(e => (ImmutableArray<TableCell>)[new(e.Id), new(e.Label.Nl), new(EntryKinds.ToName(e.Kind))])], []);
}
