using System.CommandLine;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Rendering;
using Jeugdhulp.Research.Reports;
using Jeugdhulp.Research.Theory;

namespace Jeugdhulp.Research.Cli.Commands;

/// <summary><c>jhr report</c>: the audit-ready report of a study.</summary>
internal static class ReportCommands
{
    public static Command Create(CliContext context)
    {
        var project = new Argument<string?>("project") { Description = "The study: a coding project (with project.yaml, classified on the fly) or a data folder (default: the bundled data/).", Arity = ArgumentArity.ZeroOrOne };
        var codebook = StudyCommands.CodebookOption();
        var outputs = OutputOptions.Create(outputRequired: true, OutputFormat.Html, OutputFormat.Xlsx, OutputFormat.Markdown, OutputFormat.Latex, OutputFormat.Json, OutputFormat.Text);
        var lang = new Option<string>("--lang") { Description = "Language of the report's own words: nl (default) or en.", DefaultValueFactory = _ => "nl" };
        lang.AcceptOnlyFromAmong("nl", "en");
        var propositions = new Option<string?>("--propositions") { Description = "Propositions file to evaluate (default: propositions.yaml in the data directory, if present)." };
        var qca = new Option<string?>("--qca") { Description = "QCA to include as OUTCOME:COND,COND,... (default: volgen:weten,willen,kunnen,moeten when every unit attribute it needs is in the study; 'none' to leave out)." };
        var command = new Command("report", "Write a self-contained report: method, reproduced tables, comparisons, charts, propositions, QCA, inconsistencies, evidence, codebook and provenance.")
        { project, codebook, propositions, qca, lang };
        outputs.AddTo(command);
        command.SetAction(parse =>
        {
            var dataDir = parse.GetValue(project) ?? CliContext.ResolveBundled("data");
            var opened = StudyCommands.Open(context, dataDir, parse.GetValue(codebook));
            var propositionsFile = parse.GetValue(propositions) ?? Path.Combine(dataDir, "propositions.yaml");
            var set = File.Exists(propositionsFile) || parse.GetValue(propositions) is not null ? PropositionLoader.Load(propositionsFile) : null;
            var request = ParseQca(parse.GetValue(qca) ?? DefaultQca(opened.Context));
            var commandLine = "jhr " + string.Join(' ', parse.Tokens.Select(t => t.Value.Contains(' ') ? $"\"{t.Value}\"" : t.Value));
            var language = ReportLanguage.Find(parse.GetValue(lang)!) ?? ReportLanguage.Dutch;
            var report = ReportBuilder.Build(opened.Context, new ReportOptions(commandLine, DateTimeOffset.Now, set, request) { Language = language }, opened.Project);
            var path = outputs.Emit(context, parse, report.ToDocument(), announce: false);
            context.Out.WriteLine($"Wrote {path}: {report.Sections.Length} sections, {report.Tables.Count()} tables.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The QCA of the dissertation's four factors, when the study has a unit with all four determined; else none.</summary>
    private static string DefaultQca(Jeugdhulp.Research.Data.StudyContext study)
    {
        string[] factors = ["kenmerk.weten", "kenmerk.willen", "kenmerk.kunnen", "kenmerk.moeten"];
        var usable = study.Units.Rows.Any(r => r[StudyDataLoader.ClusterVariable] is not null && factors.All(f => r[f] is "+" or "-"));
        return usable ? "volgen:weten,willen,kunnen,moeten" : "none";
    }

    private static UnitQcaRequest? ParseQca(string text)
    {
        if (text == "none") return null;
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
            throw new UsageException($"--qca must look like OUTCOME:COND,COND (got '{text}').");
        return new UnitQcaRequest(text[..colon], text[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }
}
