using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Coding.Segments;

/// <summary>A reason a code (and value) may not be used for a coding: a diagnostic code and the message.</summary>
public sealed record CodeProblem(string Code, string Message);

/// <summary>
/// Whether a codebook id and value may label a coded segment: one rule for inline markers, CSV codings and
/// <c>jhr code</c>, with a did-you-mean from the codebook for an id or value that is not there.
/// </summary>
public static class CodeCheck
{
    /// <summary>Null when <paramref name="code"/> (with <paramref name="value"/>) may be coded, else why not.</summary>
    public static CodeProblem? Check(Codebook codebook, string code, string? value)
    {
        var entry = codebook.Find(code);
        if (entry is null)
            return new("unknown-codebook-id", $"'{code}' is not an id in codebook {codebook.Id} {codebook.Version}.{DidYouMean.Hint(code, Codable(codebook))}");
        if (!EntryKinds.IsCodable(entry.Kind))
            return new("not-codable", $"'{code}' is a {EntryKinds.ToName(entry.Kind)}; code the response, tactic or variable itself (for a cluster: one of its responses).");
        if (entry.IsExcluded)
            return new("excluded-code", $"'{code}' is excluded from this study ({entry.ExcludedReason!.Nl}).");
        if (entry.ValueSetId is { } setId && codebook.FindValueSet(setId) is { } set)
        {
            var allowed = set.Values.Select(v => v.Id).ToList();
            if (value is null) return new("missing-value", $"'{code}' needs a value: {string.Join(", ", allowed)} (write {code}:+).");
            if (set.Find(value) is null)
                return new("value-outside-vocabulary", $"'{value}' is not a value of '{code}'; allowed: {string.Join(", ", allowed)}.{DidYouMean.Hint(value, allowed)}");
            return null;
        }
        if (value is null) return null;
        var conventional = entry.Kind is EntryKind.CharacteristicGroup or EntryKind.SteeringMode && codebook.FindValueSet("plusmin")?.Find(value) is not null;
        return conventional ? null : new("unexpected-value", $"'{code}' takes no value; remove ':{value}'.");
    }

    /// <summary>The ids a coder may use (not groups, clusters, Oliver's entries or excluded codes).</summary>
    public static IEnumerable<string> Codable(Codebook codebook) =>
        codebook.Entries.Where(e => EntryKinds.IsCodable(e.Kind) && !e.IsExcluded).Select(e => e.Id);
}
