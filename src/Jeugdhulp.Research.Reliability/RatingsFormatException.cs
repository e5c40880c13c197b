namespace Jeugdhulp.Research.Reliability;

/// <summary>Raised when a ratings file is malformed; carries file, line and column so the person can fix the file.</summary>
public sealed class RatingsFormatException : ReliabilityException
{
    /// <summary>Creates the exception; <paramref name="line"/> and <paramref name="column"/> are 1-based, 0 when not applicable.</summary>
    public RatingsFormatException(string file, int line, int column, string problem)
        : base(Format(file, line, column, problem))
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>Path (or source name) of the file.</summary>
    public string File { get; }

    /// <summary>1-based line number, 0 when the problem concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>1-based column number, 0 when the problem concerns the whole line or file.</summary>
    public int Column { get; }

    /// <summary>The problem without the location prefix.</summary>
    public string Problem { get; }

    private static string Format(string file, int line, int column, string problem)
    {
        var location = file;
        if (line > 0) location += $":{line}";
        if (column > 0) location += $":{column}";
        return $"{location}: {problem}";
    }
}
