using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Jeugdhulp.Research.RefiQda.Tests;

/// <summary>A random text with random valid selections (code point positions, end exclusive).</summary>
public sealed record TextWithSelections(string Text, (int Start, int End)[] Selections)
{
    public override string ToString() =>
        $"\"{Text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}\" "
        + string.Join(" ", Selections.Select(s => $"[{s.Start},{s.End})"));
}

/// <summary>
/// Texts from pieces that stress offsets: emoji (surrogate pairs), a skin-tone sequence, CR LF, LF, accents, CJK.
/// Boundaries never fall between CR and LF: the reader treats such a boundary as evidence of a producer that
/// counts CR LF as one position (no coder selects half a line break) and converts, which is tested separately.
/// </summary>
public static class TextArbitraries
{
    private static readonly string[] Pieces = ["a", "Z", " ", "\r\n", "\n", "é", "ë", "😊", "👍🏽", "𝄞", "中", "\t", "ĳ", "\u00A0"];

    public static Arbitrary<TextWithSelections> Texts() =>
        (from length in Gen.Choose(0, 60)
         from pieces in Gen.ArrayOf(Gen.Elements(Pieces), length)
         let text = string.Concat(pieces)
         let cps = TextOffsets.CodePointLength(text)
         from count in Gen.Choose(0, 6)
         from ends in Gen.ArrayOf(Gen.Two(Gen.Choose(0, cps)), count)
         select new TextWithSelections(text, ends.Select(e => (Snap(text, Math.Min(e.Item1, e.Item2)), Snap(text, Math.Max(e.Item1, e.Item2)))).ToArray()))
        .ToArbitrary();

    private static int Snap(string text, int cp)
    {
        var u = TextOffsets.CodePointToUtf16(text, cp);
        return u > 0 && u < text.Length && text[u - 1] == '\r' && text[u] == '\n' ? cp - 1 : cp;
    }
}

public class SelectionRoundTripProperties
{
    private static readonly Guid Code = Guid.Parse("c0de0000-0000-4000-8000-000000000001");

    [Property(Arbitrary = [typeof(TextArbitraries)], MaxTest = 200)]
    public bool Random_texts_and_selections_round_trip_with_identical_selected_text(TextWithSelections sample)
    {
        var source = new QdaTextSource
        {
            Guid = Guid.Parse("50c00000-0000-4000-8000-000000000001"),
            Name = "random",
            PlainTextContent = sample.Text,
            PlainTextSelections = [.. sample.Selections.Select((s, i) => new QdaPlainTextSelection
            {
                Guid = new Guid(i + 1, 0, 0, new byte[8]),
                StartPosition = s.Start,
                EndPosition = s.End,
                Codings = [new QdaCoding { Guid = new Guid(i + 1, 1, 0, new byte[8]), CodeGuid = Code }],
            })],
        };
        var project = new QdaProject { Name = "p", Codes = [new QdaCode { Guid = Code, Name = "c" }], Sources = [source] };

        var read = QdpxReader.Read(new MemoryStream(QdpxWriter.ToBytes(project)));

        var back = (QdaTextSource)read.Project.Sources.Single();
        return read.Issues.IsEmpty
            && back.PlainTextContent == sample.Text
            && back.PlainTextSelections.Length == source.PlainTextSelections.Length
            && back.PlainTextSelections.Zip(source.PlainTextSelections).All(p =>
                p.First.StartPosition == p.Second.StartPosition
                && p.First.EndPosition == p.Second.EndPosition
                && back.GetSelectedText(p.First) == source.GetSelectedText(p.Second));
    }

    [Property(Arbitrary = [typeof(TextArbitraries)], MaxTest = 200)]
    public bool Code_point_and_utf16_conversions_are_inverse(TextWithSelections sample)
    {
        var text = sample.Text;
        return Enumerable.Range(0, TextOffsets.CodePointLength(text) + 1)
            .All(cp => TextOffsets.Utf16ToCodePoint(text, TextOffsets.CodePointToUtf16(text, cp)) == cp);
    }
}
