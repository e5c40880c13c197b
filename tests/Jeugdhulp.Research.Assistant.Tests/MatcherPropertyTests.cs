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

    /// <summary>
    /// The Snowball Dutch stem of every folded word the generators and the hand-made cases use, fixed here so the
    /// reference shares no code with the matcher (which stems through Lucene.Net's port). Computed with the Python
    /// port of the same algorithm (snowballstemmer 2.2.0, Debian's python3-snowballstemmer; M. Porter, "Dutch stemming
    /// algorithm", snowballstem.org): <c>snowballstemmer.stemmer('dutch').stemWord(word)</c>.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string> SnowballStems = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["aanbieder"] = "aanbieder",
        ["aanbieders"] = "aanbieder",
        ["afdwingbaar"] = "afdwing",
        ["afdwingbare"] = "afdwing",
        ["afdwingen"] = "afdwing",
        ["afspraak"] = "afsprak",
        ["afspraken"] = "afsprak",
        ["client"] = "client",
        ["cooperatie"] = "cooperatie",
        ["de"] = "de",
        ["draagvlak"] = "draagvlak",
        ["een"] = "een",
        ["en"] = "en",
        ["geen"] = "gen",
        ["gehandhaafd"] = "gehandhaafd",
        ["gemeente"] = "gemeent",
        ["handhaven"] = "handhav",
        ["handhaving"] = "handhav",
        ["het"] = "het",
        ["hierarchisch"] = "hierarchisch",
        ["hierarchische"] = "hierarchisch",
        ["ik"] = "ik",
        ["maakt"] = "maakt",
        ["maken"] = "mak",
        ["markt"] = "markt",
        ["marktwerking"] = "marktwerk",
        ["netwerk"] = "netwerk",
        ["netwerken"] = "netwerk",
        ["niet"] = "niet",
        ["of"] = "of",
        ["regel"] = "regel",
        ["regels"] = "regel",
        ["ruimte"] = "ruimt",
        ["toezicht"] = "toezicht",
        ["van"] = "van",
        ["we"] = "we",
        ["weet"] = "wet",
        ["weten"] = "wet",
        ["worden"] = "word",
    };

    /// <summary>
    /// Words joined across a hyphenated line end (only the PDF-like texts have them) that stem like a lexicon word,
    /// from the same Python port. Every other join of two to four vocabulary words (as the joining rules allow them)
    /// stems to something no lexicon word of the generators stems to, checked with snowballstemmer 2.2.0 over all of
    /// them, so the reference treats it as matching no plain lexicon word. Longer joins are discarded by the tests.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string> SnowballJoinStems = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["afdwingende"] = "afdwing",
        ["afsprakende"] = "afsprak",
        ["handhavende"] = "handhav",
        ["netwerkende"] = "netwerk",
    };

    /// <summary>The longest join whose stem the tables above settle.</summary>
    internal const int MaxJoinedParts = 4;

    private static readonly IReadOnlyDictionary<char, char> Diacritics = new Dictionary<char, char> { ['ë'] = 'e', ['ö'] = 'o', ['é'] = 'e', ['ï'] = 'i' };

    /// <summary>
    /// Folding written out for the characters the generators use (ASCII lower-cased, the four accented vowels plain,
    /// soft hyphen and zero-width joiners dropped), independent of the matcher's Unicode-wide folding table. Any other
    /// character fails the test, asking for it to be added here.
    /// </summary>
    internal static string ReferenceFold(string word)
    {
        var folded = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c is '\u00AD' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF') continue;
            var lower = char.ToLowerInvariant(c);
            if (lower < 128) folded.Append(lower);
            else if (Diacritics.TryGetValue(lower, out var plain)) folded.Append(plain);
            else throw new InvalidOperationException($"the reference fold has no entry for '{c}' (U+{(int)c:X4})");
        }
        return folded.ToString();
    }

    /// <summary>The stem of a folded token made of <paramref name="parts"/> words (more than one: joined across a line end).</summary>
    internal static string ReferenceStem(string word, int parts) => parts == 1
        ? SnowballStems.TryGetValue(word, out var stem) ? stem : throw new InvalidOperationException($"add the Snowball stem of '{word}' to SnowballStems")
        : parts <= MaxJoinedParts ? SnowballJoinStems.GetValueOrDefault(word, "\0join:" + word)
        : throw new InvalidOperationException($"'{word}' joins {parts} words; the reference settles joins of up to {MaxJoinedParts}");

    // Brute force: tokenise with a regex, stem and fold from the fixed tables, and test every end position of every term.
    internal static List<(string, string, int, int, int, int)> Naive(Lexicon lexicon, string text)
    {
        var parts = NaiveTokenParts(text);
        var tokens = parts.Select(t => (t.Word, t.Line)).ToList();
        var stems = parts.Select(t => ReferenceStem(t.Word, t.Parts)).ToList();
        bool WordAt(int i, LexiconWord w) => w.IsPrefix
            ? tokens[i].Word.StartsWith(ReferenceFold(w.Text), StringComparison.Ordinal)
            : stems[i] == ReferenceStem(ReferenceFold(w.Text), 1);
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
    internal static List<(string Word, int Line)> NaiveTokens(string text) => [.. NaiveTokenParts(text).Select(t => (t.Word, t.Line))];

    /// <summary>The tokens with the number of words each joins (1 for a word not hyphenated across a line end).</summary>
    internal static List<(string Word, int Line, int Parts)> NaiveTokenParts(string text)
    {
        var raw = Regex.Matches(text, @"[\p{L}\p{N}][\p{L}\p{N}\u00AD\u200C\u200D\u2060\uFEFF]*").ToList();
        var tokens = new List<(string Word, int Line, int Parts)>();
        for (var k = 0; k < raw.Count; k++)
        {
            var word = ReferenceFold(raw[k].Value);
            var line = 1 + text[..raw[k].Index].Count(ch => ch == '\n');
            var parts = 1;
            while (k + 1 < raw.Count && JoinsNext(text, raw[k], raw[k + 1]))
            {
                word += ReferenceFold(raw[++k].Value);
                parts++;
            }
            tokens.Add((word, line, parts));
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
