namespace Jeugdhulp.Research.Coding.Segments;

/// <summary>
/// What a response segment shows of the response: an adapted practice, a statement on paper, or an intention. The
/// dissertation counts volgen only where the provider adapted its working method, "om dit te kunnen onderscheiden
/// van vermijden, waarbij wel op papier maar niet in het echt wordt gevolgd" (seed 003 lines 3016-3020).
/// </summary>
public enum Enactment
{
    /// <summary>The working method was adapted: what the provider does (<c>practice</c>).</summary>
    Practice,
    /// <summary>Only on paper: a document or statement says the provider complies (<c>paper</c>); Table 3.3's verbergen when the practice is unchanged.</summary>
    Paper,
    /// <summary>An intention or plan, not (yet) done (<c>intention</c>).</summary>
    Intention,
}

/// <summary>Converts <see cref="Enactment"/> to and from the words used in files.</summary>
public static class EnactmentNames
{
    /// <summary>The words accepted in files, in enum order.</summary>
    public static readonly IReadOnlyList<string> All = ["practice", "paper", "intention"];

    /// <summary>Dutch labels for reports, in enum order.</summary>
    public static readonly IReadOnlyList<string> Dutch = ["aangepaste praktijk", "op papier", "voornemen"];

    /// <summary>The file word.</summary>
    public static string ToName(Enactment enactment) => All[(int)enactment];

    /// <summary>Parses a file word; false when unknown.</summary>
    public static bool TryParse(string text, out Enactment enactment)
    {
        var index = All.ToList().IndexOf(text);
        enactment = index < 0 ? default : (Enactment)index;
        return index >= 0;
    }
}
