using System.Collections.Immutable;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>
/// The classification of every unit of a project for one coder selection and set of rules. <see cref="ToStudyData"/>
/// turns it into the core library's <see cref="StudyData"/>, so UnitTable, CrossTab and every jhr command work on a
/// newly coded project exactly as on the dissertation's data.
/// </summary>
/// <param name="Project">The project classified.</param>
/// <param name="Coders">Whose codings.</param>
/// <param name="Rules">The thresholds used.</param>
/// <param name="Units">One classification per unit, in units.csv order.</param>
public sealed record ProjectClassification(CodingProject Project, CoderSelection Coders, ClassificationRules Rules, ImmutableArray<UnitClassification> Units)
{
    /// <summary>The case-level steering judgments (<see cref="CaseSteering"/>): per case, every steering variable with evidence or a researcher's judgment.</summary>
    public ImmutableArray<Judgment> Cases { get; init; } = [];

    /// <summary>The classification of a unit, or null.</summary>
    public UnitClassification? Find(string unitId) => Units.FirstOrDefault(u => u.Unit.Id == unitId);

    /// <summary>The result as study data; see <see cref="StudyDataBuilder"/> for how judgments become observations.</summary>
    public StudyData ToStudyData() => StudyDataBuilder.Build(this);
}
