namespace Jeugdhulp.Research.Diagnostics;

/// <summary>
/// One problem in a user's input, located precisely enough that the user can go and fix it
/// (file, 1-based line and column) without re-running the tool after every single fix.
/// </summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Code">A stable machine-readable code such as <c>duplicate-id</c>, so tests and scripts need not parse prose.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
public sealed record Diagnostic(string File, int Line, int Column, string Code, string Message)
{
    /// <summary>Formats as <c>file:line:column: code: message</c>, the convention editors turn into links.</summary>
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}:{Column}: {Code}: {Message}" : $"{File}: {Code}: {Message}";
}

/// <summary>
/// Thrown when an input file cannot be used. Carries every problem found, not just the first,
/// because fixing one error per run is a miserable way to repair a hand-edited file.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates the exception from a non-empty list of problems.</summary>
    public InputException(IReadOnlyList<Diagnostic> diagnostics)
        : base(Format(diagnostics))
    {
        if (diagnostics.Count == 0) throw new ArgumentException("At least one diagnostic is required.", nameof(diagnostics));
        Diagnostics = diagnostics;
    }

    /// <summary>Creates the exception for a single problem.</summary>
    public InputException(Diagnostic diagnostic) : this([diagnostic]) { }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string Format(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Count == 1
            ? diagnostics[0].ToString()
            : $"{diagnostics.Count} problems:{Environment.NewLine}" + string.Join(Environment.NewLine, diagnostics);
}
