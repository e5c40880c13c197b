namespace Jeugdhulp.Research.Assistant;

/// <summary>A passage of a document coded by hand, the gold standard suggestions are measured against.</summary>
/// <param name="Document">The document's file name.</param>
/// <param name="StartLine">Original first line (1-based).</param>
/// <param name="EndLine">Original last line.</param>
/// <param name="Text">The passage as quoted (readable text of those lines).</param>
/// <param name="Label">The hand-coded label.</param>
/// <param name="Justification">The coder's one-line reason.</param>
/// <param name="Line">Line of the row in the CSV, for error messages.</param>
public sealed record LabelledPassage(string Document, int StartLine, int EndLine, string Text, string Label, string Justification, int Line = 0);
