using Jeugdhulp.Research.Coding;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Server.Tests.Support;

namespace Jeugdhulp.Research.Server.Tests;

/// <summary>
/// A consensus decision changes two files, <c>codings/consensus.csv</c> and <c>consensus-decisions.csv</c>. A crash
/// at any moment of that write (killed between the two files, or inside one) must leave a project that loads with the
/// decision and its consensus codings, or with neither: never a consensus coding without the decision it came from.
/// </summary>
public sealed class ConsensusCrashTests
{
    private static readonly string[] Steps = ["writing", "Journal", "Codings", "Decisions", "Done"];

    [Fact]
    public async Task Killing_a_consensus_decision_at_any_step_never_leaves_a_consensus_coding_without_its_decision()
    {
        var dir = TestStudy.Create();
        await using (var bench = await Workbench.StartAsync(dir)) await WorkbenchConsensusTests.TwoCoders(bench);
        var random = new Random(20261207);
        var betweenTheFiles = 0;
        var trial = 0;
        // Every step of decisions 1 and 2, twice: after the journal, between the codings and the decisions file,
        // after both, after the journal was deleted, and at a random moment after "writing N" (inside the decision).
        foreach (var (decision, step) in Enumerable.Range(0, 2).SelectMany(_ => new[] { 1, 2 }.SelectMany(n => Steps.Select(s => (n, s)))))
        {
            trial++;
            var before = Reason(dir);
            using (var victim = SaveVictimProcess.Start("consensus", dir, trial.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                var seen = new List<string>();
                while (victim.StandardOutput.ReadLine() is { } line)
                {
                    seen.Add(line);
                    if (line == $"{step} {decision}") break;
                    if (!line.StartsWith("writing ", StringComparison.Ordinal)) victim.StandardInput.WriteLine("go"); // the victim waits after every step
                }
                Assert.True(seen.LastOrDefault() == $"{step} {decision}", $"trial {trial}: the victim stopped before '{step} {decision}' (after: {string.Join(", ", seen)})");
                if (step == "writing") Thread.Sleep(random.Next(0, 60));
                victim.Kill(entireProcessTree: true);
                victim.WaitForExit();
            }
            if (step == "Codings" && !Consistent(dir)) betweenTheFiles++; // the crash the journal is for: one file new, the other old

            var diagnostics = new CodingDiagnostics();
            var project = CodingProjectLoader.Load(dir, diagnostics);
            Assert.NotNull(project);
            Assert.Empty(diagnostics.Errors);
            Assert.DoesNotContain(diagnostics.Warnings, w => w.Code is "consensus-without-decision" or "decision-without-consensus-coding");
            Assert.False(File.Exists(Path.Combine(dir, ConsensusFile.JournalName)), $"trial {trial}: the journal was not completed on load");
            Assert.True(Consistent(dir), $"trial {trial} ({step} {decision}): codings/consensus.csv and {ConsensusFile.DecisionsName} disagree after load");
            // Every consensus coding the project shows is one its decision took.
            var taken = ConsensusFile.ReadDecisions(dir).Where(d => d.Code is not null).Select(d => (d.Source, d.Start, d.End, d.Code, d.Value)).ToList();
            Assert.Equal(taken.Order(), project.Segments.Where(s => s.Coder == Coder.ConsensusId).Select(s => (s.Source, s.Start, s.End, (string?)s.Code, s.Value)).Order());

            // Once the journal is written the decision is taken; before it, the decision is not there (or completed).
            var reason = Reason(dir);
            if (step == "writing")
                Assert.True(reason == before || reason == $"trial {trial} save {decision}" || (decision == 2 && reason == $"trial {trial} save 1"), $"trial {trial}: unexpected decision '{reason}'");
            else Assert.Equal($"trial {trial} save {decision}", reason);
            // A kill after the journal and before its deletion is completed on load, and the loader says so.
            if (step != "writing")
                Assert.True((step is "Journal" or "Codings" or "Decisions") == diagnostics.Warnings.Any(w => w.Code == "consensus-recovered"), $"trial {trial} ({step} {decision}): recovery reported wrongly");
        }
        // The test means something only if it killed between the two files, where the old writer left an orphan.
        Assert.True(betweenTheFiles >= 3, $"only {betweenTheFiles} kills left the two files disagreeing");
    }

    [Fact]
    public void A_consensus_coding_edited_in_by_hand_without_a_decision_is_reported_by_file_and_row_and_not_used()
    {
        var dir = TestStudy.Create();
        var project = CodingProjectLoader.Load(dir);
        var text = project.Sources[0].Text;
        var (start, end) = TestStudy.Find(text, "We hebben onze werkwijze aangepast aan de wijkteams");
        File.WriteAllText(Path.Combine(dir, "codings", "consensus.csv"),
            $"source,start,end,text,code,value,unit,period,coder,account,memo,timestamp,assisted\n{TestStudy.Source},{start},{end},{text[start..end]},reactie.volgen.conformeren,,{TestStudy.Unit},,consensus,,,,\n");
        File.WriteAllText(Path.Combine(dir, ConsensusFile.DecisionsName),
            "item,choice,taken_from,source,start,end,code,value,decided_by,reason,decided_at\n" +
            $"{TestStudy.Source}@1-9,anna,anna,{TestStudy.Source},1,9,reactie.trotseren.negeren,,anna,hand,2026-01-01T00:00:00Z\n");

        var diagnostics = new CodingDiagnostics();
        var loaded = CodingProjectLoader.Load(dir, diagnostics)!;
        Assert.DoesNotContain(loaded.Segments, s => s.Coder == Coder.ConsensusId);
        var orphan = Assert.Single(diagnostics.Warnings, w => w.Code == "consensus-without-decision");
        Assert.Equal((Path.Combine(dir, "codings", "consensus.csv"), 2), (orphan.File, orphan.Line));
        Assert.Contains("has no decision in consensus-decisions.csv", orphan.Message);
        var dangling = Assert.Single(diagnostics.Warnings, w => w.Code == "decision-without-consensus-coding");
        Assert.Equal((Path.Combine(dir, ConsensusFile.DecisionsName), 2), (dangling.File, dangling.Line));
    }

    [Fact]
    public void A_journal_that_the_workbench_did_not_write_is_an_error_naming_it()
    {
        var dir = TestStudy.Create();
        File.WriteAllText(Path.Combine(dir, ConsensusFile.JournalName), "not json");
        var diagnostics = new CodingDiagnostics();
        CodingProjectLoader.Load(dir, diagnostics);
        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal((ConsensusFile.JournalName, "invalid-journal"), (error.File, error.Code));
    }

    /// <summary>The reason of the decision on the disputed group ("" when undecided).</summary>
    private static string Reason(string dir) =>
        ConsensusFile.ReadDecisions(dir).FirstOrDefault(d => d.Reason.StartsWith("trial ", StringComparison.Ordinal))?.Reason ?? "";

    /// <summary>The rows of codings/consensus.csv are exactly the codings the decisions took, as the files are on disk.</summary>
    private static bool Consistent(string dir)
    {
        var rows = CodingsFile.Read(dir, Coder.ConsensusId).Rows.Select(r => (r.Source, r.Start, r.End, (string?)r.Code, r.Value)).Order().ToList();
        var taken = ConsensusFile.ReadDecisions(dir).Where(d => d.Code is not null).Select(d => (d.Source, d.Start, d.End, d.Code, d.Value)).Order().ToList();
        return rows.SequenceEqual(taken);
    }
}
