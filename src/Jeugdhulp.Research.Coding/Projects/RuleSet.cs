namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>
/// The rules that decide a period's response and cluster (<c>classification: rule_set:</c> in <c>project.yaml</c>).
/// </summary>
public enum RuleSet
{
    /// <summary>
    /// The dissertation's method (default): per steering demand by the intent of the steering, volgen only with an
    /// adapted practice, the main demands decide, vanzelfsprekend excluded, segment counts shown as context only.
    /// </summary>
    Proefschrift,

    /// <summary>The old counting rules: a response or cluster with more than a share of the period's segments. Not the dissertation's method.</summary>
    Segmenttelling,
}

/// <summary>The file words of <see cref="RuleSet"/>.</summary>
public static class RuleSetNames
{
    /// <summary>The word in <c>project.yaml</c> and reports.</summary>
    public static string ToName(RuleSet set) => set == RuleSet.Segmenttelling ? "segmenttelling" : "proefschrift";

    /// <summary>Parses a file word; null when unknown.</summary>
    public static RuleSet? Parse(string word) => word switch
    {
        "proefschrift" => RuleSet.Proefschrift,
        "segmenttelling" => RuleSet.Segmenttelling,
        _ => null,
    };
}
