using FsCheck;
using FsCheck.Fluent;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Coding.Tests.Segments;

public class InlineMarkerTests
{
    private static string Plain(string marked) => InlineMarkers.Parse(marked, "s").Text;

    [Fact]
    public void A_marker_becomes_a_segment_with_offsets_into_the_marker_free_text()
    {
        var result = InlineMarkers.Parse("Ja. [[kenmerk.willen.doelcongruentie:+ @coderA |we vinden dat belangrijk]], zei ze.", "bron");

        Assert.Empty(result.Errors);
        Assert.Equal("Ja. we vinden dat belangrijk, zei ze.", result.Text);
        var s = Assert.Single(result.Segments);
        Assert.Equal(("bron", 4, 28, "we vinden dat belangrijk", "kenmerk.willen.doelcongruentie", "+", "coderA"), (s.Source, s.Start, s.End, s.Text, s.Code, s.Value, s.Coder));
        Assert.Equal(result.Text[s.Start..s.End], s.Text);
    }

    [Fact]
    public void All_header_attributes_are_read()
    {
        var s = InlineMarkers.Parse("[[reactie.trotseren.negeren @coderB unit=a.b p=2 account=municipality at=2024-03-01T10:00:00+01:00 memo=\"volgens \\\"de\\\" inkoper | echt\" |tekst]]", "s").Segments.Single();

        Assert.Equal(("a.b", 2, Account.Municipality), (s.Unit, s.Period, s.Account));
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(1)), s.Timestamp);
        Assert.Equal("volgens \"de\" inkoper | echt", s.Memo);
        Assert.Equal("tekst", s.Text);
    }

    [Fact]
    public void Nested_markers_of_different_coders_round_trip()
    {
        const string marked = "Begin [[reactie.volgen @coderA |wij [[kenmerk.weten:+ @coderB |wisten het]] en deden het]] eind.";
        var result = InlineMarkers.Parse(marked, "s");

        Assert.Empty(result.Errors);
        Assert.Equal("Begin wij wisten het en deden het eind.", result.Text);
        Assert.Equal([("reactie.volgen", "wij wisten het en deden het"), ("kenmerk.weten", "wisten het")], result.Segments.Select(s => (s.Code, s.Text)));
        Assert.Equal(marked, InlineMarkers.Write(result.Text, result.Segments));
    }

    [Fact]
    public void The_corpus_transcripts_round_trip_through_parse_and_write()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Support.Repo.Corpus, "sources"), "*.md"))
        {
            var text = File.ReadAllText(file);
            var body = text[(text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..];
            var parsed = InlineMarkers.Parse(body, "s");
            Assert.Empty(parsed.Errors);
            Assert.Equal(body, InlineMarkers.Write(parsed.Text, parsed.Segments));
        }
    }

    [Fact]
    public void Identical_spans_nest_in_a_stable_order()
    {
        var a = new CodedSegment("s", 0, 3, "abc", "reactie.volgen", null, "coderB");
        var b = new CodedSegment("s", 0, 3, "abc", "reactie.trotseren", null, "coderA");
        var written = InlineMarkers.Write("abc", [a, b]);

        Assert.Equal("[[reactie.trotseren @coderA |[[reactie.volgen @coderB |abc]]]]", written);
        Assert.Equal(written, InlineMarkers.Write("abc", [b, a]));
        Assert.Equal(2, InlineMarkers.Parse(written, "s").Segments.Length);
    }

    [Fact]
    public void Overlapping_codings_that_do_not_nest_are_rejected_clearly()
    {
        var a = new CodedSegment("s", 0, 6, "abcdef", "reactie.volgen", null, "coderA");
        var b = new CodedSegment("s", 3, 9, "defghi", "reactie.trotseren", null, "coderB");

        var e = Assert.Throws<InputException>(() => InlineMarkers.Write("abcdefghij", [a, b]));
        Assert.Equal("overlapping-codings", Assert.Single(e.Diagnostics).Code);
        Assert.Contains("coderB", e.Message);
    }

    [Theory]
    [InlineData("tekst\nmeer [[reactie.volgen @coderA tekst zonder streep]]", "f.md:2:6: marker-without-separator")]
    [InlineData("tekst ]] hier", "f.md:1:7: unmatched-close")]
    [InlineData("a\n\n  [[reactie.volgen @coderA |nooit gesloten", "f.md:3:3: unclosed-marker")]
    [InlineData("[[reactie.volgen |zonder codeur]]", "f.md:1:1: missing-coder")]
    [InlineData("[[reactie.volgen @coderA |]]", "f.md:1:1: empty-coding")]
    [InlineData("[[reactie.volgen @coderA kleur=rood |x]]", "f.md:1:1: marker-header")]
    [InlineData("[[reactie.volgen @coderA account=buurman |x]]", "f.md:1:1: marker-header")]
    public void Malformed_markers_are_reported_with_line_and_column(string marked, string expected)
    {
        var result = InlineMarkers.Parse(marked, "s", "f.md");
        Assert.Contains(expected, result.Errors.Select(e => e.ToString()).First());
    }

    [Fact]
    public void Line_numbers_count_from_the_first_line_of_the_body_in_the_file()
    {
        var error = InlineMarkers.Parse("x\n]]", "s", "f.md", firstLine: 20).Errors.Single();
        Assert.Equal((21, 1), (error.Line, error.Column));
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public FsCheck.Property Writing_then_parsing_gives_back_text_and_segments(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        string[] pieces = ["a", "b", " ", "é", "😀", "\n", "|", "\""];
        var text = string.Concat(Enumerable.Range(0, 30).Select(_ => pieces[random.Next(pieces.Length)]));
        // Random properly nested spans: split intervals recursively.
        var segments = new List<CodedSegment>();
        void Split(int start, int end, int depth)
        {
            if (depth > 3 || end - start < 2) return;
            var a = random.Next(start, end);
            var b = random.Next(a + 1, end + 1);
            if (!RefiQda.TextOffsets.IsBoundary(text, a) || !RefiQda.TextOffsets.IsBoundary(text, b)) return;
            segments.Add(new CodedSegment("s", a, b, text[a..b], random.Next(2) == 0 ? "reactie.volgen" : "kenmerk.weten", random.Next(2) == 0 ? null : "+", random.Next(2) == 0 ? "coderA" : "coderB")
            { Period = random.Next(3) == 0 ? 2 : null, Memo = random.Next(4) == 0 ? "een \"memo\"" : null });
            Split(a, b, depth + 1);
            if (b < end) Split(b, end, depth + 1);
        }
        Split(0, text.Length, 0);
        var parsed = InlineMarkers.Parse(InlineMarkers.Write(text, segments), "s");
        var expected = segments.OrderBy(s => s.Start).ThenByDescending(s => s.End).ThenBy(s => s.Coder).ThenBy(s => s.Code).ThenBy(s => s.Value).ToList();
        return (parsed.Text == text && parsed.Errors.IsEmpty && parsed.Segments.Select(s => s.WithoutOrigin()).SequenceEqual(expected)).ToProperty();
    }
}
