using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Codebooks;

/// <summary>The bundled codebook against the seed: Tables 3.3, 3.4 and 3.5, §2.2.1, §3.4 and Oliver (1991).</summary>
public class BundledCodebookTests
{
    private static readonly Codebook Book = CodebookLoader.Load(Repo.Codebook);

    private static string[] ChildIds(string id, EntryKind kind) =>
        [.. Book.Children(id).Where(e => e.Kind == kind).Select(e => e.Id)];

    [Fact]
    public void Table_3_3_has_exactly_the_six_responses_in_order()
    {
        Assert.Equal(
            ["reactie.niets-doen", "reactie.volgen", "reactie.compromis-sluiten", "reactie.vermijden", "reactie.trotseren", "reactie.domineren"],
            Book.Responses.Select(r => r.Id));
    }

    [Fact]
    public void Table_3_3_tactics_are_exactly_those_of_the_table_with_ontsnappen_excluded()
    {
        Assert.Empty(ChildIds("reactie.niets-doen", EntryKind.Tactic));
        Assert.Equal(["reactie.volgen.vanzelfsprekend", "reactie.volgen.imiteren", "reactie.volgen.conformeren"], ChildIds("reactie.volgen", EntryKind.Tactic));
        Assert.Equal(["reactie.compromis-sluiten.balanceren", "reactie.compromis-sluiten.pacificeren"], ChildIds("reactie.compromis-sluiten", EntryKind.Tactic));
        Assert.Equal(["reactie.vermijden.verbergen", "reactie.vermijden.bufferen", "reactie.vermijden.ontsnappen"], ChildIds("reactie.vermijden", EntryKind.Tactic));
        Assert.Equal(["reactie.trotseren.negeren", "reactie.trotseren.uitdagen-aanvallen"], ChildIds("reactie.trotseren", EntryKind.Tactic));
        Assert.Empty(ChildIds("reactie.domineren", EntryKind.Tactic));

        var excluded = Book.OfKind(EntryKind.Tactic).Where(t => t.IsExcluded).Select(t => t.Id);
        Assert.Equal(["reactie.vermijden.ontsnappen"], excluded);
        Assert.Contains("werkzaam zijn gebleven", Book["reactie.vermijden.ontsnappen"].ExcludedReason!.Nl);
    }

    [Fact]
    public void Every_response_and_tactic_has_a_definition_an_indicator_and_a_seed_reference()
    {
        foreach (var entry in Book.OfKind(EntryKind.Response).Concat(Book.OfKind(EntryKind.Tactic)).Where(e => !e.IsExcluded))
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Definition?.Nl), entry.Id);
            Assert.False(string.IsNullOrWhiteSpace(entry.Label.En), entry.Id);
            Assert.NotNull(entry.Source.Lines);
        }
        Assert.All(Book.OfKind(EntryKind.Tactic).Where(t => !t.IsExcluded), t => Assert.NotEmpty(t.Indicators));
    }

    [Fact]
    public void Cluster_reduction_of_section_3_4_is_data()
    {
        string Cluster(string response) => Book.ClusterOf(response)!.Id;
        Assert.Equal("cluster.volgen", Cluster("reactie.volgen"));
        Assert.Equal("cluster.volgen", Cluster("reactie.compromis-sluiten"));
        Assert.Equal("cluster.niet-volgen", Cluster("reactie.vermijden"));
        Assert.Equal("cluster.niet-volgen", Cluster("reactie.trotseren"));
        Assert.Equal("cluster.niet-volgen", Cluster("reactie.domineren"));
        Assert.Equal("cluster.niets-doen", Cluster("reactie.niets-doen"));
        Assert.Equal("cluster.volgen", Cluster("reactie.compromis-sluiten.pacificeren"));
        Assert.Equal(["volgen", "niet-volgen", "niets-doen"], Book.ValuesOf("cluster").Select(v => v.Id));
    }

    [Fact]
    public void Table_3_4_steering_modes_have_their_dimensions_with_plus_and_minus_values()
    {
        Assert.Equal(["sturing.hierarchisch", "sturing.netwerk", "sturing.markt"], Book.OfKind(EntryKind.SteeringMode).Select(e => e.Id));
        Assert.Equal(
            ["sturing.hierarchisch.afdwingbare-regels", "sturing.hierarchisch.afdwingen", "sturing.hierarchisch.normatieve-ondersteuning", "sturing.hierarchisch.informele-hierarchie"],
            ChildIds("sturing.hierarchisch", EntryKind.SteeringDimension));
        Assert.Equal(
            ["sturing.netwerk.gezamenlijke-afspraken", "sturing.netwerk.afspraken-nagekomen", "sturing.netwerk.draagvlak", "sturing.netwerk.faciliteren", "sturing.netwerk.deelname"],
            ChildIds("sturing.netwerk", EntryKind.SteeringDimension));
        Assert.Equal(
            ["sturing.markt.fragmentatie", "sturing.markt.keuze-op-functioneren", "sturing.markt.competitie"],
            ChildIds("sturing.markt", EntryKind.SteeringDimension));
        string[] table34 = ["sturing.ruimte", "sturing.adaptief-vermogen", "sturing.onzekerheid", "sturing.kanalen"];
        Assert.Equal(table34, Book.OfKind(EntryKind.SteeringVariable).Select(e => e.Id).Where(table34.Contains));

        foreach (var e in Book.OfKind(EntryKind.SteeringDimension).Concat(Book.OfKind(EntryKind.SteeringVariable))
                     .Where(e => e.ParentId is "sturing.hierarchisch" or "sturing.netwerk" or "sturing.markt" || table34.Contains(e.Id)))
        {
            Assert.Equal(["+", "-"], e.Values.Select(v => v.ValueId));
            Assert.All(e.Values, v => Assert.False(string.IsNullOrWhiteSpace(v.Text.Nl)));
        }
        Assert.Equal("cluster.volgen", Book["sturing.hierarchisch.afdwingbare-regels"].Values.Single(v => v.ValueId == "+").Expected);
        Assert.Equal("cluster.niet-volgen", Book["sturing.ruimte"].Values.Single(v => v.ValueId == "-").Expected);
        Assert.True(Book["sturing.kanalen"].Inductive);
    }

    /// <summary>Issue #15 item 4: the framework's pieces that Table 3.4 does not carry, each with its seed lines.</summary>
    [Fact]
    public void The_frameworks_missing_pieces_are_in_the_codebook_with_their_seed_lines()
    {
        Assert.Equal(["geen", "weinig", "veel"], Book.ValuesOf("sturing.intensiteit").Select(v => v.Id));
        Assert.Equal("intensiteit", Book["sturing.intensiteit"].ValueSetId);
        Assert.Contains("12274", Book["sturing.intensiteit"].Source!.Lines, StringComparison.Ordinal);
        Assert.Equal(["te-weinig", "voldoende", "te-veel"], Book.ValuesOf("sturing.ruimte-balans").Select(v => v.Id));
        Assert.Contains("12155-12165", Book["sturing.ruimte-balans"].Source!.Lines, StringComparison.Ordinal);
        Assert.Contains("1332-1368", Book["sturing.hybride"].Source!.Lines, StringComparison.Ordinal);
        Assert.Equal(["sturing.onzekerheid-soort.sturing", "sturing.onzekerheid-soort.impact", "sturing.onzekerheid-soort.reactie"],
            Book["sturing.onzekerheid-soort"].ChildIds.ToArray());
        Assert.Contains("1482-1509", Book["sturing.onzekerheid-soort"].Source!.Lines, StringComparison.Ordinal);
    }

    [Fact]
    public void Onderhandelen_and_beinvloeden_are_network_steering_not_response_tactics()
    {
        foreach (var id in new[] { "sturing.netwerk.onderhandelen", "sturing.netwerk.beinvloeden" })
        {
            Assert.Equal(EntryKind.NetworkElement, Book[id].Kind);
            Assert.Equal("sturing.netwerk", Book[id].ParentId);
        }
        Assert.DoesNotContain(Book.OfKind(EntryKind.Tactic), t => t.Id.Contains("onderhandel") || t.Id.Contains("beinvloed"));
        Assert.Equal(["sturing.netwerk.onderhandelen"], Book["oliver.compromise.bargain"].MapsTo.ToArray());
        Assert.Equal(["sturing.netwerk.beinvloeden"], Book["oliver.manipulate.influence"].MapsTo.ToArray());
    }

    [Fact]
    public void Table_3_5_characteristics_are_grouped_into_weten_willen_kunnen_moeten()
    {
        Assert.Equal(["kenmerk.weten", "kenmerk.willen", "kenmerk.kunnen", "kenmerk.moeten"],
            Book.Children("kenmerk").Where(e => e.Kind == EntryKind.CharacteristicGroup).Select(e => e.Id));
        Assert.Equal(["kenmerk.willen.sociale-legitimiteit", "kenmerk.willen.belang", "kenmerk.willen.doelcongruentie", "kenmerk.willen.legitimiteit-sturing"],
            ChildIds("kenmerk.willen", EntryKind.Characteristic));
        Assert.Equal(["kenmerk.kunnen.interne-organisatie", "kenmerk.kunnen.conflicterende-druk"], ChildIds("kenmerk.kunnen", EntryKind.Characteristic));
        Assert.Equal(["kenmerk.moeten.afhankelijkheid", "kenmerk.moeten.vrijwillige-verspreiding"], ChildIds("kenmerk.moeten", EntryKind.Characteristic));
        Assert.Equal(["kenmerk.moeten.afhankelijkheid.marktaandeel", "kenmerk.moeten.afhankelijkheid.clientenstroom", "kenmerk.moeten.afhankelijkheid.ervaren"],
            ChildIds("kenmerk.moeten.afhankelijkheid", EntryKind.Indicator));
        Assert.Equal("cluster.niets-doen", Book["kenmerk.weten"].Values.Single(v => v.ValueId == "-").Expected);
        Assert.True(Book["kenmerk.weten"].Inductive);
    }

    [Fact]
    public void Quantitative_thresholds_of_table_3_5_are_recorded()
    {
        var marketShare = Book["kenmerk.moeten.afhankelijkheid.marktaandeel"].Values;
        Assert.Contains(">=50%", marketShare.Single(v => v.ValueId == "+").Text.Nl.Replace(" ", ""));
        Assert.Contains("<=10%", marketShare.Single(v => v.ValueId == "-").Text.Nl.Replace(" ", ""));

        var sizes = Book.ValuesOf("aanbieder.omvang");
        Assert.Equal(["klein", "middelklein", "middelgroot", "groot"], sizes.Select(v => v.Id));
        Assert.Equal([(1.0, 5.0), (5.0, 20.0), (20.0, 40.0)], sizes.Take(3).Select(v => (v.Min!.Value, v.Max!.Value)));
        Assert.Equal((40.0, (double?)null), (sizes[3].Min!.Value, sizes[3].Max));
        Assert.Equal(["laag specialistisch", "specialistisch", "hoog specialistisch"], Book.ValuesOf("aanbieder.specialisatie").Select(v => v.Label.Nl));
    }

    [Fact]
    public void Oliver_1991_has_five_strategies_and_fifteen_tactics_with_english_labels()
    {
        var strategies = Book.OfKind(EntryKind.OliverStrategy).ToList();
        Assert.Equal(["Acquiesce", "Compromise", "Avoid", "Defy", "Manipulate"], strategies.Select(s => s.Label.En));
        Assert.Equal(15, Book.OfKind(EntryKind.OliverTactic).Count());
        Assert.All(strategies, s => Assert.Equal(3, Book.Children(s.Id).Count(c => c.Kind == EntryKind.OliverTactic)));
        Assert.Equal(["Habit", "Imitate", "Comply", "Balance", "Pacify", "Bargain", "Conceal", "Buffer", "Escape", "Dismiss", "Challenge", "Attack", "Co-opt", "Influence", "Control"],
            Book.OfKind(EntryKind.OliverTactic).Select(t => t.Label.En));
        Assert.Equal(["oliver.acquiesce.imitate"], Book["reactie.volgen.imiteren"].Oliver.ToArray());
        Assert.All(Book.OfKind(EntryKind.OliverTactic), t => Assert.NotEmpty(t.MapsTo));
    }

    [Fact]
    public void Every_entry_cites_the_seed()
    {
        Assert.All(Book.Entries, e => Assert.True(e.Source.Section is not null || e.Source.Table is not null, e.Id));
        Assert.All(Book.Entries.Where(e => e.Kind != EntryKind.Group), e => Assert.NotNull(e.Source.Lines));
    }
}
