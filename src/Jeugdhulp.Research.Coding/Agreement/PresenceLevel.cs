using Jeugdhulp.Research.Coding.Classification;
using System.Collections.Immutable;
using Jeugdhulp.Research.Coding.Projects;

namespace Jeugdhulp.Research.Coding.Agreement;

/// <summary>What a presence unit is: a source or a project unit.</summary>
public enum PresenceScope
{
    /// <summary>One rating unit per source (and code).</summary>
    Source,
    /// <summary>One rating unit per project unit (and code), over all its sources.</summary>
    Unit,
}

/// <summary>Options of <see cref="PresenceLevel"/>.</summary>
/// <param name="Code">One code (a segment coded with it or below it counts); null: every code any compared coder used anywhere in the project, one row per scope × code.</param>
/// <param name="Coders">The coders to compare (default: all, in project order).</param>
/// <param name="Scope">Per source (default) or per unit.</param>
public sealed record PresenceLevelOptions(string? Code = null, IReadOnlyList<string>? Coders = null, PresenceScope Scope = PresenceScope.Source);

/// <summary>
/// Agreement on whether a code occurs: per source (or unit) and code, each coder rates "1" when they used the code at
/// least once there and "0" otherwise. Codes nobody used anywhere in the project are left out, so the codebook's size
/// does not add free agreement on absence.
/// </summary>
public static class PresenceLevel
{
    /// <summary>Builds the presence ratings.</summary>
    /// <exception cref="ArgumentException">Unknown code or coder.</exception>
    public static AgreementData Build(CodingProject project, PresenceLevelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        options ??= new PresenceLevelOptions();
        var coders = UnitLevel.SelectCoders(project, options.Coders);
        var code = SegmentLevel.CheckCode(project, options.Code);
        var evidence = project.Evidence().Where(e => coders.Contains(e.Coder)).ToList();
        IReadOnlyList<string> codes = code is null
            ? [.. evidence.Select(e => e.Code).Distinct().Order(StringComparer.Ordinal)]
            : [code];
        var scopes = options.Scope == PresenceScope.Source
            ? project.Sources.Select(s => (Id: s.Id, Unit: string.Join(";", s.Units))).ToList()
            : project.Units.Select(u => (Id: u.Id, Unit: u.Id)).ToList();
        var items = ImmutableArray.CreateBuilder<AgreementItem>();
        foreach (var (scopeId, unit) in scopes)
        {
            var here = evidence.Where(e => options.Scope == PresenceScope.Source ? e.Source == scopeId : e.Unit == scopeId).ToList();
            foreach (var c in codes)
            {
                var matching = here.Where(e => code is null ? e.Code == c : SegmentLevel.Matches(e.Code, c)).ToList();
                var ratings = coders.Select(coder =>
                {
                    var mine = matching.Where(e => e.Coder == coder).ToList();
                    return new CoderRating(coder, mine.Count > 0 ? "1" : "0", [.. mine.Select(e => UnitLevel.Flatten(e.Quote))]);
                }).ToImmutableArray();
                items.Add(new AgreementItem(codes.Count == 1 ? scopeId : $"{scopeId}|{c}", unit, null, c,
                    options.Scope == PresenceScope.Source ? scopeId : "", ratings, matching.Count));
            }
        }
        return new AgreementData(AgreementLevel.Presence, code ?? "alle codes", coders, items.ToImmutable(),
        [
            $"Aanwezigheid per {(options.Scope == PresenceScope.Source ? "bron" : "eenheid")}: 1 als de codeur de code er minstens één keer gebruikte, anders 0. " +
            (code is null ? "Alle codes die een van de codeurs ergens gebruikte." : $"Code {code} en onderliggende codes."),
        ]);
    }
}
