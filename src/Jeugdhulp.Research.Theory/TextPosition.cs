namespace Jeugdhulp.Research.Theory;

/// <summary>A 1-based line and column in a propositions file, so errors found while evaluating still point at the text.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record TextPosition(int Line, int Column)
{
    /// <summary>The start of a file, for text built in code.</summary>
    public static readonly TextPosition Start = new(1, 1);

    /// <summary>The position <paramref name="offset"/> characters further on the same line.</summary>
    public TextPosition Advance(int offset) => this with { Column = Column + offset };
}
