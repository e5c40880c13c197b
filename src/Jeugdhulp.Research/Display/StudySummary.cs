using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Display;

/// <summary>
/// A loaded study shown as a summary (cases and units, basis of the values, published tables, files with hashes)
/// rather than as a dump of every observation: the first thing a notebook reader wants to see after loading data.
/// </summary>
/// <param name="Study">The study to summarise.</param>
[TypeFormatterSource(typeof(StudySummaryFormatterSource))]
public sealed record StudySummary(StudyData Study)
{
    /// <summary>The summary as an HTML fragment (the same the notebook shows).</summary>
    public string ToHtml() => HtmlDisplay.ToHtml(Study);

    /// <summary>Plain text where no HTML is shown (an exported notebook app, a terminal): the counts, not a record dump.</summary>
    public override string ToString() => Study.ToString();
}

/// <summary>Shortcuts that make notebook cells read naturally.</summary>
public static class StudySummaryExtensions
{
    /// <summary>The study as a displayable summary: <c>study.Summary()</c> as the last line of a cell.</summary>
    public static StudySummary Summary(this StudyData study) => new(study);
}

/// <summary>HTML for <see cref="StudySummary"/>.</summary>
internal sealed class StudySummaryFormatterSource : HtmlFormatterSource<StudySummary>
{
    /// <inheritdoc />
    protected override string Render(StudySummary value) => HtmlDisplay.ToHtml(value.Study);
}
