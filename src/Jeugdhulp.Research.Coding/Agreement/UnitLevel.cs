using System.Collections.Immutable;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;

namespace Jeugdhulp.Research.Coding.Agreement;

/// <summary>Options of <see cref="UnitLevel"/>.</summary>
/// <param name="Variable"><c>cluster</c> (per unit and period), <c>response</c>/<c>reactie</c> (per unit and period), or a factor id (<c>kenmerk.weten</c>, <c>weten</c>, <c>willen.belang</c>, ...; per unit).</param>
/// <param name="Coders">The coders to compare (default: every coder of the project, in project order).</param>
/// <param name="Mixed">How a mixed judgment enters the matrix (default: a category; for factors the codebook's own <c>+/-</c>).</param>
/// <param name="NoEvidence">How a judgment without evidence enters the matrix (default: a category, <see cref="UnitLevel.NoEvidenceLabel"/>).</param>
public sealed record UnitLevelOptions(string Variable = UnitLevel.Cluster, IReadOnlyList<string>? Coders = null,
    JudgmentTreatment Mixed = JudgmentTreatment.Category, JudgmentTreatment NoEvidence = JudgmentTreatment.Category);

/// <summary>
/// Agreement on conclusions: the classifier (<see cref="Classifier"/>) is run on each coder's codings separately, and
/// the derived judgments (never overrides, which the researcher sets for everyone alike and would inflate agreement)
/// become a units × coders matrix. Cluster and response are rated per unit and period (row id <c>unit/pN</c>; the
/// periods are the union over coders), factors per unit.
/// </summary>
/// <remarks>
/// Mixed and no-evidence judgments are categories by default (<see cref="MixedLabel"/>, <see cref="NoEvidenceLabel"/>;
/// a mixed factor is <c>+/-</c> as in the data), because they are what enters the cross-case tables: two coders whose
/// codings lead to different table cells disagree. With <see cref="JudgmentTreatment.Missing"/> they are left out
/// instead, so only determined conclusions are compared.
/// </remarks>
public static class UnitLevel
{
    /// <summary>The cluster variable.</summary>
    public const string Cluster = "cluster";
    /// <summary>The response variable.</summary>
    public const string Response = "response";
    /// <summary>Label of a mixed cluster or response judgment when mixed is a category.</summary>
    public const string MixedLabel = "gemengd";
    /// <summary>Label of a judgment without evidence when no evidence is a category.</summary>
    public const string NoEvidenceLabel = "geen bewijs";

    /// <summary>The variables that can be compared: cluster, response and every factor (group and sub-variable) of the codebook.</summary>
    public static IReadOnlyList<string> Variables(Codebook codebook) =>
        [Cluster, Response, .. codebook.Find(Classifier.FactorRoot) is null ? [] : codebook.Descendants(Classifier.FactorRoot)
            .Where(e => e.Kind is EntryKind.CharacteristicGroup or EntryKind.Characteristic).Select(e => e.Id)];

    /// <summary>Resolves a variable name (<c>cluster</c>, <c>response</c>, <c>reactie</c>, a factor id with or without <c>kenmerk.</c>) to its canonical form.</summary>
    public static bool TryResolveVariable(Codebook codebook, string name, out string variable)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        var trimmed = (name ?? "").Trim();
        variable = trimmed.ToLowerInvariant() switch
        {
            Cluster => Cluster,
            Response or "reactie" => Response,
            _ => "",
        };
        if (variable.Length > 0) return true;
        var factors = Variables(codebook);
        foreach (var candidate in new[] { trimmed, Classifier.FactorRoot + "." + trimmed })
            if (factors.Contains(candidate, StringComparer.Ordinal))
            {
                variable = candidate;
                return true;
            }
        return false;
    }

    /// <summary>Builds the ratings of <paramref name="project"/>'s units for one variable.</summary>
    /// <exception cref="ArgumentException">Unknown variable or coder, or fewer than one coder.</exception>
    public static AgreementData Build(CodingProject project, UnitLevelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        options ??= new UnitLevelOptions();
        if (!TryResolveVariable(project.Codebook, options.Variable, out var variable))
            throw new ArgumentException($"Unknown variable '{options.Variable}'. Variables: {string.Join(", ", Variables(project.Codebook))}.", nameof(options));
        var coders = SelectCoders(project, options.Coders);
        var classifications = coders.Select(c => Classifier.Classify(project, CoderSelection.Of(c))).ToList();
        var items = ImmutableArray.CreateBuilder<AgreementItem>();
        foreach (var unit in project.Units)
        {
            var perCoder = classifications.Select(c => c.Find(unit.Id)!).ToList();
            if (variable is Cluster or Response)
            {
                var periods = perCoder.SelectMany(u => u.Periods.Select(p => p.Period)).Distinct().Order();
                foreach (var period in periods)
                {
                    var judgments = perCoder.Select(u => u.Periods.FirstOrDefault(p => p.Period == period) is { } p
                        ? variable == Cluster ? p.Cluster : p.Response
                        : null).ToList();
                    items.Add(Item($"{unit.Id}/p{period}", unit.Id, period, variable == Cluster ? Cluster : Classifier.ResponseVariable, coders, judgments, options, isFactor: false));
                }
            }
            else
            {
                items.Add(Item(unit.Id, unit.Id, null, variable, coders, perCoder.Select(u => u.Factor(variable)).ToList(), options, isFactor: true));
            }
        }
        return new AgreementData(AgreementLevel.Unit, variable, coders, items.ToImmutable(),
        [
            $"Eenheidsniveau: de regels (Classifier) per codeur afzonderlijk; afgeleide oordelen, overrides tellen niet mee. {(variable is Cluster or Response ? "Per eenheid en periode." : "Per eenheid.")}",
            $"Gemengd: {(options.Mixed == JudgmentTreatment.Category ? $"eigen categorie ('{MixedLabel}'; bij factoren '+/-')" : "ontbrekend")}; geen bewijs: {(options.NoEvidence == JudgmentTreatment.Category ? $"eigen categorie ('{NoEvidenceLabel}')" : "ontbrekend")}.",
        ]);
    }

    internal static ImmutableArray<string> SelectCoders(CodingProject project, IReadOnlyList<string>? coders)
    {
        if (coders is null || coders.Count == 0) return [.. project.Raters.Select(c => c.Id)];
        foreach (var c in coders)
            if (project.Coders.All(x => x.Id != c))
                throw new ArgumentException($"Coder '{c}' is not a coder of {project.Name} ({string.Join(", ", project.Coders.Select(x => x.Id))}).", nameof(coders));
        if (coders.Distinct(StringComparer.Ordinal).Count() != coders.Count) throw new ArgumentException("A coder is listed twice.", nameof(coders));
        return [.. coders];
    }

    private static AgreementItem Item(string id, string unit, int? period, string subject, ImmutableArray<string> coders, IReadOnlyList<Judgment?> judgments,
        UnitLevelOptions options, bool isFactor)
    {
        var ratings = coders.Select((c, i) => Rating(c, judgments[i], options, isFactor)).ToImmutableArray();
        var extent = judgments.Sum(j => j?.Support.Length ?? 0);
        return new AgreementItem(id, unit, period, subject, "", ratings, extent);
    }

    private static CoderRating Rating(string coder, Judgment? judgment, UnitLevelOptions options, bool isFactor)
    {
        var outcome = judgment?.Outcome ?? JudgmentOutcome.NoEvidence;
        string? label = outcome switch
        {
            JudgmentOutcome.Determined => judgment!.Derived,
            JudgmentOutcome.Mixed => options.Mixed == JudgmentTreatment.Category ? isFactor ? judgment!.Derived ?? "+/-" : MixedLabel : null,
            _ => options.NoEvidence == JudgmentTreatment.Category ? NoEvidenceLabel : null,
        };
        var quotes = judgment is null ? [] : judgment.Support.Select(e => Flatten(e.Quote)).ToImmutableArray();
        return new CoderRating(coder, label, quotes);
    }

    internal static string Flatten(string quote) => quote.Replace("\r", " ").Replace('\n', ' ').Trim();
}
