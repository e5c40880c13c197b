using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;
using YamlDotNet.RepresentationModel;

namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>What <c>jhr code</c> is asked to record: one coding, located by its quote instead of offsets.</summary>
/// <param name="Source">Source id.</param>
/// <param name="Unit">The unit the coding is evidence about; must be one of the source's units.</param>
/// <param name="Code">Codebook id.</param>
/// <param name="Value">Value id where the code has a value set.</param>
/// <param name="Coder">Coder id.</param>
/// <param name="Quote">The coded text as it appears in the source (line breaks and runs of spaces may differ).</param>
/// <param name="Occurrence">Which occurrence (1-based) when the quote occurs more than once.</param>
/// <param name="Period">Response period; null = the source's.</param>
/// <param name="Memo">The coder's memo.</param>
/// <param name="Demand">For a response or tactic: the steering demand of the unit's case (demands.csv) it is about.</param>
/// <param name="Enactment">For a response or tactic: adapted practice, on paper only, or an intention.</param>
public sealed record QuoteCoding(string Source, string Unit, string Code, string? Value, string Coder, string Quote,
    int? Occurrence = null, int? Period = null, string? Memo = null, string? Demand = null, Enactment? Enactment = null);

/// <summary>The coding <c>jhr code</c> recorded: the file it went to, its line there, and whether the coder was new.</summary>
public sealed record RecordedCoding(string File, int Line, CodedSegment Segment, int SourceLine, bool CoderAdded);

/// <summary>
/// Writes codings into a project: <see cref="Add"/> appends one coding found by its quote to the coder's
/// <c>codings/&lt;coder&gt;.csv</c> (<c>jhr code</c>); <see cref="FixOffsets"/> writes re-anchored offsets back
/// (<c>jhr codings fix</c>). Every check runs before anything is written, and files are replaced atomically, so a
/// refused request leaves every file as it was.
/// </summary>
public static class ProjectCoding
{
    /// <summary>The codings file of a coder, relative to the project.</summary>
    public static string CodingsFile(string coder) => $"codings/{coder}.csv";

    /// <summary>
    /// Checks <paramref name="request"/> against the loaded <paramref name="project"/> and appends it. Refuses (with an
    /// <see cref="InputException"/> saying what to fix, and nothing written) an unknown source, a unit the source is
    /// not about, a code or value outside the codebook, an unknown coder (unless the project allows new coders), a
    /// quote that is not in the source (naming the closest passage), an ambiguous quote without an occurrence (listing
    /// the occurrences with their lines), and a coding that is already there.
    /// </summary>
    public static RecordedCoding Add(CodingProject project, QuoteCoding request, DateTimeOffset now)
    {
        var projectFile = Path.Combine(project.Directory, "project.yaml");
        Diagnostic Problem(string code, string message, string? file = null, int line = 0) => new(file ?? project.Directory, line, 0, code, message);
        var problems = new List<Diagnostic>();

        var source = project.FindSource(request.Source);
        if (source is null)
            throw new InputException(Problem("unknown-source",
                $"Source '{request.Source}' is not in sources/ (ids: {string.Join(", ", project.Sources.Select(s => s.Id).DefaultIfEmpty("none yet"))}).{DidYouMean.Hint(request.Source, project.Sources.Select(s => s.Id))}"));
        if (!source.Units.Contains(request.Unit))
            problems.Add(Problem("unit-not-in-source",
                $"Source '{source.Id}' is about {string.Join(", ", source.Units.DefaultIfEmpty("no unit"))}, not '{request.Unit}'; code one of its units, or add '{request.Unit}' to 'units:' in its front matter if it is about it.{DidYouMean.Hint(request.Unit, source.Units)}", source.File, 1));
        if (CodeCheck.Check(project.Codebook, request.Code, request.Value) is { } codeProblem)
            problems.Add(Problem(codeProblem.Code, codeProblem.Message));
        var coderAdded = false;
        if (project.Coders.All(c => c.Id != request.Coder))
        {
            if (!project.AllowNewCoders)
                problems.Add(Problem("unknown-coder",
                    $"Coder '{request.Coder}' is not listed in project.yaml (coders: {string.Join(", ", project.Coders.Select(c => c.Id))}).{DidYouMean.Hint(request.Coder, project.Coders.Select(c => c.Id))} Add the coder to 'coders:' or set 'allow_new_coders: true'.", projectFile, 1));
            else if (request.Coder.Length == 0 || request.Coder.Any(c => char.IsWhiteSpace(c) || c is '|' or '[' or ']' or '"' or '/' or '\\'))
                problems.Add(Problem("invalid-id", $"Coder id '{request.Coder}' may not contain spaces, '|', brackets, quotes or slashes."));
            else coderAdded = true;
        }
        if (request.Period is < 1) problems.Add(Problem("invalid-period", $"--period {request.Period} must be 1, 2, ..."));
        if ((request.Demand is not null || request.Enactment is not null) && project.Codebook.Find(request.Code) is { Kind: not (EntryKind.Response or EntryKind.Tactic) } nonResponse)
            problems.Add(Problem("demand-on-non-response", $"--demand and --enactment describe a response segment; '{request.Code}' is a {EntryKinds.ToName(nonResponse.Kind)}."));
        if (request.Demand is { } demand && project.FindUnit(request.Unit) is { } demandUnit && project.FindDemand(demandUnit.Case, demand) is null)
            problems.Add(Problem("unknown-demand", $"Demand '{demand}' is not a demand of case '{demandUnit.Case}' in demands.csv ({string.Join(", ", project.Demands.Where(d => d.Case == demandUnit.Case).Select(d => d.Id).DefaultIfEmpty("none listed"))}).{DidYouMean.Hint(demand, project.Demands.Where(d => d.Case == demandUnit.Case).Select(d => d.Id))}"));
        if (request.Occurrence is < 1) problems.Add(Problem("invalid-occurrence", $"--occurrence {request.Occurrence} must be 1, 2, ..."));

        var matches = QuoteLocator.Find(source.Text, request.Quote, source.FirstLine);
        QuoteMatch? match = null;
        if (request.Quote.Trim().Length == 0) problems.Add(Problem("empty-quote", "--quote is empty; give the text to code as it appears in the source."));
        else if (matches.Length == 0)
        {
            var closest = QuoteLocator.Closest(source.Text, request.Quote, source.FirstLine);
            problems.Add(Problem("quote-not-found",
                $"The quote \"{Shorten(request.Quote)}\" is not in '{source.Id}'." +
                (closest is null ? "" : $" Closest passage (line {closest.Line}): \"{Shorten(source.Text[closest.Start..closest.End])}\". Copy the text exactly; only line breaks and runs of spaces may differ."),
                source.File, closest?.Line ?? 0));
        }
        else if (request.Occurrence is { } n && n > matches.Length)
            problems.Add(Problem("no-such-occurrence", $"The quote occurs {matches.Length} time(s) in '{source.Id}' (lines {string.Join(", ", matches.Select(m => m.Line))}); --occurrence {n} does not exist.", source.File));
        else if (matches.Length > 1 && request.Occurrence is null)
            problems.Add(Problem("quote-ambiguous",
                $"The quote \"{Shorten(request.Quote)}\" occurs {matches.Length} times in '{source.Id}': " +
                string.Join("; ", matches.Select((m, i) => $"{i + 1}. line {m.Line}: \"...{Context(source.Text, m)}...\"")) +
                ". Say which with --occurrence N, or quote more words.", source.File, matches[0].Line));
        else match = matches[(request.Occurrence ?? 1) - 1];

        var relative = CodingsFile(request.Coder);
        var file = Path.Combine(project.Directory, relative);
        if (match is not null && project.Segments.Any(s => s.Source == source.Id && s.Start == match.Start && s.End == match.End
                && s.Code == request.Code && s.Value == request.Value && s.Coder == request.Coder))
            problems.Add(Problem("already-coded", $"{request.Coder} already coded this passage of '{source.Id}' (line {match.Line}) as {request.Code}{(request.Value is null ? "" : ":" + request.Value)}.", file));
        if (problems.Count > 0) throw new InputException(problems);

        var segment = new CodedSegment(source.Id, match!.Start, match.End, source.Text[match.Start..match.End], request.Code, request.Value, request.Coder)
        {
            Unit = request.Unit, Period = request.Period, Memo = request.Memo, Timestamp = now, Demand = request.Demand, Enactment = request.Enactment,
        };
        var (content, line) = Appended(file, relative, segment);
        var projectYaml = coderAdded ? WithCoder(projectFile, request.Coder) : null;
        AtomicFile.WriteAllText(file, content);
        if (projectYaml is not null) AtomicFile.WriteAllText(projectFile, projectYaml);
        return new RecordedCoding(relative, line, segment, match.Line, coderAdded);
    }

    /// <summary>
    /// Writes the current offsets of every CSV coding the loader re-anchored (its source was edited) back into its
    /// codings file, so the warning does not come back and the offsets are right for other tools. Inline markers move
    /// with their text and need no fixing. Returns the number of codings fixed per file.
    /// </summary>
    public static ImmutableArray<(string File, int Fixed)> FixOffsets(CodingProject project)
    {
        var moved = project.Segments
            .Where(s => s.Origin is { } o && o.File.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .GroupBy(s => Path.GetFullPath(s.Origin!.File));
        var result = ImmutableArray.CreateBuilder<(string, int)>();
        var pending = new List<(string File, string Content, int Fixed)>();
        foreach (var group in moved)
        {
            var stored = CodingCsv.Read(group.Key, new CodingDiagnostics()).ToDictionary(s => s.Origin!.Line);
            var changes = new Dictionary<int, (int Start, int End)>();
            foreach (var s in group)
                if (stored.TryGetValue(s.Origin!.Line, out var old) && (old.Start != s.Start || old.End != s.End))
                    changes[s.Origin.Line] = (s.Start, s.End);
            if (changes.Count == 0) continue;
            pending.Add((group.Key, Rewrite(group.Key, changes), changes.Count));
        }
        foreach (var (file, content, count) in pending)
        {
            AtomicFile.WriteAllText(file, content);
            result.Add((Path.GetRelativePath(project.Directory, file).Replace('\\', '/'), count));
        }
        return result.ToImmutable();
    }

    /// <summary>The codings file with one row added (creating it with the standard header), and the row's line.</summary>
    private static (string Content, int Line) Appended(string file, string relative, CodedSegment segment)
    {
        if (!File.Exists(file))
        {
            var fresh = CodingCsv.Write([segment]);
            return (fresh, 2);
        }
        var errors = new List<Diagnostic>();
        var table = CsvTable.Read(file, CodingCsv.RequiredColumns, errors, relative);
        if (table is null || errors.Count > 0) throw new InputException(errors.Count > 0 ? errors : [new Diagnostic(relative, 0, 0, "unreadable", "Cannot read the codings file.")]);
        if ((segment.Demand is not null || segment.Enactment is not null) && CodingCsv.MethodColumns.Any(c => table.ColumnIndex(c) < 0))
        {
            // The first response coding with a demand or enactment: the file gets the method columns, every row written canonically.
            var diagnostics = new CodingDiagnostics();
            var existing = CodingCsv.Read(file, diagnostics, relative);
            if (diagnostics.HasErrors) throw new InputException(diagnostics.Errors);
            return (CodingCsv.Write([.. existing, segment]), existing.Length + 2);
        }
        var needed = new List<string> { "unit" };
        if (segment.Period is not null) needed.Add("period");
        if (segment.Memo is not null) needed.Add("memo");
        var missing = needed.Where(c => table.ColumnIndex(c) < 0).ToList();
        if (missing.Count > 0)
            throw new InputException(new Diagnostic(relative, 1, 1, "missing-column",
                $"The codings file has no column(s) {string.Join(", ", missing)}; add them to its header (the full header is {string.Join(",", CodingCsv.Columns)})."));
        var text = TextFile.ReadUtf8(file);
        var fields = table.Header.Select(column => column switch
        {
            "source" => segment.Source,
            "start" => segment.Start.ToString(CultureInfo.InvariantCulture),
            "end" => segment.End.ToString(CultureInfo.InvariantCulture),
            "text" => segment.Text,
            "code" => segment.Code,
            "value" => segment.Value ?? "",
            "unit" => segment.Unit ?? "",
            "period" => segment.Period?.ToString(CultureInfo.InvariantCulture) ?? "",
            "coder" => segment.Coder,
            "memo" => segment.Memo ?? "",
            "timestamp" => segment.Timestamp?.ToString("o", CultureInfo.InvariantCulture) ?? "",
            "demand" => segment.Demand ?? "",
            "enactment" => segment.Enactment is { } e ? EnactmentNames.ToName(e) : "",
            _ => "",
        });
        var newline = text.Contains("\r\n") ? "\r\n" : "\n";
        var row = Record(fields, table.Delimiter, newline);
        var prefix = text.Length == 0 || text.EndsWith('\n') ? text : text + newline;
        return (prefix + row, prefix.Count(c => c == '\n') + 1);
    }

    private static string Record(IEnumerable<string> fields, char delimiter, string newline)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = newline };
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = newline, Delimiter = delimiter.ToString() });
        foreach (var field in fields) csv.WriteField(field);
        csv.NextRecord();
        csv.Flush();
        return writer.ToString();
    }

    /// <summary>A codings file with new start/end on the rows at the given lines; every other byte of those rows is rewritten canonically.</summary>
    private static string Rewrite(string file, IReadOnlyDictionary<int, (int Start, int End)> changes)
    {
        var text = TextFile.ReadUtf8(file);
        var delimiter = CsvTable.DetectDelimiter(text);
        var newline = text.Contains("\r\n") ? "\r\n" : "\n";
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, DetectDelimiter = false, Delimiter = delimiter.ToString(), Mode = CsvMode.RFC4180 };
        using var parser = new CsvParser(new StringReader(text), config);
        var output = new StringBuilder();
        string[]? header = null;
        var previousEnd = 0;
        while (parser.Read())
        {
            var line = previousEnd + 1;
            previousEnd = parser.RawRow;
            var record = parser.Record!;
            if (header is null) header = [.. record.Select(h => h.Trim())];
            else if (changes.TryGetValue(line, out var offsets))
            {
                record[Array.IndexOf(header, "start")] = offsets.Start.ToString(CultureInfo.InvariantCulture);
                record[Array.IndexOf(header, "end")] = offsets.End.ToString(CultureInfo.InvariantCulture);
            }
            output.Append(Record(record, delimiter, newline));
        }
        return output.ToString();
    }

    /// <summary><c>project.yaml</c> with one more coder at the end of its block list of coders.</summary>
    private static string WithCoder(string projectFile, string coder)
    {
        var text = TextFile.ReadUtf8(projectFile);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents[0].RootNode is not YamlMappingNode map || YamlHelper.Get(map, "coders") is not YamlSequenceNode { Children.Count: > 0 } coders
            || coders.Style == YamlDotNet.Core.Events.SequenceStyle.Flow)
            throw new InputException(new Diagnostic(projectFile, 1, 1, "cannot-add-coder", $"Add coder '{coder}' to 'coders:' in project.yaml by hand (the list is not a block list this command can extend)."));
        var lines = text.Split('\n').ToList();
        var indent = new string(' ', (int)coders.Start.Column - 1);
        var last = coders.Children[^1];
        var insertAt = last.End.Column == 1 ? (int)last.End.Line - 1 : (int)last.End.Line;
        // skip blank or comment lines that belong after the list
        while (insertAt > 0 && insertAt - 1 < lines.Count && lines[insertAt - 1].Trim().Length == 0) insertAt--;
        lines.Insert(Math.Min(insertAt, lines.Count), $"{indent}- id: \"{coder}\"");
        return string.Join('\n', lines);
    }

    private static string Context(string text, QuoteMatch m)
    {
        var from = Math.Max(0, m.Start - 20);
        var to = Math.Min(text.Length, m.End + 20);
        return text[from..to].Replace('\n', ' ');
    }

    private static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 80 ? flat : flat[..77] + "...";
    }
}
