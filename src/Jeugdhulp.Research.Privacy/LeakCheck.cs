using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Privacy;

/// <summary>A real name found where none may be: file (or part of an export), 1-based line and column, name and kind.</summary>
/// <param name="File">The file, or the part of an export (<c>report.xlsx!xl/sharedStrings.xml</c>).</param>
/// <param name="Line">1-based line of the name's first character.</param>
/// <param name="Column">1-based column (UTF-16 units) of the name's first character.</param>
/// <param name="Name">The key's real name that was found.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Found">The text as it occurs (may differ in case, accents or line breaks).</param>
public sealed record Leak(string File, int Line, int Column, string Name, NameKind Kind, string Found)
{
    /// <summary><c>file:line:column: gemeente 'Kustwijk' (as "KUSTWIJK")</c>.</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {NameKinds.ToName(Kind)} '{Name}'" + (Found == Name ? "" : $" (as \"{Found.Replace("\n", "\\n")}\")");
}

/// <summary>
/// Thrown when a text that is about to leave the researcher's hands still holds a real name. Carries every leak
/// with file, line and column, so the researcher can fix the key or the text.
/// </summary>
public sealed class LeakException : Exception
{
    /// <summary>Creates the exception for the leaks found.</summary>
    public LeakException(IReadOnlyList<Leak> leaks)
        : base($"{leaks.Count} real name(s) found; nothing was written.{Environment.NewLine}" + string.Join(Environment.NewLine, leaks.Take(50)))
    {
        Leaks = leaks;
    }

    /// <summary>Every leak found.</summary>
    public IReadOnlyList<Leak> Leaks { get; }

    /// <summary>The leaks as diagnostics (code <c>leak</c>), for the CLI's usual error output.</summary>
    public IReadOnlyList<Diagnostic> ToDiagnostics() =>
        Leaks.Select(l => new Diagnostic(l.File, l.Line, l.Column, "leak", $"real name of {NameKinds.ToName(l.Kind)} '{l.Name}' still present")).ToList();
}

/// <summary>
/// Finds the key's real names in a text that is about to be exported: case- and diacritic-insensitive, whole words,
/// also when a line break splits a name ("Gemeente Zuid-\nstad", "Zuid\nstad"). Every export runs it before writing.
/// </summary>
public static class LeakCheck
{
    /// <summary>Every real name in <paramref name="text"/>; empty when it is clean.</summary>
    public static IReadOnlyList<Leak> Scan(string text, PseudonymKey key, string file = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(key);
        var matches = key.Matcher.FindAll(text);
        if (matches.Count == 0) return [];
        var leaks = new List<Leak>(matches.Count);
        int line = 1, lineStart = 0, at = 0;
        foreach (var m in matches)
        {
            for (; at < m.Start; at++)
                if (text[at] == '\n') { line++; lineStart = at + 1; }
            leaks.Add(new Leak(file, line, m.Start - lineStart + 1, m.Entry.Name, m.Entry.Kind, text[m.Start..m.End]));
        }
        return leaks;
    }

    /// <summary>Throws when <paramref name="text"/> holds a real name.</summary>
    /// <exception cref="LeakException">A name was found; says where.</exception>
    public static void EnsureNone(string text, PseudonymKey key, string file = "") => EnsureNone(Scan(text, key, file));

    /// <summary>Throws when any leak was found (for callers that scan several parts first).</summary>
    /// <exception cref="LeakException">The list is not empty.</exception>
    public static void EnsureNone(IReadOnlyList<Leak> leaks)
    {
        if (leaks.Count > 0) throw new LeakException(leaks);
    }
}
