using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Theory;

/// <summary>
/// The attribute <c>reactie</c> a proposition may test: the strategic responses of the period a unit's response belongs
/// to (its last period, whose cluster is the unit's chapter-9 cluster, as <see cref="PeriodPolicy.ResponsePeriod"/>).
/// Findings such as "laat staan kunnen domineren" and "verliezers van marktsturing [zullen] eerder trotseren" (seed
/// lines 13281-13284) are about a response inside the cluster niet-volgen, which the cluster cannot show. A period may
/// hold several responses (Mercurius 2018-2020: vermijden and trotseren), so <c>reactie=trotseren</c> holds when one of
/// them is trotseren and <c>reactie!=domineren</c> when none is domineren. Volgen as <i>vanzelfsprekend</i> is described
/// but left out of the judgment (lines 3001-3004), so it does not count here either.
/// </summary>
public static class PeriodResponse
{
    /// <summary>The attribute name in proposition expressions.</summary>
    public const string Attribute = "reactie";

    /// <summary>The attribute in Dutch output: the responses of one period, not the unit's cluster.</summary>
    public const string Label = "reactie van de periode";

    /// <summary>How the responses of one period are joined in the attribute's value, in data order (the emphasis first).</summary>
    public const string Separator = ", ";

    /// <summary>The responses of the unit's response period that count, as full response ids; empty when it has none.</summary>
    public static IReadOnlyList<ResponseObservation> Of(StudyData study, string unit)
    {
        ArgumentNullException.ThrowIfNull(study);
        var responses = study.ResponsesOf(unit).ToList();
        if (responses.Count == 0) return [];
        var period = responses.Max(r => r.Period);
        return [.. responses.Where(r => r.Period == period && r.Tactic != StudyDataLoader.SelfEvidentTactic)];
    }

    /// <summary>The attribute's value: the short response ids (<c>vermijden, trotseren</c>), or null without responses.</summary>
    public static string? ValueOf(StudyData study, string unit)
    {
        var responses = Of(study, unit);
        return responses.Count == 0 ? null : string.Join(Separator, responses.Select(r => Short(r.Response)).Distinct());
    }

    /// <summary>Where the value comes from: the first (emphasis) response row of the period.</summary>
    public static Provenance? ProvenanceOf(StudyData study, string unit) => Of(study, unit).FirstOrDefault()?.Provenance;

    /// <summary>The unit table with <see cref="Attribute"/> added; unchanged when it already has it.</summary>
    public static UnitTable AddTo(UnitTable table, StudyData study)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Attributes.Contains(Attribute) ? table : table.With(Attribute, row => ValueOf(study, row.Unit.Id));
    }

    /// <summary>The responses in a value of the attribute.</summary>
    public static IEnumerable<string> Split(string? value) =>
        value is null ? [] : value.Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// The short id of a response written as its short id (<c>domineren</c>), its codebook id (<c>reactie.domineren</c>)
    /// or its Dutch label (<c>compromis sluiten</c>); null when the codebook has no such response.
    /// </summary>
    public static string? Resolve(string text, Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        var match = codebook.Responses.FirstOrDefault(r =>
            string.Equals(r.Id, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Short(r.Id), text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(r.Label.Nl, text, StringComparison.OrdinalIgnoreCase));
        return match is null ? null : Short(match.Id);
    }

    /// <summary>The short ids of the codebook's responses, for error messages.</summary>
    public static IEnumerable<string> Allowed(Codebook codebook) => codebook.Responses.Select(r => Short(r.Id));

    private static string Short(string responseId) =>
        responseId.StartsWith(Attribute + ".", StringComparison.Ordinal) ? responseId[(Attribute.Length + 1)..] : responseId;
}
