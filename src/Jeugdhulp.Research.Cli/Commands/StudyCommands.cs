using System.CommandLine;
using System.Text;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.IO;
using Jeugdhulp.Research.Rendering;

namespace Jeugdhulp.Research.Cli.Commands;

/// <summary><c>jhr reproduce</c>, <c>jhr table</c> and <c>jhr export units</c>: the case dataset and its comparisons.</summary>
internal static class StudyCommands
{
    private const string DefaultData = "data";

    internal static Option<string?> DataOption() => new("--data") { Description = "Study: a data folder (data/ layout) or a coding project (with project.yaml, classified on the fly). Default: the bundled data/." };
    internal static Option<string?> CodebookOption() => new("--codebook") { Description = $"Codebook file for a data folder (default: {CliContext.DefaultCodebook}); a coding project names its own." };

    /// <summary>Opens the study once for the whole command: a data folder or a coding project (classified with its own rules).</summary>
    internal static OpenedStudy Open(CliContext context, string? directory, string? codebook)
    {
        var opened = StudyFolder.Open(directory ?? CliContext.ResolveBundled(DefaultData), () => CodebookCommands.Load(codebook), codebook is not null);
        if (opened.Project is { } project)
            foreach (var warning in project.Warnings.Where(w => w.Code != "coder-without-codings" || project.Segments.Length > 0))
                context.Error.WriteLine($"warning: {warning}");
        return opened;
    }

    private static StudyContext Load(CliContext context, ParseResult parse, Option<string?> data, Option<string?> codebook) =>
        Open(context, parse.GetValue(data), parse.GetValue(codebook)).Context;

    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Reproduce(context);
        yield return Table(context);
        yield return Export(context);
        yield return Matrix(context);
    }

    private static Command Matrix(CliContext context)
    {
        var data = new Option<string[]>("--data")
        {
            Description = "Study: a data folder (data/ layout) or a coding project (classified on the fly). Default: the bundled data/. " +
                "Repeat it to put studies side by side in the steering matrix (--data data --data data/regios).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var codebook = CodebookOption();
        var kind = new Argument<string>("kind") { Description = "meta (units × variables per case), steering (cases × steering variables), changes (response changes) or contrast (followers vs non-followers per factor)." };
        kind.AcceptOnlyFromAmong("meta", "steering", "changes", "contrast");
        var variables = new Option<string?>("--vars") { Description = "Comma-separated attributes for meta and contrast (default: the factors weten, willen, kunnen, moeten)." };
        var outputs = OutputOptions.Create(TableFormats);
        var command = new Command("matrix", "The qualitative comparison tables: meta-matrix, steering matrix, response changes, contrast of followers and non-followers.")
        { kind, data, codebook, variables };
        outputs.AddTo(command);
        command.SetAction(parse =>
        {
            var folders = parse.GetValue(data) is { Length: > 0 } given ? given.Select(g => (string?)g).ToArray() : new string?[] { null };
            var opened = folders.Select(f => Open(context, f, parse.GetValue(codebook)).Context).ToList();
            var study = opened[0];
            var vocabulary = study.Vocabulary;
            if (opened.Count > 1)
            {
                if (parse.GetValue(kind) != "steering")
                    throw new UsageException("Several --data side by side: only 'jhr matrix steering' compares studies; the other matrices take one study.");
                if (opened.FirstOrDefault(o => o.Codebook.Id != study.Codebook.Id) is { } other)
                    throw new UsageException($"'{other.Name}' is coded with codebook {other.Codebook.Id}, '{study.Name}' with {study.Codebook.Id}; a steering matrix side by side needs one codebook.");
                var newest = opened.MaxBy(o => o.Codebook.Entries.Length)!.Vocabulary;
                outputs.Emit(context, parse, Document.OfTables([Matrices.SteeringMatrix([.. opened.Select(o => (o.Name, o.Study))], newest)]));
                return ExitCodes.Ok;
            }
            var units = study.Units;
            IReadOnlyList<string> vars = parse.GetValue(variables) is { } list
                ? [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(v => UnitAttributes.Resolve(v, units, "--vars"))]
                : ["kenmerk.weten", "kenmerk.willen", "kenmerk.kunnen", "kenmerk.moeten"];
            var table = parse.GetValue(kind) switch
            {
                "meta" => Matrices.MetaMatrix(study.Study, vocabulary, [StudyDataLoader.ClusterVariable, .. vars], units),
                "steering" => Matrices.SteeringMatrix(study.Study, vocabulary),
                "changes" => Matrices.ChangeTable(study.Study, vocabulary),
                _ => Matrices.ContrastTable(study.Study, vocabulary, vars, units: units),
            };
            outputs.Emit(context, parse, Document.OfTables([table]) with { Notice = study.Notice });
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Every table command writes every format of the registry.</summary>
    private static readonly OutputFormat[] TableFormats =
        [OutputFormat.Text, OutputFormat.Markdown, OutputFormat.Csv, OutputFormat.Html, OutputFormat.Xlsx, OutputFormat.Latex, OutputFormat.Json];

    private static Command Reproduce(CliContext context)
    {
        var data = DataOption();
        var codebook = CodebookOption();
        var command = new Command("reproduce",
            "Regenerate every published count table from the unit data, print each beside the published numbers, and exit 1 if any cell differs.")
        { data, codebook };
        command.SetAction(parse =>
        {
            var opened = Load(context, parse, data, codebook);
            var (book, study) = (opened.Codebook, opened.Study);
            var output = context.Out;
            if (!opened.HasPublishedTables)
            {
                if (opened.Notice is { } notice) output.WriteLine(notice);
                output.WriteLine($"Study '{opened.Name}' ({opened.Kind}, {study.Units.Length} eenheden in {study.Cases.Length} cases): no published tables to reproduce.");
                output.WriteLine($"Geen gepubliceerde tabellen om na te rekenen; een eigen studie heeft er geen (ze staan in published/tables.csv van een datamap).");
                return ExitCodes.Ok;
            }
            var results = Reproduction.Run(study, opened.Units);
            output.WriteLine($"Reproductie van {results.Length} gepubliceerde tabellen uit {study.Units.Length} eenheden in {study.Cases.Length} cases");
            output.WriteLine($"codeboek {book.Id} {book.Version} (sha256 {book.ContentHash[..12]}), data {Path.GetFullPath(study.Directory)}");
            output.WriteLine();
            foreach (var result in results)
            {
                output.Write(TableRenderer.ToText(result.ToTable()));
                foreach (var o in result.UncertainValues)
                    output.WriteLine($"  berust op: {o.Subject} {o.Variable} = {o.Value ?? "(onbepaald)"} [{BasisNames.ToName(o.Provenance.Basis)}: {o.Provenance.ReasonIn("nl")}]");
                foreach (var i in result.Inconsistencies)
                    output.WriteLine($"  inconsistentie {i.Id} (regels {i.Lines}): {Shorten(i.DescriptionIn("nl"))}");
                output.WriteLine();
            }
            var differing = results.Where(r => !r.Matches).ToList();
            var cells = results.Sum(r => r.Cells.Length);
            var wrong = results.Sum(r => r.Cells.Count(c => !c.Matches));
            if (differing.Count == 0)
            {
                output.WriteLine($"Alle {results.Length} tabellen ({cells} cellen) exact gereproduceerd.");
                return ExitCodes.Ok;
            }
            output.WriteLine($"{differing.Count} van {results.Length} tabellen wijken af: {wrong} van {cells} cellen (gemarkeerd met *).");
            foreach (var r in differing)
                foreach (var c in r.Cells.Where(c => !c.Matches))
                    context.Error.WriteLine($"Tabel {r.Published.Id}, {c.Row} × {c.Column}: gereproduceerd {c.Reproduced}, gepubliceerd {c.Published} (eenheden: {string.Join(", ", c.Units.DefaultIfEmpty("geen"))})");
            return ExitCodes.InvalidInput;
        });
        return command;
    }

    private static Command Table(CliContext context)
    {
        var data = DataOption();
        var codebook = CodebookOption();
        var rows = new Option<string>("--rows") { Description = "Attribute for the rows (codebook id or export name, e.g. specialisation).", Required = true };
        var cols = new Option<string>("--cols") { Description = "Attribute for the columns.", Required = true };
        var where = new Option<string?>("--where") { Description = "Filter, e.g. \"case=maas\" or \"cluster!=niets-doen and age_class=oud\"." };
        var measure = new Option<string>("--measure") { Description = "counts, row% or col%.", DefaultValueFactory = _ => "counts" };
        measure.AcceptOnlyFromAmong("counts", "row%", "col%");
        var outputs = OutputOptions.Create(TableFormats);
        var command = new Command("table", "Cross-tabulate two unit attributes with totals and an explicit 'onbekend' category.")
        { data, codebook, rows, cols, where, measure };
        outputs.AddTo(command);
        command.SetAction(parse =>
        {
            var study = Load(context, parse, data, codebook);
            var vocabulary = study.Vocabulary;
            var units = study.Units;
            var rowAttribute = UnitAttributes.Resolve(parse.GetValue(rows)!, units, "--rows");
            var columnAttribute = UnitAttributes.Resolve(parse.GetValue(cols)!, units, "--cols");
            var filter = parse.GetValue(where);
            if (filter is not null)
            {
                units = units.Where(UnitFilter.Parse(filter, units, vocabulary));
                if (units.Rows.Length == 0) context.Error.WriteLine($"jhr: 0 eenheden voldoen aan het filter '{filter}'.");
            }
            var crossTab = CrossTab.Build(units, vocabulary, rowAttribute, columnAttribute, filter);
            var table = crossTab.ToTable(vocabulary, parse.GetValue(measure) switch
            {
                "row%" => CrossTabMeasure.RowPercent,
                "col%" => CrossTabMeasure.ColumnPercent,
                _ => CrossTabMeasure.Counts,
            });
            outputs.Emit(context, parse, Document.OfTables([table]) with { Notice = study.Notice });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Export(CliContext context)
    {
        var command = new Command("export", "Export study data.");
        var data = DataOption();
        var codebook = CodebookOption();
        var outputs = OutputOptions.Create(OutputFormat.Csv, OutputFormat.Markdown, OutputFormat.Html, OutputFormat.Xlsx, OutputFormat.Json, OutputFormat.Text, OutputFormat.Latex);
        var units = new Command("units", "One row per unit with case, provider, the chapter-9 attributes and the response cluster, as Dutch labels; empty = undetermined.")
        { data, codebook };
        outputs.AddTo(units);
        units.SetAction(parse =>
        {
            var study = Load(context, parse, data, codebook);
            outputs.Emit(context, parse, Document.OfTables([UnitExport.Build(study.Units, study.Vocabulary)]) with { Notice = study.Notice });
            return ExitCodes.Ok;
        });
        command.Subcommands.Add(units);
        return command;
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..157] + "...";
}
