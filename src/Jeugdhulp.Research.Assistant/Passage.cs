namespace Jeugdhulp.Research.Assistant;

/// <summary>A passage of a document: a run of text lines cited by its original line numbers.</summary>
/// <param name="StartLine">First line (1-based, original).</param>
/// <param name="EndLine">Last line.</param>
/// <param name="Text">Readable text (page furniture left out, hyphenation rejoined).</param>
public sealed record Passage(int StartLine, int EndLine, string Text);
