using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Jeugdhulp.Research.Assistant.Tests;

/// <summary>A random text (words and separators) and random lexicon terms.</summary>
public sealed record MatchCase(string Text, string[] Terms, bool[] Negated, int[] Codes)
{
    public override string ToString() => $"text: {Text.Replace("\n", "\\n")} | terms: {string.Join(" ; ", Terms.Select((t, i) => (Negated[i] ? "!" : "") + Codes[i] + ":" + t))}";
}

public static class MatchArbitrary
{
    // Inflections, case and diacritic variants, so stemming and folding are exercised.
    private static readonly string[] Words =
    [
        "regel", "regels", "Regels", "handhaving", "handhaven", "niet", "geen", "afdwingbaar", "afdwingbare", "Afdwingen",
        "hiërarchisch", "hierarchische", "netwerk", "netwerken", "markt", "marktwerking", "afspraak", "afspraken", "de", "het",
        "en", "gemeente", "toezicht", "draagvlak", "ruimte", "aanbieders", "aanbieder",
    ];

    private static readonly string[] Separators = [" ", " ", " ", ", ", ". ", "\n", " - ", " (", ") ", "’"];

    private static readonly string[] TermWords =
        ["regels", "regel", "handhaving", "niet", "geen", "afdwingbaar", "afdwing*", "hiërarch*", "netwerk", "markt*", "afspraken", "de", "aanbieder*", "ruimte"];

    internal static Gen<string> Phrase() =>
        from n in Gen.Choose(1, 3)
        from words in Gen.ArrayOf(Gen.Elements(TermWords), n)
        select string.Join(" ", words);

    internal static Gen<string> Term() =>
        from kind in Gen.Choose(0, 4)
        from a in Phrase()
        from b in Phrase()
        from n in Gen.Choose(1, 6)
        select kind switch
        {
            0 or 1 => a,
            2 => $"NEAR/{n}({a}, {b})",
            3 => $"{a} .../{n} {b}",
            _ => $"{a} ... {b}",
        };

    public static Arbitrary<MatchCase> Cases() => Arb.From(
        from length in Gen.Choose(0, 60)
        from words in Gen.ArrayOf(Gen.Elements(Words), length)
        from seps in Gen.ArrayOf(Gen.Elements(Separators), length)
        from count in Gen.Choose(1, 6)
        from terms in Gen.ArrayOf(Term(), count)
        from negated in Gen.ArrayOf(Gen.Elements(false, false, true), count)
        from codes in Gen.ArrayOf(Gen.Choose(0, 1), count)
        select new MatchCase(string.Concat(words.Zip(seps, (w, s) => w + s)), terms, negated, codes));
}

/// <summary>The one-pass matcher against a brute-force reference that tries every position of every term.</summary>
[Properties(Arbitrary = [typeof(MatchArbitrary)], MaxTest = 300)]
public class MatcherPropertyTests
{
    internal static Lexicon Build(MatchCase c)
    {
        var terms = new List<LexiconTerm>();
        for (var i = 0; i < c.Terms.Length; i++)
        {
            var parsed = TermSyntax.Parse(c.Terms[i], 5, []) ?? throw new InvalidOperationException(c.Terms[i]);
            var negated = c.Negated[i] && parsed.Kind != TermKind.Near;
            terms.Add(new LexiconTerm
            {
                Code = "code" + c.Codes[i], Text = c.Terms[i], Kind = parsed.Kind, First = parsed.First, Second = parsed.Second,
                Window = parsed.Window, Negated = negated,
            });
        }
        return new Lexicon("test", 5, terms.GroupBy(t => t.Code).Select(g => new LexiconEntry(g.Key, [.. g])));
    }

    [Property]
    public bool Matcher_finds_exactly_what_the_naive_reference_finds(MatchCase c)
    {
        var lexicon = Build(c);
        var fast = new LexiconMatcher(lexicon).Match(PdfText.Analyse(c.Text))
            .Select(m => (m.Term.Text, m.Term.Code, m.StartWord, m.EndWord, m.StartLine, m.EndLine)).Order().ToList();
        var naive = Naive(lexicon, c.Text).Order().ToList();
        return fast.SequenceEqual(naive);
    }

    [Fact]
    public void Naive_reference_and_matcher_agree_on_a_hand_made_case()
    {
        var c = new MatchCase("De regels worden niet afdwingbaar gehandhaafd.\nHandhaving van regels, afspraken.",
            ["afdwingbaar", "niet ... afdwingbaar", "NEAR/3(regels, handhaving)", "afspraken"], [false, true, false, false], [0, 0, 1, 1]);
        var lexicon = Build(c);
        var fast = new LexiconMatcher(lexicon).Match(PdfText.Analyse(c.Text));
        Assert.DoesNotContain(fast, m => m.Term.Text == "afdwingbaar"); // cancelled by the negation on the same word
        var negation = Assert.Single(fast, m => m.Term.Negated);
        Assert.Equal((3, 4, 1), (negation.StartWord, negation.EndWord, negation.StartLine));
        var near = Assert.Single(fast, m => m.Term.Kind == TermKind.Near);
        Assert.Equal((6, 8, 2, 2), (near.StartWord, near.EndWord, near.StartLine, near.EndLine)); // "handhaving van regels": line 1's pair is 5 words apart
        Assert.Equal(Naive(lexicon, c.Text).Order(), fast.Select(m => (m.Term.Text, m.Term.Code, m.StartWord, m.EndWord, m.StartLine, m.EndLine)).Order());
    }

    [Fact]
    public void A_word_whose_stem_undoubles_a_vowel_is_found_like_the_reference_finds_it()
    {
        // "weet" and "weten" share the stem "wet", but "weet" starts with "wee": the screen must know the stem's keys too.
        var c = new MatchCase("ik weet het niet. we maken afspraken", ["weten", "maakt"], [false, false], [0, 0]);
        var lexicon = Build(c);
        var fast = new LexiconMatcher(lexicon).Match(PdfText.Analyse(c.Text))
            .Select(m => (m.Term.Text, m.Term.Code, m.StartWord, m.EndWord, m.StartLine, m.EndLine)).Order().ToList();

        Assert.Equal(Naive(lexicon, c.Text).Order(), fast);
        Assert.Contains(fast, m => m.Text == "weten" && m.StartWord == 1);
    }

    // Brute force: tokenise with a regex, stem without a cache, and test every end position of every term.
    internal static List<(string, string, int, int, int, int)> Naive(Lexicon lexicon, string text)
    {
        var tokens = NaiveTokens(text);
        var stems = tokens.Select(t => DutchStems.StemUncached(t.Word)).ToList();
        bool WordAt(int i, LexiconWord w) => w.IsPrefix ? tokens[i].Word.StartsWith(w.Text, StringComparison.Ordinal) : stems[i] == w.Stem;
        bool EndsAt(ImmutableArray<LexiconWord> p, int end) => end - p.Length + 1 >= 0 && Enumerable.Range(0, p.Length).All(k => WordAt(end - p.Length + 1 + k, p[k]));
        var fired = new List<(LexiconTerm Term, int Start, int End)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var atI = new List<(LexiconTerm, int, int)>();
            foreach (var t in lexicon.Terms)
            {
                var a = t.First;
                var b = t.Second;
                switch (t.Kind)
                {
                    case TermKind.Phrase:
                        if (EndsAt(a, i)) atI.Add((t, i - a.Length + 1, i));
                        break;
                    case TermKind.Near:
                    {
                        var same = a.SequenceEqual(b);
                        int? Partner(ImmutableArray<LexiconWord> other, bool strict)
                        {
                            for (var e = i - (strict ? 1 : 0); e >= 0; e--) if (EndsAt(other, e)) return e;
                            return null;
                        }
                        var best = -1;
                        if (EndsAt(a, i) && Partner(b, same) is { } pb && i - pb <= t.Window) best = Math.Min(i - a.Length + 1, pb - b.Length + 1);
                        else if (EndsAt(b, i) && Partner(a, same) is { } pa && i - pa <= t.Window) best = Math.Min(i - b.Length + 1, pa - a.Length + 1);
                        if (best >= 0) atI.Add((t, best, i));
                        break;
                    }
                    default:
                        if (EndsAt(b, i))
                        {
                            var startB = i - b.Length + 1;
                            for (var e = startB - 1; e >= 0; e--)
                                if (EndsAt(a, e)) { if (startB - e <= t.Window) atI.Add((t, e - a.Length + 1, i)); break; }
                        }
                        break;
                }
            }
            fired.AddRange(atI.Where(f => f.Item1.Negated || !atI.Any(n => n.Item1.Negated && n.Item1.Code == f.Item1.Code)));
        }
        return [.. fired.Select(f => (f.Term.Text, f.Term.Code, f.Start, f.End, tokens[f.Start].Line, tokens[f.End].Line))];
    }

    // Elided compounds and hyphen prefixes that keep their hyphen at a line end (the rules of PdfText, restated).
    private static readonly string[] ElisionWords = ["en", "of", "tot", "noch", "t/m", "als"];
    private static readonly string[] HyphenPrefixes = ["niet", "ex", "anti", "non", "semi", "vice", "oud", "co", "pre", "post", "extra", "sub"];

    // Words as runs of letters and digits (soft hyphens and joiners inside a word vanish), each with the line of its
    // first character; a word ending in letter + hyphen at a line end goes on with a lower-case word at the start of
    // the next line, unless the hyphen is real ("niet-", "wet- en regelgeving").
    internal static List<(string Word, int Line)> NaiveTokens(string text)
    {
        var raw = Regex.Matches(text, @"[\p{L}\p{N}][\p{L}\p{N}\u00AD\u200C\u200D\u2060\uFEFF]*").ToList();
        var tokens = new List<(string Word, int Line)>();
        for (var k = 0; k < raw.Count; k++)
        {
            var word = TextFold.FoldText(raw[k].Value);
            var line = 1 + text[..raw[k].Index].Count(ch => ch == '\n');
            while (k + 1 < raw.Count && JoinsNext(text, raw[k], raw[k + 1]))
                word += TextFold.FoldText(raw[++k].Value);
            tokens.Add((word, line));
        }
        return tokens;
    }

    private static bool JoinsNext(string text, Match word, Match next)
    {
        var gap = text[(word.Index + word.Length)..next.Index];
        if (!Regex.IsMatch(gap, @"^-[ \t]*\r?\n[ \t]*$") || !char.IsLetter(word.Value[^1]) || !char.IsLower(next.Value[0])) return false;
        var lineStart = text.LastIndexOf('\n', word.Index) + 1;
        if (word.Index + word.Length + 1 - lineStart < 3) return false;
        var fragment = new string(word.Value.Reverse().TakeWhile(char.IsLetter).Reverse().ToArray());
        if (HyphenPrefixes.Any(p => fragment.Equals(p, StringComparison.OrdinalIgnoreCase))) return false;
        var first = new string(text[next.Index..].TakeWhile(ch => !char.IsWhiteSpace(ch) && ch is not (',' or '.' or ';')).ToArray());
        return !ElisionWords.Contains(first, StringComparer.Ordinal);
    }
}
