namespace Jeugdhulp.Research.Codebooks;

/// <summary>
/// Text in Dutch (the language of the study and of the seed) with an optional English rendering for
/// international readers. Dutch is what users are shown; English is never a silent substitute for it.
/// </summary>
public sealed record LocalizedText(string Nl, string? En = null)
{
    /// <summary>The text in the requested language, falling back to Dutch.</summary>
    public string In(string language) => language == "en" && !string.IsNullOrEmpty(En) ? En! : Nl;

    /// <inheritdoc />
    public override string ToString() => Nl;
}
