using Jeugdhulp.Research.Coding.Projects;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// The assistant's suggestions on a coding project's own sources: the lexicon's sentence windows and, with a model,
/// its per-sentence suggestions, each named by source id with offsets into the source's text (front matter left out),
/// the same coordinates a coding has, so a suggestion can be accepted as a coding and compared with the final coding.
/// <c>jhr suggest</c> on a folder of files counts offsets from the start of each file instead.
/// </summary>
public static class ProjectSuggestions
{
    /// <summary>
    /// Every suggestion on <paramref name="project"/>'s sources, ordered by source, line, origin and code. Line numbers
    /// are lines of the source file.
    /// </summary>
    /// <param name="project">The project whose sources are read.</param>
    /// <param name="matcher">The lexicon matcher.</param>
    /// <param name="model">A model trained on some coding (best another project's: trained on this project's final coding it would be scored on its own answers); null for the lexicon only.</param>
    /// <param name="minProbability">Model suggestions need at least this probability.</param>
    public static List<CandidateSegment> Suggest(CodingProject project, LexiconMatcher matcher, CodeModel? model = null, double minProbability = 0.5)
    {
        var result = new List<CandidateSegment>();
        foreach (var source in project.Sources)
        {
            var text = PdfText.Analyse(source.Text.AsMemory(), source.FirstLine);
            result.AddRange(SegmentSuggester.Suggest(source.Id, text, matcher.Match(text)));
            if (model is not null) result.AddRange(ModelSuggester.Suggest(source.Id, text, model, minProbability));
        }
        return [.. result.OrderBy(s => s.Source, StringComparer.Ordinal).ThenBy(s => s.StartLine).ThenBy(s => s.Origin, StringComparer.Ordinal)
            .ThenBy(s => s.Code, StringComparer.Ordinal).ThenBy(s => s.Start)];
    }
}
