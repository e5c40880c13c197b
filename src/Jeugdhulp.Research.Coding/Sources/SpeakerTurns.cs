using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Jeugdhulp.Research.Coding.Sources;

/// <summary>
/// Finds speaker turns in a transcript. A turn starts on a line that begins with a bold label
/// <c>**Naam (rol):**</c> (also <c>**Naam:**</c> or <c>**Naam (rol)**:</c>) and runs until the next label or Markdown
/// heading (<c>#</c>). Text before the first label (an introduction) belongs to no turn.
/// </summary>
public static partial class SpeakerTurns
{
    [GeneratedRegex(@"^\*\*(?<name>[^*()\n:]+?)\s*(?:\((?<role>[^()\n]*)\))?\s*(?::\*\*|\*\*:)[ \t]?", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    /// <summary>The turns of <paramref name="text"/> (LF line endings).</summary>
    public static ImmutableArray<SpeakerTurn> Parse(string text)
    {
        var starts = new List<(string Name, string? Role, int Start, int LineStart, int Line)>();
        var boundaries = new List<int>();
        var lineStart = 0;
        for (var line = 1; lineStart <= text.Length; line++)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var content = text[lineStart..lineEnd];
            var match = Label().Match(content);
            if (match.Success)
            {
                var role = match.Groups["role"].Success ? match.Groups["role"].Value.Trim() : null;
                starts.Add((match.Groups["name"].Value.Trim(), string.IsNullOrEmpty(role) ? null : role, lineStart + match.Length, lineStart, line));
                boundaries.Add(lineStart);
            }
            else if (content.StartsWith('#')) boundaries.Add(lineStart);
            if (lineEnd >= text.Length) break;
            lineStart = lineEnd + 1;
        }
        var turns = ImmutableArray.CreateBuilder<SpeakerTurn>();
        var next = 0; // boundaries and starts both ascend: one pass finds each turn's next boundary
        foreach (var s in starts)
        {
            while (next < boundaries.Count && boundaries[next] <= s.LineStart) next++;
            var end = next < boundaries.Count ? boundaries[next] : text.Length;
            while (end > s.Start && char.IsWhiteSpace(text[end - 1])) end--;
            turns.Add(new SpeakerTurn(s.Name, s.Role, s.Start, Math.Max(end, s.Start), s.Line));
        }
        return turns.ToImmutable();
    }
}
