using System.Collections.Immutable;
using System.Text;

namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>One theme of an interview guide with its items; an item may have probes (follow-up questions).</summary>
/// <param name="Theme">The theme's heading.</param>
/// <param name="Items">The questions, in interview order.</param>
public sealed record InterviewTheme(string Theme, ImmutableArray<InterviewItem> Items);

/// <summary>A question of an interview guide and its probes.</summary>
public sealed record InterviewItem(string Question, ImmutableArray<string> Probes);

/// <summary>
/// The interview guides of the dissertation "Sturen op transformatie van de jeugdhulp", Appendix 4 ("Bijlage 4:
/// Itemlijsten interviews", seed line 15279): one for municipalities, one for providers. <c>jhr init</c> turns them
/// into transcript templates whose headings are these items, so that a new study's interviews are structured like the
/// dissertation's and a coder starts from a real guide. The items are quoted as printed (Dutch).
/// </summary>
public static class InterviewGuide
{
    private static InterviewItem I(string question, params string[] probes) => new(question, [.. probes]);

    /// <summary>Items for interviews with a municipality (Bijlage 4, "Gemeente").</summary>
    public static ImmutableArray<InterviewTheme> Municipality { get; } =
    [
        new("Transformatie",
        [
            I("Wat zijn de belangrijkste doelen van de gemeente voor de jeugdhulp?"),
            I("Wat verstaat de gemeente onder transformatie?"),
            I("Wat wilt u veranderen in de (niet vrij toegankelijke) jeugdhulp?"),
        ]),
        new("Sturen",
        [
            I("Wat doet de gemeente om transformatie bij jeugdhulpaanbieders te realiseren?",
                "Wat vindt u kenmerkend voor de manier waarop u stuurt op de transformatie?",
                "Wat is het belangrijkste dat u doet?",
                "In hoeverre bepaalt u wat jeugdhulpaanbieders moeten doen?",
                "In hoeverre werkt u samen met aanbieders? Wat voor samenwerkingsverbanden zijn er?",
                "In hoeverre laat u de markt zijn werk doen?",
                "Hoe wordt afgestemd tussen de gemeente(n), toegangsorganisatie en inkooporganisatie?"),
            I("Wat zijn de redenen om voor deze manier van sturing te kiezen?"),
            I("Zijn er dingen die anders zijn gelopen dan bedacht? Zo ja, wat heeft dat betekend?",
                "Is de manier van sturing aangepast of veranderd de afgelopen jaren? Zo ja, wat en waarom?"),
        ]),
        new("Ervaringen",
        [
            I("Wat gaat goed en minder goed? (doorvragen op wat en waarom)",
                "Bij de gemeente/samenwerkende gemeenten",
                "Bij de jeugdhulpaanbieders",
                "In de relatie en samenwerking met jeugdhulpaanbieders"),
            I("Wat brengt de sturing bij aanbieders teweeg?",
                "Ziet u verandering bij aanbieders?",
                "Zo ja, in hoeverre komt dat door de sturing van de gemeente?",
                "Zo nee, waarom niet?",
                "Hoeveel invloed vindt u dat u op aanbieders heeft? Doorvragen op waarom veel/weinig."),
        ]),
    ];

    /// <summary>Items for interviews with a provider (Bijlage 4, "Aanbieders").</summary>
    public static ImmutableArray<InterviewTheme> Provider { get; } =
    [
        new("Transformatie",
        [
            I("In de Jeugdwet wordt gesproken over transformatie en transformatiedoelen. Streeft uw organisatie een transformatie na?",
                "Zo ja, welke? Zo nee, waarom niet?"),
            I("Weet u wat de doelen van de gemeente zijn en wat ze doet om die te realiseren?",
                "In hoeverre sluit dat aan op wat u nastreeft?"),
            I("Wat zijn de belangrijkste veranderingen in uw organisatie geweest de afgelopen vijf jaar?"),
        ]),
        new("Sturing gemeente en reactie hierop",
        [
            I("Wat doet de gemeente om de jeugdhulp te veranderen?", "Wat vindt u daarvan? (goed en minder goed)"),
            I("Hoe probeert de gemeente dat te realiseren (doorvragen bepalen, samenwerken, markt)"),
            I("Wat vindt u daarvan? (goed en minder goed, doorvragen ruimte)",
                "In hoeverre bent u hierbij betrokken?",
                "Wat wilt u daarmee bereiken?"),
            I("Wat heeft wat de gemeente wil en hoe ze dit probeert te bereiken betekend voor uw organisatie? (voorbeelden vragen)",
                "In hoeverre is uw visie of strategie aangepast?",
                "In hoeverre is uw organisatie aangepast?",
                "In hoeverre is de manier van hulpverlening aangepast?"),
            I("Wat zijn de redenen voor de manier waarop u heeft gereageerd? (doorvragen willen, kunnen, moeten)."),
        ]),
    ];

    /// <summary>
    /// A transcript template: front matter to fill in (every field a source needs, with the allowed values named),
    /// then one <c>##</c> heading per theme, one <c>###</c> heading per item and its probes as a list, each followed by
    /// a speaker-turn line to replace with the transcript.
    /// </summary>
    public static string Template(ImmutableArray<InterviewTheme> guide, string interviewee)
    {
        var b = new StringBuilder();
        b.Append("---\n");
        b.Append("# Sjabloon: kopieer dit bestand naar sources/<bron-id>.md en vul de velden in (uitleg: README.md van de studie).\n");
        b.Append("kind: interview\n");
        b.Append("title: Interview met ").Append(interviewee).Append('\n');
        b.Append("case: CASE                 # een case uit cases.csv\n");
        b.Append("units: [UNIT]              # de eenheid/eenheden uit units.csv waar dit interview over gaat\n");
        b.Append("organisation: ORGANISATIE  # de geïnterviewde organisatie\n");
        b.Append("date: 2024-01-31\n");
        b.Append("period: 1\n");
        b.Append("speakers:\n");
        b.Append("  - name: Interviewer\n    role: interviewer\n    organisation: Onderzoek\n");
        b.Append("  - name: Respondent\n    role: bestuurder          # bestuurder | beleid | inkoop | uitvoering | overig\n    organisation: ORGANISATIE\n");
        b.Append("---\n");
        b.Append("# Interview met ").Append(interviewee).Append('\n');
        b.Append("\n<!-- Itemlijst uit Bijlage 4 van het proefschrift 'Sturen op transformatie van de jeugdhulp'. -->\n");
        foreach (var theme in guide)
        {
            b.Append("\n## ").Append(theme.Theme).Append('\n');
            foreach (var item in theme.Items)
            {
                b.Append("\n### ").Append(item.Question).Append('\n');
                if (item.Probes.Length > 0)
                {
                    b.Append('\n');
                    foreach (var probe in item.Probes) b.Append("- ").Append(probe).Append('\n');
                }
                b.Append("\n**Interviewer:** \n\n**Respondent:** \n");
            }
        }
        return b.ToString();
    }
}
