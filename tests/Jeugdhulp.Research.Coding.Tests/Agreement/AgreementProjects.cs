using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Coding.Sources;
using Jeugdhulp.Research.Coding.Tests.Support;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Coding.Tests.Agreement;

/// <summary>Hand-built two-coder projects: units u1..uN in one case, one source per unit with a known text, and codings placed by offset.</summary>
public static class AgreementProjects
{
    /// <summary>A coding: coder, unit, code, value, offsets and (optional) coded text.</summary>
    public sealed record C(string Coder, string Unit, string Code, string? Value = null, int Start = 0, int End = 10, string? Text = null, int Period = 1);

    /// <summary>The text of every source: 1000 characters, so offsets up to 1000 are valid.</summary>
    public static string SourceText { get; } = string.Concat(Enumerable.Range(0, 100).Select(i => $"zin {i:0000}. "));

    /// <summary>Builds the project; <paramref name="units"/> names the units (each gets source "bron-UNIT").</summary>
    public static CodingProject Project(IReadOnlyList<string> units, IEnumerable<C> codings, string[]? coders = null)
    {
        var evidence = codings.Select(c => new Evidence(
            new CodedSegment($"bron-{c.Unit}", c.Start, c.End, c.Text ?? SourceText[c.Start..c.End], c.Code, c.Value, c.Coder) { Unit = c.Unit, Period = c.Period, Account = Account.Self }, c.Unit, c.Period, Account.Self, null)).ToList();
        return new CodingProject
        {
            Directory = Path.GetTempPath(),
            Name = "handgemaakt",
            CodebookPath = Repo.Codebook,
            Codebook = Repo.LoadCodebook(),
            Coders = [.. (coders ?? ["coderA", "coderB"]).Select(c => new Coder(c, null))],
            Cases = [new CaseInfo("stad", "Stad", 0, "test", "")],
            Units = [.. units.Select(u => new ProjectUnit(new UnitInfo(u, "stad", "Aanbieder " + u, "test", ""), ActorType.Provider))],
            Sources = [.. units.Select(u => new SourceDocument { Id = $"bron-{u}", Kind = SourceKind.Document, File = $"bron-{u}.md", Text = SourceText, Case = "stad", Units = [u] })],
            Segments = [.. evidence.Select(e => e.Segment)],
            Rules = ClassificationRules.SegmentCounting,
        };
    }

    /// <summary>Two segments of <paramref name="code"/> for the unit by the coder, at distinct offsets (a clear majority).</summary>
    public static IEnumerable<C> Twice(string coder, string unit, string code, string? value = null, int at = 0) =>
        [new(coder, unit, code, value, at, at + 10), new(coder, unit, code, value, at + 20, at + 30)];
}
