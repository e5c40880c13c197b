using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Codebooks.Export;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Rendering;

namespace Jeugdhulp.Research.Display;

/// <summary>
/// Rich HTML views of the toolkit's objects for notebooks (and anything else that shows HTML): tables with differing
/// cells marked, reproductions beside the published numbers, the codebook as a browsable tree. Every fragment is
/// self-contained (one scoped <c>&lt;style&gt;</c>, no scripts, no external resources) and labelled in Dutch.
/// The notebook kernel finds these views through <see cref="TypeFormatterSourceAttribute"/>; call them directly to
/// embed the HTML elsewhere.
/// </summary>
public static class HtmlDisplay
{
    /// <summary>The CSS class on the outer element of every fragment; the style rules are scoped to it.</summary>
    public const string CssClass = "jhr-display";

    /// <summary>What a red-outlined cell means unless its table says otherwise (<see cref="ResultTable.DiffersMeaning"/>).</summary>
    public const string PublishedDiffersMeaning = "wijkt af van de publicatie (x ≠ y: gereproduceerd x, gepubliceerd y)";

    private const string Style =
        "<style>" +
        ".jhr-display{font-family:system-ui,sans-serif;font-size:13px;line-height:1.4;color:#222}" +
        ".jhr-display table{border-collapse:collapse;margin:.3rem 0}" +
        ".jhr-display caption{text-align:left;font-weight:600;padding:.2rem 0}" +
        ".jhr-display th,.jhr-display td{border:1px solid #ccc;padding:.15rem .45rem;vertical-align:top}" +
        ".jhr-display td{text-align:right}.jhr-display thead th{background:#f3f3f3}.jhr-display tbody th{text-align:left;font-weight:normal}" +
        ".jhr-display td.matches{background:#eef7ee}" +
        ".jhr-display td.differs{background:#fde2e1;color:#a00000;font-weight:700;outline:2px solid #c00000}" +
        ".jhr-display .jhr-note{margin:.2rem 0;color:#444;font-style:italic}" +
        ".jhr-display .jhr-side{display:flex;gap:1.5rem;flex-wrap:wrap;align-items:flex-start}" +
        ".jhr-display .jhr-ok{color:#1b5e20;font-weight:600}.jhr-display .jhr-bad{color:#a00000;font-weight:700}" +
        ".jhr-display .jhr-scroll{overflow-x:auto;max-width:100%}" +
        ".jhr-display details{margin:.15rem 0 .15rem .2rem}.jhr-display details details{margin-left:1.2rem}" +
        ".jhr-display summary{cursor:pointer}.jhr-display .jhr-kind{color:#666;font-size:90%}" +
        ".jhr-display dl{margin:.2rem 0 .4rem 1.2rem}.jhr-display dt{font-weight:600}.jhr-display dd{margin:0 0 .25rem 1rem}" +
        ".jhr-display code{background:#f3f3f3;padding:0 .2em;border-radius:3px}" +
        "</style>";

    /// <summary>
    /// A result table. Cells that differ from a published number carry class <c>differs</c> (red, outlined) and keep
    /// their "x ≠ y" text; the units behind a count are the cell's tooltip.
    /// </summary>
    public static string ToHtml(ResultTable table)
    {
        var sb = Open("jhr-result");
        sb.Append("<div class=\"jhr-scroll\">").Append(TableRenderer.ToHtml(table)).Append("</div>");
        if (table.Rows.Any(r => r.Any(c => c.Mark == CellMark.Differs)))
            sb.Append("<p class=\"jhr-note\">Rood omlijnd: ").Append(WebUtility.HtmlEncode(table.DiffersMeaning ?? PublishedDiffersMeaning)).Append(".</p>");
        if (table.Rows.Any(r => r.Any(c => !string.IsNullOrEmpty(c.Detail))))
            sb.Append("<p class=\"jhr-note\">Wijs een cel aan om de eenheden te zien.</p>");
        return Close(sb);
    }

    /// <summary>
    /// A reproduced table: the published counts beside the counts regenerated from unit data, differing cells marked,
    /// then the undetermined or forced values and the documented inconsistencies the table rests on.
    /// </summary>
    public static string ToHtml(TableReproduction reproduction)
    {
        var published = reproduction.Published;
        var differing = reproduction.Cells.Count(c => !c.Matches);
        var sb = Open("jhr-reproduction");
        sb.Append("<p><strong>Tabel ").Append(E(published.Id)).Append(": ").Append(E(published.Title)).Append("</strong> ");
        sb.Append(differing == 0
            ? "<span class=\"jhr-ok\">✓ gereproduceerd</span>"
            : $"<span class=\"jhr-bad\">✗ {differing} van {reproduction.Cells.Length} cellen wijken af</span>");
        sb.Append("</p><div class=\"jhr-side\"><div>");
        sb.Append(TableRenderer.ToHtml(PublishedLayout(reproduction)));
        sb.Append("</div><div>").Append(TableRenderer.ToHtml(reproduction.ToTable())).Append("</div></div>");
        sb.Append("<p class=\"jhr-note\">Rijen: <code>").Append(E(published.RowVariable)).Append("</code>, kolommen: <code>")
            .Append(E(published.ColumnVariable)).Append("</code>. Wijs een gereproduceerde cel aan om de eenheden te zien.</p>");
        if (!string.IsNullOrEmpty(published.Note))
            sb.Append("<p class=\"jhr-note\">Noot bij de data: ").Append(E(published.Note)).Append("</p>");

        sb.Append("<details><summary>Berust op ").Append(reproduction.UncertainValues.Length)
            .Append(" waarden die er niet letterlijk staan (afgeleid, door de aantallen afgedwongen of onbepaald)</summary>");
        if (reproduction.UncertainValues.IsEmpty) sb.Append("<p>Geen.</p>");
        else
        {
            sb.Append("<ul>");
            foreach (var o in reproduction.UncertainValues)
                sb.Append("<li><code>").Append(E(o.Subject)).Append("</code> <code>").Append(E(o.Variable)).Append("</code> = ")
                    .Append(E(o.Value ?? "(onbekend)")).Append(" — ").Append(E(BasisLabel(o.Provenance.Basis)))
                    .Append(o.Provenance.ReasonIn("nl") is { } reason ? ": " + E(reason) : "").Append("</li>");
            sb.Append("</ul>");
        }
        sb.Append("</details><details><summary>").Append(reproduction.Inconsistencies.Length)
            .Append(" inconsistenties in het proefschrift die deze tabel raken</summary>");
        if (reproduction.Inconsistencies.IsEmpty) sb.Append("<p>Geen.</p>");
        else
        {
            sb.Append("<dl>");
            foreach (var i in reproduction.Inconsistencies)
                sb.Append("<dt>").Append(E(i.Id)).Append(" (regels ").Append(E(i.Lines)).Append(")</dt><dd>").Append(E(i.DescriptionIn("nl")))
                    .Append("<br><em>Aanpak:</em> ").Append(E(i.HandlingIn("nl"))).Append("</dd>");
            sb.Append("</dl>");
        }
        sb.Append("</details>");
        return Close(sb);
    }

    /// <summary>
    /// A cross-table with totals and its filter. Attribute names show as ids (a cross-table does not carry the
    /// codebook); call <see cref="CrossTab.ToTable"/> with a <see cref="Vocabulary"/> for Dutch attribute labels.
    /// </summary>
    public static string ToHtml(CrossTab crossTab)
    {
        var sb = Open("jhr-crosstab");
        sb.Append("<div class=\"jhr-scroll\">").Append(TableRenderer.ToHtml(crossTab.ToTable(IdVocabulary.Value))).Append("</div>");
        sb.Append("<p class=\"jhr-note\">n = ").Append(crossTab.GrandTotal.ToString(CultureInfo.InvariantCulture))
            .Append(" eenheden; onbekend = niet te bepalen uit de bron. Wijs een cel aan om de eenheden te zien.</p>");
        return Close(sb);
    }

    /// <summary>
    /// The codebook as a browsable tree: every entry a collapsible <c>&lt;details&gt;</c> with its definition,
    /// indicators, values and expected responses, cluster and source; then the value sets and the mapping of
    /// Oliver's (1991) strategies and tactics to this study's entries.
    /// </summary>
    public static string ToHtml(Codebook codebook)
    {
        var sections = CodebookDocument.Sections(codebook).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var sb = Open("jhr-codebook");
        sb.Append("<p><strong>").Append(E(codebook.Title.Nl)).Append("</strong> — codeboek <code>").Append(E(codebook.Id))
            .Append("</code> versie ").Append(E(codebook.Version)).Append(", ").Append(codebook.Entries.Length)
            .Append(" codes, sha256 <code>").Append(E(Short(codebook.ContentHash))).Append("</code></p>");
        if (codebook.Citation is { } citation) sb.Append("<p class=\"jhr-note\">Bron: ").Append(E(citation)).Append("</p>");
        foreach (var root in codebook.Roots) AppendEntryTree(sb, codebook, sections, root);

        sb.Append("<details><summary><strong>Waardensets</strong> (").Append(codebook.ValueSets.Length).Append(")</summary>");
        foreach (var set in codebook.ValueSets)
        {
            var rows = set.Values.Select(v => (ImmutableArray<TableCell>)[new(v.Id), new(v.Label.Nl), new(Bounds(v))]).ToImmutableArray();
            sb.Append(TableRenderer.ToHtml(new ResultTable($"{set.Label.Nl} ({set.Id})", ["waarde", "label", "grenzen"], rows, [])));
        }
        sb.Append("</details>");

        var oliver = codebook.Entries.Where(e => e.Kind is EntryKind.OliverStrategy or EntryKind.OliverTactic).ToList();
        if (oliver.Count > 0)
        {
            var rows = oliver.Select(e => (ImmutableArray<TableCell>)[
                new(e.Kind == EntryKind.OliverStrategy ? e.Label.Nl : "  " + e.Label.Nl),
                new(e.Kind == EntryKind.OliverStrategy ? "strategie" : "tactiek"),
                new(e.MapsTo.IsEmpty ? "—" : string.Join(", ", e.MapsTo.Select(m => Describe(codebook, m)))),
                new(e.Note?.Nl ?? e.ExcludedReason?.Nl ?? "")]).ToImmutableArray();
            sb.Append("<details><summary><strong>Koppeling met Oliver (1991)</strong> (").Append(oliver.Count).Append(" strategieën en tactieken)</summary>");
            sb.Append(TableRenderer.ToHtml(new ResultTable("Oliver (1991) → deze studie", ["Oliver (1991)", "soort", "in deze studie", "toelichting"], rows, [])));
            sb.Append("</details>");
        }
        return Close(sb);
    }

    /// <summary>One codebook entry with everything a coder needs: definition, indicators, values, Oliver, source.</summary>
    public static string ToHtml(CodebookEntry entry)
    {
        var sb = Open("jhr-codebook-entry");
        sb.Append("<p><strong>").Append(E(entry.Label.Nl)).Append("</strong>");
        if (entry.Label.En is { } en && en != entry.Label.Nl) sb.Append(" (").Append(E(en)).Append(')');
        sb.Append(" <code>").Append(E(entry.Id)).Append("</code> <span class=\"jhr-kind\">").Append(E(EntryKinds.ToName(entry.Kind)))
            .Append(entry.Inductive ? ", inductief toegevoegd" : "").Append("</span></p><dl>");
        void Field(string name, string? text)
        {
            if (!string.IsNullOrEmpty(text)) sb.Append("<dt>").Append(E(name)).Append("</dt><dd>").Append(E(text)).Append("</dd>");
        }
        Field("Definitie", entry.Definition is { } d ? (d.En is null ? d.Nl : $"{d.Nl} ({d.En})") : null);
        Field("Niet gebruikt", entry.ExcludedReason?.Nl);
        Field("Cluster", entry.Cluster);
        Field("Oliver (1991)", entry.Oliver.IsEmpty ? null : string.Join(", ", entry.Oliver));
        Field("In deze studie", entry.MapsTo.IsEmpty ? null : string.Join(", ", entry.MapsTo));
        Field("Waardenset", entry.ValueSetId);
        Field("Noot", entry.Note?.Nl);
        Field("Bron", entry.Source.ToString());
        Field("Bovenliggend", entry.ParentId);
        Field("Onderliggend", entry.ChildIds.IsEmpty ? null : string.Join(", ", entry.ChildIds));
        if (!entry.Indicators.IsEmpty)
            sb.Append("<dt>Indicatoren</dt><dd><ul>").Append(string.Concat(entry.Indicators.Select(i => $"<li>{E(i.Nl)}</li>"))).Append("</ul></dd>");
        sb.Append("</dl>");
        if (!entry.Values.IsEmpty)
        {
            var rows = entry.Values.Select(v => (ImmutableArray<TableCell>)[new(v.ValueId), new(v.Text.Nl), new(v.Expected ?? "")]).ToImmutableArray();
            sb.Append(TableRenderer.ToHtml(new ResultTable("Waarden", ["waarde", "betekenis", "verwachte reactie"], rows, [])));
        }
        return Close(sb);
    }

    /// <summary>
    /// A summary of a loaded study: cases with their units, how firmly the values are established (basis), the
    /// published tables, and the data files with their hashes for the audit trail.
    /// </summary>
    public static string ToHtml(StudyData study)
    {
        var sb = Open("jhr-study");
        sb.Append("<p><strong>Studiegegevens</strong> uit <code>").Append(E(study.Directory)).Append("</code>: ")
            .Append(study.Cases.Length).Append(" cases, ").Append(study.Units.Length).Append(" eenheden, ")
            .Append(study.UnitValues.Length).Append(" waarden van eenheden, ").Append(study.CaseValues.Length).Append(" waarden van cases, ")
            .Append(study.Responses.Length).Append(" reacties, ").Append(study.PublishedTables.Length).Append(" gepubliceerde tabellen, ")
            .Append(study.Inconsistencies.Length).Append(" gedocumenteerde inconsistenties.</p>");

        var cases = study.Cases.Select(c =>
        {
            var units = study.Units.Where(u => u.Case == c.Id).ToList();
            return (ImmutableArray<TableCell>)[new(c.Name), new($"{c.Chapter}"), new($"{units.Count}", Detail: string.Join(", ", units.Select(u => u.Id))),
                new(string.Join(", ", units.Select(u => u.Provider)))];
        }).ToImmutableArray();
        sb.Append(TableRenderer.ToHtml(new ResultTable("Cases en eenheden", ["case", "hoofdstuk", "eenheden", "aanbieders"], cases, [])));

        var all = study.UnitValues.Concat(study.CaseValues).ToList();
        var basis = Enum.GetValues<Basis>().Select(b => (ImmutableArray<TableCell>)[
            new(BasisLabel(b)), new(BasisNames.ToName(b)), new($"{all.Count(o => o.Provenance.Basis == b)}")]).ToImmutableArray();
        sb.Append(TableRenderer.ToHtml(new ResultTable("Herkomst van de waarden", ["basis", "in de data", "aantal"], basis, [])));

        var tables = study.PublishedTables.Select(t => (ImmutableArray<TableCell>)[
            new(t.Id), new(t.Title), new($"{t.RowVariable} × {t.ColumnVariable}"), new($"{t.Cells.Length}"), new(t.Lines)]).ToImmutableArray();
        sb.Append("<details><summary>Gepubliceerde tabellen (").Append(tables.Length).Append(")</summary>")
            .Append(TableRenderer.ToHtml(new ResultTable("Gepubliceerde teltabellen", ["tabel", "titel", "variabelen", "cellen", "regels"], tables, [])))
            .Append("</details>");
        var files = study.Files.Select(f => (ImmutableArray<TableCell>)[new(f.RelativePath), new($"{f.Rows}"), new(f.Sha256)]).ToImmutableArray();
        sb.Append("<details><summary>Bestanden (").Append(files.Length).Append(")</summary>")
            .Append(TableRenderer.ToHtml(new ResultTable("Gelezen bestanden", ["bestand", "rijen", "sha256"], files, [])))
            .Append("</details>");
        return Close(sb);
    }

    /// <summary>The unit table: one row per unit, one column per attribute (value ids); an empty cell is undetermined.</summary>
    public static string ToHtml(UnitTable units)
    {
        var sb = Open("jhr-units");
        sb.Append("<div class=\"jhr-scroll\">").Append(TableRenderer.ToHtml(DisplayTables.ToResultTable(units))).Append("</div>");
        return Close(sb);
    }

    /// <summary>The Dutch description of a basis, as the data README uses it.</summary>
    public static string BasisLabel(Basis basis) => basis switch
    {
        Basis.Stated => "staat er",
        Basis.Inferred => "afgeleid",
        Basis.ForcedByCounts => "afgedwongen door de aantallen",
        _ => "niet te bepalen",
    };

    /// <summary>A vocabulary without codebook: attribute labels fall back to ids, category labels come from the cross-table.</summary>
    private static readonly Lazy<Vocabulary> IdVocabulary = new(() =>
        new Vocabulary(new Codebook("", "", new LocalizedText(""), null, null, [], [], "")));

    private static ResultTable PublishedLayout(TableReproduction reproduction)
    {
        var cells = reproduction.Cells;
        var rows = cells.Select(c => c.Row).Distinct().ToList();
        var columns = cells.Select(c => c.Column).Distinct().ToList();
        var body = rows.Select(r => (ImmutableArray<TableCell>)[
            new TableCell(r),
            .. columns.Select(col => cells.FirstOrDefault(c => c.Row == r && c.Column == col) is { } cell
                ? new TableCell(cell.Published.ToString(CultureInfo.InvariantCulture))
                : new TableCell(""))]).ToImmutableArray();
        return new ResultTable($"Gepubliceerd (regels {reproduction.Published.Lines})", ["", .. columns], body, []);
    }

    private static void AppendEntryTree(StringBuilder sb, Codebook codebook, IReadOnlyDictionary<string, CodebookSection> sections, CodebookEntry entry)
    {
        var section = sections[entry.Id];
        sb.Append("<details><summary><strong>").Append(E(section.Title)).Append("</strong> <code>").Append(E(entry.Id))
            .Append("</code> <span class=\"jhr-kind\">").Append(E(EntryKinds.ToName(entry.Kind)));
        if (entry.IsExcluded) sb.Append(", niet gebruikt");
        if (!entry.ChildIds.IsEmpty) sb.Append(", ").Append(entry.ChildIds.Length).Append(" onderliggend");
        sb.Append("</span></summary><dl>");
        foreach (var (name, text) in section.Fields.Where(f => f.Name != "Soort"))
            sb.Append("<dt>").Append(E(name)).Append("</dt><dd>").Append(E(text)).Append("</dd>");
        foreach (var (name, items) in section.Lists)
            sb.Append("<dt>").Append(E(name)).Append("</dt><dd><ul>").Append(string.Concat(items.Select(i => $"<li>{E(i)}</li>"))).Append("</ul></dd>");
        sb.Append("</dl>");
        if (!section.Values.IsEmpty)
        {
            var rows = section.Values.Select(v => (ImmutableArray<TableCell>)[new(v.Value), new(v.Meaning), new(v.Expected)]).ToImmutableArray();
            sb.Append(TableRenderer.ToHtml(new ResultTable("Waarden", ["waarde", "betekenis", "verwachte reactie"], rows, [])));
        }
        foreach (var child in codebook.Children(entry.Id)) AppendEntryTree(sb, codebook, sections, child);
        sb.Append("</details>");
    }

    private static string Bounds(CodebookValue value) => (value.Min, value.Max) switch
    {
        (null, null) => "",
        ({ } min, null) => $"≥ {min.ToString(CultureInfo.InvariantCulture)}",
        (null, { } max) => $"≤ {max.ToString(CultureInfo.InvariantCulture)}",
        ({ } min, { } max) => $"{min.ToString(CultureInfo.InvariantCulture)} – {max.ToString(CultureInfo.InvariantCulture)}",
    };

    private static string Describe(Codebook codebook, string id) => codebook.Find(id) is { } e ? $"{e.Label.Nl} ({id})" : id;

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;

    private static StringBuilder Open(string kind) =>
        new StringBuilder().Append("<div class=\"").Append(CssClass).Append(' ').Append(kind).Append("\" lang=\"nl\">").Append(Style);

    private static string Close(StringBuilder sb) => sb.Append("</div>").ToString();

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
