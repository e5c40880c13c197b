using System.Collections.Immutable;
using Jeugdhulp.Research.Reliability;

namespace Jeugdhulp.Research.Coding.Agreement;

/// <summary>
/// The coders' ratings at one level for one variable or code, with the provenance of every row: the bridge from a
/// coding project to the coefficients of <c>Jeugdhulp.Research.Reliability</c> (<see cref="ToMatrix"/>) and to the
/// disagreement report (<see cref="DisagreementReport"/>).
/// </summary>
/// <param name="Level">The level.</param>
/// <param name="Variable">The variable (unit level) or code filter ("alle codes" when none).</param>
/// <param name="Coders">Coder ids, one matrix column each.</param>
/// <param name="Items">The rating units, one matrix row each.</param>
/// <param name="Notes">How the rows were made (treatment of mixed judgments, alignment rule, uncoded text), for every report.</param>
public sealed record AgreementData(AgreementLevel Level, string Variable, ImmutableArray<string> Coders, ImmutableArray<AgreementItem> Items, ImmutableArray<string> Notes)
{
    /// <summary>The units × coders matrix (null label = missing); categories in ordinal order of their labels.</summary>
    public RatingsMatrix ToMatrix() =>
        RatingsMatrix.FromLabels(Items.Select(i => (IReadOnlyList<string?>)[.. i.Ratings.Select(r => r.Label)]).ToList(), null,
            [.. Items.Select(i => i.Id)], [.. Coders]);

    /// <summary>The rows on which coders differ.</summary>
    public IEnumerable<AgreementItem> Disagreements => Items.Where(i => i.IsDisagreement);

    /// <summary>Computes a registered coefficient (see <see cref="AgreementMetrics.Names"/>) on <see cref="ToMatrix"/>.</summary>
    /// <exception cref="ReliabilityException">Unknown metric, too few coders or units, ...</exception>
    public AgreementResult Compute(string metric, BootstrapOptions? bootstrap = null) => AgreementMetrics.Compute(metric, ToMatrix(), bootstrap);

    /// <summary>Short description for headings, e.g. "eenheid: cluster (coderA, coderB)".</summary>
    public override string ToString() => $"{LevelName(Level)}: {Variable} ({string.Join(", ", Coders)}; {Items.Length} eenheden)";

    /// <summary>The Dutch name of a level as used in reports.</summary>
    public static string LevelName(AgreementLevel level) => level switch
    {
        AgreementLevel.Unit => "eenheid",
        AgreementLevel.Segment => "segment",
        _ => "aanwezigheid",
    };
}
