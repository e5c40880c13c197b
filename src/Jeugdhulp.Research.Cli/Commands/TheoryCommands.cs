using System.CommandLine;
using System.Globalization;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.IO;
using Jeugdhulp.Research.Qca;
using Jeugdhulp.Research.Rendering;
using Jeugdhulp.Research.Theory;
using Jeugdhulp.Research.Theory.Display;

namespace Jeugdhulp.Research.Cli.Commands;

/// <summary>
/// <c>jhr propositions</c> and <c>jhr qca</c>: testing the theory on the unit data, by propositions written as data
/// and by crisp-set QCA on the calibrated unit table (or on any 0/1 CSV table).
/// </summary>
internal static class TheoryCommands
{
    private const string DefaultPropositions = "data/propositions.yaml";
    private const string DefaultData = "data";

    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Propositions(context);
        yield return Qca(context);
    }

    private static Option<string?> CodebookOption() => new("--codebook") { Description = $"Codebook file (default: {CliContext.DefaultCodebook})." };

    private static Option<string> PeriodsOption(string fallback)
    {
        var periods = new Option<string>("--periods")
        {
            Description = $"response: where a factor is coded only per period, the period the unit's response belongs to; unit: only values without a period, as in the unit table; last: the latest period (default: {fallback}).",
            DefaultValueFactory = _ => fallback,
        };
        periods.AcceptOnlyFromAmong("response", "unit", "last");
        return periods;
    }

    private static PeriodPolicy Policy(string? name) => name switch
    {
        "last" => PeriodPolicy.LastPeriod,
        "unit" => PeriodPolicy.UnitLevel,
        _ => PeriodPolicy.ResponsePeriod,
    };

    private static Command Propositions(CliContext context)
    {
        var file = new Argument<string?>("file") { Description = $"Propositions file (default: {DefaultPropositions}).", Arity = ArgumentArity.ZeroOrOne };
        var data = StudyCommands.DataOption();
        var codebook = CodebookOption();
        var periods = PeriodsOption("response");
        var outputs = OutputOptions.Create(OutputFormat.Text, OutputFormat.Markdown, OutputFormat.Csv, OutputFormat.Html, OutputFormat.Xlsx, OutputFormat.Latex, OutputFormat.Json);
        var command = new Command("propositions",
            "Test propositions (expectations, findings, your own) on the unit table: predicted × observed, hit rate, coverage, deviant units with evidence. Exit 0 when evaluated, 1 on invalid input.")
        { file, data, codebook, periods };
        outputs.AddTo(command);
        command.SetAction(parse =>
        {
            var set = PropositionLoader.Load(parse.GetValue(file) ?? CliContext.ResolveBundled(DefaultPropositions));
            var opened = StudyCommands.Open(context, parse.GetValue(data), parse.GetValue(codebook)).Context;
            var vocabulary = opened.Vocabulary;
            var evaluation = PropositionEvaluator.Evaluate(set, opened.Study, vocabulary, Policy(parse.GetValue(periods)));
            outputs.Emit(context, parse, Document.OfTables(evaluation.ToTables(vocabulary)) with { Notice = opened.Notice });
            return ExitCodes.Ok;
        });
        return command;
    }

    private const long DefaultMaxCoverNodes = 100_000;

    private static Command Qca(CliContext context)
    {
        var outcome = new Option<string>("--outcome") { Description = "Outcome: a cluster (volgen, niet-volgen, niets-doen) or a column of --data; ~X for its negation.", Required = true };
        var conditions = new Option<string>("--conditions") { Description = "Comma-separated conditions: weten, willen, kunnen, moeten, codebook ids of +/- variables, or columns of --data.", Required = true };
        var inclusionCut = new Option<double>("--incl-cut") { Description = "Minimum inclusion for output 1 (default 1).", DefaultValueFactory = _ => 1.0 };
        var nCut = new Option<int>("--n-cut") { Description = "Minimum number of cases for an observed row (default 1).", DefaultValueFactory = _ => 1 };
        var data = new Option<string?>("--data") { Description = "A plain CSV table: a case column and 0/1 columns (empty, NA, ?, - = missing). Default: the calibrated unit table." };
        var caseColumn = new Option<string?>("--case-column") { Description = "Case column of --data (default: the first column)." };
        var study = new Option<string?>("--study") { Description = "Study for the unit table: a data folder or a coding project (with project.yaml, classified on the fly). Default: the bundled data/." };
        var codebook = CodebookOption();
        var mixed = new Option<string>("--mixed") { Description = "Membership of +/- values: missing (default), 0 or 1.", DefaultValueFactory = _ => "missing" };
        mixed.AcceptOnlyFromAmong("missing", "0", "1");
        var periods = PeriodsOption("unit");
        var directions = new Option<string?>("--dir-exp")
        {
            Description = "Directional expectations for the intermediate solution, R style: 'A,~B' (A present, B absent); '-' for none. Default on unit data: from the codebook; on --data: none (no intermediate solution).",
        };
        var outputs = OutputOptions.Create(OutputFormat.Text, OutputFormat.Markdown, OutputFormat.Csv, OutputFormat.Html, OutputFormat.Xlsx, OutputFormat.Latex, OutputFormat.Json);
        // Exact minimum covers are NP-hard: a dense table (many positive rows, few remainders) can run for hours.
        // A budget turns that into an answer with proven bounds instead of a hang.
        var maxNodes = new Option<long>("--max-nodes")
        {
            Description = $"Search nodes allowed per exact minimum cover (default {DefaultMaxCoverNodes}); past it, exit 1 with the proven bounds on the number of terms.",
            DefaultValueFactory = _ => DefaultMaxCoverNodes,
        };
        var command = new Command("qca",
            "Crisp-set QCA: truth table, necessity, conservative, parsimonious and intermediate solutions, on the calibrated unit table or a 0/1 CSV table.")
        { outcome, conditions, inclusionCut, nCut, data, caseColumn, study, codebook, mixed, periods, directions, maxNodes };
        outputs.AddTo(command);
        command.SetAction(parse =>
        {
            var outcomeText = parse.GetValue(outcome)!.Trim();
            var conditionList = parse.GetValue(conditions)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (conditionList.Length == 0) throw new UsageException("--conditions needs at least one condition.");
            var cut = parse.GetValue(inclusionCut);
            if (cut is <= 0 or > 1) throw new UsageException("--incl-cut must be in (0, 1].");
            if (parse.GetValue(nCut) < 1) throw new UsageException("--n-cut must be at least 1.");
            if (parse.GetValue(maxNodes) < 1) throw new UsageException("--max-nodes must be at least 1.");
            var given = ParseDirections(parse.GetValue(directions), conditionList);
            try
            {
                if (parse.GetValue(data) is { } csv)
                {
                    var dataset = CrispCsv.Read(csv, parse.GetValue(caseColumn));
                    var options = new QcaOptions(outcomeText, conditionList)
                    {
                        InclusionCut = cut,
                        NCut = parse.GetValue(nCut),
                        DirectionalExpectations = given,
                        MaxCoverNodes = parse.GetValue(maxNodes),
                    };
                    var result = QcaAnalysis.Run(dataset, options);
                    outputs.Emit(context, parse, QcaDocument(outcomeText,
                        [$"csQCA op {csv}: {dataset.CaseCount} cases, uitkomst {outcomeText}, condities {string.Join(", ", conditionList)}"],
                        QcaTables.For(result)));
                    return ExitCodes.Ok;
                }
                var opened = StudyCommands.Open(context, parse.GetValue(study), parse.GetValue(codebook)).Context;
                var studyData = opened.Study;
                var vocabulary = opened.Vocabulary;
                var request = new UnitQcaRequest(outcomeText, conditionList)
                {
                    InclusionCut = cut,
                    NCut = parse.GetValue(nCut),
                    MixedValue = parse.GetValue(mixed) switch { "0" => 0, "1" => 1, _ => null },
                    Periods = Policy(parse.GetValue(periods)),
                    Directions = given,
                    MaxCoverNodes = parse.GetValue(maxNodes),
                };
                var unitResult = UnitQca.Run(studyData, vocabulary, request);
                var analysed = unitResult.Result.TruthTable.Cases.Count;
                outputs.Emit(context, parse, QcaDocument(outcomeText,
                    [
                        $"csQCA op de eenheidstabel: {unitResult.Data.Dataset.CaseCount} eenheden, {analysed} geanalyseerd; uitkomst {outcomeText}, condities {string.Join(", ", conditionList)}"
                            + (request.Periods == PeriodPolicy.LastPeriod ? " (laatste periode waar alleen per periode gecodeerd)" : ""),
                        $"codeboek {opened.Codebook.Id} {opened.Codebook.Version} (sha256 {opened.Codebook.ContentHash[..12]}), data {Path.GetFullPath(studyData.Directory)}",
                    ],
                    unitResult.ToTables()) with { Notice = opened.Notice });
                return ExitCodes.Ok;
            }
            catch (CrispDataException e)
            {
                context.Error.WriteLine($"jhr: {e.Message}");
                return ExitCodes.InvalidInput;
            }
            catch (CoverBudgetExceededException e)
            {
                context.Error.WriteLine($"jhr: {e.Message}; raise --max-nodes (now {parse.GetValue(maxNodes)}) to search further.");
                return ExitCodes.InvalidInput;
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }
        });
        return command;
    }

    /// <summary>A QCA as a document: what was analysed, then the tables of <see cref="QcaTables"/>, the one QCA rendering.</summary>
    private static Document QcaDocument(string outcome, IReadOnlyList<string> intro, IReadOnlyList<ResultTable> tables) =>
        new($"csQCA: uitkomst {outcome}", "nl",
            [new DocumentSection("", "", [.. intro.Select(line => (DocumentBlock)new Paragraph(line)), .. tables.Select(t => (DocumentBlock)new TableBlock(t))])]);

    private static Dictionary<string, DirectionalExpectation>? ParseDirections(string? text, IReadOnlyList<string> conditions)
    {
        if (text is null) return null;
        var result = new Dictionary<string, DirectionalExpectation>(StringComparer.Ordinal);
        if (text.Trim() == "-") return result;
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            Literal literal;
            try { literal = Literal.Parse(item); }
            catch (ArgumentException e) { throw new UsageException($"--dir-exp: {e.Message}"); }
            var condition = conditions.FirstOrDefault(c => Literal.Parse(c).Name == literal.Name)
                ?? throw new UsageException($"--dir-exp names '{literal.Name}', which is not one of the conditions ({string.Join(", ", conditions)}).");
            var negatedCondition = Literal.Parse(condition).Negated;
            result[condition] = literal.Negated != negatedCondition ? DirectionalExpectation.Absent : DirectionalExpectation.Present;
        }
        return result;
    }
}
