using System.Collections.Immutable;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Qca;

namespace Jeugdhulp.Research.Theory;

/// <summary>
/// Crisp-set QCA on a study's unit table: calibrates the outcome and conditions by the default rules of
/// <see cref="Calibration"/>, derives directional expectations from the codebook, and runs <see cref="QcaAnalysis"/>.
/// </summary>
public static class UnitQca
{
    /// <summary>Runs the analysis.</summary>
    /// <exception cref="ArgumentException">An outcome or condition is malformed, unknown or used twice.</exception>
    public static UnitQcaResult Run(StudyData study, Vocabulary vocabulary, UnitQcaRequest request)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(request);
        var data = StudyPeriods.Apply(study, request.Periods);
        var table = UnitTable.From(data);
        var outcome = Literal.Parse(request.Outcome);
        var conditions = request.Conditions.Select(Literal.Parse).ToList();
        var names = conditions.Select(c => c.Name).Prepend(outcome.Name).ToList();
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
            throw new ArgumentException($"Each set may appear once among outcome and conditions: {string.Join(", ", names)}.");
        var rules = names.Select(n => Calibration.RuleFor(n, table, vocabulary, request.MixedValue)).ToList();
        var calibrated = Calibration.Calibrate(table, rules, data);

        var outcomeCluster = rules[0].Attribute == StudyDataLoader.ClusterVariable ? rules[0].Map.First(p => p.Value == 1).Key : null;
        var directions = request.Conditions.Select((written, i) =>
        {
            if (request.Directions is { } given)
                return new DirectionChoice(written, given.GetValueOrDefault(written, DirectionalExpectation.Either), "opgegeven");
            if (outcomeCluster is null) return new DirectionChoice(written, DirectionalExpectation.Either, "uitkomst is geen cluster: geen verwachting");
            var choice = ExpectedDirections.For(vocabulary.Codebook, written, rules[i + 1].Attribute, outcomeCluster, outcome.Negated);
            return conditions[i].Negated ? choice with { Direction = ExpectedDirections.Reverse(choice.Direction) } : choice;
        }).ToImmutableArray();

        var options = new QcaOptions(request.Outcome, request.Conditions)
        {
            InclusionCut = request.InclusionCut,
            NCut = request.NCut,
            DirectionalExpectations = directions.ToDictionary(d => d.Condition, d => d.Direction, StringComparer.Ordinal),
            MaxCoverNodes = request.MaxCoverNodes,
        };
        return new UnitQcaResult(calibrated, QcaAnalysis.Run(calibrated.Dataset, options), directions);
    }
}
