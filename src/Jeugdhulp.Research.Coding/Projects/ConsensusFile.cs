using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Jeugdhulp.Research.Coding.Agreement;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>
/// One curation decision as recorded in <c>consensus-decisions.csv</c>: which aligned group of codings
/// (<see cref="Item"/>, the segment-level rating unit), what was taken into the consensus (a rater's coding, or a new
/// one, or nothing), by whom, why and when. A decision that takes two codings is two rows with the same item.
/// </summary>
/// <param name="Item">The aligned group's id (<c>source@start-end</c>, as in <c>jhr agree --level segment</c>).</param>
/// <param name="Choice">A rater's id, <see cref="ConsensusFile.Both"/>, <see cref="ConsensusFile.Neither"/> or <see cref="ConsensusFile.New"/>.</param>
/// <param name="TakenFrom">Whose coding this row took (a rater's id, or <see cref="ConsensusFile.New"/>); null when nothing was taken.</param>
/// <param name="Source">The source.</param>
/// <param name="Start">The taken coding's start (the group's when nothing was taken).</param>
/// <param name="End">The taken coding's end (exclusive).</param>
/// <param name="Code">The taken coding's code; null when nothing was taken.</param>
/// <param name="Value">Its value.</param>
/// <param name="By">The coder who decided.</param>
/// <param name="Reason">Why.</param>
/// <param name="At">When.</param>
public sealed record ConsensusDecision(string Item, string Choice, string? TakenFrom, string Source, int Start, int End, string? Code, string? Value,
    string By, string Reason, DateTimeOffset At);

/// <summary>One aligned group of the raters' codings and what the curation decided about it so far.</summary>
/// <param name="Group">The codings (one per rater at most) and their rating unit.</param>
/// <param name="Disagreement">True when the raters differ: a rater without a coding here, another code, or another value.</param>
/// <param name="Decisions">The rows of the decision taken (empty while undecided).</param>
public sealed record ConsensusItem(AlignedGroup Group, bool Disagreement, ImmutableArray<ConsensusDecision> Decisions)
{
    /// <summary>The group's id.</summary>
    public string Id => Group.Item.Id;
    /// <summary>True once decided.</summary>
    public bool Decided => !Decisions.IsEmpty;
}

/// <summary>
/// The curated consensus of two or more coders, as annotation platforms such as INCEpTION offer it: walk through the
/// groups of aligned codings where the raters differ, take one rater's coding, all of them, none, or a new one, always
/// with a reason. The consensus codings go to <c>codings/consensus.csv</c> (an ordinary codings file of the reserved
/// coder <see cref="Coder.ConsensusId"/>, so <c>jhr classify --coder consensus</c> uses it and agreement never counts it);
/// the provenance of every decision (whose coding, who decided, why, when) to <c>consensus-decisions.csv</c>. Both are
/// versioned together (<see cref="Version"/>): a stale version changes nothing.
/// </summary>
/// <remarks>
/// The two files change as a pair. A decision is first written whole to a journal (<see cref="JournalName"/>, one
/// atomic write: the commit point), then to the two files, then the journal is deleted. A crash before the journal
/// exists changes nothing; a crash after it leaves the journal, and the next load or decision completes the pair from it
/// (<see cref="Recover"/>). So whatever moment a crash hits, the project shows the decision with its consensus codings
/// or neither. Files edited by hand are checked on load (<see cref="CheckProvenance"/>): a consensus coding without
/// its decision is reported by file and row and not used.
/// </remarks>
public static class ConsensusFile
{
    /// <summary>The decisions file, relative to the project.</summary>
    public const string DecisionsName = "consensus-decisions.csv";
    /// <summary>The journal of a decision being written, relative to the project; present only while (or because) a write was interrupted.</summary>
    public const string JournalName = "consensus-journal.json";
    /// <summary>Choice: every rater's coding in the group.</summary>
    public const string Both = "both";
    /// <summary>Choice: none of them (the passage is not coded in the consensus).</summary>
    public const string Neither = "neither";
    /// <summary>Choice: a new coding over the group's span.</summary>
    public const string New = "new";

    /// <summary>The columns of <see cref="DecisionsName"/>.</summary>
    public static readonly ImmutableArray<string> Columns = ["item", "choice", "taken_from", "source", "start", "end", "code", "value", "decided_by", "reason", "decided_at"];

    /// <summary>The version of the consensus as on disk: both files together (<see cref="CodingsFile.Absent"/> when neither exists).</summary>
    public static string Version(string projectDirectory)
    {
        var codings = CodingsFile.CurrentVersion(projectDirectory, Coder.ConsensusId);
        var decisions = Path.Combine(projectDirectory, DecisionsName);
        var d = File.Exists(decisions) ? CodingsFile.VersionOf(File.ReadAllBytes(decisions)) : CodingsFile.Absent;
        return codings == CodingsFile.Absent && d == CodingsFile.Absent ? CodingsFile.Absent
            : CodingsFile.VersionOf(System.Text.Encoding.UTF8.GetBytes(codings + "+" + d));
    }

    /// <summary>Reads the decisions (none when the file does not exist).</summary>
    /// <exception cref="InputException">A row is not a decision (file, line and column named).</exception>
    public static ImmutableArray<ConsensusDecision> ReadDecisions(string projectDirectory) => [.. ReadDecisionRows(projectDirectory).Select(r => r.Decision)];

    /// <summary>The decisions with the line each is on.</summary>
    private static ImmutableArray<(ConsensusDecision Decision, int Line)> ReadDecisionRows(string projectDirectory)
    {
        var path = Path.Combine(projectDirectory, DecisionsName);
        if (!File.Exists(path)) return [];
        var errors = new List<Diagnostic>();
        var table = CsvTable.Read(path, Columns, errors, DecisionsName);
        if (table is null || errors.Count > 0) throw new InputException(errors);
        var result = ImmutableArray.CreateBuilder<(ConsensusDecision, int)>();
        foreach (var row in table.Rows)
        {
            if (!int.TryParse(row["start"], NumberStyles.None, CultureInfo.InvariantCulture, out var start)) errors.Add(row.At("start", "not-an-offset", $"start '{row["start"]}' must be a whole number ≥ 0."));
            if (!int.TryParse(row["end"], NumberStyles.None, CultureInfo.InvariantCulture, out var end)) errors.Add(row.At("end", "not-an-offset", $"end '{row["end"]}' must be a whole number ≥ 0."));
            if (!DateTimeOffset.TryParse(row["decided_at"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                errors.Add(row.At("decided_at", "invalid-timestamp", $"decided_at '{row["decided_at"]}' must be ISO 8601."));
            foreach (var required in new[] { "item", "choice", "source", "decided_by", "reason" })
                if (row[required].Length == 0) errors.Add(row.At(required, "missing-value", $"Every decision has a {required}."));
            result.Add((new ConsensusDecision(row["item"], row["choice"], row.Optional("taken_from"), row["source"], start, end, row.Optional("code"), row.Optional("value"),
                row["decided_by"], row["reason"], at), row.Line));
        }
        if (errors.Count > 0) throw new InputException(errors);
        return result.ToImmutable();
    }

    /// <summary>
    /// Completes a decision whose write was interrupted (a crash or kill left <see cref="JournalName"/> behind): writes
    /// both files as the journal has them, then deletes it. Idempotent, so a crash during recovery is recovered again.
    /// </summary>
    /// <returns>The aligned group whose decision was completed; null when nothing was interrupted.</returns>
    /// <exception cref="InputException">The journal is not one this program wrote (named, with what to do).</exception>
    public static string? Recover(string projectDirectory)
    {
        var path = Path.Combine(projectDirectory, JournalName);
        if (!File.Exists(path)) return null; // the usual case: nothing was interrupted
        string text;
        try { text = File.ReadAllText(path); }
        catch (FileNotFoundException) { return null; }
        catch (DirectoryNotFoundException) { return null; }
        Journal journal;
        try
        {
            journal = JsonSerializer.Deserialize<Journal>(text, JournalJson) ?? throw new JsonException("empty");
            if (journal.Item is null || journal.Decisions is null) throw new JsonException("item or decisions missing");
        }
        catch (JsonException e)
        {
            throw new InputException(new Diagnostic(JournalName, 1, 1, "invalid-journal",
                $"{JournalName} is not a journal of an interrupted consensus decision ({e.Message}); it is written by the workbench only. " +
                $"Move it away, then check codings/{Coder.ConsensusId}.csv against {DecisionsName} (the loader reports a coding without its decision)."));
        }
        Complete(projectDirectory, journal);
        return journal.Item;
    }

    /// <summary>
    /// The provenance check of the loader: every coding in <c>codings/consensus.csv</c> must be one that a decision in
    /// <see cref="DecisionsName"/> took. One that is not (the file was edited by hand, or written by a tool without
    /// provenance) is reported, naming file and row, and left out; a decision whose coding is missing is reported too.
    /// </summary>
    /// <param name="projectDirectory">The project.</param>
    /// <param name="codings">Every coding read from the project's files, as in the files (before re-anchoring).</param>
    /// <param name="diagnostics">Where the problems go (warnings; an unreadable decisions file is an error).</param>
    /// <returns><paramref name="codings"/> without the consensus codings that have no decision.</returns>
    public static IReadOnlyList<CodedSegment> CheckProvenance(string projectDirectory, IReadOnlyList<CodedSegment> codings, CodingDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(codings);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var file = Path.GetFullPath(Path.Combine(projectDirectory, ProjectCoding.CodingsFile(Coder.ConsensusId)));
        bool InFile(CodedSegment s) => s.Origin is { } o && Path.GetFullPath(o.File) == file;
        var consensus = codings.Where(InFile).ToList();
        ImmutableArray<(ConsensusDecision Decision, int Line)> decisions;
        try { decisions = ReadDecisionRows(projectDirectory); }
        catch (InputException e)
        {
            diagnostics.AddErrors(e.Diagnostics);
            return codings;
        }
        if (consensus.Count == 0 && decisions.IsEmpty) return codings;
        static (string, int, int, string?, string?) Key(string source, int start, int end, string? code, string? value) => (source, start, end, code, value);
        var taken = decisions.Where(d => d.Decision.Code is not null)
            .Select(d => Key(d.Decision.Source, d.Decision.Start, d.Decision.End, d.Decision.Code, d.Decision.Value)).ToHashSet();
        var orphans = consensus.Where(s => !taken.Contains(Key(s.Source, s.Start, s.End, s.Code, s.Value))).ToHashSet<CodedSegment>(ReferenceEqualityComparer.Instance);
        foreach (var s in orphans)
            diagnostics.Warning(s.Origin!.File, s.Origin.Line, 1, "consensus-without-decision",
                $"The consensus coding {s.Code}{(s.Value is null ? "" : ":" + s.Value)} of '{s.Source}' at {s.Start}-{s.End} has no decision in {DecisionsName}, so nobody knows whose coding it is or why; " +
                "it is not used. Decide the passage again in the workbench (Consensus), or delete the row.");
        var present = consensus.Select(s => Key(s.Source, s.Start, s.End, s.Code, s.Value)).ToHashSet();
        foreach (var (d, line) in decisions.Where(d => d.Decision.Code is not null && !present.Contains(Key(d.Decision.Source, d.Decision.Start, d.Decision.End, d.Decision.Code, d.Decision.Value))))
            diagnostics.Warning(Path.Combine(projectDirectory, DecisionsName), line, 1, "decision-without-consensus-coding",
                $"The decision on '{d.Item}' took {d.Code}{(d.Value is null ? "" : ":" + d.Value)} at {d.Start}-{d.End}, but codings/{Coder.ConsensusId}.csv has no such coding; decide '{d.Item}' again in the workbench.");
        return orphans.Count == 0 ? codings : [.. codings.Where(s => !orphans.Contains(s))];
    }

    /// <summary>Every aligned group of the raters' codings, with its decision so far, in text order per source.</summary>
    public static ImmutableArray<ConsensusItem> Items(CodingProject project)
    {
        var decisions = ReadDecisions(project.Directory).ToLookup(d => d.Item, StringComparer.Ordinal);
        var (coders, groups) = SegmentLevel.Aligned(project);
        return [.. groups.Select(g => new ConsensusItem(g,
            g.Item.IsDisagreement || g.Segments.Select(s => s.Value).Distinct().Count() > 1 || coders.Any(c => g.Segments.All(s => s.Coder != c)),
            [.. decisions[g.Item.Id]]))];
    }

    /// <summary>
    /// Records the decision on <paramref name="itemId"/> (replacing an earlier decision on it, and the consensus codings
    /// that one took) and returns the new <see cref="Version"/>.
    /// </summary>
    /// <param name="project">The project as loaded at <paramref name="expectedVersion"/>.</param>
    /// <param name="expectedVersion">The <see cref="Version"/> the curator saw.</param>
    /// <param name="itemId">The aligned group.</param>
    /// <param name="choice">A rater's id, <see cref="Both"/>, <see cref="Neither"/> or <see cref="New"/>.</param>
    /// <param name="newCoding">For <see cref="New"/>: the coding (its source, offsets and text are the group's span; code, value, demand, enactment are the curator's).</param>
    /// <param name="by">The coder who decided.</param>
    /// <param name="reason">Why (required).</param>
    /// <param name="at">When.</param>
    /// <exception cref="StaleVersionException">The consensus changed since it was read.</exception>
    /// <exception cref="InputException">Unknown item, choice or coder, no reason, or a new coding the loader would refuse.</exception>
    public static string Decide(CodingProject project, string expectedVersion, string itemId, string choice, CodedSegment? newCoding, string by, string reason, DateTimeOffset at) =>
        Decide(project, expectedVersion, itemId, choice, newCoding, by, reason, at, null);

    /// <summary>As the public overload; <paramref name="afterStep"/> is told after each durable step of the write (crash tests stop the process there).</summary>
    internal static string Decide(CodingProject project, string expectedVersion, string itemId, string choice, CodedSegment? newCoding, string by, string reason, DateTimeOffset at,
        Action<ConsensusCommitStep>? afterStep)
    {
        ArgumentNullException.ThrowIfNull(project);
        Recover(project.Directory);
        var current = Version(project.Directory);
        if (current != expectedVersion) throw new StaleVersionException($"codings/{Coder.ConsensusId}.csv + {DecisionsName}", expectedVersion, current);
        Diagnostic Problem(string code, string message) => new(DecisionsName, 0, 0, code, message);
        var items = Items(project);
        var item = items.FirstOrDefault(i => i.Id == itemId)
            ?? throw new InputException(Problem("no-such-item", $"There is no aligned group '{itemId}' of codings (reload: the codings may have changed).{DidYouMean.Hint(itemId, items.Select(i => i.Id))}"));
        var raters = project.Raters.Select(c => c.Id).ToList();
        if (project.Coders.All(c => c.Id != by) || by == Coder.ConsensusId)
            throw new InputException(Problem("unknown-coder", $"'{by}' is not a coder of this project; the decider is one of {string.Join(", ", raters)}."));
        if (string.IsNullOrWhiteSpace(reason)) throw new InputException(Problem("missing-reason", "Give a reason: the provenance of the consensus says why each decision was taken."));
        var segments = item.Group.Segments.Select(e => e.Segment).ToList();
        var start = segments.Min(s => s.Start);
        var end = segments.Max(s => s.End);
        var source = project.FindSource(segments[0].Source)!;
        List<(string From, CodedSegment Segment)> taken = choice switch
        {
            Both => [.. segments.Select(s => (s.Coder, s))],
            Neither => [],
            New => newCoding is null
                ? throw new InputException(Problem("missing-coding", "A new coding needs at least its code."))
                : [(New, newCoding with { Source = source.Id, Start = start, End = end, Text = source.Text[start..end] })],
            _ when raters.Contains(choice) => segments.Where(s => s.Coder == choice).Select(s => (s.Coder, s)).ToList() is { Count: > 0 } mine ? mine
                : throw new InputException(Problem("nothing-to-take", $"{choice} has no coding in '{itemId}'; choose {Neither} to leave the passage uncoded.")),
            _ => throw new InputException(Problem("unknown-choice", $"Choice '{choice}' must be a coder ({string.Join(", ", raters)}), {Both}, {Neither} or {New}.")),
        };
        taken = [.. taken.DistinctBy(t => (t.Segment.Start, t.Segment.End, t.Segment.Code, t.Segment.Value, t.Segment.Unit, t.Segment.Demand, t.Segment.Enactment))];
        var trimmed = reason.Trim();
        var rows = taken.Count == 0
            ? [new ConsensusDecision(itemId, choice, null, source.Id, start, end, null, null, by, trimmed, at)]
            : taken.Select(t => new ConsensusDecision(itemId, choice, t.From, t.Segment.Source, t.Segment.Start, t.Segment.End, t.Segment.Code, t.Segment.Value, by, trimmed, at)).ToList();

        // Undo what an earlier decision on this item took, then take the new codings: one atomic write of the codings.
        var existing = CodingsFile.Read(project.Directory, Coder.ConsensusId);
        var earlier = item.Decisions.Where(d => d.Code is not null).ToList();
        var removed = existing.Rows.Select((r, i) => (Row: r, Number: i + 1))
            .Where(x => earlier.Any(d => d.Source == x.Row.Source && d.Start == x.Row.Start && d.End == x.Row.End && d.Code == x.Row.Code && d.Value == x.Row.Value))
            .Select(x => x.Number).OrderDescending().ToList();
        var edits = removed.Select(n => (CodingEdit)new CodingEdit.Remove(n))
            .Concat(taken.Select(t => (CodingEdit)new CodingEdit.Add(t.Segment with { Coder = Coder.ConsensusId, Timestamp = at, Origin = null })))
            .ToList();
        var decisions = ReadDecisions(project.Directory).Where(d => d.Item != itemId).Concat(rows).ToList();
        var codings = edits.Count > 0 ? CodingsFile.Prepare(project, Coder.ConsensusId, existing.Version, edits).Content : null;
        var journal = new Journal(itemId, codings, Write(decisions));
        // The commit point: once the journal is on disk, the decision is taken whatever happens next.
        AtomicFile.WriteAllText(Path.Combine(project.Directory, JournalName), JsonSerializer.Serialize(journal, JournalJson));
        afterStep?.Invoke(ConsensusCommitStep.Journal);
        Complete(project.Directory, journal, afterStep);
        return Version(project.Directory);
    }

    /// <summary>Writes both files as <paramref name="journal"/> has them (each atomically), then deletes the journal.</summary>
    private static void Complete(string projectDirectory, Journal journal, Action<ConsensusCommitStep>? afterStep = null)
    {
        if (journal.Codings is { } codings) AtomicFile.WriteAllText(Path.Combine(projectDirectory, ProjectCoding.CodingsFile(Coder.ConsensusId)), codings);
        afterStep?.Invoke(ConsensusCommitStep.Codings);
        AtomicFile.WriteAllText(Path.Combine(projectDirectory, DecisionsName), journal.Decisions!);
        afterStep?.Invoke(ConsensusCommitStep.Decisions);
        File.Delete(Path.Combine(projectDirectory, JournalName));
        afterStep?.Invoke(ConsensusCommitStep.Done);
    }

    /// <summary>A decision as written before the two files: the new content of each (codings null when they do not change).</summary>
    private sealed record Journal(string? Item, string? Codings, string? Decisions);

    private static readonly JsonSerializerOptions JournalJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The decisions as CSV (LF line endings, RFC 4180 quoting), in the order given.</summary>
    public static string Write(IEnumerable<ConsensusDecision> decisions)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" });
        foreach (var c in Columns) csv.WriteField(c);
        csv.NextRecord();
        foreach (var d in decisions)
        {
            csv.WriteField(d.Item);
            csv.WriteField(d.Choice);
            csv.WriteField(d.TakenFrom ?? "");
            csv.WriteField(d.Source);
            csv.WriteField(d.Start.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(d.End.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(d.Code ?? "");
            csv.WriteField(d.Value ?? "");
            csv.WriteField(d.By);
            csv.WriteField(d.Reason);
            csv.WriteField(d.At.ToString("o", CultureInfo.InvariantCulture));
            csv.NextRecord();
        }
        csv.Flush();
        return writer.ToString();
    }
}

/// <summary>The durable steps of writing a consensus decision, in order.</summary>
internal enum ConsensusCommitStep
{
    /// <summary>The journal is on disk: the decision is committed.</summary>
    Journal,
    /// <summary>codings/consensus.csv is written (or needed no change).</summary>
    Codings,
    /// <summary>consensus-decisions.csv is written.</summary>
    Decisions,
    /// <summary>The journal is deleted.</summary>
    Done,
}
