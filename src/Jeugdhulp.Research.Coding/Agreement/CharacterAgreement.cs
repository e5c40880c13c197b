using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;

namespace Jeugdhulp.Research.Coding.Agreement;

/// <summary>
/// The character-based "kappa" that QDA programs report in their coder-comparison reports (NVivo documents it; the
/// open-source QualCoder's coder comparison works the same way): for one code and two coders, every character of the
/// text is a unit, coded or not coded by each coder, and characters neither coder coded count as agreement.
/// </summary>
/// <remarks>
/// Computed here only to explain why such figures differ from the coefficients of this library: the units are not
/// independent (a 200-character segment is 200 units), and the longer the uncoded text, the higher the agreement and
/// the kappa, whatever the coders did with the passages that matter. It is Cohen's formula on a non-standard unit,
/// not a reliability coefficient; do not report it as one.
/// </remarks>
public static class CharacterAgreement
{
    /// <summary>Counts characters per source and pools them over <paramref name="sources"/> (default: all sources).</summary>
    /// <exception cref="ArgumentException">Unknown code or coder.</exception>
    public static CharacterAgreementResult Compute(CodingProject project, string code, string coderA, string coderB, IEnumerable<string>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        var checkedCode = SegmentLevel.CheckCode(project, code)!;
        var coders = UnitLevel.SelectCoders(project, [coderA, coderB]);
        var wanted = sources?.ToHashSet(StringComparer.Ordinal);
        long total = 0, both = 0, onlyA = 0, onlyB = 0;
        foreach (var source in project.Sources.Where(s => wanted is null || wanted.Contains(s.Id)))
        {
            var a = Coverage(project, source.Id, source.Text.Length, checkedCode, coders[0]);
            var b = Coverage(project, source.Id, source.Text.Length, checkedCode, coders[1]);
            total += source.Text.Length;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] && b[i]) both++;
                else if (a[i]) onlyA++;
                else if (b[i]) onlyB++;
            }
        }
        return new CharacterAgreementResult(checkedCode, coders[0], coders[1], total, both, onlyA, onlyB, total - both - onlyA - onlyB);
    }

    private static bool[] Coverage(CodingProject project, string source, int length, string code, string coder)
    {
        var covered = new bool[length];
        foreach (var e in project.Evidence().Where(e => e.Source == source && e.Coder == coder && SegmentLevel.Matches(e.Code, code)))
            for (var i = Math.Max(0, e.Start); i < Math.Min(length, e.End); i++) covered[i] = true;
        return covered;
    }
}

/// <summary>Character counts of <see cref="CharacterAgreement"/> and the figures a QDA program derives from them.</summary>
/// <param name="Code">The code (segments coded with it or below it).</param>
/// <param name="CoderA">First coder.</param>
/// <param name="CoderB">Second coder.</param>
/// <param name="Characters">All characters of the sources.</param>
/// <param name="Both">Characters both coders coded.</param>
/// <param name="OnlyA">Characters only coder A coded.</param>
/// <param name="OnlyB">Characters only coder B coded.</param>
/// <param name="Neither">Characters neither coded (counted as agreement).</param>
public sealed record CharacterAgreementResult(string Code, string CoderA, string CoderB, long Characters, long Both, long OnlyA, long OnlyB, long Neither)
{
    /// <summary>(both + neither) / characters.</summary>
    public double Agreement => Characters == 0 ? double.NaN : (double)(Both + Neither) / Characters;

    /// <summary>Chance agreement from each coder's share of coded characters: pA·pB + (1 − pA)(1 − pB).</summary>
    public double ChanceAgreement
    {
        get
        {
            if (Characters == 0) return double.NaN;
            var pa = (double)(Both + OnlyA) / Characters;
            var pb = (double)(Both + OnlyB) / Characters;
            return pa * pb + (1 - pa) * (1 - pb);
        }
    }

    /// <summary>(agreement − chance) / (1 − chance); NaN when chance agreement is 1.</summary>
    public double Kappa => ChanceAgreement < 1 ? (Agreement - ChanceAgreement) / (1 - ChanceAgreement) : double.NaN;
}
