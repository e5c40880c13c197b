using System.Collections.Immutable;
using Jeugdhulp.Research.Coding.Segments;

namespace Jeugdhulp.Research.Coding.Sources;

/// <summary>
/// A source as read from <c>sources/*.md</c>: its front matter, its text (the part every offset refers to: front
/// matter, inline markers and CR removed) and the codings its inline markers carried.
/// </summary>
public sealed record SourceDocument
{
    /// <summary>Stable id (front matter <c>id</c>, else the file name without <c>.md</c>).</summary>
    public required string Id { get; init; }
    /// <summary>Interview or document.</summary>
    public required SourceKind Kind { get; init; }
    /// <summary>The file it was read from, as named to the reader.</summary>
    public required string File { get; init; }
    /// <summary>The text that offsets refer to: LF line endings, no front matter, no markers.</summary>
    public required string Text { get; init; }
    /// <summary>The case (municipality) the source belongs to.</summary>
    public required string Case { get; init; }
    /// <summary>The units the source is about; a coding without <c>unit=</c> belongs to the only one.</summary>
    public ImmutableArray<string> Units { get; init; } = [];
    /// <summary>Title.</summary>
    public string? Title { get; init; }
    /// <summary>For a source that quotes a publication: the publication (author, title, year), so every passage can be checked.</summary>
    public string? Cites { get; init; }
    /// <summary>For a source that quotes a publication: the lines (or pages) of the quoted passages, e.g. <c>3761-3762</c>.</summary>
    public string? Lines { get; init; }
    /// <summary>
    /// The seed text the passages are quoted from (front matter <c>seed</c>, a file name in <c>../shared/seeds/</c>), so a
    /// test can prove every passage verbatim at the lines <see cref="Lines"/> names; null for a source of one's own.
    /// </summary>
    public string? Seed { get; init; }
    /// <summary>For documents: the organisation that wrote it; for interviews: the organisation interviewed.</summary>
    public string? Organisation { get; init; }
    /// <summary>For documents: beleidsnota, jaarverslag, inkoopdocument, ...</summary>
    public string? DocumentType { get; init; }
    /// <summary>Date of the interview or document.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>The response period codings of this source fall in unless they say otherwise.</summary>
    public int Period { get; init; } = 1;
    /// <summary>The period's wording (<c>2015-2017</c>, <c>vanaf 2018</c>), if given.</summary>
    public string? PeriodLabel { get; init; }
    /// <summary>True when the front matter marks the source as fictitious (illustrative material).</summary>
    public bool Fictitious { get; init; }
    /// <summary>Speakers declared in the front matter (interviews).</summary>
    public ImmutableArray<Speaker> Speakers { get; init; } = [];
    /// <summary>Speaker turns found in the text (interviews).</summary>
    public ImmutableArray<SpeakerTurn> Turns { get; init; } = [];
    /// <summary>Codings written as inline markers in the file.</summary>
    public ImmutableArray<CodedSegment> InlineSegments { get; init; } = [];
    /// <summary>The front matter exactly as written (without the <c>---</c> lines), kept so exports lose nothing.</summary>
    public string FrontMatter { get; init; } = "";
    /// <summary>File line of the text's first line (after the front matter).</summary>
    public int FirstLine { get; init; } = 1;
    /// <summary>The line endings the file had before normalisation to LF.</summary>
    public LineEndings LineEndings { get; init; }
    /// <summary>True when the file was UTF-16 and was converted (with a warning).</summary>
    public bool ConvertedFromUtf16 { get; init; }

    /// <summary>The speaker turn an offset falls in, or null (outside any turn, or a document).</summary>
    public SpeakerTurn? TurnAt(int offset) => Turns.FirstOrDefault(t => t.Contains(offset));

    /// <summary>The declared speaker with this name, or null.</summary>
    public Speaker? FindSpeaker(string name) =>
        Speakers.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
