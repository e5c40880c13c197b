using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Coding.Tests.Support;

/// <summary>Hand-built evidence sets and one-unit projects, so each classification rule can be tested in isolation.</summary>
public static class Evidences
{
    public const string Unit = "stad.aanbieder";

    private static int _offset;

    /// <summary>One segment of <paramref name="code"/> as evidence for <see cref="Unit"/>.</summary>
    public static Evidence E(string code, string? value = null, int period = 1, Account account = Account.Self, string coder = "coderA", string unit = Unit)
    {
        var start = Interlocked.Add(ref _offset, 10);
        return new Evidence(new CodedSegment("bron", start, start + 5, $"citaat {code}", code, value, coder) { Unit = unit, Period = period, Account = account }, unit, period, account, null);
    }

    /// <summary>A response segment about a steering demand, with what it shows (adapted practice, paper, intention).</summary>
    public static Evidence D(string code, string? demand, Enactment? enactment = null, int period = 1, Account account = Account.Self, string coder = "coderA")
    {
        var e = E(code, null, period, account, coder);
        var segment = e.Segment with { Demand = demand, Enactment = enactment };
        return e with { Segment = segment };
    }

    /// <summary>The demands of the test case: 'arrangementen' (main), 'rapportage' and 'tarief' (minor).</summary>
    public static readonly IReadOnlyList<SteeringDemand> Demands =
    [
        new("stad", "arrangementen", "werken met arrangementen", true, "test", "", "hoofdeis van de inkoop", 2),
        new("stad", "rapportage", "resultaatrapportage", false, "test", "", "kleiner onderdeel", 3),
        new("stad", "tarief", "tarief", false, "test", "", "kleiner onderdeel", 4),
    ];

    /// <summary>Classifies the one unit by the dissertation's method (rule set proefschrift) with <see cref="Demands"/>.</summary>
    public static UnitClassification ClassifyByMethod(IEnumerable<Evidence> evidence, IEnumerable<Override>? overrides = null) =>
        Classifier.Classify(Project(evidence.ToList(), overrides, ClassificationRules.Default) with { Demands = [.. Demands] }, CoderSelection.Pooled).Units.Single();

    /// <summary>A project with one case and one unit, the bundled codebook, coders A and B, and the given evidence and overrides.</summary>
    public static CodingProject Project(IEnumerable<Evidence> evidence, IEnumerable<Override>? overrides = null, ClassificationRules? rules = null) => new()
    {
        Directory = Path.GetTempPath(),
        Name = "handgemaakt",
        CodebookPath = Repo.Codebook,
        Codebook = Repo.LoadCodebook(),
        Coders = [new Coder("coderA", null), new Coder("coderB", null)],
        Cases = [new CaseInfo("stad", "Stad", 0, "test", "")],
        Units = [new ProjectUnit(new UnitInfo(Unit, "stad", "Aanbieder", "test", ""), ActorType.Provider)],
        Segments = [.. evidence.Select(e => e.Segment)],
        Overrides = [.. overrides ?? []],
        Rules = rules ?? ClassificationRules.SegmentCounting,
    };

    /// <summary>Classifies the one unit of a hand-built project.</summary>
    public static UnitClassification Classify(IEnumerable<Evidence> evidence, IEnumerable<Override>? overrides = null, ClassificationRules? rules = null, CoderSelection? coders = null) =>
        Classifier.Classify(Project(evidence.ToList(), overrides, rules), coders ?? CoderSelection.Pooled).Units.Single();

    /// <summary>The period with this number.</summary>
    public static PeriodClassification Period(this UnitClassification u, int period) => u.Periods.Single(p => p.Period == period);

    /// <summary>An override row.</summary>
    public static Override Override(string variable, string value, int? period = 1, string reason = "nagesprek") =>
        new(Unit, period, variable, value, reason, "onderzoeker", "2024-05-01", 2);
}
