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

/// <summary>A test that needs Debian's Chromium; skipped with the reason where it is absent.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath))
            Skip = $"{ExecutablePath} is absent; install it with 'apt-get install -y chromium' (CI does).";
    }
}

/// <summary>A test that needs Chromium and axe-core from npm; skipped with the reason where either is absent.</summary>
public sealed class AxeFactAttribute : FactAttribute
{
    /// <summary>axe-core as installed by <c>npm ci</c> in this test project (see package.json; .ci/run does it).</summary>
    public static string Script { get; } = Path.Combine(ReportFixture.Root, "tests", "Jeugdhulp.Research.Reports.Tests", "node_modules", "axe-core", "axe.min.js");

    public AxeFactAttribute()
    {
        if (!File.Exists(ChromiumFactAttribute.ExecutablePath))
            Skip = $"{ChromiumFactAttribute.ExecutablePath} is absent; install it with 'apt-get install -y chromium' (CI does).";
        else if (!File.Exists(Script))
            Skip = "axe-core is not installed; run 'npm ci --prefix tests/Jeugdhulp.Research.Reports.Tests' (.ci/run does).";
    }
}
