using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Jeugdhulp.Research.IO;

/// <summary>A problem found while loading YAML: where, a stable code, and what to do.</summary>
public sealed record YamlProblem(Mark At, string Code, string Message);

/// <summary>
/// Loads hand-written YAML safely, for every YAML file the toolkit reads (codebooks, propositions, transcript front
/// matter, project files, lexicons): anchors and aliases are refused (billion laughs), nesting is bounded (YamlDotNet
/// is slow and recursive on deep input), and every failure of the parser becomes a positioned problem, never an
/// exception. Fuzzing found YamlDotNet throwing ArgumentException and InvalidOperationException on malformed input.
/// </summary>
public static class SafeYaml
{
    /// <summary>Deeper nesting than this is refused: real files are a few levels deep, hostile ones are not.</summary>
    public const int MaxDepth = 64;

    /// <summary>Loads the single document of <paramref name="yaml"/>; the root mapping, or null with the problems.</summary>
    public static YamlMappingNode? LoadMapping(string yaml, string expectedShape, List<YamlProblem> problems)
    {
        var lastMark = Mark.Empty;
        try
        {
            var parser = new Parser(new StringReader(yaml));
            var depth = 0;
            while (MoveNext(parser, ref lastMark))
            {
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        problems.Add(new(alias.Start, "alias-not-allowed", $"YAML aliases (*{alias.Value}) are not allowed; write the content out."));
                        return null;
                    case NodeEvent { Anchor.IsEmpty: false } anchored:
                        problems.Add(new(anchored.Start, "alias-not-allowed", $"YAML anchors (&{anchored.Anchor}) are not allowed; write the content out."));
                        return null;
                    case MappingStart or SequenceStart:
                        if (++depth > MaxDepth)
                        {
                            problems.Add(new(parser.Current.Start, "too-deep", $"Nesting deeper than {MaxDepth} levels."));
                            return null;
                        }
                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
            {
                problems.Add(new(Mark.Empty, "empty", "The YAML is empty."));
                return null;
            }
            if (stream.Documents.Count > 1)
                problems.Add(new(stream.Documents[1].RootNode.Start, "multiple-documents", "Write one YAML document; remove the extra '---'."));
            if (stream.Documents[0].RootNode is YamlMappingNode map) return map;
            problems.Add(new(stream.Documents[0].RootNode.Start, "wrong-type", $"The YAML must be {expectedShape}."));
            return null;
        }
        catch (YamlException e)
        {
            problems.Add(new(e.Start, "malformed-yaml", $"Malformed YAML: {e.Message}"));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet fails this way on some malformed input (truncated flow collections, NUL bytes in keys).
            problems.Add(new(lastMark, "malformed-yaml", "Malformed YAML after this point (unterminated flow mapping, sequence or quote, or a control character?)."));
            return null;
        }
    }

    private static bool MoveNext(IParser parser, ref Mark lastMark)
    {
        if (parser.Current is { } current) lastMark = current.End;
        return parser.MoveNext();
    }
}
