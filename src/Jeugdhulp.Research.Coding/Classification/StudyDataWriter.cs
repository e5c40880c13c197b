using System.Globalization;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>
/// Writes study data in the layout of <c>data/</c> (<c>data/README.md</c>): <c>cases.csv</c>, <c>units.csv</c>,
/// <c>case-values.csv</c>, <c>unit-classification.csv</c> (cluster), <c>unit-factors.csv</c> and <c>responses.csv</c>,
/// so that <c>jhr table --data DIR</c>, <c>jhr export units --data DIR</c> and notebooks read a coded project like the
/// bundled study. Each file is written atomically.
/// </summary>
public static class StudyDataWriter
{
    private static readonly string[] ObservationColumns = ["variable", "period", "value", "basis", "source", "lines", "reason", "evidence"];

    /// <summary>Writes <paramref name="study"/> into <paramref name="directory"/>; <paramref name="units"/> supplies actor types.</summary>
    public static void Write(StudyData study, string directory, IEnumerable<ProjectUnit>? units = null)
    {
        Directory.CreateDirectory(directory);
        var actors = (units ?? []).ToDictionary(u => u.Id, u => u.ActorType);
        AtomicFile.WriteAllText(Path.Combine(directory, "cases.csv"), CsvText.Write(["case", "name", "chapter", "source", "lines"],
            study.Cases.Select(c => new[] { c.Id, c.Name, c.Chapter.ToString(CultureInfo.InvariantCulture), c.Source.Length > 0 ? c.Source : "coderingsproject", c.Lines })));
        AtomicFile.WriteAllText(Path.Combine(directory, "units.csv"), CsvText.Write(["unit", "case", "provider", "actor_type", "source", "lines"],
            study.Units.Select(u => new[] { u.Id, u.Case, u.Provider, actors.TryGetValue(u.Id, out var a) ? a.ToString().ToLowerInvariant() : "provider", u.Source, u.Lines })));
        AtomicFile.WriteAllText(Path.Combine(directory, "case-values.csv"), CsvText.Write(["case", .. ObservationColumns], study.CaseValues.Select(Row)));
        AtomicFile.WriteAllText(Path.Combine(directory, "unit-classification.csv"), CsvText.Write(["unit", .. ObservationColumns],
            study.UnitValues.Where(o => o.Variable == StudyDataLoader.ClusterVariable).Select(Row)));
        AtomicFile.WriteAllText(Path.Combine(directory, "unit-factors.csv"), CsvText.Write(["unit", .. ObservationColumns],
            study.UnitValues.Where(o => o.Variable != StudyDataLoader.ClusterVariable).Select(Row)));
        AtomicFile.WriteAllText(Path.Combine(directory, "responses.csv"), CsvText.Write(["unit", "period", "period_label", "response", "tactic", "cluster", "basis", "source", "lines", "reason", "evidence"],
            study.Responses.Select(r => new[]
            {
                r.Unit, r.Period.ToString(CultureInfo.InvariantCulture), r.PeriodLabel ?? "", r.Response, r.Tactic ?? "", r.Cluster,
                BasisNames.ToName(r.Provenance.Basis), r.Provenance.Source, r.Provenance.Lines, r.Provenance.Reason ?? "", r.Provenance.Evidence ?? "",
            })));
    }

    private static string[] Row(Observation o) =>
        [o.Subject, o.Variable, o.Period ?? "", o.Value ?? "", BasisNames.ToName(o.Provenance.Basis), o.Provenance.Source, o.Provenance.Lines, o.Provenance.Reason ?? "", o.Provenance.Evidence ?? ""];

}
