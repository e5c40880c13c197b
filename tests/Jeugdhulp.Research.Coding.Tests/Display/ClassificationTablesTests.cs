using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Display;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Tests.Support;
using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Coding.Tests.Display;

/// <summary>The classification as tables: the corpus README's expected tables cell for cell, the evidence with its flag, overrides beside derived values.</summary>
public class ClassificationTablesTests
{
    private static readonly Lazy<CodingProject> Corpus = new(() => CodingProjectLoader.Load(Repo.Corpus));

    private static ProjectClassification[] All() =>
        [Classifier.Classify(Corpus.Value, CoderSelection.Of("coderA")), Classifier.Classify(Corpus.Value, CoderSelection.Of("coderB")), Classifier.Classify(Corpus.Value, CoderSelection.Pooled)];

    /// <summary>The header and rows of a Markdown table between two HTML comment markers in the corpus README.</summary>
    private static (string[] Header, List<string[]> Rows) ReadmeTable(string name)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Corpus, "README.md"));
        var start = text.IndexOf($"<!-- {name}:start -->", StringComparison.Ordinal);
        var end = text.IndexOf($"<!-- {name}:end -->", StringComparison.Ordinal);
        var lines = text[start..end].Split('\n').Where(l => l.StartsWith('|')).Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
        return (lines[0], lines.Skip(2).ToList());
    }

    /// <summary>The table's cells in the README's columns (named alike), with the README's word for the pooled coder.</summary>
    private static List<string[]> Project(ResultTable table, string[] header) =>
        [.. table.Rows.Select(r => header.Select(h => r[table.Columns.IndexOf(h)].Text).ToArray())];

    [Fact]
    public void The_period_table_equals_the_expected_classification_of_the_corpus_README()
    {
        var (header, expected) = ReadmeTable("expected-periods");
        var table = ClassificationTables.Periods(All());

        Assert.Equal(expected, Project(table, header));
        var kwartel = table.Rows.Single(r => r[0].Text == "gepoold" && r[1].Text == "heidestein.kwartel");
        Assert.Equal("vermijden 5 (50 %), domineren 4 (40 %), compromis-sluiten 1 (10 %)", kwartel[table.Columns.IndexOf("reacties (segmenten, aandeel)")].Text);
        Assert.Equal("hoofdeis wachttijden: vermijden; hoofdeis zorg-in-de-wijk: compromis-sluiten + vermijden; kleinere eis kwaliteitskader: domineren",
            kwartel[table.Columns.IndexOf("per eis")].Text);
        Assert.StartsWith("M5-onderzoeker-beslist-bij-gemengd: gemengd", kwartel[table.Columns.IndexOf("cluster (afgeleid)")].Detail);
        var eikenhof = table.Rows.Single(r => r[0].Text == "coderB" && r[1].Text == "kustwijk.eikenhof" && r[2].Text == "1");
        Assert.Equal("terzijde (M3-vanzelfsprekend-beschreven-niet-meegeteld): dat is ook altijd onze eigen koers geweest", eikenhof[table.Columns.IndexOf("per eis")].Detail);
    }

    [Fact]
    public void The_unit_table_equals_the_expected_units_of_the_corpus_README_with_the_override_in_the_tooltip()
    {
        var (header, expected) = ReadmeTable("expected-units");
        var table = ClassificationTables.Units(All());

        Assert.Equal(expected, Project(table, header));
        var reigersbosB = table.Rows.Single(r => r[0].Text == "coderB" && r[1].Text == "heidestein.reigersbos");
        Assert.Equal("volgen", reigersbosB[2].Text);
        Assert.StartsWith("override (afgeleid: niet-volgen); reden: FICTIEF: in een nagesprek (member check)", reigersbosB[2].Detail);
        Assert.EndsWith("; E1-eenheid-cluster-laatste-periode: cluster van periode 1 (override)", reigersbosB[2].Detail);
    }

    [Fact]
    public void The_evidence_of_Reigersbos_lists_every_segment_and_is_flagged_as_resting_only_on_others()
    {
        var judgment = Classifier.Classify(Corpus.Value, CoderSelection.Of("coderB")).Find("heidestein.reigersbos")!.Periods.Single().Cluster;

        var table = ClassificationTables.Evidence(judgment, Corpus.Value.Codebook);

        Assert.Equal("Bewijs voor heidestein.reigersbos, periode 1, cluster: volgen", table.Title);
        Assert.Equal(
            [["1", "ja", "reactie.trotseren.negeren", "", "coderB", "municipality", "Fatima El Amrani", "heidestein-gemeente-beleid-2020@674-720", "de extra rapportages leveren ze gewoonweg niet"]],
            table.Rows.Select(r => r.Select(c => c.Text).ToArray()));
        Assert.Equal("Trotseren: negeren", table.Rows[0][2].Detail);
        var expectedNotes = new[]
        {
            "Regel: M4-hoofdeisen-voeren-de-boventoon: niet-volgen (kleinere eis extra rapportages: trotseren (niet-volgen)); alleen kleinere eisen hebben bewijs; context (beslist niet): 1 segment(en): trotseren 1; terzijde: 1",
            "Override: volgen (afgeleid: niet-volgen); reden: FICTIEF: in een nagesprek (member check) bevestigde Reigersbos zelf dat zij de afspraken volgt; de codering berust alleen op accounts van de gemeente en het inkoopdocument (onderzoeker, 2024-05-14)",
            "⚑ A1-alleen-accounts-van-anderen: dit oordeel berust alleen op accounts van anderen (municipality), niet op de organisatie zelf.",
        };
        Assert.Equal(expectedNotes, table.Notes.ToArray());
    }

    [Fact]
    public void An_override_added_in_memory_shows_beside_its_derived_value_and_is_not_attributed_to_a_file()
    {
        var added = new Override("kustwijk.eikenhof", null, "kenmerk.kunnen", "-", "projectteam opgeheven", "onderzoeker", "2024-06-03", 0);
        var project = Corpus.Value with { Overrides = Corpus.Value.Overrides.Add(added) };

        var classification = Classifier.Classify(project, CoderSelection.Pooled);
        var overrides = ClassificationTables.Overrides(classification);
        var factors = ClassificationTables.Factors(classification.Find("kustwijk.eikenhof")!);

        Assert.Equal(
            [["gepoold", "kustwijk.eikenhof", "2", "cluster", "gemengd", "niet-volgen", overrides.Rows[0][6].Text, "onderzoeker", "2024-05-14", "overrides.csv regel 3"],
             ["gepoold", "kustwijk.eikenhof", "", "kenmerk.kunnen", "+/-", "-", "projectteam opgeheven", "onderzoeker", "2024-06-03", "niet uit een bestand"],
             ["gepoold", "heidestein.kwartel", "1", "cluster", "gemengd", "niet-volgen", overrides.Rows[2][6].Text, "onderzoeker", "2024-05-14", "overrides.csv regel 4"],
             ["gepoold", "heidestein.reigersbos", "1", "cluster", "volgen", "volgen", overrides.Rows[3][6].Text, "onderzoeker", "2024-05-14", "overrides.csv regel 2"]],
            overrides.Rows.Select(r => r.Select(c => c.Text).ToArray()));
        var kunnen = factors.Rows.Single(r => r[0].Text == "kenmerk.kunnen");
        Assert.Equal(["kenmerk.kunnen", "-", "+/-", "2", "self", ""], kunnen.Take(6).Select(c => c.Text));
        Assert.Equal(3, Corpus.Value.Overrides.Length);
    }

    [Fact]
    public void A_response_override_shows_in_the_current_cluster_but_not_in_the_derived_columns()
    {
        var unit = Evidences.Classify([Evidences.E("reactie.volgen"), Evidences.E("reactie.trotseren")], [Evidences.Override("reactie", "reactie.trotseren")]);
        var classification = new ProjectClassification(Evidences.Project([]), CoderSelection.Pooled, ClassificationRules.Default, [unit]);

        var row = ClassificationTables.Periods(classification).Rows.Single();

        Assert.Equal(["gepoold", Evidences.Unit, "1", "", "volgen 1 (50 %), trotseren 1 (50 %)", "", "", "gemengd", "gemengd", "niet-volgen", "beslist", "nee"], row.Select(c => c.Text));
        Assert.Equal("override (afgeleid: gemengd); reden: volgt uit de override van reactie (nagesprek)", row[9].Detail);
    }
}
