namespace Jeugdhulp.Research.Assistant;

/// <summary>The three shapes of a lexicon term.</summary>
public enum TermKind
{
    /// <summary>Words in sequence: <c>afdwingbare regels</c>, <c>hiërarch*</c>.</summary>
    Phrase,
    /// <summary>Two phrases within N words of each other, either order: <c>NEAR/5(regels, handhaving)</c>.</summary>
    Near,
    /// <summary>A phrase within N words before another: <c>niet ... afdwingbaar</c> (negation).</summary>
    Before,
}
