using System.Collections.Immutable;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Display;
using Microsoft.DotNet.Interactive.Formatting;

namespace Jeugdhulp.Research.Notebooks.Tests.Display;

/// <summary>
/// The HTML that Microsoft.DotNet.Interactive.Formatting itself produces for the toolkit's types: proof that the
/// kernel finds our formatters by convention (attribute matched by name) although the core library does not
/// reference the package.
/// </summary>
public sealed class FormatterTests
{
    private static TableReproduction Table91() =>
        Reproduction.Run(DisplayFixture.Study).Single(t => t.Published.Id == "9.1");

    [Fact]
    public void Reproduced_table_9_1_shows_published_and_reproduced_counts_side_by_side()
    {
        var html = Table91().ToDisplayString(HtmlFormatter.MimeType);

        Assert.StartsWith("<div class=\"jhr-display jhr-reproduction\"", html);
        Assert.Contains("Alle 24 cellen gelijk aan de publicatie", html);
        Assert.Contains("✓ gereproduceerd", html);
        var reproduced = HtmlParts.Table(html, "Tabel 9.1: Strategische reactie");
        var published = HtmlParts.Table(html, "Gepubliceerd");
        var expected = new Dictionary<string, string[]>
        {
            ["Case Rijn"] = ["4", "0", "0", "4"],
            ["Case Maas"] = ["2", "2", "0", "4"],
            ["Case IJssel"] = ["2", "1", "0", "3"],
            ["Case Waal"] = ["0", "1", "3", "4"],
            ["Case Lek"] = ["0", "2", "1", "3"],
            ["Totaal"] = ["8", "6", "4", "18"],
        };
        foreach (var (row, counts) in expected)
        {
            Assert.Equal(counts, HtmlParts.Row(reproduced, row));
            Assert.Equal(counts, HtmlParts.Row(published, row));
        }
        Assert.Contains("title=\"rijn.saturnus, rijn.mars, rijn.de-jeugdfirma, rijn.gezond-en-wel\"", reproduced);
        Assert.DoesNotContain("class=\"differs\"", html);
    }

    [Fact]
    public void A_differing_cell_is_marked_with_both_numbers_and_its_units()
    {
        var original = Table91();
        var index = original.Cells.IndexOf(original.Cells.Single(c => c.Row == "Case Maas" && c.Column == "Niet volgen"));
        var changed = original with { Cells = original.Cells.SetItem(index, original.Cells[index] with { Published = 3 }) };

        var html = changed.ToDisplayString(HtmlFormatter.MimeType);

        Assert.Contains("✗ 1 van 24 cellen wijken af", html);
        Assert.Contains("1 van 24 cellen wijken af van de publicatie", html);
        var reproduced = HtmlParts.Table(html, "Tabel 9.1:");
        Assert.Equal(["2", "2 ≠ 3", "0", "4"], HtmlParts.Row(reproduced, "Case Maas"));
        Assert.Matches("<td class=\"differs\" title=\"maas\\.[a-z0-9-]+, maas\\.[a-z0-9-]+\">2 ≠ 3</td>", reproduced);
        Assert.Equal(["2", "3", "0", "4"], HtmlParts.Row(HtmlParts.Table(html, "Gepubliceerd"), "Case Maas"));
        Assert.Contains("td.differs{", html);
    }

    [Fact]
    public void Result_table_with_a_differing_cell_carries_the_marking_and_the_Dutch_legend()
    {
        var table = Table91().ToTable();
        var marked = table with
        {
            Rows = table.Rows.SetItem(0, table.Rows[0].SetItem(1, new TableCell("4 ≠ 5", CellMark.Differs, "rijn.mars"))),
        };

        var html = marked.ToDisplayString(HtmlFormatter.MimeType);

        Assert.StartsWith("<div class=\"jhr-display jhr-result\"", html);
        Assert.Contains("<td class=\"differs\" title=\"rijn.mars\">4 ≠ 5</td>", html);
        Assert.Contains("Rood omlijnd: wijkt af van de publicatie", html);
        Assert.Contains("Wijs een cel aan om de eenheden te zien.", html);
    }

    [Fact]
    public void Cross_table_shows_counts_totals_unknowns_and_the_number_of_units()
    {
        var units = UnitTable.From(DisplayFixture.Study);
        var crossTab = CrossTab.Build(units, DisplayFixture.Vocabulary, "aanbieder.marktgericht", "cluster");

        var html = crossTab.ToDisplayString(HtmlFormatter.MimeType);

        Assert.StartsWith("<div class=\"jhr-display jhr-crosstab\"", html);
        Assert.Contains("n = 18 eenheden", html);
        var table = HtmlParts.Tables(html).Single();
        Assert.Equal(["3", "0", "1", "4"], HtmlParts.Row(table, "onbekend")); // I01: Saturnus, De Jeugdfirma, 1 Jeugd; Praktijk Jeugdklasse
        Assert.Equal(["8", "6", "4", "18"], HtmlParts.Row(table, "Totaal"));
    }

    [Fact]
    public void Codebook_is_a_browsable_tree_with_definitions_values_and_the_Oliver_mapping()
    {
        var html = DisplayFixture.Codebook.ToDisplayString(HtmlFormatter.MimeType);

        Assert.StartsWith("<div class=\"jhr-display jhr-codebook\"", html);
        Assert.Equal(DisplayFixture.Codebook.Entries.Length, CountOf(html, "<details><summary><strong>") - 2); // + value sets, Oliver
        Assert.Contains("<code>reactie.volgen</code>", html);
        Assert.Contains("<dt>Definitie</dt>", html);
        Assert.Contains("<dt>Indicatoren</dt>", html);
        Assert.Contains("<th>verwachte reactie</th>", html);
        Assert.Contains("Koppeling met Oliver (1991)", html);
        Assert.Contains("<th>in deze studie</th>", html);
        var volgen = DisplayFixture.Codebook["reactie.volgen"];
        Assert.Contains(System.Net.WebUtility.HtmlEncode(volgen.Definition!.Nl), html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void Codebook_entry_shows_definition_indicators_values_and_source()
    {
        var entry = DisplayFixture.Codebook["kenmerk.willen"];

        var html = entry.ToDisplayString(HtmlFormatter.MimeType);

        Assert.StartsWith("<div class=\"jhr-display jhr-codebook-entry\"", html);
        Assert.Contains("<strong>Willen</strong>", html);
        Assert.Contains("<dt>Definitie</dt>", html);
        Assert.Contains("<dt>Bron</dt>", html);
        Assert.Contains("<dt>Onderliggend</dt>", html);
    }

    [Fact]
    public void Study_summary_lists_cases_units_basis_and_files()
    {
        var html = DisplayFixture.Study.Summary().ToDisplayString(HtmlFormatter.MimeType);

        Assert.StartsWith("<div class=\"jhr-display jhr-study\"", html);
        Assert.Contains("5 cases, 18 eenheden", html);
        var cases = HtmlParts.Table(html, "Cases en eenheden");
        Assert.Equal("4", HtmlParts.Row(cases, "Rijn")[1]);
        var basis = HtmlParts.Table(html, "Herkomst van de waarden");
        Assert.Equal("undetermined", HtmlParts.Row(basis, "niet te bepalen")[0]);
        Assert.Contains("units.csv", html);
    }

    [Fact]
    public void Unit_table_shows_one_row_per_unit_and_blank_for_undetermined()
    {
        var units = UnitTable.From(DisplayFixture.Study);

        var html = units.ToDisplayString(HtmlFormatter.MimeType);

        Assert.StartsWith("<div class=\"jhr-display jhr-units\"", html);
        var table = HtmlParts.Tables(html).Single();
        var saturnus = HtmlParts.Row(table, "rijn.saturnus");
        Assert.Equal(units.Attributes.Length, saturnus.Count);
        Assert.Equal("", saturnus[units.Attributes.IndexOf("aanbieder.marktgericht")]);
        Assert.Equal("rijn", saturnus[units.Attributes.IndexOf("case")]);
        Assert.Contains("Leeg = niet te bepalen", html);
    }

    [Fact]
    public void Kernel_prefers_html_for_the_toolkit_types()
    {
        _ = Table91().ToDisplayString(HtmlFormatter.MimeType);
        Assert.Contains(HtmlFormatter.MimeType, Formatter.GetPreferredMimeTypesFor(typeof(TableReproduction)));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
