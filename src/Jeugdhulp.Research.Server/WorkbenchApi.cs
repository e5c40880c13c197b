using System.Globalization;
using System.Text;
using System.Text.Json;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding;
using Jeugdhulp.Research.Coding.Agreement;
using Jeugdhulp.Research.Coding.Classification;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Coding.Sources;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.Reliability;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Jeugdhulp.Research.Server;

/// <summary>A coding as the page sends it: where (source and offsets of the selection), what (code, value, demand, enactment), about what (unit, period).</summary>
internal sealed record CodingRequest(string? Coder, string? Version, string? Source, int? Start, int? End, string? Text, string? Code, string? Value,
    string? Unit, int? Period, string? Demand, string? Enactment, string? Memo);

/// <summary>A researcher's judgment of a classification as the page sends it.</summary>
internal sealed record JudgmentRequest(string? Version, string? Unit, int? Period, string? Variable, string? Value, string? Reason, string? By);

/// <summary>A request the workbench refuses: the status, what is wrong and what to do.</summary>
internal sealed class RefusedException(int status, string message, IReadOnlyList<Diagnostic>? problems = null, string? version = null) : Exception(message)
{
    public int Status { get; } = status;
    public IReadOnlyList<Diagnostic> Problems { get; } = problems ?? [];
    public string? Version { get; } = version;
}

/// <summary>
/// The workbench's JSON API. Requests name sources, coders, units and codings by id, never by path; every id is looked
/// up in the loaded project, so no request can make the server read or write anything but the project's own files.
/// Writes go through <see cref="CodingsFile"/> and <see cref="OverridesFile"/> (checked like the loader checks, atomic,
/// versioned). Errors are 4xx with a message: 400 a bad request, 404 an unknown id, 409 a stale version (with the
/// current one), 422 a project that does not load (with every problem).
/// </summary>
internal static class WorkbenchApi
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder app, WorkbenchSession session)
    {
        app.MapGet("/api/project", (CancellationToken ct) => Run(async () => Project(await session.CurrentAsync(ct), session.Directory)));
        app.MapGet("/api/codebook", (CancellationToken ct) => Run(async () => Codebook(Loaded(await session.CurrentAsync(ct)).Codebook)));
        app.MapGet("/api/sources/{id}", (string id, string? coder, bool? others, CancellationToken ct) =>
            Run(async () => Source(await session.CurrentAsync(ct), session.Directory, id, coder, others ?? false)));
        app.MapPost("/api/codings", (HttpRequest request, CancellationToken ct) => Run(async () =>
        {
            var body = await Body<CodingRequest>(request, ct);
            return await session.WriteAsync(s => Save(s, body, null), ct);
        }));
        app.MapPut("/api/codings/{coder}/{row:int}", (string coder, int row, HttpRequest request, CancellationToken ct) => Run(async () =>
        {
            var body = await Body<CodingRequest>(request, ct);
            if (body.Coder is not null && body.Coder != coder) throw new RefusedException(400, $"The coding belongs to '{coder}'; it cannot move to '{body.Coder}'.");
            return await session.WriteAsync(s => Save(s, body with { Coder = coder }, row), ct);
        }));
        app.MapDelete("/api/codings/{coder}/{row:int}", (string coder, int row, string? version, CancellationToken ct) =>
            Run(async () => await session.WriteAsync(s => Delete(s, coder, row, version), ct)));
        app.MapGet("/api/classification", (string? coder, CancellationToken ct) => Run(async () => Classification(await session.CurrentAsync(ct), coder)));
        app.MapPost("/api/judgments", (HttpRequest request, CancellationToken ct) => Run(async () =>
        {
            var body = await Body<JudgmentRequest>(request, ct);
            return await session.WriteAsync(s => Judge(s, body), ct);
        }));
        app.MapGet("/api/agreement", (string? source, CancellationToken ct) => Run(async () => Agreement(await session.CurrentAsync(ct), source)));
        SuggestionsApi.Map(app, session);
        ConsensusApi.Map(app, session);
        UnitViewApi.Map(app, session);
        app.Map("/api/{**rest}", (string? rest) => Results.Json(new { error = $"No such API: /api/{rest}." }, statusCode: 404));
        app.MapFallback((HttpRequest request) => Results.Json(new { error = $"Nothing at {request.Path}; open the address 'jhr serve' printed." }, statusCode: 404));
    }

    internal static async Task<IResult> Run(Func<Task<IResult>> action)
    {
        try { return await action(); }
        catch (RefusedException e)
        {
            return Results.Json(new { error = e.Message, version = e.Version, problems = e.Problems.Select(Problem) }, statusCode: e.Status);
        }
        catch (StaleVersionException e)
        {
            return Results.Json(new { error = e.Message, version = e.Actual, problems = Array.Empty<object>() }, statusCode: 409);
        }
        catch (InputException e)
        {
            return Results.Json(new { error = string.Join(" ", e.Diagnostics.Select(d => d.Message)), problems = e.Diagnostics.Select(Problem) }, statusCode: 400);
        }
    }

    private static object Problem(Diagnostic d) => new { file = d.File, line = d.Line, code = d.Code, message = d.Message };

    /// <summary>The project's problems as the page lists them: files named inside the project, as the researcher knows them.</summary>
    private static IEnumerable<object> Problems(IEnumerable<Diagnostic> diagnostics, string directory) =>
        diagnostics.Select(d => Problem(d with { File = InProject(d.File, directory) }));

    private static string InProject(string file, string directory)
    {
        if (!Path.IsPathRooted(file)) return file;
        var relative = Path.GetRelativePath(directory, file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative.Replace('\\', '/');
    }

    internal static async Task<T> Body<T>(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Json, ct) ?? throw new RefusedException(400, "The request has no JSON body.");
        }
        catch (JsonException e)
        {
            throw new RefusedException(400, $"The request is not valid JSON for this call: {e.Message}");
        }
    }

    internal static CodingProject Loaded(ProjectSnapshot snapshot) => snapshot.Project
        ?? throw new RefusedException(422, $"The project does not load ({snapshot.Errors.Length} problem(s)); fix them and reload.", snapshot.Errors);

    /// <summary>An id from a request, which must name one of <paramref name="known"/>; a path-like value is refused as such.</summary>
    internal static string Id(string? value, string what, IEnumerable<string> known, int notFound = 404)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new RefusedException(400, $"The request names no {what}.");
        if (value.Contains('/') || value.Contains('\\') || value.Contains("..", StringComparison.Ordinal) || value.Contains(':'))
            throw new RefusedException(400, $"'{value}' looks like a path; the workbench takes ids, not paths (a {what} id from /api/project).");
        var list = known.ToList();
        if (!list.Contains(value, StringComparer.Ordinal))
            throw new RefusedException(notFound, $"There is no {what} '{value}' in this project.{DidYouMean.Hint(value, list)}");
        return value;
    }

    private static IResult Project(ProjectSnapshot snapshot, string directory)
    {
        var p = snapshot.Project;
        return Results.Json(new
        {
            name = p?.Name,
            fictitious = p?.Fictitious ?? false,
            codebook = p is null ? null : new { id = p.Codebook.Id, version = p.Codebook.Version },
            coders = p?.Coders.Select(c => new { id = c.Id, name = c.Name, consensus = c.IsConsensus, codings = p.Segments.Count(s => s.Coder == c.Id) }) ?? [],
            units = p?.Units.Select(u => new { id = u.Id, @case = u.Case, organisation = u.Organisation }) ?? [],
            sources = p?.Sources.Select(s => new
            {
                id = s.Id, title = s.Title, kind = s.Kind.ToString().ToLowerInvariant(), @case = s.Case, units = s.Units, period = s.Period,
                periodLabel = s.PeriodLabel, codings = p.Segments.Count(x => x.Source == s.Id),
            }) ?? [],
            errors = Problems(snapshot.Errors, directory),
            warnings = Problems(snapshot.Warnings, directory),
        }, Json);
    }

    private static IResult Codebook(Codebook codebook)
    {
        int Depth(CodebookEntry e) => codebook.Path(e.Id).Count - 1;
        return Results.Json(new
        {
            id = codebook.Id,
            version = codebook.Version,
            clusters = codebook.FindValueSet("cluster")?.Values.Select(v => new { id = v.Id, label = v.Label.Nl }) ?? [],
            responses = codebook.Responses.Select(r => new { id = r.Id, label = r.Label.Nl }),
            enactments = EnactmentNames.All.Select((name, i) => new { id = name, label = EnactmentNames.Dutch[i] }),
            entries = codebook.Entries.Where(e => !e.IsExcluded).Select(e => new
            {
                id = e.Id,
                kind = EntryKinds.ToName(e.Kind),
                label = e.Label.Nl,
                labelEn = e.Label.En,
                definition = e.Definition?.Nl,
                indicators = e.Indicators.Select(i => i.Nl),
                synonyms = Synonyms(e),
                values = codebook.ValuesOf(e.Id).Select(v => new { id = v.Id, label = v.Label.Nl }),
                parent = e.ParentId,
                group = codebook.Path(e.Id)[0].Id,
                depth = Depth(e),
                codable = EntryKinds.IsCodable(e.Kind),
                takesDemand = e.Kind is EntryKind.Response or EntryKind.Tactic,
                seed = e.Source.ToString(),
            }),
        }, Json);
    }

    /// <summary>Other names a coder may search for: the last part of the id, the English label, Oliver's (1991) names it maps to.</summary>
    private static IEnumerable<string> Synonyms(CodebookEntry e) =>
        new[] { e.Id[(e.Id.LastIndexOf('.') + 1)..], e.Label.En }.Concat(e.Oliver).Concat(e.MapsTo)
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).Distinct(StringComparer.Ordinal);

    private static IResult Source(ProjectSnapshot snapshot, string directory, string id, string? coder, bool others)
    {
        var project = Loaded(snapshot);
        var source = project.FindSource(Id(id, "source", project.Sources.Select(s => s.Id)))!;
        if (coder is not null) Id(coder, "coder", project.Coders.Select(c => c.Id), 400);
        var rows = Rows(project);
        var codings = project.Segments.Where(s => s.Source == source.Id && (coder is null || others || s.Coder == coder)).Select(s => Coding(project, s, rows));
        return Results.Json(new
        {
            id = source.Id,
            title = source.Title,
            kind = source.Kind.ToString().ToLowerInvariant(),
            @case = source.Case,
            units = source.Units,
            period = source.Period,
            periodLabel = source.PeriodLabel,
            firstLine = source.FirstLine,
            text = source.Text,
            turns = source.Turns.Select(t => new { speaker = t.Speaker, role = t.Role, start = t.Start, end = t.End, line = t.Line + source.FirstLine - 1 }), // file lines, as shown in the margin
            demands = project.Demands.Where(d => d.Case == source.Case).Select(d => new { id = d.Id, name = d.Name, main = d.IsMain }),
            codings,
            versions = snapshot.Versions,
            warnings = Problems(snapshot.Warnings, directory), // as the project stands after this load: a save may have answered one
        }, Json);
    }

    /// <summary>The row of every coding that lives in its own coder's <c>codings/&lt;coder&gt;.csv</c> (the ones the workbench can edit).</summary>
    private static Dictionary<CodedSegment, int> Rows(CodingProject project)
    {
        var result = new Dictionary<CodedSegment, int>(ReferenceEqualityComparer.Instance);
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in project.Segments)
        {
            if (s.Origin is not { } origin || !origin.File.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) continue;
            var file = Path.GetFullPath(origin.File);
            counters[file] = counters.GetValueOrDefault(file) + 1;
            if (file == Path.GetFullPath(Path.Combine(project.Directory, ProjectCoding.CodingsFile(s.Coder)))) result[s] = counters[file];
        }
        return result;
    }

    private static object Coding(CodingProject project, CodedSegment s, Dictionary<CodedSegment, int> rows)
    {
        var row = rows.TryGetValue(s, out var r) ? r : (int?)null;
        return new
        {
            key = row is { } n ? $"{s.Coder}/{n}" : $"{s.Coder}@{s.Start}-{s.End}:{s.Code}",
            coder = s.Coder, row, start = s.Start, end = s.End, text = s.Text, code = s.Code, value = s.Value,
            label = project.Codebook.Find(s.Code)?.Label.Nl, group = project.Codebook.Path(s.Code)[0].Id,
            unit = s.Unit, period = s.Period, demand = s.Demand, enactment = s.Enactment is { } e ? EnactmentNames.ToName(e) : null,
            memo = s.Memo, assisted = s.Assisted?.ToString(), editable = row is not null,
            origin = row is null ? (s.Origin?.File.EndsWith(".md", StringComparison.OrdinalIgnoreCase) == true ? "inline" : "other-file") : "codings",
        };
    }

    private static IResult Save(ProjectSnapshot snapshot, CodingRequest body, int? row)
    {
        var project = Loaded(snapshot);
        var coder = Id(body.Coder, "coder", project.Raters.Select(c => c.Id), 400); // the consensus is written by the curation only
        var source = project.FindSource(Id(body.Source, "source", project.Sources.Select(s => s.Id)))!;
        if (body.Version is null) throw new RefusedException(400, $"Say which version of {ProjectCoding.CodingsFile(coder)} the change is based on (version from /api/sources).");
        if (body.Start is not { } start || body.End is not { } end) throw new RefusedException(400, "A coding needs start and end (offsets of the selection).");
        if (start < 0 || end > source.Text.Length || start >= end)
            throw new RefusedException(400, $"{start}-{end} is not a passage of '{source.Id}' (its text has {source.Text.Length} characters).");
        if (body.Text is { } selected && Squeeze(selected) != Squeeze(source.Text[start..end]))
            throw new RefusedException(409, $"The selected text is not what '{source.Id}' says at {start}-{end}; the source changed since it was opened. Reload it.", version: snapshot.Versions.GetValueOrDefault(coder));
        while (start < end && char.IsWhiteSpace(source.Text[start])) start++;
        while (end > start && char.IsWhiteSpace(source.Text[end - 1])) end--;
        if (start == end) throw new RefusedException(400, "The selection holds only spaces; select the words to code.");
        if (string.IsNullOrWhiteSpace(body.Code)) throw new RefusedException(400, "Choose a code.");
        var enactment = ParseEnactment(body.Enactment);
        var unit = Blank(body.Unit) ?? (source.Units.Length == 1 ? source.Units[0] : null);
        var segment = new CodedSegment(source.Id, start, end, source.Text[start..end], body.Code.Trim(), Blank(body.Value), coder)
        {
            Unit = unit,
            Period = body.Period == source.Period ? null : body.Period,
            Demand = Blank(body.Demand),
            Enactment = enactment,
            Memo = Blank(body.Memo),
            Timestamp = Now(),
        };
        var state = CodingsFile.Apply(project, coder, body.Version, row is { } n ? new CodingEdit.Replace(n, segment) : new CodingEdit.Add(segment));
        var newRow = row ?? state.Rows.Length;
        return Results.Json(new { version = state.Version, coder, row = newRow, key = $"{coder}/{newRow}", start, end, text = segment.Text },
            Json, statusCode: row is null ? 201 : 200);
    }

    private static IResult Delete(ProjectSnapshot snapshot, string coderId, int row, string? version)
    {
        var project = Loaded(snapshot);
        var coder = Id(coderId, "coder", project.Raters.Select(c => c.Id), 400);
        if (version is null) throw new RefusedException(400, $"Say which version of {ProjectCoding.CodingsFile(coder)} the deletion is based on (?version=).");
        var state = CodingsFile.Apply(project, coder, version, new CodingEdit.Remove(row));
        return Results.Json(new { version = state.Version }, Json);
    }

    private static IResult Classification(ProjectSnapshot snapshot, string? coder)
    {
        var project = Loaded(snapshot);
        var selection = coder is null or "" or "pooled" ? CoderSelection.Pooled : CoderSelection.Of(Id(coder, "coder", project.Coders.Select(c => c.Id), 400));
        // The very document `jhr classify --format json` writes (without its indentation), so the page and the command line cannot disagree.
        var json = ClassificationJson.WriteUtf8(Classifier.Classify(project, selection));
        var head = Encoding.UTF8.GetBytes($"{{\"overridesVersion\":{JsonSerializer.Serialize(snapshot.OverridesVersion)},\"classification\":");
        var body = new byte[head.Length + json.Length + 1];
        head.CopyTo(body, 0);
        json.CopyTo(body, head.Length);
        body[^1] = (byte)'}';
        return Results.Bytes(body, "application/json; charset=utf-8");
    }

    private static IResult Judge(ProjectSnapshot snapshot, JudgmentRequest body)
    {
        var project = Loaded(snapshot);
        var unit = Id(body.Unit, "unit", project.Units.Select(u => u.Id));
        if (body.Version is null) throw new RefusedException(400, "Say which version of overrides.csv the judgment is based on (overridesVersion from /api/classification).");
        if (string.IsNullOrWhiteSpace(body.Variable) || string.IsNullOrWhiteSpace(body.Value)) throw new RefusedException(400, "A judgment names a variable (reactie, cluster, kenmerk.*) and a value.");
        if (string.IsNullOrWhiteSpace(body.Reason)) throw new RefusedException(400, "Give a reason: the audit trail must say why the judgment was confirmed or set aside.");
        if (body.By is not null) Id(body.By, "coder", project.Coders.Select(c => c.Id), 400);
        var judgment = new Override(unit, body.Period, body.Variable.Trim(), body.Value.Trim(), body.Reason, body.By,
            DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 0);
        var version = OverridesFile.Set(project, body.Version, judgment);
        return Results.Json(new { version }, Json);
    }

    private static IResult Agreement(ProjectSnapshot snapshot, string? sourceId)
    {
        var project = Loaded(snapshot);
        var source = sourceId is null ? null : project.FindSource(Id(sourceId, "source", project.Sources.Select(s => s.Id)));
        var coders = CodersWhoCoded(project);
        if (coders.Count < 2)
            return Results.Json(new { available = false, reason = NoAgreement(coders), levels = Array.Empty<object>() }, Json);
        var metrics = MetricsFor(coders.Count);
        var data = new[]
        {
            UnitLevel.Build(project, new UnitLevelOptions(UnitLevel.Cluster, coders)),
            UnitLevel.Build(project, new UnitLevelOptions(UnitLevel.Response, coders)),
            SegmentLevel.Build(project, new SegmentLevelOptions(null, coders)),
        };
        bool Concerns(AgreementItem item) => source is null
            || item.Location == source.Id || item.Location.StartsWith(source.Id + "@", StringComparison.Ordinal)
            || (item.Location.Length == 0 && source.Units.Contains(item.Unit));
        return Results.Json(new
        {
            available = true,
            coders,
            levels = data.Select(d => new
            {
                level = AgreementData.LevelName(d.Level),
                variable = d.Variable,
                items = d.Items.Length,
                notes = d.Notes,
                metrics = metrics.Select(m => Metric(d, m)),
                disagreements = d.Disagreements.Where(Concerns).Select(i => new
                {
                    id = i.Id, unit = i.Unit, period = i.Period, subject = i.Subject, location = i.Location,
                    ratings = i.Ratings.Select(r => new { coder = r.Coder, label = r.Label, quotes = r.Quotes }),
                }),
            }),
        }, Json);
    }

    /// <summary>The raters who coded something: the coders agreement compares (the consensus never; agreement is before consensus).</summary>
    internal static List<string> CodersWhoCoded(CodingProject project) =>
        [.. project.Raters.Select(c => c.Id).Where(c => project.Segments.Any(s => s.Coder == c))];

    /// <summary>Why there is no agreement yet (fewer than two <see cref="CodersWhoCoded"/>).</summary>
    internal static string NoAgreement(List<string> coders) =>
        $"Agreement needs two coders who coded something; {(coders.Count == 0 ? "nobody has" : "only " + coders[0] + " has")} coded yet.";

    /// <summary>The coefficients <c>jhr agree</c> prints by default for this many coders.</summary>
    internal static string[] MetricsFor(int coders) => coders == 2 ? ["agreement", "alpha-nominal", "cohen", "scott"] : ["agreement", "alpha-nominal", "fleiss"];

    internal static object Metric(AgreementData data, string name)
    {
        try
        {
            var result = data.Compute(name);
            return new { metric = result.Metric, value = result.IsDefined ? result.Value : (double?)null, unitsUsed = result.UnitsUsed, message = (string?)null };
        }
        catch (ReliabilityException e)
        {
            return new { metric = name, value = (double?)null, unitsUsed = 0, message = (string?)e.Message };
        }
    }

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The enactment a write request names (none when blank); every write endpoint refuses an unknown one alike.</summary>
    /// <exception cref="RefusedException">400, naming the valid enactments.</exception>
    internal static Enactment? ParseEnactment(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null
        : EnactmentNames.TryParse(name, out var parsed) ? parsed
        : throw new RefusedException(400, $"enactment '{name}' must be one of {string.Join(", ", EnactmentNames.All)}.");

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    internal static DateTimeOffset Now()
    {
        var now = DateTimeOffset.Now;
        return new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, now.Offset);
    }
}
