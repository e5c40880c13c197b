using System.Collections.Immutable;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// All terms of a lexicon compiled into one multi-pattern matcher that finds every term in a single pass over a
/// text's words. Each word is screened by a 64 k-bit table keyed by its first three letters (almost every word of a
/// corpus stops there); only candidates are compared with the wildcard prefixes and stemmed (with a bounded cache).
/// Phrases are recognised at their last word by looking back in a ring of recent candidate words, NEAR and
/// before-terms by the last positions of their phrases: together an Aho-Corasick-like automaton over words.
/// Memory is fixed by the lexicon, not by the text; matching is thread-safe (per-thread scratch).
/// </summary>
public sealed class LexiconMatcher
{
    private const int Ring = 128;
    private const int MaxWordsPerToken = 16;
    private const int History = 8;

    private readonly ImmutableArray<LexiconWord> _words;
    private readonly ulong[] _keyBits = new ulong[65536 / 64];
    private readonly Dictionary<int, (int[] Prefixes, bool AnyStem)> _keys = [];
    private readonly Dictionary<string, int[]> _stems = new(StringComparer.Ordinal);
    private readonly int[][] _phrases;                 // phrase id -> word ids
    private readonly int[][] _phrasesByLastWord;       // word id -> phrase ids ending in it
    private readonly (int Term, int Role)[][] _termsByPhrase; // role: 0 phrase, 1 near A, 2 near B, 3 before A, 4 before B
    private readonly (int A, int B)[] _termPhrases;
    private readonly ImmutableArray<LexiconTerm> _terms;
    private readonly ThreadLocal<Scratch> _scratch;

    /// <summary>Compiles <paramref name="lexicon"/>.</summary>
    public LexiconMatcher(Lexicon lexicon)
    {
        Lexicon = lexicon;
        _terms = lexicon.Terms;
        var wordIds = new Dictionary<(string, bool), int>();
        var words = ImmutableArray.CreateBuilder<LexiconWord>();
        int WordId(LexiconWord w)
        {
            if (wordIds.TryGetValue((w.Text, w.IsPrefix), out var id)) return id;
            wordIds[(w.Text, w.IsPrefix)] = id = words.Count;
            words.Add(w);
            return id;
        }
        var phraseIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var phrases = new List<int[]>();
        int PhraseId(ImmutableArray<LexiconWord> phrase)
        {
            var ids = phrase.Select(WordId).ToArray();
            var key = string.Join(',', ids);
            if (phraseIds.TryGetValue(key, out var id)) return id;
            phraseIds[key] = id = phrases.Count;
            phrases.Add(ids);
            return id;
        }
        _termPhrases = new (int, int)[_terms.Length];
        for (var t = 0; t < _terms.Length; t++)
        {
            var term = _terms[t];
            _termPhrases[t] = (PhraseId(term.First), term.Kind == TermKind.Phrase ? -1 : PhraseId(term.Second));
        }
        _words = words.ToImmutable();
        _phrases = [.. phrases];
        var byLast = new List<int>[_words.Length];
        for (var w = 0; w < byLast.Length; w++) byLast[w] = [];
        for (var p = 0; p < _phrases.Length; p++) byLast[_phrases[p][^1]].Add(p);
        _phrasesByLastWord = [.. byLast.Select(l => l.ToArray())];
        var byPhrase = new List<(int, int)>[_phrases.Length];
        for (var p = 0; p < byPhrase.Length; p++) byPhrase[p] = [];
        for (var t = 0; t < _terms.Length; t++)
        {
            var (a, b) = _termPhrases[t];
            switch (_terms[t].Kind)
            {
                case TermKind.Phrase: byPhrase[a].Add((t, 0)); break;
                case TermKind.Near: byPhrase[a].Add((t, 1)); if (b != a) byPhrase[b].Add((t, 2)); break;
                default: byPhrase[a].Add((t, 3)); byPhrase[b].Add((t, 4)); break;
            }
        }
        _termsByPhrase = [.. byPhrase.Select(l => l.ToArray())];

        var prefixes = new Dictionary<int, List<int>>();
        var stemKeys = new HashSet<int>();
        var stems = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var w = 0; w < _words.Length; w++)
        {
            var word = _words[w];
            var key = Key(word.Text);
            _keyBits[key >> 6] |= 1UL << (key & 63);
            if (word.IsPrefix)
            {
                if (!prefixes.TryGetValue(key, out var list)) prefixes[key] = list = [];
                list.Add(w);
            }
            else
            {
                // A word is found through its stem, and the stemmer undoubles a vowel before a final consonant
                // ("weet" -> "wet", like "weten"): screen the keys of the stem and of its doubled form too.
                foreach (var k in StemKeys(word.Text, word.Stem!))
                {
                    _keyBits[k >> 6] |= 1UL << (k & 63);
                    stemKeys.Add(k);
                }
                if (!stems.TryGetValue(word.Stem!, out var list)) stems[word.Stem!] = list = [];
                list.Add(w);
            }
        }
        foreach (var key in prefixes.Keys.Union(stemKeys))
            _keys[key] = (prefixes.TryGetValue(key, out var p) ? [.. p] : [], stemKeys.Contains(key));
        foreach (var (stem, ids) in stems) _stems[stem] = [.. ids];
        _scratch = new ThreadLocal<Scratch>(() => new Scratch(_phrases.Length, _terms.Length));
    }

    /// <summary>The lexicon compiled.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>Every term occurrence in <paramref name="text"/>, in text order (by last word).</summary>
    public List<TermMatch> Match(PdfText text)
    {
        var result = new List<TermMatch>();
        Match(text, result);
        return result;
    }

    /// <summary>Adds every term occurrence in <paramref name="text"/> to <paramref name="matches"/> and returns the number of words read.</summary>
    public long Match(PdfText text, List<TermMatch> matches)
    {
        var scratch = _scratch.Value!;
        scratch.Reset();
        var sink = new Sink(this, scratch, text, matches);
        Tokenizer.Scan(text, ref sink);
        return sink.Words;
    }

    /// <summary>The words of the lexicon that the folded word <paramref name="folded"/> matches (for tests and explanations).</summary>
    public IReadOnlyList<LexiconWord> WordsMatching(string folded) => [.. MatchWord(folded, _scratch.Value!).Select(i => _words[i])];

    // Keys of every word that can have this stem: the word itself, the stem, and for a stem consonant-vowel-consonant
    // the word with that vowel doubled (the Snowball stemmer's "undouble vowel" step is the only one that changes the
    // first three letters: "weet" -> "wet", "boom" -> "bom").
    private static IEnumerable<int> StemKeys(string text, string stem)
    {
        yield return Key(text);
        yield return Key(stem);
        if (stem.Length == 3 && "aeou".Contains(stem[1]) && !"aeiouy".Contains(stem[0]) && !"aeiouyè".Contains(stem[2]))
            yield return Key(string.Concat(stem.AsSpan(0, 2), stem.AsSpan(1)));
    }

    // First three letters (or the whole word when shorter, with its length) hashed to 16 bits.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Key(ReadOnlySpan<char> word)
    {
        uint h = word.Length >= 3 ? 0u : (uint)word.Length * 40503u;
        var n = Math.Min(3, word.Length);
        for (var i = 0; i < n; i++) h = (h * 7919u) + word[i];
        return (int)((h ^ (h >> 16)) & 0xFFFF);
    }

    // The lexicon words a folded word matches: screened by the key bits, then one probe of a per-thread direct-mapped
    // cache of earlier answers (fixed size), computed on a miss from the wildcard prefixes and the stem.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int[] MatchWord(ReadOnlySpan<char> folded, Scratch scratch)
    {
        var key = Key(folded);
        if ((_keyBits[key >> 6] & (1UL << (key & 63))) == 0) return [];
        uint h = 2166136261;
        foreach (var c in folded) h = (h ^ c) * 16777619;
        var slot = (int)((h ^ (h >> 15)) & (Scratch.CacheSlots - 1));
        if (scratch.CacheKeys[slot] is { } known && folded.SequenceEqual(known)) return scratch.CacheValues[slot];
        var (prefixes, anyStem) = _keys[key];
        var ids = new List<int>();
        foreach (var p in prefixes)
            if (folded.StartsWith(_words[p].Text, StringComparison.Ordinal)) ids.Add(p);
        if (anyStem && _stems.TryGetValue(scratch.Stems.Stem(folded), out var stemmed)) ids.AddRange(stemmed);
        var result = ids.Count == 0 ? [] : ids.Take(MaxWordsPerToken).ToArray();
        scratch.CacheKeys[slot] = folded.ToString();
        scratch.CacheValues[slot] = result;
        return result;
    }

    private sealed class Scratch(int phrases, int terms)
    {
        public readonly DutchStems Stems = new();
        public const int CacheSlots = 1 << 16; // direct-mapped cache of earlier answers: fixed memory, a collision just recomputes
        public readonly string?[] CacheKeys = new string?[CacheSlots];
        public readonly int[][] CacheValues = new int[CacheSlots][];
        public readonly long[] RingIndex = new long[Ring];
        public readonly int[] RingStart = new int[Ring];
        public readonly int[] RingEnd = new int[Ring];
        public readonly int[] RingLine = new int[Ring];
        public readonly int[] RingCount = new int[Ring];
        public readonly int[] RingWords = new int[Ring * MaxWordsPerToken];
        public readonly long[] Ends = new long[phrases * History];
        public readonly int[] EndCount = new int[phrases];
        public readonly long[] FiredAt = new long[terms];
        public readonly List<(int Term, long StartWord)> Fired = [];
        public readonly List<int> Occurring = [];

        public void Reset()
        {
            Array.Fill(RingIndex, -1);
            Array.Clear(EndCount);
            Array.Fill(FiredAt, -1);
        }

        public long LastEnd(int phrase, int back) =>
            EndCount[phrase] > back ? Ends[phrase * History + (int)((EndCount[phrase] - 1 - back) % History)] : -1;

        public void PushEnd(int phrase, long end)
        {
            Ends[phrase * History + EndCount[phrase] % History] = end;
            EndCount[phrase]++;
            if (EndCount[phrase] == 2 * History) EndCount[phrase] = History; // keep the modulus, avoid overflow
        }
    }

    private struct Sink(LexiconMatcher m, Scratch s, PdfText text, List<TermMatch> output) : ITokenSink
    {
        public long Words;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public void Token(ReadOnlySpan<char> folded, int start, int end, int lineIndex)
        {
            var index = Words++;
            var ids = m.MatchWord(folded, s);
            var n = ids.Length;
            if (n == 0) return;
            var slot = (int)(index & (Ring - 1));
            s.RingIndex[slot] = index;
            s.RingStart[slot] = start;
            s.RingEnd[slot] = end;
            s.RingLine[slot] = lineIndex;
            s.RingCount[slot] = n;
            ids.CopyTo(s.RingWords.AsSpan(slot * MaxWordsPerToken));

            s.Occurring.Clear();
            for (var k = 0; k < n; k++)
                foreach (var p in m._phrasesByLastWord[ids[k]])
                    if (PhraseEndsAt(p, index)) s.Occurring.Add(p);
            if (s.Occurring.Count == 0) return;
            foreach (var p in s.Occurring) s.PushEnd(p, index);

            s.Fired.Clear();
            foreach (var p in s.Occurring)
                foreach (var (t, role) in m._termsByPhrase[p])
                {
                    if (s.FiredAt[t] == index) continue;
                    var term = m._terms[t];
                    var (a, b) = m._termPhrases[t];
                    long from = -1;
                    switch (role)
                    {
                        case 0:
                            from = index - m._phrases[p].Length + 1;
                            break;
                        case 1 or 2:
                        {
                            var other = role == 1 ? b : a;
                            var partner = other == p ? s.LastEnd(p, 1) : s.LastEnd(other, 0);
                            if (partner >= 0 && index - partner <= term.Window)
                                from = Math.Min(index - m._phrases[p].Length + 1, partner - m._phrases[other].Length + 1);
                            break;
                        }
                        case 4:
                        {
                            var startB = index - m._phrases[b].Length + 1;
                            for (var back = 0; back < History; back++)
                            {
                                var e = s.LastEnd(a, back);
                                if (e < 0) break;
                                if (e >= startB) continue;
                                if (startB - e <= term.Window) from = e - m._phrases[a].Length + 1;
                                break;
                            }
                            break;
                        }
                    }
                    if (from < 0 || s.RingIndex[(int)(from & (Ring - 1))] != from) continue;
                    s.FiredAt[t] = index;
                    s.Fired.Add((t, from));
                }
            if (s.Fired.Count == 0) return;
            var terms = m._terms;
            foreach (var (t, from) in s.Fired)
            {
                var term = terms[t];
                if (!term.Negated && NegatedFired(s.Fired, terms, term.Code)) continue;
                var first = (int)(from & (Ring - 1));
                output.Add(new TermMatch(term, s.RingStart[first], end, text.LineNumber(s.RingLine[first]), text.LineNumber(lineIndex), (int)from, (int)index));
            }
        }

        private static bool NegatedFired(List<(int Term, long StartWord)> fired, ImmutableArray<LexiconTerm> terms, string code)
        {
            foreach (var (t, _) in fired)
                if (terms[t].Negated && terms[t].Code == code) return true;
            return false;
        }

        private readonly bool PhraseEndsAt(int phrase, long index)
        {
            var words = m._phrases[phrase];
            for (var j = 1; j < words.Length; j++)
            {
                var at = index - j;
                if (at < 0) return false;
                var slot = (int)(at & (Ring - 1));
                if (s.RingIndex[slot] != at) return false;
                var found = false;
                var wanted = words[^(j + 1)];
                for (var k = 0; k < s.RingCount[slot]; k++)
                    if (s.RingWords[slot * MaxWordsPerToken + k] == wanted) { found = true; break; }
                if (!found) return false;
            }
            return true;
        }
    }
}
