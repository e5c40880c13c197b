namespace Jeugdhulp.Research.Qca;

/// <summary>Rendering target of <see cref="QcaFormatter"/>: terminal output or reports.</summary>
public enum QcaOutputFormat
{
    /// <summary>Aligned plain text in the style of the R package QCA.</summary>
    Text,

    /// <summary>GitHub-flavoured Markdown tables.</summary>
    Markdown,
}
