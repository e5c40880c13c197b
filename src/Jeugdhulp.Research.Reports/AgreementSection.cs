using System.Collections.Immutable;
using System.Globalization;
using Jeugdhulp.Research.Coding.Agreement;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Reliability;

namespace Jeugdhulp.Research.Reports;

/// <summary>
/// The intercoder-reliability section of a report on a coding project with two or more coders: agreement and
/// Krippendorff's α (with Cohen's κ for two coders, Fleiss' κ for more) at the unit, segment and presence level,
/// each with a bootstrap interval, and the disagreements as the agenda for the coders' meeting. A coder without
/// codings is named, and the coefficients are left out rather than computed as if they had coded nothing.
/// </summary>
public static class AgreementSection
{
    /// <summary>Bootstrap replicates of the intervals in a report (fixed seed, so two reports are identical).</summary>
    public const int Replicates = 1000;

    /// <summary>The section, or null when the project has fewer than two coders.</summary>
    public static ReportSection? Build(CodingProject project)
    {
        var raters = project.Raters.ToList();
        if (raters.Count < 2) return null;
        var silent = raters.Where(c => project.Segments.All(s => s.Coder != c.Id)).Select(c => c.Id).ToList();
        if (silent.Count > 0)
            return new ReportSection("overeenstemming", "Intercodeurbetrouwbaarheid",
                $"Niet berekend: codeur(s) {string.Join(", ", silent)} hebben niets gecodeerd. Overeenstemming met een codeur zonder coderingen zegt niets; " +
                "laat hen eerst coderen of haal hen uit project.yaml.", [], []);
        var levels = new List<AgreementData>
        {
            UnitLevel.Build(project),
            SegmentLevel.Build(project),
            PresenceLevel.Build(project),
        };
        var metrics = raters.Count == 2 ? new[] { "agreement", "alpha-nominal", "cohen" } : ["agreement", "alpha-nominal", "fleiss"];
        var bootstrap = new BootstrapOptions(Replicates, 0.95, new BootstrapOptions().Seed);
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<TableCell>>();
        foreach (var data in levels)
            foreach (var metric in metrics)
            {
                string value, interval;
                try
                {
                    var result = data.Compute(metric, bootstrap);
                    value = result.IsDefined ? Number(result.Value) : "onbepaald (geen variatie)";
                    interval = result.Interval is { } ci ? $"[{Number(ci.Lower)}, {Number(ci.Upper)}]" : "";
                }
                catch (ReliabilityException e)
                {
                    value = "niet te berekenen";
                    interval = e.Message;
                }
                rows.Add([new(AgreementData.LevelName(data.Level)), new(data.Variable), new(metric), new(value), new(interval),
                    new(data.Items.Length.ToString(CultureInfo.InvariantCulture)), new(data.Disagreements.Count().ToString(CultureInfo.InvariantCulture))]);
            }
        var table = new ResultTable("Overeenstemming tussen codeurs", ["niveau", "variabele / code", "maat", "waarde", "95%-bootstrapinterval", "eenheden", "meningsverschillen"],
            rows.ToImmutable(), [.. levels.SelectMany(l => l.Notes).Distinct(), $"Intervallen: {Replicates} bootstrapreplicaties, vaste seed {bootstrap.Seed}."]);
        var disagreements = DisagreementReport.Build(levels, project);
        return new ReportSection("overeenstemming", "Intercodeurbetrouwbaarheid",
            $"Codeurs {string.Join(", ", raters.Select(c => c.Id))} vergeleken op drie niveaus: het oordeel per eenheid (cluster), de gecodeerde segmenten " +
            "en de aanwezigheid van een code per bron. Daaronder de meningsverschillen, met citaten, als agenda voor het overleg.",
            [table, disagreements], []);
    }

    private static string Number(double value) => double.IsNaN(value) ? "NaN" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
