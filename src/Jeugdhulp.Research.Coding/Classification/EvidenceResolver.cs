using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Sources;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Coding.Classification;

/// <summary>
/// Says what each checked coding of a project is evidence of: the unit (the coding's, or the source's only unit), the
/// response period (the coding's, or the source's), whose account it is and who spoke. This is the first step of the
/// classification and lives beside the rules, so the loader only reads and checks files.
/// </summary>
public static class EvidenceResolver
{
    private static readonly ConditionalWeakTable<CodingProject, StrongBox<ImmutableArray<Evidence>>> Cache = new();

    /// <summary>The project's codings as evidence, in the order of <see cref="CodingProject.Segments"/> (computed once per project).</summary>
    public static ImmutableArray<Evidence> Evidence(this CodingProject project) =>
        Cache.GetValue(project, p => new StrongBox<ImmutableArray<Evidence>>(Resolve(p))).Value;

    /// <summary>Resolves every coding of <paramref name="project"/>; codings the loader rejected never reach here.</summary>
    public static ImmutableArray<Evidence> Resolve(CodingProject project)
    {
        var result = ImmutableArray.CreateBuilder<Evidence>(project.Segments.Length);
        // First of each id, as project.FindSource/FindUnit/FindCase would find it, without a scan per coding.
        var sources = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        foreach (var s in project.Sources) sources.TryAdd(s.Id, s);
        var units = new Dictionary<string, ProjectUnit>(StringComparer.Ordinal);
        foreach (var u in project.Units) units.TryAdd(u.Id, u);
        var cases = new Dictionary<string, CaseInfo>(StringComparer.Ordinal);
        foreach (var c in project.Cases) cases.TryAdd(c.Id, c);
        foreach (var segment in project.Segments)
        {
            // A project built in code (a notebook, a test) may carry codings whose unit, period and account are explicit and whose source is not loaded.
            var source = sources.GetValueOrDefault(segment.Source);
            var unitId = segment.Unit ?? (source?.Units.Length == 1 ? source.Units[0] : null);
            if (unitId is null || units.GetValueOrDefault(unitId) is not { } unit) continue;
            var account = segment.Account ?? (source is null ? Account.ThirdParty : DeriveAccount(source, segment.Start, unit, cases.GetValueOrDefault(unit.Case)));
            result.Add(new Evidence(segment, unit.Id, segment.Period ?? source?.Period ?? 1, account, source?.TurnAt(segment.Start)?.Speaker));
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// Whose account an unmarked segment is: a document is its author's; in an interview, the speaker's organisation
    /// decides: the unit's own organisation = self, the case's municipality = municipality, anyone else = third party.
    /// </summary>
    public static Account DeriveAccount(SourceDocument source, int offset, ProjectUnit unit, CaseInfo? caseInfo)
    {
        if (source.Kind == SourceKind.Document) return Account.DocumentAuthor;
        var turn = source.TurnAt(offset);
        var organisation = turn is null ? null : source.FindSpeaker(turn.Speaker)?.Organisation;
        if (organisation is null) return Account.ThirdParty;
        if (SameOrganisation(organisation, unit.Organisation)) return Account.Self;
        if (caseInfo is not null && (SameOrganisation(organisation, caseInfo.Name) || SameOrganisation(organisation, caseInfo.Id))) return Account.Municipality;
        return Account.ThirdParty;
    }

    private static bool SameOrganisation(string a, string b) => Normalise(a) == Normalise(b);

    private static string Normalise(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        return n.StartsWith("gemeente ", StringComparison.Ordinal) ? n["gemeente ".Length..].Trim() : n;
    }
}
