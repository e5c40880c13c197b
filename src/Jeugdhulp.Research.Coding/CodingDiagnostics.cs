using System.Collections.Immutable;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Coding;

/// <summary>
/// Collects problems while reading a coding project: errors stop the project from being used, warnings (a UTF-16 file
/// converted, a segment re-anchored after an edit) are reported but do not. Collected, not thrown, so a researcher
/// sees every problem of every file in one run.
/// </summary>
public sealed class CodingDiagnostics
{
    private readonly List<Diagnostic> _errors = [];
    private readonly List<Diagnostic> _warnings = [];

    /// <summary>Problems that make the input unusable.</summary>
    public ImmutableArray<Diagnostic> Errors => [.. _errors];
    /// <summary>Problems that were repaired or that the researcher should know about.</summary>
    public ImmutableArray<Diagnostic> Warnings => [.. _warnings];
    /// <summary>True when at least one error was recorded.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>Records an error.</summary>
    public void Error(Diagnostic diagnostic) => _errors.Add(diagnostic);
    /// <summary>Records an error at a position.</summary>
    public void Error(string file, int line, int column, string code, string message) => _errors.Add(new Diagnostic(file, line, column, code, message));
    /// <summary>Records several errors (e.g. from an <see cref="InputException"/>).</summary>
    public void AddErrors(IEnumerable<Diagnostic> diagnostics) => _errors.AddRange(diagnostics);
    /// <summary>Records a warning.</summary>
    public void Warning(Diagnostic diagnostic) => _warnings.Add(diagnostic);
    /// <summary>Records a warning at a position.</summary>
    public void Warning(string file, int line, int column, string code, string message) => _warnings.Add(new Diagnostic(file, line, column, code, message));

    /// <summary>Throws an <see cref="InputException"/> carrying every error, when there is any.</summary>
    public void ThrowIfErrors()
    {
        if (_errors.Count > 0) throw new InputException(_errors.ToList());
    }
}
