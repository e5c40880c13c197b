using System.Xml.Linq;
using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Display;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Coding.Sources;
using Jeugdhulp.Research.Coding.Tests.Support;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Coding.Tests.Display;

/// <summary>
/// The highlighted view of a coded source: every mark holds exactly the coded words, whatever overlaps, escapes or
/// characters outside the BMP come before it, and the text is the text the offsets count.
/// </summary>
public class CodedSourceHtmlTests
{
    private static readonly Lazy<CodingProject> Corpus = new(() => CodingProjectLoader.Load(Repo.Corpus));

    /// <summary>Parses the fragment as XML: proof that every element is closed and nested, and every text escaped.</summary>
    private static XElement Parse(string html) => XElement.Parse(html, LoadOptions.PreserveWhitespace);

    private static XElement TextDiv(XElement root) => root.Descendants("div").Single(d => (string?)d.Attribute("class") == "jhr-text");

    /// <summary>The text shown in the transcript, without the numbered tags after the marks.</summary>
    private static string ShownText(XElement element) =>
        string.Concat(element.DescendantNodes().OfType<XText>().Where(t => t.Parent!.AncestorsAndSelf("sup").FirstOrDefault() is null).Select(t => t.Value));

    /// <summary>The fragments of segment <paramref name="number"/>, outermost first in document order.</summary>
    private static List<XElement> Fragments(XElement root, int number) =>
        [.. TextDiv(root).Descendants("mark").Where(m => (string?)m.Attribute("data-seg") == number.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>The text of segment <paramref name="number"/>: its fragments' text, nested marks included, tags excluded.</summary>
    private static string SegmentText(XElement root, int number) => string.Concat(Fragments(root, number).Select(ShownText));

    private static SourceDocument Source(string text, string id = "bron") => new()
    {
        Id = id,
        Kind = SourceKind.Interview,
        File = id + ".md",
        Text = text,
        Case = "stad",
        Units = [Evidences.Unit],
        Turns = SpeakerTurns.Parse(text),
    };

    private static Evidence Segment(SourceDocument source, int start, int end, string code = "reactie.volgen", string coder = "coderA",
        string? value = null, Account account = Account.Self) =>
        new(new CodedSegment(source.Id, start, end, source.Text[start..end], code, value, coder), Evidences.Unit, 1, account, null);

    [Fact]
    public void Every_mark_of_every_corpus_source_holds_exactly_the_coded_text_and_the_transcript_is_the_source_text()
    {
        var project = Corpus.Value;
        foreach (var source in project.Sources)
        {
            var view = project.ShowSource(source.Id);
            var root = Parse(view.ToHtml());
            var ordered = CodedSourceHtml.Ordered(source, view.Evidence);

            Assert.Equal(source.Text, ShownText(TextDiv(root)));
            Assert.Equal(project.Evidence().Count(e => e.Source == source.Id), ordered.Length);
            for (var n = 1; n <= ordered.Length; n++)
            {
                var e = ordered[n - 1];
                Assert.Equal(source.Text[e.Start..e.End], SegmentText(root, n));
                var first = Fragments(root, n)[0];
                Assert.Equal((e.Code, e.Value ?? "", e.Coder, AccountNames.ToName(e.Account)),
                    ((string)first.Attribute("data-code")!, (string)first.Attribute("data-value")!, (string)first.Attribute("data-coder")!, (string)first.Attribute("data-account")!));
                Assert.Single(TextDiv(root).Descendants("sup"), s => (string?)s.Attribute("data-seg") == n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public void The_Eikenhof_interview_shows_both_coders_nested_speaker_turns_and_the_passage_table()
    {
        var project = Corpus.Value;
        var html = project.ShowSource("kustwijk-eikenhof-beleid-2019").ToHtml();
        var root = Parse(html);

        var speakers = TextDiv(root).Descendants("span").Where(s => (string?)s.Attribute("class") == "jhr-speaker").ToList();
        Assert.Equal(project.FindSource("kustwijk-eikenhof-beleid-2019")!.Turns.Length, speakers.Count);
        Assert.Equal("**Samir Bouzid (beleid):** ", speakers[1].Value);
        Assert.Equal("Samir Bouzid (beleid, Eikenhof Jeugd-GGZ)", (string)speakers[1].Attribute("title")!);
        // coderB's longer balanceren span holds coderA's conformeren span.
        var outer = TextDiv(root).Descendants("mark").Single(m => (string?)m.Attribute("data-code") == "reactie.compromis-sluiten.balanceren");
        Assert.Equal("de budgetplafonds hanteren we natuurlijk wel, anders worden we niet betaald", ShownText(outer));
        var inner = Assert.Single(outer.Elements("mark"));
        Assert.Equal(("reactie.volgen.conformeren", "coderA", "de budgetplafonds hanteren we natuurlijk wel"),
            ((string)inner.Attribute("data-code")!, (string)inner.Attribute("data-coder")!, inner.Value));
        Assert.Contains("<sup class=\"jhr-tag\" data-seg=\"9\">9 reactie.trotseren @coderA</sup>", html);
        Assert.Contains("<caption>Gecodeerde passages (11)</caption>", html);
        Assert.Contains("<span class=\"jhr-fictitious\">FICTIEF</span>", html);
        Assert.Contains("class=\"jhr-seg jhr-coder-0 jhr-fam-kenmerk\"", html);
        Assert.Contains("class=\"jhr-seg jhr-coder-1 jhr-fam-reactie\"", html);
    }

    [Fact]
    public void Others_accounts_are_marked_and_named_in_the_tag()
    {
        var html = Corpus.Value.ShowSource("heidestein-gemeente-beleid-2020").ToHtml();

        Assert.Contains("<sup class=\"jhr-tag\" data-seg=\"1\">1 reactie.volgen.vanzelfsprekend @coderA · municipality</sup>", html);
        Assert.Matches("<mark class=\"jhr-seg jhr-coder-0 jhr-fam-reactie jhr-others\" data-seg=\"1\"", html);
    }

    [Fact]
    public void One_coders_view_marks_only_that_coders_passages()
    {
        var view = Corpus.Value.ShowSource("kustwijk-eikenhof-beleid-2019", CoderSelection.Of("coderB"));
        var marks = TextDiv(Parse(view.ToHtml())).Descendants("mark").ToList();

        Assert.Equal(5, view.Evidence.Length);
        Assert.All(marks, m => Assert.Equal("coderB", (string)m.Attribute("data-coder")!));
        Assert.Equal("Bron kustwijk-eikenhof-beleid-2019: 5 gecodeerde passages", view.ToString());
    }

    [Fact]
    public void Hostile_text_speaker_names_codes_and_coders_are_escaped_and_shown_verbatim()
    {
        var text = "Intro <script>alert('x')</script> & \"quotes\"\n**<img src=x onerror=x> (rol):** wij <b>volgen</b> & \"meer\" ' hier";
        var source = Source(text) with { Title = "<iframe src=\"https://example.org\">", Speakers = [new Speaker("<img src=x onerror=x>", "<rol>", "Org & \"Co\"")] };
        var start = text.IndexOf("<b>", StringComparison.Ordinal);
        var hostile = new Evidence(new CodedSegment("bron", start, text.Length, text[start..], "reactie.\"><script>x</script>", "<v>", "coder\"<x>"), Evidences.Unit, 1, Account.Self, "<s>");

        var html = CodedSourceHtml.ToHtml(source, [hostile, Segment(source, 0, 5)]);
        var root = Parse(html);

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Equal(text, ShownText(TextDiv(root)));
        Assert.Equal(text[start..], SegmentText(root, 2));
        Assert.Equal("reactie.\"><script>x</script>", (string)Fragments(root, 2)[0].Attribute("data-code")!);
        Assert.Equal("coder\"<x>", (string)Fragments(root, 2)[0].Attribute("data-coder")!);
        var speaker = TextDiv(root).Descendants("span").Single();
        Assert.Equal(("**<img src=x onerror=x> (rol):** ", "<img src=x onerror=x> (rol, Org & \"Co\")"), (speaker.Value, (string)speaker.Attribute("title")!));
        Assert.Equal(["style", "p", "p", "p", "p", "div", "table"], root.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["mark", "sup", "span", "mark", "sup"], TextDiv(root).Descendants().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void Crossing_segments_are_split_into_fragments_that_together_hold_each_coded_text()
    {
        var source = Source("abcdefghij");
        var first = Segment(source, 2, 6, coder: "coderA");
        var second = Segment(source, 4, 8, coder: "coderB");

        var html = CodedSourceHtml.ToHtml(source, [second, first]);
        var root = Parse(html);
        var div = TextDiv(root);

        Assert.Equal("cdef", SegmentText(root, 1));
        Assert.Equal("efgh", SegmentText(root, 2));
        Assert.Single(Fragments(root, 1));
        Assert.Equal(["ef", "gh"], Fragments(root, 2).Select(f => f.Value));
        Assert.Equal("abcdefghij", ShownText(div));
        // ab [cd [ef]] ¹ [gh] ² ij
        Assert.Equal(["ab", "cd", "ef", "1 reactie.volgen @coderA", "gh", "2 reactie.volgen @coderB", "ij"],
            div.DescendantNodes().OfType<XText>().Select(t => t.Value));
    }

    [Fact]
    public void Three_overlapping_segments_and_identical_spans_stay_well_formed()
    {
        var source = Source("0123456789ABCDEFGHIJ");
        var segments = new[]
        {
            Segment(source, 0, 10, coder: "coderA"), Segment(source, 5, 15, coder: "coderB"), Segment(source, 8, 20, coder: "coderC"),
            Segment(source, 5, 15, "kenmerk.weten", "coderA", "+"), Segment(source, 12, 12, coder: "coderA"),
        };

        var root = Parse(CodedSourceHtml.ToHtml(source, segments));
        var ordered = CodedSourceHtml.Ordered(source, segments);

        for (var n = 1; n <= ordered.Length; n++)
            Assert.Equal(source.Text[ordered[n - 1].Start..ordered[n - 1].End], SegmentText(root, n));
        Assert.Equal(source.Text, ShownText(TextDiv(root)));
        Assert.Equal(5, TextDiv(root).Descendants("sup").Count());
    }

    [Fact]
    public void A_segment_after_emoji_marks_the_words_its_UTF16_offsets_name()
    {
        var text = "😀👍🏽 Wij volgen de gemeente 🇳🇱, zeker.";
        var source = Source(text);
        var start = text.IndexOf("volgen", StringComparison.Ordinal);
        Assert.Equal(11, start); // 😀, 👍 and 🏽 are two UTF-16 code units each, one code point each

        var html = CodedSourceHtml.ToHtml(source, [Segment(source, start, start + "volgen de gemeente 🇳🇱".Length)]);
        var root = Parse(html);

        Assert.Equal("volgen de gemeente 🇳🇱", SegmentText(root, 1));
        Assert.Contains("😀👍🏽 Wij <mark", html, StringComparison.Ordinal);
        Assert.Contains("gemeente 🇳🇱</mark>", html, StringComparison.Ordinal);
        Assert.Equal(text, ShownText(TextDiv(root)));
    }

    [Fact]
    public void A_loaded_source_with_emoji_before_an_inline_marker_is_marked_at_the_right_words()
    {
        var dir = Repo.CopyOfCorpus();
        File.WriteAllText(Path.Combine(dir, "sources", "emoji.md"),
            "---\nkind: interview\ncase: kustwijk\nunits: [kustwijk.de-wilg]\nspeakers:\n  - {name: Jan, role: uitvoering, organisation: De Wilg}\n---\n" +
            "**Jan (uitvoering):** 😀 Eerlijk 🤷🏽‍♀️: [[reactie.niets-doen @coderA |we doen gewoon ons werk]] 👍.\n");
        var project = CodingProjectLoader.Load(dir);

        var root = Parse(project.ShowSource("emoji").ToHtml());

        Assert.Equal("we doen gewoon ons werk", SegmentText(root, 1));
        Assert.Equal("**Jan (uitvoering):** 😀 Eerlijk 🤷🏽‍♀️: we doen gewoon ons werk 👍.\n", ShownText(TextDiv(root)));
    }

    [Fact]
    public void A_corpus_saved_with_CRLF_line_endings_renders_exactly_as_with_LF()
    {
        var dir = Repo.CopyOfCorpus();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(dir, "sources"), "*.md"))
            File.WriteAllText(file, File.ReadAllText(file).Replace("\n", "\r\n"));
        var crlf = CodingProjectLoader.Load(dir);
        var lf = Corpus.Value;

        Assert.All(crlf.Sources, s => Assert.Equal(LineEndings.Crlf, s.LineEndings));
        foreach (var source in lf.Sources)
        {
            var expected = lf.ShowSource(source.Id).ToHtml();
            var actual = crlf.ShowSource(source.Id).ToHtml();
            Assert.DoesNotContain('\r', actual);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Segments_outside_the_text_of_another_source_or_inside_a_surrogate_pair_are_refused_with_the_segment_named()
    {
        var source = Source("a😀b");

        var outside = Assert.Throws<ArgumentException>(() => CodedSourceHtml.ToHtml(source, [Segment(source, 0, 1) with { Segment = new CodedSegment("bron", 2, 9, "x", "reactie.volgen", null, "coderA") }]));
        Assert.Contains("bron@2-9 (reactie.volgen, coderA) lies outside the text of 'bron' (4 UTF-16 code units)", outside.Message);
        var other = Assert.Throws<ArgumentException>(() => CodedSourceHtml.ToHtml(source, [Segment(Source("abcd", "ander"), 0, 1)]));
        Assert.Contains("belongs to source 'ander', not to 'bron'", other.Message);
        var split = Assert.Throws<ArgumentException>(() => CodedSourceHtml.ToHtml(source, [Segment(source, 0, 1) with { Segment = new CodedSegment("bron", 2, 4, "x", "reactie.volgen", null, "coderA") }]));
        Assert.Contains("bron@2-4 (reactie.volgen, coderA) splits a character outside the BMP", split.Message);
    }

    [Fact]
    public void An_unknown_source_or_coder_is_an_input_error_that_names_the_choices()
    {
        var source = Assert.Throws<InputException>(() => Corpus.Value.ShowSource("bestaat-niet"));
        Assert.Equal("unknown-source", source.Diagnostics.Single().Code);
        Assert.Contains("kustwijk-eikenhof-beleid-2019", source.Message);
        var coder = Assert.Throws<InputException>(() => Corpus.Value.ShowSource("kustwijk-eikenhof-beleid-2019", CoderSelection.Of("coderZ")));
        Assert.Equal("unknown-coder", coder.Diagnostics.Single().Code);
    }
}
