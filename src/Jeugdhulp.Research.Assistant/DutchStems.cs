using Lucene.Net.Tartarus.Snowball.Ext;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// Dutch stems through Lucene.Net's Snowball Dutch stemmer, so a lexicon term "afspraak" also finds "afspraken" and
/// "regels" finds "regel". Input is expected folded (<see cref="TextFold"/>). Keeps a bounded cache: corpora repeat a
/// small vocabulary, and the cache is cleared when full so memory stays independent of corpus size.
/// Not thread-safe: use one instance per thread.
/// </summary>
public sealed class DutchStems
{
    /// <summary>Cache entries kept before the cache is cleared.</summary>
    public const int CacheLimit = 100_000;

    private readonly DutchStemmer _stemmer = new();
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates a stemmer with an empty cache.</summary>
    public DutchStems() => _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
#else
    /// <summary>Creates a stemmer with an empty cache.</summary>
    public DutchStems() { }
#endif

    /// <summary>The stem of a folded word.</summary>
    public string Stem(string word)
    {
        if (_cache.TryGetValue(word, out var stem)) return stem;
        return Add(word);
    }

    /// <summary>The stem of a folded word given as a span (no allocation when cached, on .NET 9 and later).</summary>
    public string Stem(ReadOnlySpan<char> word)
    {
#if NET9_0_OR_GREATER
        if (_lookup.TryGetValue(word, out var stem)) return stem;
#else
        if (_cache.TryGetValue(word.ToString(), out var stem)) return stem;
#endif
        return Add(word.ToString());
    }

    /// <summary>Stems without touching any cache (the reference the tests compare against).</summary>
    public static string StemUncached(string word)
    {
        var stemmer = new DutchStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    private string Add(string word)
    {
        _stemmer.SetCurrent(word);
        _stemmer.Stem();
        var stem = _stemmer.Current;
        if (_cache.Count >= CacheLimit) _cache.Clear();
        _cache[word] = stem;
        return stem;
    }
}
