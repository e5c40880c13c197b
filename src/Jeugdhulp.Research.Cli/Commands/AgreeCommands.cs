using System.CommandLine;
using System.Globalization;
using Jeugdhulp.Research.Coding.Agreement;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.IO;
using Jeugdhulp.Research.Reliability;
using Jeugdhulp.Research.Rendering;

namespace Jeugdhulp.Research.Cli.Commands;

/// <summary>
/// <c>jhr agree</c>: intercoder reliability of a coding project at the unit, segment or presence level (see
/// <c>Jeugdhulp.Research.Coding.Agreement</c>), or of a plain ratings table (<c>--matrix FILE.csv</c>), with any
/// coefficient of <see cref="AgreementMetrics"/>, bootstrap intervals and a disagreement report for reconciliation.
/// </summary>
internal static class AgreeCommands
{
    public static Command Create(CliContext context)
    {
        var project = new Argument<string?>("project") { Description = "Coding project folder (with project.yaml); omit with --matrix.", Arity = ArgumentArity.ZeroOrOne };
        var matrix = new Option<string?>("--matrix") { Description = "A plain ratings table instead of a project: header 'unit,coder1,coder2,...', one row per unit, empty cell = missing." };
        var level = new Option<string>("--level") { Description = "unit (the classifier's judgments per coder), segment (aligned segments) or presence (code used at least once: 1/0).", DefaultValueFactory = _ => "unit" };
        level.AcceptOnlyFromAmong("unit", "segment", "presence");
        var variable = new Option<string?>("--variable") { Description = "unit level: cluster (default), response or a factor id (kenmerk.weten, willen, ...); segment and presence: a code id (it and the codes below it; default all codes)." };
        var metrics = new Option<string[]>("--metric") { Description = $"Coefficient(s), repeatable: {string.Join(", ", AgreementMetrics.Names)} (default: agreement, alpha-nominal, and cohen + scott for two coders or fleiss for more).", AllowMultipleArgumentsPerToken = true };
        var coders = new Option<string?>("--coders") { Description = "Comma-separated coders to compare (default: all coders of the project)." };
        var minOverlap = new Option<string?>("--min-overlap") { Description = "Segment alignment: a number in (0,1] is a minimum Jaccard of the character ranges (default 0.5); an integer above 1 is a minimum of shared characters (also jaccard:X, chars:N)." };
        var window = new Option<int?>("--uncoded-window") { Description = "Segment level: count text nobody coded as agreement on absence, in windows of this many characters (default: uncoded text is not counted)." };
        var mixed = new Option<string>("--mixed") { Description = "Unit level: a mixed judgment is a category (default) or missing.", DefaultValueFactory = _ => "category" };
        mixed.AcceptOnlyFromAmong("category", "missing");
        var noEvidence = new Option<string>("--no-evidence") { Description = "Unit level: a judgment without evidence is a category (default) or missing.", DefaultValueFactory = _ => "category" };
        noEvidence.AcceptOnlyFromAmong("category", "missing");
        var per = new Option<string>("--per") { Description = "Presence level: one rating unit per source (default) or per unit.", DefaultValueFactory = _ => "source" };
        per.AcceptOnlyFromAmong("source", "unit");
        var bootstrap = new Option<int?>("--bootstrap") { Description = "Bootstrap replicates for a 95% percentile interval (e.g. 1000)." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the bootstrap (default 20240601); the same seed gives the same interval." };
        var disagreements = new Option<string?>("--disagreements") { Description = "Write the units or segments where coders differ, with their quotes, to FILE.csv or FILE.xlsx." };
        var key = GuardedOutput.KeyOption();
        var command = new Command("agree",
            "Intercoder reliability: agreement, Cohen, Scott, Fleiss and Krippendorff's alpha at the unit, segment or presence level of a coding project, or of a ratings table (--matrix).")
        { project, matrix, level, variable, metrics, coders, minOverlap, window, mixed, noEvidence, per, bootstrap, seed, disagreements, key };

        command.SetAction(parse =>
        {
            var projectPath = parse.GetValue(project);
            var matrixPath = parse.GetValue(matrix);
            if ((projectPath is null) == (matrixPath is null))
                throw new UsageException("Give either a coding PROJECT folder or --matrix FILE.csv (not both).");
            var names = (parse.GetValue(metrics) ?? [])
                .SelectMany(m => m.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
            foreach (var name in names)
                if (!AgreementMetrics.TryGet(name, out _)) throw new UsageException(new UnknownMetricException(name, AgreementMetrics.Names).Message);
            var replicates = parse.GetValue(bootstrap);
            if (replicates is < 2) throw new UsageException("--bootstrap needs at least 2 replicates.");
            var options = replicates is { } r ? new BootstrapOptions(r, 0.95, parse.GetValue(seed) ?? new BootstrapOptions().Seed) : null;

            try
            {
                if (matrixPath is not null)
                {
                    foreach (var option in new Option[] { variable, coders, minOverlap, window, disagreements })
                        if (parse.GetResult(option) is not null) throw new UsageException($"{option.Name} needs a coding PROJECT, not --matrix.");
                    var ratings = RatingsCsv.Read(matrixPath, new RatingsCsvOptions(RequireNumeric: names.Any(n => AgreementMetrics.Get(n).RequiresNumericValues)));
                    context.Out.WriteLine($"Beoordelingen {matrixPath}: {ratings.UnitCount} eenheden × {ratings.CoderCount} codeurs ({string.Join(", ", ratings.CoderNames)})");
                    return Report(context, ratings, names.Count > 0 ? names : DefaultMetrics(ratings.CoderCount), options);
                }

                var loaded = CodingCommands.Load(context, projectPath!);
                var data = Build(loaded, parse, level, variable, coders, minOverlap, window, mixed, noEvidence, per);
                context.Out.WriteLine($"Overeenstemming {loaded.Name}{(loaded.Fictitious ? " (FICTIEF)" : "")} — {data}");
                foreach (var note in data.Notes) context.Out.WriteLine($"  {note}");
                var exit = Report(context, data.ToMatrix(), names.Count > 0 ? names : DefaultMetrics(data.Coders.Length), options);
                var differing = data.Disagreements.Count();
                context.Out.WriteLine($"Meningsverschillen: {differing} van {data.Items.Length} eenheden.");
                if (parse.GetValue(disagreements) is { } file)
                {
                    var table = DisagreementReport.Build([data], loaded);
                    var pseudonymKey = GuardedOutput.LoadKey(parse, key);
                    if (file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) GuardedOutput.Binary(file, stream => TableRenderer.ToXlsx([table], stream), pseudonymKey);
                    else GuardedOutput.Text(context, file, TableRenderer.ToCsv(table), pseudonymKey);
                    context.Out.WriteLine($"Wrote {file}.");
                }
                return exit;
            }
            catch (ReliabilityException e)
            {
                context.Error.WriteLine($"jhr: {e.Message}");
                return ExitCodes.InvalidInput;
            }
        });
        command.Validators.Add(result =>
        {
            if (result.GetValue(disagreements) is { } file && !file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                result.AddError("--disagreements must name a .csv or .xlsx file.");
            if (result.GetValue(minOverlap) is { } text && !SegmentOverlap.TryParse(text, out _))
                result.AddError($"--min-overlap '{text}' is neither a Jaccard threshold in (0,1] nor a number of characters above 1.");
            if (result.GetValue(window) is < 1) result.AddError("--uncoded-window must be at least 1 character.");
        });
        return command;
    }

    private static IReadOnlyList<string> DefaultMetrics(int coders) =>
        coders == 2 ? ["agreement", "alpha-nominal", "cohen", "scott"] : ["agreement", "alpha-nominal", "fleiss"];

    private static AgreementData Build(CodingProject project, ParseResult parse, Option<string> level, Option<string?> variable, Option<string?> coders,
        Option<string?> minOverlap, Option<int?> window, Option<string> mixed, Option<string> noEvidence, Option<string> per)
    {
        IReadOnlyList<string>? selected = parse.GetValue(coders) is { } list
            ? [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]
            : null;
        foreach (var c in selected ?? [])
            if (project.Coders.All(x => x.Id != c))
                throw new UsageException($"Unknown coder '{c}'.{Diagnostics.DidYouMean.Hint(c, project.Coders.Select(x => x.Id))} Coders of {project.Name}: {string.Join(", ", project.Coders.Select(x => x.Id))}.");
        var silent = (selected ?? [.. project.Raters.Select(c => c.Id)]).Where(c => project.Segments.All(s => s.Coder != c)).ToList();
        if (silent.Count > 0)
            throw new Diagnostics.InputException(new Diagnostics.Diagnostic(Path.Combine(project.Directory, "project.yaml"), 1, 1, "coder-without-codings",
                $"Coder(s) {string.Join(", ", silent)} coded nothing; agreement with a coder who coded nothing says nothing (it would count every unit as disagreement or absence). " +
                "Let them code first, or compare the others with --coders."));
        var name = parse.GetValue(variable);
        var levelName = parse.GetValue(level)!;
        if (levelName == "unit")
        {
            var v = name ?? UnitLevel.Cluster;
            if (!UnitLevel.TryResolveVariable(project.Codebook, v, out _))
                throw new UsageException($"Unknown variable '{v}'. Variables: {string.Join(", ", UnitLevel.Variables(project.Codebook))}.");
            return UnitLevel.Build(project, new UnitLevelOptions(v, selected,
                parse.GetValue(mixed) == "missing" ? JudgmentTreatment.Missing : JudgmentTreatment.Category,
                parse.GetValue(noEvidence) == "missing" ? JudgmentTreatment.Missing : JudgmentTreatment.Category));
        }
        if (name is not null && project.Codebook.Find(name.Trim()) is null)
            throw new UsageException($"'{name}' is not an id in codebook {project.Codebook.Id} {project.Codebook.Version}.");
        if (levelName == "segment")
        {
            var overlap = parse.GetValue(minOverlap) is { } text && SegmentOverlap.TryParse(text, out var parsed) ? parsed : SegmentOverlap.Default;
            return SegmentLevel.Build(project, new SegmentLevelOptions(name, selected, overlap, parse.GetValue(window)));
        }
        return PresenceLevel.Build(project, new PresenceLevelOptions(name, selected, parse.GetValue(per) == "unit" ? PresenceScope.Unit : PresenceScope.Source));
    }

    /// <summary>Prints each coefficient; a coefficient that cannot be computed is reported on stderr and makes the exit code 1.</summary>
    private static int Report(CliContext context, RatingsMatrix ratings, IReadOnlyList<string> metrics, BootstrapOptions? bootstrap)
    {
        var exit = ExitCodes.Ok;
        foreach (var name in metrics)
        {
            AgreementResult result;
            try
            {
                result = AgreementMetrics.Compute(name, ratings, bootstrap);
            }
            catch (ReliabilityException e)
            {
                context.Error.WriteLine($"jhr: {e.Message}");
                exit = ExitCodes.InvalidInput;
                continue;
            }
            var value = result.IsDefined ? Number(result.Value) : "onbepaald (NaN: geen variatie)";
            context.Out.WriteLine($"{result.Metric} = {value}  (eenheden gebruikt: {result.UnitsUsed}, waarden: {result.PairableValues})");
            if (result.Interval is { } ci)
                context.Out.WriteLine($"  {(ci.Level * 100).ToString("0.#", CultureInfo.InvariantCulture)}% bootstrap-interval [{Number(ci.Lower)}, {Number(ci.Upper)}] " +
                                      $"({ci.Replicates} replicaties, seed {ci.Seed}, {ci.UndefinedReplicates} onbepaald)");
        }
        return exit;
    }

    private static string Number(double value) => double.IsNaN(value) ? "NaN" : value.ToString("F6", CultureInfo.InvariantCulture);
}
