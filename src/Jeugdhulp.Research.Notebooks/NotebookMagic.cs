using System.Text.RegularExpressions;

namespace Jeugdhulp.Research.Notebooks;

/// <summary>What a line of a code cell is, beyond plain C#.</summary>
internal enum DirectiveKind
{
    /// <summary><c>#!csharp</c> / <c>#!c#</c>: selects the C# kernel; a no-op here.</summary>
    CSharpMagic,
    /// <summary>Any other <c>#!</c> magic command (<c>#!fsharp</c>, <c>#!time</c>, <c>#!set</c>, ...): unsupported.</summary>
    OtherMagic,
    /// <summary><c>#r "nuget:Name, Version"</c>.</summary>
    NugetReference,
    /// <summary><c>#r "path/to.dll"</c>.</summary>
    PathReference,
    /// <summary><c>#i "nuget:source"</c>: a package source; unsupported (the runner never downloads).</summary>
    PackageSource,
    /// <summary><c>// #:project path.csproj</c>: the exporter's marker for a project reference.</summary>
    ProjectMarker,
    /// <summary><c>// #:package Name@Version</c>: the exporter's marker for a package reference.</summary>
    PackageMarker,
}

/// <summary>One special line of a code cell, with its 1-based line number within the cell.</summary>
internal sealed record CellDirective(DirectiveKind Kind, int Line, string Text, string? Name = null, string? Version = null, string? Path = null);

/// <summary>
/// Finds the lines of a cell that are not plain C#: .NET Interactive magic commands (<c>#!</c>), which Roslyn would
/// silently take for a comment on a cell's first line, and the <c>#r</c>/<c>#i</c> directives the runner must map
/// itself because it never downloads.
/// </summary>
internal static partial class NotebookMagic
{
    public static bool IsCSharpMagic(string line)
    {
        var word = Magic().Match(line);
        return word.Success && word.Groups["name"].Value.ToLowerInvariant() is "csharp" or "c#";
    }

    public static IReadOnlyList<CellDirective> Scan(string source)
    {
        var directives = new List<CellDirective>();
        var lines = SplitLines(source);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var text = line.Trim();
            if (text.Length == 0) continue;
            Match m;
            if ((m = Magic().Match(line)).Success)
                directives.Add(new CellDirective(IsCSharpMagic(line) ? DirectiveKind.CSharpMagic : DirectiveKind.OtherMagic, i + 1, text, Name: "#!" + m.Groups["name"].Value));
            else if ((m = Nuget().Match(line)).Success)
                directives.Add(new CellDirective(DirectiveKind.NugetReference, i + 1, text, m.Groups["name"].Value.Trim(),
                    m.Groups["version"].Success && m.Groups["version"].Value.Trim().Length > 0 ? m.Groups["version"].Value.Trim() : null));
            else if ((m = PackageSource().Match(line)).Success)
                directives.Add(new CellDirective(DirectiveKind.PackageSource, i + 1, text));
            else if ((m = PathReference().Match(line)).Success)
                directives.Add(new CellDirective(DirectiveKind.PathReference, i + 1, text, Path: m.Groups["path"].Value));
            else if ((m = ProjectMarker().Match(line)).Success)
                directives.Add(new CellDirective(DirectiveKind.ProjectMarker, i + 1, text, Path: m.Groups["path"].Value));
            else if ((m = PackageMarker().Match(line)).Success)
                directives.Add(new CellDirective(DirectiveKind.PackageMarker, i + 1, text, m.Groups["name"].Value, m.Groups["version"].Value));
        }
        return directives;
    }

    /// <summary>The cell's lines (without line ends), so line numbers agree with the compiler's.</summary>
    public static string[] SplitLines(string source) => source.Replace("\r\n", "\n").Split('\n');

    /// <summary>Replaces the given 1-based lines with empty lines, keeping every other line where it was.</summary>
    public static string Blank(string source, IEnumerable<int> lines)
    {
        var all = SplitLines(source);
        foreach (var line in lines) all[line - 1] = "";
        return string.Join('\n', all);
    }

    [GeneratedRegex("""^\s*#!(?<name>\S+)""")]
    private static partial Regex Magic();

    [GeneratedRegex("""^\s*#r\s+"nuget\s*:\s*(?<name>[^,"]+?)\s*(?:,\s*(?<version>[^"]*?))?\s*"\s*(?://.*)?$""", RegexOptions.IgnoreCase)]
    private static partial Regex Nuget();

    [GeneratedRegex("^\\s*#i\\s+\"[^\"]*\"")]
    private static partial Regex PackageSource();

    [GeneratedRegex("""^\s*#r\s+"(?<path>[^"]+)"\s*(?://.*)?$""")]
    private static partial Regex PathReference();

    [GeneratedRegex("""^\s*//\s*#:project\s+(?<path>\S(?:.*\S)?)\s*$""")]
    private static partial Regex ProjectMarker();

    [GeneratedRegex("""^\s*//\s*#:package\s+(?<name>[^@\s]+)@(?<version>\S+)\s*$""")]
    private static partial Regex PackageMarker();
}
