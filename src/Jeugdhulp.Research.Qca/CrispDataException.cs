namespace Jeugdhulp.Research.Qca;

/// <summary>
/// Raised when crisp data cannot be used; names the source, line and column so a researcher can fix the
/// spreadsheet instead of guessing which cell is wrong.
/// </summary>
public sealed class CrispDataException : Exception
{
    /// <summary>Creates the exception with an optional location in the source.</summary>
    public CrispDataException(string message, string? source = null, int? line = null, string? column = null)
        : base(Compose(message, source, line, column))
    {
        Source = source;
        Line = line;
        Column = column;
    }

    /// <summary>File or other source name, when known.</summary>
    public new string? Source { get; }

    /// <summary>1-based line number in the source, when known.</summary>
    public int? Line { get; }

    /// <summary>Column (variable) name, when known.</summary>
    public string? Column { get; }

    private static string Compose(string message, string? source, int? line, string? column)
    {
        var where = new List<string>();
        if (source is not null) where.Add(source);
        if (line is not null) where.Add($"line {line}");
        if (column is not null) where.Add($"column '{column}'");
        return where.Count == 0 ? message : $"{string.Join(", ", where)}: {message}";
    }
}
