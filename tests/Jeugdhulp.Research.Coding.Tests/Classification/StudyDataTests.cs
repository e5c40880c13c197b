using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Coding.Tests.Support;
using static Jeugdhulp.Research.Coding.Tests.Support.Evidences;

namespace Jeugdhulp.Research.Coding.Tests.Classification;

public class StudyDataTests
{
    private static StudyData Study(params Jeugdhulp.Research.Coding.Classification.Evidence[] evidence) =>
        Classifier.Classify(Project(evidence), CoderSelection.Pooled).ToStudyData();

    [Fact]
    public void A_classified_unit_becomes_an_inferred_cluster_with_rule_and_count()
    {
        var study = Study(E("reactie.volgen"), E("reactie.volgen"), E("reactie.trotseren"));

        var cluster = study.ValueOf(Unit, StudyDataLoader.ClusterVariable)!;
        Assert.Equal("volgen", cluster.Value);
        Assert.Equal(Basis.Inferred, cluster.Provenance.Basis);
        Assert.Contains(RuleNames.UnitClusterLastPeriod, cluster.Provenance.Reason);
        Assert.Contains("bron@", cluster.Provenance.Lines);
    }

    [Fact]
    public void No_evidence_becomes_undetermined_with_an_empty_value()
    {
        var study = Study();
        var cluster = study.ValueOf(Unit, StudyDataLoader.ClusterVariable)!;
        Assert.Equal((null, Basis.Undetermined), (cluster.Value, cluster.Provenance.Basis));
        Assert.All(study.UnitValues, o => Assert.Equal(o.Value is null, o.Provenance.Basis == Basis.Undetermined));
        Assert.Empty(study.Responses);
    }

    [Fact]
    public void Responses_list_the_emphasis_first_so_UnitTable_reads_the_right_cluster()
    {
        // Mixed response, but the emphasis cluster is niet-volgen: its responses must come first.
        var study = Study(E("reactie.volgen"), E("reactie.volgen"), E("reactie.vermijden.bufferen"), E("reactie.vermijden"), E("reactie.trotseren"), E("reactie.domineren"));

        Assert.Equal("niet-volgen", study.Responses[0].Cluster);
        Assert.Equal(["niet-volgen"], UnitTable.ClusterSequence(study.Responses));
        Assert.Equal("reactie.vermijden", study.Responses[0].Response);
        Assert.Equal("reactie.vermijden.bufferen", study.Responses[0].Tactic);
    }

    [Fact]
    public void Mixed_periods_get_no_response_rows()
    {
        Assert.Empty(Study(E("reactie.volgen"), E("reactie.trotseren")).Responses);
    }

    [Fact]
    public void The_unit_table_and_cross_tables_work_on_a_coded_project()
    {
        var study = Study(E("reactie.volgen", period: 1), E("reactie.trotseren", period: 2), E("kenmerk.willen.belang", "-"));

        var table = UnitTable.From(study);
        var row = Assert.Single(table.Rows);
        Assert.Equal(("niet-volgen", "volgen>niet-volgen", "ja", "-"), (row["cluster"], row[UnitTable.Change], row[UnitTable.ResponseChanged], row["kenmerk.willen.belang"]));
        var crossTab = CrossTab.Build(table, new Vocabulary(Repo.LoadCodebook(), study), "case", "cluster");
        Assert.Equal(1, crossTab.Count("stad", "niet-volgen"));
    }

    [Fact]
    public void An_override_made_in_code_is_not_attributed_to_a_line_of_overrides_csv()
    {
        var fromFile = Override("kenmerk.willen", "-", period: null) with { Line = 7 };
        var inMemory = fromFile with { Line = 0 };
        string Reason(Jeugdhulp.Research.Coding.Projects.Override o) => Classifier.Classify(Project([E("kenmerk.willen", "+")], [o]), CoderSelection.Pooled)
            .ToStudyData().ValueOf(Unit, "kenmerk.willen")!.Provenance.Reason ?? "";

        Assert.Contains("overrides.csv regel 7", Reason(fromFile));
        Assert.Contains("niet uit een bestand", Reason(inMemory));
        Assert.DoesNotContain("regel 0", Reason(inMemory));
    }

    [Fact]
    public void Written_study_data_loads_with_the_core_loader()
    {
        var classification = Classifier.Classify(Project([E("reactie.volgen"), E("reactie.compromis-sluiten.pacificeren"), E("kenmerk.weten", "+")]), CoderSelection.Pooled);
        var directory = Repo.TempDirectory();

        StudyDataWriter.Write(classification.ToStudyData(), directory, classification.Project.Units);
        var loaded = StudyDataLoader.Load(directory, Repo.LoadCodebook());

        Assert.Equal("volgen", loaded.ValueOf(Unit, "cluster")!.Value);
        Assert.Equal("+", loaded.ValueOf(Unit, "kenmerk.weten")!.Value);
        Assert.Equal(2, loaded.Responses.Length);
        Assert.Contains("actor_type", File.ReadAllText(Path.Combine(directory, "units.csv")));
    }
}
