using System.Collections.Immutable;

namespace Jeugdhulp.Research.Data;

/// <summary>
/// A study as data: cases, units, their observations with provenance, responses per period, the published tables
/// to reproduce and the documented inconsistencies of the source. Immutable; load it with <see cref="StudyDataLoader"/>.
/// </summary>
[Jeugdhulp.Research.Display.TypeFormatterSource(typeof(Jeugdhulp.Research.Display.StudyDataFormatterSource))]
public sealed record StudyData(
    string Directory,
    ImmutableArray<CaseInfo> Cases,
    ImmutableArray<UnitInfo> Units,
    ImmutableArray<Observation> CaseValues,
    ImmutableArray<Observation> UnitValues,
    ImmutableArray<ResponseObservation> Responses,
    ImmutableArray<PublishedTable> PublishedTables,
    ImmutableArray<Inconsistency> Inconsistencies,
    ImmutableArray<DataFileInfo> Files)
{
    /// <summary>The study's name (from <c>study.yaml</c> or the coding project); null for an unnamed data folder.</summary>
    public string? Name { get; init; }

    /// <summary>True when the study is illustrative material (<c>fictitious: true</c>); every output must say so.</summary>
    public bool Fictitious { get; init; }

    /// <summary>Plain text where no HTML is shown (an exported notebook app, a terminal): the counts, not a record dump.</summary>
    public override string ToString() =>
        $"{Name ?? "Studiegegevens"}{(Fictitious ? " (fictief)" : "")}: {Cases.Length} cases, {Units.Length} eenheden, {CaseValues.Length} waarden per case, " +
        $"{UnitValues.Length} waarden per eenheid, {Responses.Length} reacties per periode";

    /// <summary>The case with this id, or null.</summary>
    public CaseInfo? FindCase(string id) => Cases.FirstOrDefault(c => c.Id == id);

    /// <summary>The unit with this id, or null.</summary>
    public UnitInfo? FindUnit(string id) => Units.FirstOrDefault(u => u.Id == id);

    /// <summary>All observations of one unit, in file order.</summary>
    public IEnumerable<Observation> ValuesOf(string unitId) => UnitValues.Where(o => o.Subject == unitId);

    /// <summary>The unit-level observation (no period) of a variable, or null when the data has none.</summary>
    public Observation? ValueOf(string unitId, string variable) =>
        UnitValues.FirstOrDefault(o => o.Subject == unitId && o.Variable == variable && o.Period is null);

    /// <summary>The responses of one unit, ordered by period.</summary>
    public IEnumerable<ResponseObservation> ResponsesOf(string unitId) =>
        Responses.Where(r => r.Unit == unitId).OrderBy(r => r.Period);
}
