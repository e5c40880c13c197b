using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>A study opened from a folder: its context, and the coding project when it was one.</summary>
/// <param name="Context">The study as every output sees it.</param>
/// <param name="Project">The coding project it was classified from, or null for a data folder.</param>
public sealed record OpenedStudy(StudyContext Context, CodingProject? Project);

/// <summary>
/// Opens a study wherever a command accepts one: a data folder (<c>data/</c> layout) is loaded as it is; a coding
/// project (a folder with <c>project.yaml</c>) is loaded and classified on the fly with its own rules (all coders
/// pooled), so tables, reports and notebooks work on a new study without an intermediate <c>--write-data</c> step.
/// </summary>
public static class StudyFolder
{
    /// <summary>True when <paramref name="directory"/> is a coding project.</summary>
    public static bool IsCodingProject(string directory) => File.Exists(Path.Combine(directory, "project.yaml"));

    /// <summary>
    /// Opens <paramref name="directory"/>. <paramref name="codebook"/> supplies the codebook of a data folder; a coding
    /// project names its own in <c>project.yaml</c>, and <paramref name="explicitCodebook"/> (a codebook the user named)
    /// is then refused rather than silently ignored.
    /// </summary>
    /// <exception cref="InputException">Any problem of any file.</exception>
    public static OpenedStudy Open(string directory, Func<Codebook> codebook, bool explicitCodebook = false)
    {
        if (!IsCodingProject(directory))
        {
            var book = codebook();
            var study = StudyDataLoader.Load(directory, book);
            return new OpenedStudy(new StudyContext(book, study), null);
        }
        if (explicitCodebook)
            throw new InputException(new Diagnostic(Path.Combine(directory, "project.yaml"), 1, 1, "codebook-given-twice",
                "A coding project names its codebook in project.yaml; leave out --codebook."));
        var project = CodingProjectLoader.Load(directory);
        var classification = Classifier.Classify(project, CoderSelection.Pooled);
        var data = classification.ToStudyData();
        return new OpenedStudy(new StudyContext(project.Codebook, data, project.Files, "coderingsproject"), project);
    }
}
