using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>
/// Whether a coding's <c>demand=</c> and <c>enactment=</c> may stand: one rule for inline markers, CSV codings and
/// <c>jhr code</c>. Only a response segment is about a demand and shows an enactment (the dissertation judged the
/// response per demand, seed 003 lines 2179-2182, and volgen by adapted practice, 3018-3020), and the demand must be
/// one of the unit's case.
/// </summary>
public static class DemandCheck
{
    /// <summary>The problems of <paramref name="demand"/>/<paramref name="enactment"/> on a coding of <paramref name="code"/> about a unit of <paramref name="caseId"/>; empty when fine.</summary>
    public static IReadOnlyList<CodeProblem> Check(Codebook codebook, string code, string? demand, Enactment? enactment, string caseId, IReadOnlyList<SteeringDemand> demands)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(demands);
        var problems = new List<CodeProblem>();
        if (demand is not null && demands.All(d => d.Case != caseId || d.Id != demand))
        {
            var ofCase = demands.Where(d => d.Case == caseId).Select(d => d.Id).ToList();
            problems.Add(new("unknown-demand", $"Demand '{demand}' is not a demand of case '{caseId}' in demands.csv ({(ofCase.Count > 0 ? string.Join(", ", ofCase) : "none listed")}).{DidYouMean.Hint(demand, ofCase)}"));
        }
        if ((demand is not null || enactment is not null) && codebook.Find(code) is { } entry && entry.Kind is not (EntryKind.Response or EntryKind.Tactic))
            problems.Add(new("demand-on-non-response", $"demand= and enactment= describe a response segment; '{code}' is a {EntryKinds.ToName(entry.Kind)}."));
        return problems;
    }
}
