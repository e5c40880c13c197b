using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Jeugdhulp.Research.Reliability;

namespace Jeugdhulp.Research.Reliability.Tests;

/// <summary>A random study: labels per unit and coder (null = missing), plus permutations to apply.</summary>
public sealed record Study(string?[][] Rows, int[] UnitOrder, int[] CoderOrder, string[] Relabel, int Categories)
{
    public override string ToString() =>
        string.Join(" | ", Rows.Select(r => string.Join(",", r.Select(v => v ?? ".")))) + $" units {string.Join(",", UnitOrder)} coders {string.Join(",", CoderOrder)}";
}

public static class StudyArbitrary
{
    public static Arbitrary<Study> Studies() => Arb.From(
        from units in Gen.Choose(1, 25)
        from coders in Gen.Choose(2, 5)
        from categories in Gen.Choose(1, 5)
        from missingPercent in Gen.Elements(0, 0, 10, 30)
        from cells in Gen.ArrayOf(Gen.Choose(0, 99), units * coders)
        from values in Gen.ArrayOf(Gen.Choose(0, categories - 1), units * coders)
        from unitOrder in Gen.Shuffle(Enumerable.Range(0, units))
        from coderOrder in Gen.Shuffle(Enumerable.Range(0, coders))
        from relabel in Gen.Shuffle(Enumerable.Range(0, categories).Select(i => "x" + (char)('a' + i)))
        select new Study(
            Enumerable.Range(0, units).Select(u => Enumerable.Range(0, coders)
                .Select(c => cells[u * coders + c] < missingPercent ? null : (values[u * coders + c] + 1).ToString()).ToArray()).ToArray(),
            unitOrder, coderOrder, relabel, categories));

    public static Arbitrary<PerfectStudy> Perfect() => Arb.From(
        from units in Gen.Choose(2, 25)
        from coders in Gen.Choose(2, 5)
        from truth in Gen.ArrayOf(Gen.Choose(1, 6), units)
        from gaps in Gen.ArrayOf(Gen.Choose(0, 9), units * coders)
        select new PerfectStudy(Enumerable.Range(0, units).Select(u => Enumerable.Range(0, coders)
            .Select(c => c > 1 && gaps[u * coders + c] == 0 ? null : truth[u].ToString()).ToArray()).ToArray()));
}

/// <summary>Every coder gives each unit the same value (coders 0 and 1 always code; others sometimes miss).</summary>
public sealed record PerfectStudy(string?[][] Rows)
{
    public override string ToString() => string.Join(" | ", Rows.Select(r => string.Join(",", r.Select(v => v ?? "."))));
}

[Properties(Arbitrary = [typeof(StudyArbitrary)], MaxTest = 200)]
public class PropertyTests
{
    private static readonly AlphaMetric[] AlphaMetrics = [AlphaMetric.Nominal, AlphaMetric.Ordinal, AlphaMetric.Interval, AlphaMetric.Ratio];

    /// <summary>Value of a coefficient, NaN when undefined, -inf when it refuses the data (so refusals must match too).</summary>
    private static double Value(Func<AgreementResult> compute)
    {
        try
        {
            return compute().Value;
        }
        catch (InsufficientDataException)
        {
            return double.NegativeInfinity;
        }
    }

    private static bool Same(double a, double b) => (double.IsNaN(a) && double.IsNaN(b)) || a == b || Math.Abs(a - b) <= 1e-9;

    private static RatingsMatrix Matrix(Study s) => RatingsMatrix.FromLabels(s.Rows);

    private static IEnumerable<Func<RatingsMatrix, AgreementResult>> AllCoderCoefficients() =>
        AlphaMetrics.Select(m => (Func<RatingsMatrix, AgreementResult>)(x => KrippendorffAlpha.Compute(x, m)))
            .Append(x => FleissKappa.Compute(x))
            .Append(x => PercentAgreement.Compute(x));

    private static IEnumerable<Func<RatingsMatrix, AgreementResult>> TwoCoderCoefficients() =>
        new[] { CohenWeighting.None, CohenWeighting.Linear, CohenWeighting.Quadratic }
            .Select(w => (Func<RatingsMatrix, AgreementResult>)(x => CohenKappa.Compute(x, 0, 1, w)))
            .Append(x => ScottPi.Compute(x, 0, 1));

    [Property]
    public bool Permuting_units_leaves_every_coefficient_unchanged(Study s)
    {
        var original = Matrix(s);
        var permuted = RatingsMatrix.FromLabels(s.UnitOrder.Select(u => s.Rows[u]).ToArray(), original.Categories);
        return AllCoderCoefficients().Concat(TwoCoderCoefficients())
            .All(f => Same(Value(() => f(original)), Value(() => f(permuted))));
    }

    [Property]
    public bool Permuting_coders_leaves_alpha_fleiss_and_agreement_unchanged(Study s)
    {
        var original = Matrix(s);
        var permuted = original.SelectCoders(s.CoderOrder);
        return AllCoderCoefficients().All(f => Same(Value(() => f(original)), Value(() => f(permuted))));
    }

    [Property]
    public bool Swapping_the_two_coders_leaves_kappa_and_pi_unchanged(Study s)
    {
        var original = Matrix(s);
        var swapped = original.SelectCoders(1, 0);
        return TwoCoderCoefficients().All(f => Same(Value(() => f(original)), Value(() => f(swapped))));
    }

    [Property]
    public bool Relabeling_categories_leaves_nominal_coefficients_unchanged(Study s)
    {
        var original = Matrix(s);
        var relabeled = RatingsMatrix.FromLabels(s.Rows.Select(r => r.Select(v => v is null ? null : s.Relabel[int.Parse(v) - 1]).ToArray()).ToArray());
        Func<RatingsMatrix, AgreementResult>[] nominal =
        [
            x => KrippendorffAlpha.Compute(x, AlphaMetric.Nominal),
            x => FleissKappa.Compute(x),
            x => PercentAgreement.Compute(x),
            x => CohenKappa.Compute(x, 0, 1),
            x => ScottPi.Compute(x, 0, 1),
        ];
        return nominal.All(f => Same(Value(() => f(original)), Value(() => f(relabeled))));
    }

    [Property]
    public bool Perfect_agreement_gives_1_whenever_the_data_vary(PerfectStudy s)
    {
        var matrix = RatingsMatrix.FromLabels(s.Rows);
        if (matrix.CategoryCount < 2)
        {
            // No variation: chance-corrected coefficients are undefined, agreement is still perfect.
            return double.IsNaN(KrippendorffAlpha.Compute(matrix).Value) && double.IsNaN(FleissKappa.Compute(matrix).Value)
                && PercentAgreement.Compute(matrix).Value == 1;
        }
        return AllCoderCoefficients().Concat(TwoCoderCoefficients()).All(f => f(matrix).Value == 1.0 || Math.Abs(f(matrix).Value - 1) < 1e-12);
    }

    /// <summary>
    /// Where the data vary, each coefficient is a number no greater than 1 (NaN, ±∞ or a refusal is a failure); data
    /// without variation (every coefficient legitimately undefined) are discarded rather than counted as a pass.
    /// All-coder coefficients vary when the pairable values (units with two or more values) hold two categories;
    /// two-coder ones when the units both coders coded do.
    /// </summary>
    [Property]
    public Property Every_coefficient_is_a_number_at_most_1_whenever_the_data_vary(Study s)
    {
        var m = Matrix(s);
        var pairable = s.Rows.Where(r => r.Count(v => v is not null) >= 2).SelectMany(r => r).OfType<string>().Distinct().Count();
        var joint = s.Rows.Where(r => r[0] is not null && r[1] is not null).SelectMany(r => new[] { r[0], r[1] }).Distinct().Count();
        static bool Bounded(double v) => double.IsFinite(v) && v <= 1 + 1e-12;
        var all = AllCoderCoefficients().Select(f => Value(() => f(m))).ToArray();
        var two = TwoCoderCoefficients().Select(f => Value(() => f(m))).ToArray();
        return (all.All(Bounded) && (joint < 2 || two.All(Bounded)))
            .When(pairable >= 2)
            .Label($"all-coder {string.Join(", ", all)}; two-coder {string.Join(", ", two)}");
    }
}
