namespace Jeugdhulp.Research.Assistant;

/// <summary>What a line of PDF-extracted text is, so that page furniture is skipped but every line keeps its number.</summary>
public enum LineRole : byte
{
    /// <summary>Running text: searched.</summary>
    Text,
    /// <summary>Empty or whitespace only.</summary>
    Blank,
    /// <summary>A page number on its own ("12", "- 12 -", "pagina 3 van 20").</summary>
    PageNumber,
    /// <summary>A repeated running header or footer ("DG58/038f 5" on every page).</summary>
    HeaderFooter,
}
