namespace Jeugdhulp.Research.Coding.Sources;

/// <summary>What a source is: the two kinds of material the study codes (§3.3).</summary>
public enum SourceKind
{
    /// <summary>A transcribed interview with speaker turns.</summary>
    Interview,
    /// <summary>A document: beleidsnota, jaarverslag, inkoopdocument, ...</summary>
    Document,
}
