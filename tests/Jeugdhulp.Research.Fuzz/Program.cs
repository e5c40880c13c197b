using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Coding;
using Jeugdhulp.Research.Coding.Projects;
using Jeugdhulp.Research.Coding.Qdpx;
using Jeugdhulp.Research.Coding.Segments;
using Jeugdhulp.Research.Coding.Sources;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.Notebooks;
using Jeugdhulp.Research.RefiQda;
using SharpFuzz;

// Fuzzing harness: one target per parser that reads user input. AFL++ feeds one input per run on standard input;
// a success or the parser's typed error (InputException, RefiQdaException, the notebook reader's JsonException) is
// fine, anything else escapes and is reported by AFL++ as a crash. See README.md for the commands.
//
//   Jeugdhulp.Research.Fuzz <target>             run under afl-fuzz (SharpFuzz forkserver, out of process)
//   Jeugdhulp.Research.Fuzz <target> --once FILE  run one input without AFL++ (to reproduce a finding)
//   Jeugdhulp.Research.Fuzz seed DIR              write the seed corpus (DIR/<target>/...) from the real files

var targets = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
{
    ["codebook"] = Targets.Codebook,
    ["studydata"] = Targets.StudyData,
    ["source"] = Targets.Source,
    ["codings"] = Targets.Codings,
    ["qdpx"] = Targets.Qdpx,
    ["notebook"] = Targets.Notebook,
};

if (args.Length >= 2 && args[0] == "seed")
{
    Seeds.Write(args[1]);
    return 0;
}
if (args.Length == 0 || !targets.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: Jeugdhulp.Research.Fuzz <{string.Join("|", targets.Keys)}> [--once FILE] | seed DIR");
    return 2;
}
if (args.Length >= 3 && args[1] == "--once")
{
    // Fuzzer.Run outside afl-fuzz runs the action once with a private trace buffer, so instrumented builds work too.
    var input = File.ReadAllBytes(args[2]);
    Fuzzer.Run(_ => target(input));
    Console.WriteLine("ok");
    return 0;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;

/// <summary>The fuzz targets: each calls one parser and lets only its typed error pass.</summary>
internal static class Targets
{
    private static string? _root;
    private static Codebook? _codebook;
    private static string? _work;

    /// <summary>The repository root (JHR_REPO_ROOT, else found upwards from the working folder or the binary).</summary>
    public static string Root => _root ??= FindRoot();

    private static Codebook TheCodebook => _codebook ??= CodebookLoader.Load(Path.Combine(Root, "codebooks", "jeugdhulp-sturing.yaml"));

    private static string Work
    {
        get
        {
            if (_work is not null) return _work;
            _work = Path.Combine(Path.GetTempPath(), $"jhr-fuzz-{Environment.ProcessId}");
            Directory.CreateDirectory(_work);
            return _work;
        }
    }

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("JHR_REPO_ROOT") is { Length: > 0 } env) return env;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Jeugdhulp.Research.sln"))) return dir.FullName;
        throw new InvalidOperationException("Repository root not found; set JHR_REPO_ROOT.");
    }

    public static void Codebook(byte[] bytes)
    {
        try
        {
            var text = Jeugdhulp.Research.IO.TextFile.DecodeUtf8(bytes, "fuzz.yaml");
            CodebookLoader.Parse(text, "fuzz.yaml");
        }
        catch (InputException) { }
    }

    /// <summary>The first byte picks the study file the rest replaces; the others are the real data.</summary>
    public static void StudyData(byte[] bytes)
    {
        string[] files = ["cases.csv", "units.csv", "case-values.csv", "unit-characteristics.csv", "unit-factors.csv",
            "unit-classification.csv", "responses.csv", "published/tables.csv"];
        var dir = Path.Combine(Work, "data");
        if (!Directory.Exists(dir)) CopyDirectory(Path.Combine(Root, "data"), dir);
        var pick = bytes.Length == 0 ? 0 : bytes[0] % files.Length;
        var path = Path.Combine(dir, files[pick]);
        var original = File.ReadAllBytes(Path.Combine(Root, "data", files[pick]));
        File.WriteAllBytes(path, bytes.Length == 0 ? [] : bytes[1..]);
        try
        {
            StudyDataLoader.Load(dir, TheCodebook);
        }
        catch (InputException) { }
        finally
        {
            File.WriteAllBytes(path, original);
        }
    }

    public static void Source(byte[] bytes)
    {
        var diagnostics = new CodingDiagnostics();
        if (SourceReader.Decode(bytes, "fuzz.md", diagnostics) is { } decoded)
            _ = SourceReader.Parse(decoded.Text, "fuzz.md", diagnostics, "fuzz");
    }

    /// <summary>Codings CSV (through a file, as the loader reads it) and inline markers on the same bytes.</summary>
    public static void Codings(byte[] bytes)
    {
        var path = Path.Combine(Work, "codings.csv");
        File.WriteAllBytes(path, bytes);
        _ = CodingCsv.Read(path, new CodingDiagnostics(), "codings.csv");
        try
        {
            var text = Jeugdhulp.Research.IO.TextFile.DecodeUtf8(bytes, "fuzz.md");
            var parsed = InlineMarkers.Parse(text, "fuzz", "fuzz.md");
            if (parsed.Errors.IsEmpty && InlineMarkers.Crossing(parsed.Segments).FirstOrDefault() == default)
                _ = InlineMarkers.Write(parsed.Text, parsed.Segments);
        }
        catch (InputException) { }
    }

    public static void Qdpx(byte[] bytes)
    {
        try
        {
            _ = QdpxReader.Read(new MemoryStream(bytes, writable: false));
        }
        catch (RefiQdaException) { }
    }

    public static void Notebook(byte[] bytes)
    {
        try
        {
            var notebook = Jeugdhulp.Research.Notebooks.Notebook.Parse(Encoding.UTF8.GetString(bytes));
            _ = notebook.Format;
            _ = notebook.Metadata;
            foreach (var cell in notebook.Cells) { _ = cell.CellType; _ = cell.Id; _ = cell.Source; _ = cell.Tags; }
            _ = notebook.ToJson();
        }
        catch (JsonException) { }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*.csv", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}

/// <summary>Writes the seed corpus from the real files of the repository.</summary>
internal static class Seeds
{
    public static void Write(string directory)
    {
        var root = Targets.Root;
        void Put(string target, string name, byte[] bytes)
        {
            var dir = Path.Combine(directory, target);
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, name), bytes);
        }
        byte[] Read(string relative) => File.ReadAllBytes(Path.Combine(root, relative));

        // codebook: the real codebook is 140 KB (slow for AFL++); seed with its first value set and a few entries too.
        Put("codebook", "jeugdhulp-sturing.yaml", Read("codebooks/jeugdhulp-sturing.yaml"));
        Put("codebook", "small.yaml", Encoding.UTF8.GetBytes(SmallCodebook));
        Put("codebook", "lexicon.yaml", Read("codebooks/jeugdhulp-sturing.lexicon.yaml"));

        string[] study = ["cases.csv", "units.csv", "case-values.csv", "unit-characteristics.csv", "unit-factors.csv",
            "unit-classification.csv", "responses.csv", "published/tables.csv"];
        for (var i = 0; i < study.Length; i++)
        {
            var content = Read(Path.Combine("data", study[i]));
            if (content.Length > 16_000) content = TruncateLines(content, 40);
            Put("studydata", $"{i}-{Path.GetFileName(study[i])}", [(byte)i, .. content]);
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "data", "corpus", "sources"), "*.md"))
        {
            Put("source", Path.GetFileName(file), File.ReadAllBytes(file));
            Put("codings", "markers-" + Path.GetFileName(file), File.ReadAllBytes(file));
        }
        Put("codings", "coderB.csv", TruncateLines(Read("data/corpus/codings/coderB.csv"), 12));

        var project = CodingProjectLoader.Load(Path.Combine(root, "data", "corpus"));
        var qdpx = Path.Combine(Path.GetTempPath(), $"jhr-seed-{Environment.ProcessId}.qdpx");
        QdpxExport.Write(project, qdpx);
        Put("qdpx", "corpus.qdpx", File.ReadAllBytes(qdpx));
        using (var zip = ZipFile.OpenRead(qdpx))
        using (var qde = zip.GetEntry("project.qde")!.Open())
        using (var copy = new MemoryStream())
        {
            qde.CopyTo(copy);
            Put("qdpx", "project.qde", copy.ToArray());
        }
        File.Delete(qdpx);

        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "notebooks"), "*.ipynb"))
            Put("notebook", Path.GetFileName(file), File.ReadAllBytes(file));
    }

    private static byte[] TruncateLines(byte[] content, int lines)
    {
        var text = Encoding.UTF8.GetString(content).Split('\n');
        return Encoding.UTF8.GetBytes(string.Join('\n', text.Take(lines)) + "\n");
    }

    private const string SmallCodebook = """
        schema: jhr-codebook/1
        id: klein
        version: 1.0.0
        title:
          nl: "Klein codeboek"
        value_sets:
          - id: plusmin
            values:
              - id: "+"
              - id: "-"
              - id: "+/-"
        entries:
          - id: reactie
            kind: group
            label:
              nl: "Strategische reactie"
            children:
              - id: reactie.volgen
                kind: response
                label:
                  nl: "volgen"
          - id: kenmerk
            kind: group
            label:
              nl: "Kenmerken"
            children:
              - id: kenmerk.weten
                kind: characteristic
                value_set: plusmin
                label:
                  nl: "weten"
        """;
}
