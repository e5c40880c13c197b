using Jeugdhulp.Research.Coding.Agreement;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Tests.Support;

namespace Jeugdhulp.Research.Coding.Tests.Agreement;

/// <summary>The illustrative corpus's two coders (data/corpus) at each level: the values this code computes, the unit-level cluster also by hand.</summary>
public class CorpusAgreementTests
{
    private static readonly Lazy<CodingProject> Corpus = new(() => CodingProjectLoader.Load(Repo.Corpus));

    [Fact]
    public void Unit_level_cluster_agreement_matches_the_hand_computation()
    {
        // Cluster per unit and period, derived from each coder's codings by the dissertation's method (data/corpus/README.md,
        // expected-periods, "afgeleid"; the researcher's judgments in overrides.csv do not count):
        //   eikenhof/p1 volgen–volgen, eikenhof/p2 gemengd–gemengd (the main demand budgetplafond points to two clusters
        //   for both), de-wilg/p1 niets-doen–niets-doen, kwartel/p1 niet-volgen–gemengd (B: compromis on zorg-in-de-wijk),
        //   reigersbos/p1 volgen–niet-volgen (B: trotseren on the minor demand rapportages only).
        // 2×k table (rows coderA, columns coderB; categories gemengd, niet-volgen, niets-doen, volgen):
        //                 gemengd  niet-volgen  niets-doen  volgen | A
        //   gemengd          1         0           0          0    | 1
        //   niet-volgen      1         0           0          0    | 1
        //   niets-doen       0         0           1          0    | 1
        //   volgen           0         1           0          1    | 2
        //   B                2         1           1          1    | 5
        // Po = 3/5; Pe = (1·2 + 1·1 + 1·1 + 2·1)/25 = 6/25; Cohen κ = (15/25 − 6/25)/(19/25) = 9/19 = 0.473684.
        // Scott: pooled shares 3, 2, 2, 3 of 10: Pe = (9 + 4 + 4 + 9)/100 = 0.26; π = 0.34/0.74 = 17/37 = 0.459459.
        // Krippendorff: n = 10, n_c = 3, 2, 2, 3; two disagreeing units give 2 disagreeing ordered pairs each (m − 1 = 1);
        // α = 1 − (n − 1)·4/(n² − Σn_c²) = 1 − 36/(100 − 26) = 38/74 = 0.513514.
        var data = UnitLevel.Build(Corpus.Value);

        Assert.Equal(["kustwijk.eikenhof/p1", "kustwijk.eikenhof/p2", "kustwijk.de-wilg/p1", "heidestein.kwartel/p1", "heidestein.reigersbos/p1"], data.Items.Select(i => i.Id));
        Assert.Equal(0.6, data.Compute("agreement").Value, 12);
        Assert.Equal(9.0 / 19, data.Compute("cohen").Value, 12);
        Assert.Equal(17.0 / 37, data.Compute("scott").Value, 12);
        Assert.Equal(38.0 / 74, data.Compute("alpha-nominal").Value, 12);
        Assert.Equal([("heidestein.kwartel/p1", "niet-volgen", "gemengd"), ("heidestein.reigersbos/p1", "volgen", "niet-volgen")],
            data.Disagreements.Select(d => (d.Id, d.Ratings[0].Label!, d.Ratings[1].Label!)));
    }

    [Fact]
    public void Unit_level_cluster_with_mixed_as_missing_keeps_only_the_three_units_both_coders_judged()
    {
        // eikenhof/p2 (both gemengd) and kwartel/p1 (B gemengd) drop out; left: volgen–volgen, niets-doen–niets-doen,
        // volgen–niet-volgen. n = 6, n_c = 3, 2, 1: α = 1 − 5·2/(36 − 14) = 12/22.
        var data = UnitLevel.Build(Corpus.Value, new UnitLevelOptions(Mixed: JudgmentTreatment.Missing));
        var alpha = data.Compute("alpha-nominal");
        Assert.Equal(3, alpha.UnitsUsed);
        Assert.Equal(12.0 / 22, alpha.Value, 12);
    }

    [Fact]
    public void Unit_level_factors_and_response()
    {
        var corpus = Corpus.Value;
        // kunnen: eikenhof + vs -, de-wilg - -, kwartel - vs +/-, reigersbos geen bewijs both (README expected-units).
        var kunnen = UnitLevel.Build(corpus, new UnitLevelOptions("kunnen"));
        Assert.Equal([("+", "-"), ("-", "-"), ("-", "+/-"), ("geen bewijs", "geen bewijs")], kunnen.Items.Select(i => (i.Ratings[0].Label!, i.Ratings[1].Label!)));
        // Hand computation (Krippendorff 2011, nominal): 8 values, n(+)=1, n(-)=4, n(+/-)=1, n(geen bewijs)=2;
        // observed disagreement 4/8 (the pairs +/- and -/(+/-) both ways), expected (64 - 22)/(8 * 7) = 0.75,
        // alpha = 1 - 0.5/0.75 = 1/3.
        Assert.Equal(1.0 / 3, kunnen.Compute("alpha-nominal").Value, 12);
        // Response per period: kwartel vermijden vs gemengd, reigersbos volgen vs trotseren (eikenhof/p2 gemengd for both).
        var response = UnitLevel.Build(corpus, new UnitLevelOptions("response"));
        Assert.Equal(["heidestein.kwartel/p1", "heidestein.reigersbos/p1"], response.Disagreements.Select(i => i.Id));
        Assert.Equal(response.Items.Length - 2, response.Items.Count(i => i.Ratings[0].Label == i.Ratings[1].Label));
        Assert.Equal((response.Items.Length - 2.0) / response.Items.Length, response.Compute("agreement").Value, 12); // 3 of 5 periods
        Assert.Equal(5, response.Items.Length);
    }

    /// <summary>
    /// A regression snapshot: the alignment of the two coders' segments and the coefficients on it are this code's own
    /// output, recorded when it was written (no published or hand-computed value exists for them); the agreement
    /// fractions follow from the item and disagreement counts. A change here needs a reason.
    /// </summary>
    [Fact]
    public void Regression_snapshot_segment_level_all_codes_and_per_code()
    {
        var corpus = Corpus.Value;
        var all = SegmentLevel.Build(corpus);
        Assert.Equal(39, all.Items.Length);
        Assert.Equal(23, all.Disagreements.Count());
        Assert.Equal(16.0 / 39, all.Compute("agreement").Value, 12);
        Assert.Equal(0.367500, all.Compute("alpha-nominal").Value, 6);
        Assert.Equal(0.362473, all.Compute("cohen").Value, 6);

        // Imiteren (A) vs conformeren (B) on the same words: aligned, different codes.
        var copying = all.Items.Single(i => i.Id == "kustwijk-eikenhof-bestuurder-2017@857-964");
        Assert.Equal(("reactie.volgen.imiteren", "reactie.volgen.conformeren"), (copying.Ratings[0].Label!, copying.Ratings[1].Label!));

        var reactie = SegmentLevel.Build(corpus, new SegmentLevelOptions(Code: "reactie"));
        Assert.Equal((20, 7), (reactie.Items.Length, reactie.Disagreements.Count()));
        Assert.Equal(-0.181818, reactie.Compute("alpha-nominal").Value, 6);
        var windows = SegmentLevel.Build(corpus, new SegmentLevelOptions(Code: "reactie", UncodedWindow: 100));
        Assert.Equal(65, windows.Items.Length);
        Assert.Equal(0.717901, windows.Compute("alpha-nominal").Value, 6);
    }

    /// <summary>
    /// A regression snapshot: the alignment of the two coders' segments and the coefficients on it are this code's own
    /// output, recorded when it was written (no published or hand-computed value exists for them); the agreement
    /// fractions follow from the item and disagreement counts. A change here needs a reason.
    /// </summary>
    [Fact]
    public void Regression_snapshot_presence_level_per_source_and_per_unit()
    {
        var corpus = Corpus.Value;
        var perSource = PresenceLevel.Build(corpus);
        Assert.Equal(7 * 22, perSource.Items.Length); // 7 sources × the 22 codes used by either coder
        Assert.Equal(17, perSource.Disagreements.Count());
        Assert.Equal(137.0 / 154, perSource.Compute("agreement").Value, 12);
        Assert.Equal(0.644748, perSource.Compute("alpha-nominal").Value, 6);
    }

    [Fact]
    public void Character_based_qda_kappa_is_higher_than_the_segment_level_kappa_because_uncoded_text_counts()
    {
        var corpus = Corpus.Value;
        var characters = CharacterAgreement.Compute(corpus, "reactie", "coderA", "coderB");
        var segments = SegmentLevel.Build(corpus, new SegmentLevelOptions(Code: "reactie")).Compute("cohen").Value;

        Assert.Equal(corpus.Sources.Sum(s => (long)s.Text.Length), characters.Characters);
        Assert.True(characters.Neither > characters.Both + characters.OnlyA + characters.OnlyB);
        Assert.True(characters.Kappa > segments + 0.5, $"{characters.Kappa} vs {segments}");
        Assert.True(characters.Agreement > 0.85);
    }
}
