namespace Jeugdhulp.Research.Theory;

/// <summary>What a proposition's rules say about one unit, so that every unit is accounted for and none is guessed.</summary>
public enum JudgementKind
{
    /// <summary>A rule applies and the unit satisfies its prediction ("treffer").</summary>
    Hit,
    /// <summary>A rule applies and the unit does not satisfy its prediction ("afwijkend").</summary>
    Deviant,
    /// <summary>
    /// Undetermined values decide whether or which rule applies, or the observed outcome is undetermined
    /// ("niet te beoordelen"); reported, never guessed.
    /// </summary>
    NotAssessable,
    /// <summary>No rule applies to the unit, whatever its undetermined values are ("buiten bereik").</summary>
    OutOfScope,
}
