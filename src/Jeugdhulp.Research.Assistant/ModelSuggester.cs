using System.Globalization;
using System.Text;
using Jeugdhulp.Research.Coding.Projects;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// Suggestions from the supervised <see cref="CodeModel"/>: trained on the coded segments of a coding project (and on
/// its uncoded sentences as <see cref="None"/>, so the model can also say "nothing here"), it predicts a code per
/// sentence of a text; a sentence becomes a suggestion when the predicted code is not <see cref="None"/> and its
/// probability reaches a threshold. The driving words travel along as the suggestion's terms, so a coder sees why.
/// </summary>
public static class ModelSuggester
{
    /// <summary>The label of sentences that carry no code.</summary>
    public const string None = "geen";
    /// <summary>A sentence without a sentence end is cut at the first line end past this many characters (flattened tables, lists).</summary>
    public const int MaxSentenceChars = 600;
    /// <summary>Sentences with fewer words ("Ja.", "Veel.") are neither learned from nor suggested.</summary>
    public const int MinWords = 4;

    /// <summary>
    /// Training examples from <paramref name="project"/>: every segment of <paramref name="coders"/> (all coders when
    /// null) with its code (mapped through <paramref name="label"/>, e.g. to the code's family), and every sentence of
    /// the project's sources that overlaps no segment of those coders as <see cref="None"/>.
    /// </summary>
    public static List<TrainingExample> TrainingExamples(CodingProject project, IReadOnlyCollection<string>? coders = null, Func<string, string>? label = null)
    {
        var segments = project.Segments.Where(s => coders is null || coders.Contains(s.Coder)).ToList();
        var result = segments.Select(s => new TrainingExample(s.Text, label is null ? s.Code : label(s.Code))).ToList();
        foreach (var source in project.Sources)
        {
            var coded = segments.Where(s => s.Source == source.Id).ToList();
            var text = PdfText.Analyse(source.Text.AsMemory(), source.FirstLine);
            foreach (var (start, end) in Sentences(text))
                if (!coded.Any(s => s.Start < end && start < s.End))
                    result.Add(new TrainingExample(SentenceText(text, start, end), None));
        }
        return result;
    }

    /// <summary>
    /// Sentence spans (start inclusive, end exclusive, offsets in <see cref="PdfText.Text"/>) of the running text: a
    /// sentence ends at '.', '!' or '?' followed by white space, at a blank line or page furniture, or at the first line
    /// end past <see cref="MaxSentenceChars"/>; a transcript's speaker label (<c>**Naam (rol):**</c>) never starts one.
    /// Sentences of fewer than <see cref="MinWords"/> words are left out.
    /// </summary>
    public static List<(int Start, int End)> Sentences(PdfText text)
    {
        var result = new List<(int, int)>();
        var span = text.Text.Span;
        var start = -1;
        void Close(int end)
        {
            var all = text.Text.Span;
            while (end > start && char.IsWhiteSpace(all[end - 1])) end--;
            if (start >= 0 && end > start && Words(all[start..end]) >= MinWords) result.Add((start, end));
            start = -1;
        }
        for (var line = 0; line < text.LineCount; line++)
        {
            if (text.Role(line) != LineRole.Text)
            {
                if (start >= 0) Close(text.LineStart(line - 1) + text.LineLength(line - 1));
                continue;
            }
            var from = text.LineStart(line);
            var to = from + text.LineLength(line);
            for (var i = from; i < to; i++)
            {
                if (start < 0)
                {
                    if (char.IsWhiteSpace(span[i])) continue;
                    if (SpeakerLabelEnd(span[i..to]) is var label and > 0) { i += label - 1; continue; }
                    start = i;
                }
                if (span[i] is '.' or '!' or '?' && (i + 1 >= to || char.IsWhiteSpace(span[i + 1]))) Close(i + 1);
            }
            if (start >= 0 && to - start > MaxSentenceChars && text.JoinsTo(line) < 0) Close(to);
        }
        if (start >= 0 && text.LineCount > 0) Close(text.LineStart(text.LineCount - 1) + text.LineLength(text.LineCount - 1));
        return result;
    }

    /// <summary>The readable text of a sentence span: furniture lines left out, hyphenated words rejoined, lines joined by spaces.</summary>
    public static string SentenceText(PdfText text, int start, int end)
    {
        var span = text.Text.Span;
        var sb = new StringBuilder();
        var first = text.LineIndexOf(start);
        var last = text.LineIndexOf(Math.Max(start, end - 1));
        var joined = false;
        for (var line = first; line <= last; line++)
        {
            if (text.Role(line) != LineRole.Text) continue;
            var from = Math.Max(start, text.LineStart(line));
            var to = Math.Min(end, text.LineStart(line) + text.LineLength(line));
            if (to <= from) continue;
            var part = span[from..to].Trim();
            if (!joined && sb.Length > 0) sb.Append(' ');
            joined = text.JoinsTo(line) >= 0 && line < last && part.Length > 0 && part[^1] == '-';
            sb.Append(joined ? part[..^1] : part);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Suggestions for the sentences of <paramref name="text"/>: one per sentence whose most probable code is not
    /// <see cref="None"/> and reaches <paramref name="minProbability"/>, with <see cref="CandidateSegment.Origin"/>
    /// "model", the probability as score (rounded to 3 decimals) and the <paramref name="topWords"/> driving words
    /// (with their log-odds weight) as terms. <paramref name="offset"/> is added to the offsets, as for
    /// <see cref="SegmentSuggester.Suggest"/>.
    /// </summary>
    public static List<CandidateSegment> Suggest(string source, PdfText text, CodeModel model, double minProbability = 0.5, int topWords = 5, long offset = 0)
    {
        var result = new List<CandidateSegment>();
        foreach (var (start, end) in Sentences(text))
        {
            var sentence = SentenceText(text, start, end);
            var prediction = model.Predict(sentence, topWords);
            if (prediction.Code == None || prediction.Probability < minProbability) continue;
            result.Add(new CandidateSegment
            {
                Source = source,
                Start = offset + start,
                End = offset + end,
                StartLine = text.LineNumberOf(start),
                EndLine = text.LineNumberOf(end - 1),
                Code = prediction.Code,
                Score = Math.Round(prediction.Probability, 3),
                Terms = [.. prediction.Evidence.Select(w => $"{w.Feature} ({w.Weight.ToString("0.0#", CultureInfo.InvariantCulture)})")],
                Text = sentence,
                Origin = "model",
            });
        }
        return result;
    }

    /// <summary>
    /// The length of a transcript's speaker label at the start of <paramref name="text"/> (<c>**Naam (rol):**</c>, as in
    /// the coding projects' Markdown sources), else 0: the label is not part of what the speaker said.
    /// </summary>
    private static int SpeakerLabelEnd(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("**")) return 0;
        var close = text[2..].IndexOf(":**");
        return close is > 0 and <= 80 ? close + 5 : 0;
    }

    private static int Words(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }
}
