using System.Text;
using System.Text.Json;
using Jeugdhulp.Research.Notebooks;

namespace Jeugdhulp.Research.Privacy.Tests.Hardening;

/// <summary>The .ipynb reader (<see cref="Notebook"/>): a notebook or a <see cref="JsonException"/>.</summary>
public class NotebookHardeningTests
{
    private static readonly byte[][] Notebooks = [.. Directory.EnumerateFiles(Path.Combine(TestPaths.Root, "notebooks"), "*.ipynb").Order().Select(File.ReadAllBytes)];

    internal static void Parse(byte[] bytes) => Harness.Survives(() =>
    {
        var notebook = Notebook.Parse(Encoding.UTF8.GetString(bytes));
        foreach (var cell in notebook.Cells) { _ = cell.CellType; _ = cell.Id; _ = cell.Source; _ = cell.Tags; _ = cell.Metadata; }
        _ = notebook.Metadata;
        _ = notebook.Format;
        _ = notebook.ToJson();
    }, typeof(JsonException));

    [Fact]
    public void Mutated_notebooks_give_a_notebook_or_a_JsonException() => Harness.ForAllMutations(Notebooks, Parse, cases: 250);

    [Fact]
    public void Random_bytes_give_a_notebook_or_a_JsonException()
    {
        Harness.ForAllBytes(Parse);
        Harness.ForAllBytes(bytes => Parse([.. "{\"cells\":[{\"cell_type\":"u8, .. bytes]));
    }

    /// <summary>
    /// Findings (AFL++ target notebook, and these cases): a duplicate key (JsonObject throws ArgumentException when
    /// NotebookCell reads it) and wrongly typed values (InvalidOperationException from JsonValue.GetValue in
    /// NotebookCell.Source/Tags) escape as untyped exceptions. Fail until the reader maps them to JsonException.
    /// </summary>
    [Theory]
    [InlineData("{\"cells\":[{\"metadata\":{},\"metadata\":{}}]}")]
    [InlineData("{\"cells\":[{\"cell_type\":\"code\",\"source\":5,\"metadata\":[]}]}")]
    [InlineData("{\"cells\":[{\"cell_type\":\"code\",\"source\":[1,null,{}],\"metadata\":{\"tags\":[1,null]}}]}")]
    [InlineData("{\"cells\":[{\"cell_type\":7,\"id\":[],\"metadata\":null}],\"metadata\":[],\"nbformat\":\"4\"}")]
    [InlineData("{\"cells\":[],\"cells\":[]}")]
    public void Wrongly_typed_fields_give_a_notebook_or_a_JsonException(string json) => Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Fuzz_crash_duplicate_key_is_a_JsonException() =>
        Refused(File.ReadAllBytes(Path.Combine(TestPaths.Root, "tests", "Jeugdhulp.Research.Privacy.Tests", "Hardening", "crashes", "notebook-0.bin")));

    [Fact]
    public void Deep_nesting_is_refused()
    {
        Refused(Encoding.UTF8.GetBytes("{\"cells\":[],\"metadata\":" + new string('[', 100_000) + new string(']', 100_000) + "}"));
        Refused(Encoding.UTF8.GetBytes("{\"cells\":[],\"metadata\":" + string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000) + "}"));
    }

    /// <summary>Must be refused with a JsonException (not merely survived): a notebook read from it would be a fault.</summary>
    private static void Refused(byte[] bytes) => Harness.Survives(() => Assert.ThrowsAny<JsonException>(() =>
    {
        var notebook = Notebook.Parse(Encoding.UTF8.GetString(bytes));
        foreach (var cell in notebook.Cells) { _ = cell.CellType; _ = cell.Id; _ = cell.Source; _ = cell.Tags; _ = cell.Metadata; }
        _ = notebook.ToJson();
    }));

    [Fact]
    public void Bom_and_utf16_files_load_or_give_a_JsonException()
    {
        using var temp = TestPaths.Temp();
        File.WriteAllBytes(temp["bom.ipynb"], [0xEF, 0xBB, 0xBF, .. Notebooks[0]]);
        Harness.Survives(() => Assert.NotEmpty(Notebook.Load(temp["bom.ipynb"]).Cells));
        File.WriteAllBytes(temp["utf16.ipynb"], [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(Notebooks[0]))]);
        Harness.Survives(() => Notebook.Load(temp["utf16.ipynb"]), typeof(JsonException));
        File.WriteAllBytes(temp["cp1252.ipynb"], [.. "{\"cells\":[],\"metadata\":{\"x\":\"hi"u8, 0xEB, .. "r\"}}"u8]);
        Harness.Survives(() => Notebook.Load(temp["cp1252.ipynb"]), typeof(JsonException));
    }

    /// <summary>
    /// Finding: Notebook.Load reads any file whole (File.ReadAllText), with no size limit, unlike every other reader of
    /// the toolkit (64 MiB, TextFile.DefaultMaxBytes). A file just over that limit should be refused unread with a
    /// JsonException; today it is decoded into a 128 MB string first. Fails until the reader gets a limit.
    /// </summary>
    [Fact]
    public void A_notebook_just_over_the_size_limit_is_refused_unread()
    {
        using var temp = TestPaths.Temp();
        using (var f = File.Create(temp["big.ipynb"])) f.SetLength(Jeugdhulp.Research.IO.TextFile.DefaultMaxBytes + 1);
        long allocated = 0;
        Harness.Survives(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try { Notebook.Load(temp["big.ipynb"]); }
            finally { allocated = GC.GetAllocatedBytesForCurrentThread() - before; }
        }, typeof(JsonException));
        Assert.True(allocated < 16 * 1024 * 1024, $"Notebook.Load read {allocated:N0} bytes of a file over the size limit instead of refusing it.");
    }
}
