using System.Collections.Immutable;
using Jeugdhulp.Research.Comparison;

namespace Jeugdhulp.Research.Reports;

/// <summary>One section of a report: a heading, an explanatory paragraph, tables, and optional ready HTML (charts, trees).</summary>
/// <param name="Id">Anchor id, stable across runs.</param>
/// <param name="Title">Dutch heading.</param>
/// <param name="Text">Dutch explanation shown above the tables.</param>
/// <param name="Tables">Tables, rendered in every format.</param>
/// <param name="Html">HTML-only content (charts, the codebook tree); other formats show <paramref name="Text"/> only.</param>
public sealed record ReportSection(string Id, string Title, string Text, ImmutableArray<ResultTable> Tables, ImmutableArray<string> Html);

/// <summary>Where the report came from: what a rekenkamer needs to reproduce it.</summary>
/// <param name="ToolkitVersion">Informational version of the toolkit.</param>
/// <param name="Codebook">Codebook id and version.</param>
/// <param name="CodebookSha256">Hash of the codebook file.</param>
/// <param name="DataFiles">Each data file with its hash and row count.</param>
/// <param name="CommandLine">The command that made the report.</param>
/// <param name="Date">When it was made; the only line that differs between two runs on the same input.</param>
public sealed record ReportProvenance(
    string ToolkitVersion, string Codebook, string CodebookSha256,
    ImmutableArray<(string File, string Sha256, int Rows)> DataFiles, string CommandLine, DateTimeOffset Date);

/// <summary>A complete report, independent of its output format.</summary>
public sealed record Report(string Title, ReportProvenance Provenance, ImmutableArray<ReportSection> Sections)
{
    /// <summary>True for a fictitious study: every page, sheet and section of every format then carries <see cref="Data.StudyContext.FictitiousNotice"/>.</summary>
    public bool Fictitious { get; init; }

    /// <summary>Every table in reading order (for xlsx: one sheet each).</summary>
    public IEnumerable<ResultTable> Tables => Sections.SelectMany(s => s.Tables);
}
