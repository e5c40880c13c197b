using System.Collections.Immutable;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Data;

/// <summary>
/// One study as every output sees it, built once per command: the codebook, the study data, the vocabulary and the
/// unit table, plus what provenance needs (every input file with its hash) and what a reader must be told (whether
/// the study is fictitious, whether it has published tables to reproduce). The same shape whether the study is a
/// data folder (<c>data/</c>) or a coding project classified on the fly.
/// </summary>
public sealed class StudyContext
{
    /// <summary>Builds the context; the unit table and vocabulary are computed here, once.</summary>
    /// <param name="codebook">The codebook the study was checked against.</param>
    /// <param name="study">The study data.</param>
    /// <param name="inputs">Every file read (relative path, hash, rows); default: the study's data files.</param>
    /// <param name="kind">What the study was read from, in Dutch for outputs ("datamap", "coderingsproject").</param>
    public StudyContext(Codebook codebook, StudyData study, ImmutableArray<DataFileInfo>? inputs = null, string kind = "datamap")
    {
        Codebook = codebook;
        Study = study;
        Vocabulary = new Vocabulary(codebook, study);
        Units = UnitTable.From(study);
        Inputs = inputs ?? study.Files;
        Kind = kind;
    }

    /// <summary>The codebook.</summary>
    public Codebook Codebook { get; }
    /// <summary>The study data.</summary>
    public StudyData Study { get; }
    /// <summary>Labels of the codebook and the study's cases.</summary>
    public Vocabulary Vocabulary { get; }
    /// <summary>The unit table, built once.</summary>
    public UnitTable Units { get; }
    /// <summary>Every input file (data files; for a coding project also project.yaml, transcripts, codings, overrides).</summary>
    public ImmutableArray<DataFileInfo> Inputs { get; }
    /// <summary>What the study was read from: "datamap" or "coderingsproject".</summary>
    public string Kind { get; }

    /// <summary>The study's name, else its folder name.</summary>
    public string Name => Study.Name ?? Path.GetFileName(Path.GetFullPath(Study.Directory).TrimEnd('/', '\\'));
    /// <summary>True for illustrative material: every page of every output says so.</summary>
    public bool Fictitious => Study.Fictitious;
    /// <summary>True when the study has published tables to reproduce (the dissertation's own data).</summary>
    public bool HasPublishedTables => Study.PublishedTables.Length > 0;

    /// <summary>The notice every output of this study carries (<see cref="Rendering.Document.Notice"/>): the fictitious notice, or null.</summary>
    public string? Notice => Fictitious ? FictitiousNotice : null;

    /// <summary>The line every output of a fictitious study carries.</summary>
    public const string FictitiousNotice = "FICTIEF: illustratief materiaal; alle gemeenten, aanbieders, personen en citaten zijn verzonnen.";
}
