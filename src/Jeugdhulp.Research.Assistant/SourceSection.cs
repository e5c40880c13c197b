namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// One analysed piece of a corpus file (the whole file unless it is very large) with the lexicon's matches in it.
/// Handed to a callback while its text is in memory; the text buffer is reused afterwards, so keep what you need
/// (suggestions, counts), not the section.
/// </summary>
/// <param name="File">The file, as listed.</param>
/// <param name="Text">The analysed text of the section; line numbers are the file's.</param>
/// <param name="Offset">Offset of the section's first character in the file's text.</param>
/// <param name="Matches">The matches, in text order.</param>
/// <param name="Words">Number of words read.</param>
public sealed record SourceSection(string File, PdfText Text, long Offset, IReadOnlyList<TermMatch> Matches, long Words);
