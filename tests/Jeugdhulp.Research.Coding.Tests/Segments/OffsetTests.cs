using System.Text;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Coding.Sources;
using Jeugdhulp.Research.RefiQda;

namespace Jeugdhulp.Research.Coding.Tests.Segments;

public class OffsetTests
{
    private const string Emoji = "😀"; // U+1F600: two UTF-16 code units, one code point

    [Fact]
    public void Offsets_are_UTF16_in_memory_and_code_points_at_the_REFI_QDA_boundary()
    {
        var text = $"a{Emoji}b{Emoji}{Emoji}c";

        Assert.Equal(2, Emoji.Length);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], new[] { 0, 1, 3, 4, 6, 8, 9 }.Select(o => TextOffsets.Utf16ToCodePoint(text, o)));
        Assert.Equal([0, 1, 3, 4, 6, 8, 9], Enumerable.Range(0, 7).Select(cp => TextOffsets.CodePointToUtf16(text, cp)));
    }

    [Fact]
    public void CR_LF_becomes_LF_and_every_code_point_position_maps_onto_the_converted_text()
    {
        var (text, map) = TextOffsets.ToLineFeeds($"a\r\n{Emoji}\rb");

        Assert.Equal($"a\n{Emoji}\nb", text);
        // a=0, CR=1, LF=2 (inside the CR LF: same LF), emoji=3, CR=4, b=5, end=6
        Assert.Equal([0, 1, 1, 2, 4, 5, 6], map);
    }

    [Fact]
    public void An_offset_inside_a_surrogate_pair_is_refused()
    {
        var text = $"a{Emoji}b";
        Assert.False(TextOffsets.IsBoundary(text, 2));
        Assert.Throws<ArgumentException>(() => TextOffsets.Utf16ToCodePoint(text, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextOffsets.CodePointToUtf16(text, 4));
    }

    [Fact]
    public void A_marker_after_an_emoji_gets_UTF16_offsets_and_converts_to_code_points()
    {
        var parsed = InlineMarkers.Parse($"{Emoji} top! [[reactie.volgen @coderA |we doen mee {Emoji}]] klaar", "s");
        var s = parsed.Segments.Single();

        Assert.Equal((8, 22), (s.Start, s.End));
        Assert.Equal($"we doen mee {Emoji}", parsed.Text[s.Start..s.End]);
        Assert.Equal((7, 20), (TextOffsets.Utf16ToCodePoint(parsed.Text, s.Start), TextOffsets.Utf16ToCodePoint(parsed.Text, s.End)));
    }

    [Fact]
    public void Column_numbers_in_errors_count_characters_not_code_units()
    {
        var error = InlineMarkers.Parse($"{Emoji}{Emoji} ]]", "s", "f.md").Errors.Single();
        Assert.Equal(4, error.Column);
    }

    [Fact]
    public void CRLF_sources_give_the_same_text_and_offsets_as_LF_and_the_line_endings_are_recorded()
    {
        var dir = Support.Repo.TempDirectory();
        const string lf = "---\nkind: interview\ncase: c\nunits: [c.u]\nspeakers:\n  - {name: An, role: bestuurder, organisation: U}\n---\n**An (bestuurder):** Eerst dit.\nDan [[reactie.volgen @coderA |dat]].\n";
        File.WriteAllText(Path.Combine(dir, "lf.md"), lf);
        File.WriteAllText(Path.Combine(dir, "crlf.md"), lf.Replace("\n", "\r\n"));

        var diagnostics = new CodingDiagnostics();
        var a = SourceReader.Read(Path.Combine(dir, "lf.md"), diagnostics)!;
        var b = SourceReader.Read(Path.Combine(dir, "crlf.md"), diagnostics)!;

        Assert.Empty(diagnostics.Errors);
        Assert.Equal((LineEndings.Lf, LineEndings.Crlf), (a.LineEndings, b.LineEndings));
        Assert.Equal(a.Text, b.Text);
        Assert.DoesNotContain('\r', b.Text);
        Assert.Equal(a.InlineSegments.Single().WithoutOrigin() with { Source = "x" }, b.InlineSegments.Single().WithoutOrigin() with { Source = "x" });
        Assert.Equal(a.Turns.ToArray(), b.Turns.ToArray());
    }

    [Fact]
    public void UTF16_sources_are_converted_with_a_warning()
    {
        var dir = Support.Repo.TempDirectory();
        var path = Path.Combine(dir, "utf16.md");
        File.WriteAllText(path, "---\nkind: document\ndocument_type: beleidsnota\ncase: c\n---\nHiërarchisch 😀 [[reactie.volgen @coderA |sturen]].\r\n", new UnicodeEncoding(false, true));

        var diagnostics = new CodingDiagnostics();
        var source = SourceReader.Read(path, diagnostics)!;

        Assert.Empty(diagnostics.Errors);
        Assert.Equal("converted-from-utf16", Assert.Single(diagnostics.Warnings).Code);
        Assert.True(source.ConvertedFromUtf16);
        Assert.Equal("Hiërarchisch 😀 sturen.\n", source.Text);
        Assert.Equal("sturen", source.InlineSegments.Single().Text);
    }

    [Fact]
    public void Non_UTF8_sources_are_rejected_naming_file_line_and_column()
    {
        var dir = Support.Repo.TempDirectory();
        var path = Path.Combine(dir, "cp1252.md");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("---\nkind: document\ncase: c\n---\nHi"), 0xEB, .. Encoding.ASCII.GetBytes("rarchisch\n")]);

        var diagnostics = new CodingDiagnostics();
        Assert.Null(SourceReader.Read(path, diagnostics));
        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal(("not-utf8", 5, 3), (error.Code, error.Line, error.Column));
        Assert.Contains("cp1252.md:5:3", error.ToString());
    }
}
