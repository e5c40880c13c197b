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
    private static readonly string[] ObservationColumns = ["variable", "period", "value", "basis", "source", "lines", "reason", "reason_nl", "evidence"];

    /// <summary>The line in <c>study.yaml</c> that marks a folder as written by this writer (and so replaceable).</summary>
    public const string Marker = "written_by: jhr classify --write-data";

    /// <summary>
    /// Writes <paramref name="study"/> into <paramref name="directory"/>; <paramref name="units"/> supplies actor types.
    /// The folder must be missing, empty, or one this writer wrote before (its <c>study.yaml</c> says so), which is then
    /// replaced whole, so no stale file of an earlier run is left to fail the next load. Anything else is refused.
    /// </summary>
    /// <exception cref="Jeugdhulp.Research.Diagnostics.InputException">The folder holds files this writer did not write.</exception>
    public static void Write(StudyData study, string directory, IEnumerable<ProjectUnit>? units = null)
    {
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            var marker = Path.Combine(directory, StudyDataLoader.StudyFile);
            var ours = File.Exists(marker) && File.ReadAllText(marker).Contains(Marker, StringComparison.Ordinal);
            if (!ours)
                throw new Jeugdhulp.Research.Diagnostics.InputException(new Jeugdhulp.Research.Diagnostics.Diagnostic(directory, 0, 0, "directory-not-empty",
                    "--write-data writes into an empty folder or one it wrote before; this folder holds other files. Choose a new folder."));
            foreach (var entry in Directory.EnumerateFileSystemEntries(directory).ToList())
            {
                if (Directory.Exists(entry))
                    throw new Jeugdhulp.Research.Diagnostics.InputException(new Jeugdhulp.Research.Diagnostics.Diagnostic(entry, 0, 0, "directory-not-empty",
                        "--write-data never writes subfolders, so this one was added by hand; move it away or choose a new folder."));
            }
            foreach (var file in Directory.EnumerateFiles(directory).ToList()) File.Delete(file);
        }
        Directory.CreateDirectory(directory);
        AtomicFile.WriteAllText(Path.Combine(directory, StudyDataLoader.StudyFile),
            $"# Study data written by jhr from a coding project; jhr replaces this folder whole on the next --write-data.\n{Marker}\n" +
            (study.Name is { } name ? $"name: \"{name.Replace("\"", "'")}\"\n" : "") + (study.Fictitious ? "fictitious: true\n" : ""));
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
        AtomicFile.WriteAllText(Path.Combine(directory, "responses.csv"), CsvText.Write(["unit", "period", "period_label", "response", "tactic", "cluster", "basis", "source", "lines", "reason", "reason_nl", "evidence"],
            study.Responses.Select(r => new[]
            {
                r.Unit, r.Period.ToString(CultureInfo.InvariantCulture), r.PeriodLabel ?? "", r.Response, r.Tactic ?? "", r.Cluster,
                BasisNames.ToName(r.Provenance.Basis), r.Provenance.Source, r.Provenance.Lines, r.Provenance.Reason ?? "", r.Provenance.ReasonNl ?? "", r.Provenance.Evidence ?? "",
            })));
    }

    private static string[] Row(Observation o) =>
        [o.Subject, o.Variable, o.Period ?? "", o.Value ?? "", BasisNames.ToName(o.Provenance.Basis), o.Provenance.Source, o.Provenance.Lines, o.Provenance.Reason ?? "", o.Provenance.ReasonNl ?? "", o.Provenance.Evidence ?? ""];

}
