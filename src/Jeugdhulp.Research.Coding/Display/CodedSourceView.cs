using System.Collections.Immutable;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Sources;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.Display;

namespace Jeugdhulp.Research.Coding.Display;

/// <summary>
/// A coded source as notebook output: displays as the highlighted transcript of <see cref="CodedSourceHtml"/> instead
/// of an object dump. Call <see cref="ToHtml"/> to embed the same HTML elsewhere.
/// </summary>
/// <param name="Source">The source.</param>
/// <param name="Evidence">The coded segments to mark, resolved to unit, period and account.</param>
/// <param name="Codebook">For the codes' labels; optional.</param>
[TypeFormatterSource(typeof(CodedSourceViewFormatterSource))]
public sealed record CodedSourceView(SourceDocument Source, ImmutableArray<Evidence> Evidence, Codebook? Codebook = null)
{
    /// <summary>The HTML fragment the notebook shows.</summary>
    public string ToHtml() => CodedSourceHtml.ToHtml(Source, Evidence, Codebook);

    /// <summary>
    /// The view of one source of a project with the codings of <paramref name="coders"/> (default: all coders).
    /// </summary>
    /// <exception cref="InputException">The source or the coder is not in the project.</exception>
    public static CodedSourceView Of(CodingProject project, string sourceId, CoderSelection? coders = null)
    {
        coders ??= CoderSelection.Pooled;
        var source = project.FindSource(sourceId) ?? throw new InputException(new Diagnostic(Path.Combine(project.Directory, "sources"), 0, 0, "unknown-source",
            $"Source '{sourceId}' is not in project '{project.Name}' (sources: {string.Join(", ", project.Sources.Select(s => s.Id))})."));
        if (coders.Coder is { } c && project.Coders.All(x => x.Id != c))
            throw new InputException(new Diagnostic(Path.Combine(project.Directory, "project.yaml"), 0, 0, "unknown-coder",
                $"Coder '{c}' is not a coder of this project ({string.Join(", ", project.Coders.Select(x => x.Id))})."));
        return new(source, [.. project.Evidence().Where(e => e.Source == source.Id && coders.Includes(e.Coder))], project.Codebook);
    }

    /// <summary>A one-line description (the plain-text form of the output).</summary>
    public override string ToString() => $"Bron {Source.Id}: {Evidence.Length} gecodeerde passages";
}

/// <summary>Shortcuts that make notebook cells read naturally.</summary>
public static class CodedSourceViewExtensions
{
    /// <summary>One source of the project with its codings highlighted: <c>project.ShowSource("id")</c> as the last line of a cell.</summary>
    public static CodedSourceView ShowSource(this CodingProject project, string sourceId, CoderSelection? coders = null) =>
        CodedSourceView.Of(project, sourceId, coders);
}

/// <summary>The convention-based formatter source for <see cref="CodedSourceView"/>.</summary>
internal sealed class CodedSourceViewFormatterSource : HtmlFormatterSource<CodedSourceView>
{
    /// <inheritdoc />
    protected override string Render(CodedSourceView value) => value.ToHtml();
}
