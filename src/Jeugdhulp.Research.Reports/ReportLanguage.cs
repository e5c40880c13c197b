using System.Collections.Immutable;
using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Reports;

/// <summary>
/// The words of the report itself in one language: Dutch by default, English with <c>--lang en</c>. Codebook terms,
/// value labels and table labels are data and stay as the codebook writes them; the reasons and inconsistencies in
/// <c>data/</c> are shown in the report's language (<c>reason</c>/<c>reason_nl</c>, see <see cref="Data.LocalizedData"/>).
/// </summary>
public sealed record ReportLanguage(string Code)
{
    /// <summary>Dutch, the default.</summary>
    public static readonly ReportLanguage Dutch = new("nl");
    /// <summary>English.</summary>
    public static readonly ReportLanguage English = new("en");

    /// <summary>The language for a code (<c>nl</c>, <c>en</c>), or null.</summary>
    public static ReportLanguage? Find(string code) => code.ToLowerInvariant() switch { "nl" => Dutch, "en" => English, _ => null };

    private bool En => Code == "en";

    /// <summary>Caption of a published table.</summary>
    public string Published(string id, string lines) => En ? $"Table {id} as published (lines {lines})" : $"Tabel {id} zoals gepubliceerd (regels {lines})";
    /// <summary>Text of a differing cell: the colour is never the only cue.</summary>
    public string Differs(int reproduced, int published) => En ? $"{reproduced} (published {published})" : $"{reproduced} (gepubliceerd {published})";
    /// <summary>The note under a reproduced table.</summary>
    public string Summary(TableReproduction r)
    {
        var differing = r.Cells.Count(c => !c.Matches);
        return differing == 0
            ? En ? $"All {r.Cells.Length} cells equal the publication (lines {r.Published.Lines}). Under each count: the units it counts."
                 : $"Alle {r.Cells.Length} cellen gelijk aan de publicatie (regels {r.Published.Lines}). Onder elke telling: de eenheden die ze telt."
            : En ? $"{differing} of {r.Cells.Length} cells differ from the publication (lines {r.Published.Lines}), marked and worded as '(published n)'."
                 : $"{differing} van {r.Cells.Length} cellen wijken af van de publicatie (regels {r.Published.Lines}), gemarkeerd en in woorden als '(gepubliceerd n)'.";
    }
    /// <summary>Label of the "berust op" list.</summary>
    public string RestsOn => En ? "Rests on (inferred, forced and undetermined values, and inconsistencies; each links to its evidence)"
        : "Berust op (afgeleide, door de aantallen afgedwongen en onbepaalde waarden, en inconsistenties; elk met een link naar het bewijs)";
    /// <summary>Label when a table rests on stated values only.</summary>
    public string RestsOnNothing => En ? "Rests on stated values only." : "Berust alleen op in de tekst vermelde waarden.";
    /// <summary>"undetermined".</summary>
    public string Undetermined => En ? "undetermined" : "onbepaald";
    /// <summary>"Inconsistency".</summary>
    public string Inconsistency => En ? "Inconsistency" : "Inconsistentie";
    /// <summary>"lines".</summary>
    public string Lines => En ? "lines" : "regels";
    /// <summary>"Source".</summary>
    public string Source => En ? "Source" : "Bron";
    /// <summary>"Evidence".</summary>
    public string Evidence => En ? "Evidence" : "Bewijs";
    /// <summary>Columns of an evidence table.</summary>
    public ImmutableArray<string> EvidenceColumns => En
        ? ["variable", "period", "value", "basis", "source", "reason", "quote (search it in the PDF)"]
        : ["variabele", "periode", "waarde", "onderbouwing", "bron", "reden", "citaat (zoek het op in de pdf)"];
    /// <summary>Columns of an evidence table of a coding project: passages of its own transcripts, reasons from the classification's rules.</summary>
    public ImmutableArray<string> ProjectEvidenceColumns => En
        ? ["variable", "period", "value", "basis", "coded passages (source@start-end)", "rule of the classification", "quote (from the transcript)"]
        : ["variabele", "periode", "waarde", "onderbouwing", "gecodeerde passages (bron@begin-eind)", "regel van de classificatie", "citaat (uit het transcript)"];
    /// <summary>Columns of the evidence table of a case's steering in a coding project: the coded passages with where they stand.</summary>
    public ImmutableArray<string> CaseEvidenceColumns => En
        ? ["variable", "period", "value", "basis", "coded passages (source@start-end, where)", "rule of the classification", "quote (from the source)"]
        : ["variabele", "periode", "waarde", "onderbouwing", "gecodeerde passages (bron@begin-eind, vindplaats)", "regel van de classificatie", "citaat (uit de bron)"];
    /// <summary>"Steering", the heading word of a case's evidence group.</summary>
    public string Steering => En ? "Steering" : "Sturing";
    /// <summary>The line above a case's steering evidence.</summary>
    public string SteeringEvidenceText => En
        ? "Every steering value of the case with its basis, the rule, the quote and where it stands; a cell of the steering table links here."
        : "Elke sturingswaarde van de case met onderbouwing, regel, citaat en vindplaats; een cel van de sturingstabel linkt hierheen.";
    /// <summary>The line above a unit's evidence in a coding project.</summary>
    public string SourcesOfUnit(IReadOnlyList<string> sources) => sources.Count == 0
        ? En ? "No coded sources yet." : "Nog geen gecodeerde bronnen."
        : En ? $"Sources: {string.Join(", ", sources)}." : $"Bronnen: {string.Join(", ", sources)}.";

    /// <summary>The heading and text of a section in this language; Dutch as built, English from <see cref="EnglishSections"/>.</summary>
    public (string Title, string Text) Section(ReportSection section) =>
        !En ? (section.Title, section.Text)
        : section.English ?? (EnglishSections.TryGetValue(section.Id, out var english) ? english : (section.Title, section.Text));

    /// <summary>English headings and introductions of the sections, by section id.</summary>
    public static readonly ImmutableDictionary<string, (string Title, string Text)> EnglishSections = new Dictionary<string, (string, string)>
    {
        ["reproductie"] = ("Reproduction of the published count tables", "Every table is recomputed cell by cell from the units and shown beside the published table. Under every count are the units it counts; below each table, the values and inconsistencies it rests on, each linked to its evidence."),
        ["grafieken"] = ("Charts", "Responses per case, factor profiles per unit and changes between periods. The report carries plotly.js once and works without internet; colours are colour-blind safe and every bar is labelled."),
        ["verwachtingen"] = ("Expectations tested", "The expectations applied to the units: predicted against observed, hit rate and deviant units. Units with an undetermined value in use cannot be judged and are not counted."),
        ["qca"] = ("Crisp-set QCA", "Calibration: + = 1, - = 0, +/- and undetermined are missing (see the excluded units)."),
        ["codeboek"] = ("Appendix: codebook", "The codebook the report was made with."),
        ["overeenstemming"] = ("Intercoder reliability", "The coders compared at three levels: the judgment per unit (cluster), the coded segments and the presence of a code per source, each with a bootstrap interval; below, the disagreements with quotes, as the agenda for the coders' meeting."),
    }.ToImmutableDictionary();
}
