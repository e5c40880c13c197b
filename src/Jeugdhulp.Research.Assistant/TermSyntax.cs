using System.Collections.Immutable;
using System.Globalization;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// The term syntax of a lexicon, parsed with the position of every error:
/// <c>phrase</c> (words; a word may end in <c>*</c>), <c>NEAR/n(phrase, phrase)</c>, <c>phrase ... phrase</c> and
/// <c>phrase .../n phrase</c> (the first within n words before the second).
/// </summary>
public static class TermSyntax
{
    /// <summary>At most this many words in one phrase.</summary>
    public const int MaxPhraseWords = 6;
    /// <summary>Largest window allowed for NEAR and before.</summary>
    public const int MaxWindow = 50;
    /// <summary>Shortest wildcard prefix: shorter ones match half the language.</summary>
    public const int MinPrefixLength = 3;

    /// <summary>A syntax error: 0-based offset into the term, a stable code and the message.</summary>
    public readonly record struct Error(int Offset, string Code, string Message);

    /// <summary>The parsed shape of a term.</summary>
    public sealed record Parsed(TermKind Kind, ImmutableArray<LexiconWord> First, ImmutableArray<LexiconWord> Second, int Window);

    /// <summary>Parses <paramref name="term"/>; null and errors when it is invalid.</summary>
    public static Parsed? Parse(string term, int defaultWindow, List<Error> errors)
    {
        var before = errors.Count;
        var trimmedStart = term.Length - term.TrimStart().Length;
        var body = term.Trim();
        if (body.Length == 0) { errors.Add(new Error(0, "empty-term", "The term is empty.")); return null; }
        if (body.StartsWith("NEAR", StringComparison.OrdinalIgnoreCase) && body.Length > 4 && body[4] is '/' or '(')
            return ParseNear(body, trimmedStart, defaultWindow, errors, before);
        var dots = body.IndexOf("...", StringComparison.Ordinal);
        if (dots >= 0)
        {
            var window = defaultWindow;
            var rightStart = dots + 3;
            if (rightStart < body.Length && body[rightStart] == '/')
            {
                var digits = rightStart + 1;
                var k = digits;
                while (k < body.Length && char.IsAsciiDigit(body[k])) k++;
                if (!TryWindow(body[digits..k], trimmedStart + digits, errors, out window)) return null;
                rightStart = k;
            }
            if (body.IndexOf("...", rightStart, StringComparison.Ordinal) is var again and >= 0)
            {
                errors.Add(new Error(trimmedStart + again, "syntax", "Only one '...' per term: write 'A ... B'."));
                return null;
            }
            var left = Phrase(body[..dots], trimmedStart, errors);
            var right = Phrase(body[rightStart..], trimmedStart + rightStart, errors);
            if (errors.Count > before) return null;
            return new Parsed(TermKind.Before, left, right, window);
        }
        var phrase = Phrase(body, trimmedStart, errors);
        return errors.Count > before ? null : new Parsed(TermKind.Phrase, phrase, [], 0);
    }

    private static Parsed? ParseNear(string body, int at, int defaultWindow, List<Error> errors, int before)
    {
        var window = defaultWindow;
        var k = 4;
        if (body[k] == '/')
        {
            var digits = ++k;
            while (k < body.Length && char.IsAsciiDigit(body[k])) k++;
            if (!TryWindow(body[digits..k], at + digits, errors, out window)) return null;
        }
        while (k < body.Length && body[k] == ' ') k++;
        if (k >= body.Length || body[k] != '(')
        {
            errors.Add(new Error(at + Math.Min(k, body.Length), "syntax", "NEAR needs its two phrases in parentheses: NEAR/5(regels, handhaving)."));
            return null;
        }
        var open = k;
        var close = body.LastIndexOf(')');
        if (close < open)
        {
            errors.Add(new Error(at + open, "unbalanced-parenthesis", "'(' is never closed: NEAR/5(regels, handhaving)."));
            return null;
        }
        if (close != body.Length - 1)
        {
            errors.Add(new Error(at + close + 1, "syntax", "Nothing may follow the closing ')' of NEAR."));
            return null;
        }
        var inner = body[(open + 1)..close];
        var comma = inner.IndexOf(',');
        if (comma < 0 || inner.IndexOf(',', comma + 1) >= 0)
        {
            errors.Add(new Error(at + open + 1, "syntax", "NEAR takes exactly two phrases separated by one comma."));
            return null;
        }
        var first = Phrase(inner[..comma], at + open + 1, errors);
        var second = Phrase(inner[(comma + 1)..], at + open + 2 + comma, errors);
        return errors.Count > before ? null : new Parsed(TermKind.Near, first, second, window);
    }

    private static bool TryWindow(string digits, int at, List<Error> errors, out int window)
    {
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out window) || window < 1 || window > MaxWindow)
        {
            errors.Add(new Error(at, "invalid-window", $"The window after '/' must be a whole number from 1 to {MaxWindow} (words)."));
            return false;
        }
        return true;
    }

    private static ImmutableArray<LexiconWord> Phrase(string text, int at, List<Error> errors)
    {
        var words = ImmutableArray.CreateBuilder<LexiconWord>();
        var current = new System.Text.StringBuilder();
        var wordStart = -1;
        var prefix = false;
        void Flush(int offset)
        {
            if (current.Length == 0) return;
            var folded = current.ToString();
            if (prefix && folded.Length < MinPrefixLength)
                errors.Add(new Error(at + wordStart, "wildcard-too-short", $"'{folded}*' is too short: a wildcard needs at least {MinPrefixLength} letters before the '*'."));
            words.Add(new LexiconWord(folded, prefix, prefix ? null : DutchStems.StemUncached(folded)));
            current.Clear();
            prefix = false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var f = TextFold.Fold(c);
            if (prefix && (f > TextFold.Transparent || c == '*'))
            {
                errors.Add(new Error(at + i - 1, "misplaced-wildcard", "'*' may only end a word (afdwing*), not stand inside it."));
                return [];
            }
            if (f > TextFold.Transparent)
            {
                if (current.Length == 0) wordStart = i;
                current.Append(f);
            }
            else if (f == TextFold.Transparent) { }
            else if (c == '*')
            {
                if (current.Length == 0)
                {
                    errors.Add(new Error(at + i, "misplaced-wildcard", "'*' must follow letters (afdwing*); a lone or leading '*' is not allowed."));
                    return [];
                }
                prefix = true;
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '\'' or '’' or '/' or '.' or '&')
            {
                if (c == '.' && i + 1 < text.Length && text[i + 1] == '.')
                {
                    errors.Add(new Error(at + i, "syntax", "'..' is not '...'; write 'A ... B' for 'A within N words before B'."));
                    return [];
                }
                Flush(i);
            }
            else
            {
                errors.Add(new Error(at + i, "unexpected-character", $"Unexpected '{c}' in a phrase" +
                    (c is '(' or ')' or ',' ? "; parentheses and commas belong to NEAR/n(a, b)." : ".")));
                return [];
            }
        }
        Flush(text.Length);
        if (words.Count == 0) errors.Add(new Error(at, "empty-phrase", "A phrase needs at least one word."));
        else if (words.Count > MaxPhraseWords) errors.Add(new Error(at, "phrase-too-long", $"At most {MaxPhraseWords} words per phrase; use NEAR for looser combinations."));
        return words.ToImmutable();
    }
}
