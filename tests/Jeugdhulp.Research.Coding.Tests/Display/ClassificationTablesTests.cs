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
        Assert.StartsWith("R2-meerderheid-reactie: gemengd", kwartel[table.Columns.IndexOf("reactie (afgeleid)")].Detail);
    }

    [Fact]
    public void The_unit_table_equals_the_expected_units_of_the_corpus_README_with_the_override_in_the_tooltip()
    {
        var (header, expected) = ReadmeTable("expected-units");
        var table = ClassificationTables.Units(All());

        Assert.Equal(expected, Project(table, header));
        var reigersbosB = table.Rows.Single(r => r[0].Text == "coderB" && r[1].Text == "heidestein.reigersbos");
        Assert.Equal("volgen", reigersbosB[2].Text);
        Assert.StartsWith("override (afgeleid: gemengd); reden: FICTIEF: in een nagesprek (member check)", reigersbosB[2].Detail);
        Assert.EndsWith("; E1-eenheid-cluster-laatste-periode: cluster van periode 1 (override)", reigersbosB[2].Detail);
    }

    [Fact]
    public void The_evidence_of_Reigersbos_lists_every_segment_and_is_flagged_as_resting_only_on_others()
    {
        var judgment = Classifier.Classify(Corpus.Value, CoderSelection.Of("coderB")).Find("heidestein.reigersbos")!.Periods.Single().Cluster;

        var table = ClassificationTables.Evidence(judgment, Corpus.Value.Codebook);

        Assert.Equal("Bewijs voor heidestein.reigersbos, periode 1, cluster: volgen", table.Title);
        Assert.Equal(
            [["1", "ja", "reactie.volgen.vanzelfsprekend", "", "coderB", "municipality", "Fatima El Amrani", "heidestein-gemeente-beleid-2020@512-585", "Reigersbos werkte al lang wijkgericht, daar hoefden we niets voor te doen"],
             ["2", "ja", "reactie.trotseren.negeren", "", "coderB", "municipality", "Fatima El Amrani", "heidestein-gemeente-beleid-2020@674-720", "de extra rapportages leveren ze gewoonweg niet"]],
            table.Rows.Select(r => r.Select(c => c.Text).ToArray()));
        Assert.Equal("Volgen: vanzelfsprekend", table.Rows[0][2].Detail);
        var expectedNotes = new[]
        {
            "Regel: R3-nadruk-cluster: gemengd, geen cluster boven 50 % of gelijke stand (volgen 1, niet-volgen 1)",
            "Override: volgen (afgeleid: gemengd); reden: FICTIEF: in een nagesprek (member check) bevestigde Reigersbos zelf dat zij de afspraken volgt; de codering berust alleen op accounts van de gemeente en het inkoopdocument (onderzoeker, 2024-05-14)",
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
            [["gepoold", "kustwijk.eikenhof", "", "kenmerk.kunnen", "+/-", "-", "projectteam opgeheven", "onderzoeker", "2024-06-03", "niet uit een bestand"],
             ["gepoold", "heidestein.reigersbos", "1", "cluster", "volgen", "volgen", overrides.Rows[1][6].Text, "onderzoeker", "2024-05-14", "overrides.csv regel 2"]],
            overrides.Rows.Select(r => r.Select(c => c.Text).ToArray()));
        var kunnen = factors.Rows.Single(r => r[0].Text == "kenmerk.kunnen");
        Assert.Equal(["kenmerk.kunnen", "-", "+/-", "2", "self", ""], kunnen.Take(6).Select(c => c.Text));
        Assert.Single(Corpus.Value.Overrides);
    }

    [Fact]
    public void A_response_override_shows_in_the_current_cluster_but_not_in_the_derived_columns()
    {
        var unit = Evidences.Classify([Evidences.E("reactie.volgen"), Evidences.E("reactie.trotseren")], [Evidences.Override("reactie", "reactie.trotseren")]);
        var classification = new ProjectClassification(Evidences.Project([]), CoderSelection.Pooled, ClassificationRules.Default, [unit]);

        var row = ClassificationTables.Periods(classification).Rows.Single();

        Assert.Equal(["gepoold", Evidences.Unit, "1", "", "volgen 1 (50 %), trotseren 1 (50 %)", "", "gemengd", "gemengd", "niet-volgen", "nee"], row.Select(c => c.Text));
        Assert.Equal("override (afgeleid: gemengd); reden: volgt uit de override van reactie (nagesprek)", row[8].Detail);
    }
}
