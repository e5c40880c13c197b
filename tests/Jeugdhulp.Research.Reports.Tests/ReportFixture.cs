using System.Reflection;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Reports;
using Jeugdhulp.Research.Theory;

namespace Jeugdhulp.Research.Reports.Tests;

/// <summary>The bundled study's report, built once.</summary>
public static class ReportFixture
{
    /// <summary>The repository root, recorded at build time.</summary>
    public static string Root { get; } = typeof(ReportFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static Codebook Codebook { get; } = CodebookLoader.Load(Path.Combine(Root, "codebooks", "jeugdhulp-sturing.yaml"));
    public static StudyData Study { get; } = StudyDataLoader.Load(Path.Combine(Root, "data"), Codebook);

    public static Report Build(DateTimeOffset date, ReportLanguage? language = null) => ReportBuilder.Build(Codebook, Study, new ReportOptions(
        "jhr report --output report.html", date,
        PropositionLoader.Load(Path.Combine(Root, "data", "propositions.yaml")),
        new UnitQcaRequest("volgen", ["weten", "willen", "kunnen", "moeten"]))
    {
        Language = language ?? ReportLanguage.Dutch,
    });
}
