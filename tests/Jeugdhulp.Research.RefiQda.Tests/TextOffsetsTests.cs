namespace Jeugdhulp.Research.RefiQda.Tests;

public class TextOffsetsTests
{
    // "a😊b\r\nc": code points a,😊,b,CR,LF,c (6); UTF-16 units a,hi,lo,b,CR,LF,c (7).
    private const string Text = "a😊b\r\nc";

    [Fact]
    public void Emoji_counts_as_one_code_point_but_two_utf16_units()
    {
        Assert.Equal(6, TextOffsets.CodePointLength(Text));
        Assert.Equal(7, Text.Length);
        Assert.Equal(1, TextOffsets.CodePointToUtf16(Text, 1));
        Assert.Equal(3, TextOffsets.CodePointToUtf16(Text, 2));
        Assert.Equal(2, TextOffsets.Utf16ToCodePoint(Text, 3));
        Assert.Equal("😊", TextOffsets.Slice(Text, 1, 2));
    }

    [Fact]
    public void Crlf_counts_as_two_code_points()
    {
        Assert.Equal(4, TextOffsets.CodePointToUtf16(Text, 3));
        Assert.Equal(6, TextOffsets.CodePointToUtf16(Text, 5));
        Assert.Equal("\r\n", TextOffsets.Slice(Text, 3, 5));
        Assert.Equal(5, TextOffsets.Utf16ToCodePoint(Text, 6));
    }

    [Fact]
    public void Conversions_are_inverse_at_every_code_point_including_the_end()
    {
        for (var cp = 0; cp <= TextOffsets.CodePointLength(Text); cp++)
        {
            Assert.Equal(cp, TextOffsets.Utf16ToCodePoint(Text, TextOffsets.CodePointToUtf16(Text, cp)));
        }
        Assert.Equal(Text.Length, TextOffsets.CodePointToUtf16(Text, 6));
    }

    [Fact]
    public void Skin_tone_emoji_is_two_code_points()
    {
        Assert.Equal(2, TextOffsets.CodePointLength("👍🏽"));
    }

    [Fact]
    public void Positions_outside_the_text_or_inside_a_surrogate_pair_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TextOffsets.CodePointToUtf16(Text, 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextOffsets.CodePointToUtf16(Text, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextOffsets.Utf16ToCodePoint(Text, 8));
        Assert.Throws<ArgumentException>(() => TextOffsets.Utf16ToCodePoint(Text, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextOffsets.Slice(Text, 3, 2));
    }

    [Fact]
    public void Unpaired_surrogate_counts_as_one_code_point()
    {
        Assert.Equal(3, TextOffsets.CodePointLength("a\uD800b"));
        Assert.Equal(2, TextOffsets.CodePointToUtf16("a\uD800b", 2));
    }
}
