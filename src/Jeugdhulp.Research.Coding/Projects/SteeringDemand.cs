namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>
/// A steering demand of a case (an eis or verwachting of the municipality: arrangementen, wijkteam-samenwerking,
/// resultaatrapportage, tarief, ...), read from the project's <c>demands.csv</c>. The dissertation judged a
/// provider's response per demand, by the intent of the steering (seed 003 lines 2179-2182), and placed a unit in a
/// cluster by its response to the main demands: a follower meets "de belangrijkste institutionele eisen en
/// verwachtingen" (2975-2976); with non-followers "op kleinere onderdelen gevolgd ..., maar niet-volgen voert de
/// boventoon" (2979-2980).
/// </summary>
/// <param name="Case">The case (municipality) that makes the demand.</param>
/// <param name="Id">Demand id, unique within the case (<c>arrangementen</c>).</param>
/// <param name="Name">Dutch wording.</param>
/// <param name="IsMain">True for a main demand (<c>weight: main</c>), false for a minor one (<c>minor</c>).</param>
/// <param name="Source">Where the municipality's side shows it: a source id of the project, or a publication.</param>
/// <param name="Lines">Lines or offsets in that source.</param>
/// <param name="Reason">Why the demand has this weight.</param>
/// <param name="Line">Line in demands.csv (0 when made in code).</param>
public sealed record SteeringDemand(string Case, string Id, string Name, bool IsMain, string Source, string Lines, string Reason, int Line)
{
    /// <summary>The file word of the weight.</summary>
    public string Weight => IsMain ? "main" : "minor";
}
