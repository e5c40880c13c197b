using FsCheck;
using FsCheck.Fluent;
using System.Text;
using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Data;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;

namespace Jeugdhulp.Research.Privacy.Tests.Hardening;

/// <summary>Study data CSV (<see cref="CsvTable"/>, <see cref="StudyDataLoader"/>): a table or diagnostics, study data or an <see cref="InputException"/>.</summary>
public sealed class StudyDataHardeningTests : IDisposable
{
    private static readonly string[] Files = ["cases.csv", "units.csv", "case-values.csv", "unit-characteristics.csv", "unit-factors.csv",
        "unit-classification.csv", "responses.csv", "published/tables.csv", "published/table-9.1.csv", "inconsistencies.csv"];
    private static readonly Codebook Book = CodebookLoader.Load(Path.Combine(TestPaths.Root, "codebooks", "jeugdhulp-sturing.yaml"));
    private readonly TempDir _temp = TestPaths.Temp();

    public StudyDataHardeningTests()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Root, "data"), "*.csv", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Path.Combine(TestPaths.Root, "data"), file);
            if (relative.StartsWith("corpus", StringComparison.Ordinal) || relative.StartsWith("reference", StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(_temp[Path.Combine("data", relative)])!);
            File.Copy(file, _temp[Path.Combine("data", relative)]);
        }
    }

    public void Dispose() => _temp.Dispose();

    private static byte[] Original(string relative) => File.ReadAllBytes(Path.Combine(TestPaths.Root, "data", relative));

    [Fact]
    public void Mutated_csv_files_read_as_a_table_or_diagnostics()
    {
        var path = _temp["one.csv"];
        Harness.ForAllMutations([.. Files.Select(Original)], bytes =>
        {
            File.WriteAllBytes(path, bytes);
            Harness.Survives(() => CsvTable.Read(path, ["unit", "case"], []));
        }, cases: 200);
    }

    [Fact]
    public void Random_bytes_read_as_a_table_or_diagnostics()
    {
        var path = _temp["random.csv"];
        Harness.ForAllBytes(bytes =>
        {
            File.WriteAllBytes(path, bytes);
            Harness.Survives(() => CsvTable.Read(path, ["unit"], []));
        });
    }

    [Fact]
    public void A_study_with_one_mutated_file_loads_or_gives_an_InputException()
    {
        var dir = _temp["data"];
        var originals = Files.Select(Original).ToList();
        var gen = from which in FsCheck.Fluent.Gen.Choose(0, Files.Length - 1)
                  from seed in FsCheck.Fluent.Gen.Choose(0, int.MaxValue - 1)
                  from count in FsCheck.Fluent.Gen.Choose(1, 8)
                  select (which, seed, count);
        FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.ToArbitrary(gen), t =>
        {
            var path = Path.Combine(dir, Files[t.which]);
            File.WriteAllBytes(path, Mutator.Mutate(originals[t.which], t.seed, t.count));
            try { Harness.Survives(() => StudyDataLoader.Load(dir, Book), typeof(InputException)); }
            finally { File.WriteAllBytes(path, originals[t.which]); }
        }).Check(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    [Fact]
    public void Bom_and_encodings()
    {
        var dir = _temp["data"];
        File.WriteAllBytes(Path.Combine(dir, "cases.csv"), [0xEF, 0xBB, 0xBF, .. Original("cases.csv")]);
        Assert.Equal(5, StudyDataLoader.Load(dir, Book).Cases.Length);

        File.WriteAllBytes(Path.Combine(dir, "cases.csv"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(Original("cases.csv")))]);
        Assert.Contains(Assert.Throws<InputException>(() => StudyDataLoader.Load(dir, Book)).Diagnostics, d => d.Code == "not-utf8");

        File.WriteAllBytes(Path.Combine(dir, "cases.csv"), [.. Original("cases.csv"), .. "x,Gen"u8, 0xE8, .. "ve,,,\n"u8]);
        Assert.Contains(Assert.Throws<InputException>(() => StudyDataLoader.Load(dir, Book)).Diagnostics, d => d.Code == "not-utf8" && d.Line == 7);
        File.WriteAllBytes(Path.Combine(dir, "cases.csv"), Original("cases.csv"));
    }

    [Fact]
    public void A_file_just_over_the_size_limit_is_refused_unread()
    {
        var path = _temp["big.csv"];
        using (var f = File.Create(path)) f.SetLength(TextFile.DefaultMaxBytes + 1);
        var diagnostics = new List<Diagnostic>();
        Harness.Survives(() => Assert.Null(CsvTable.Read(path, ["unit"], diagnostics)));
        Assert.Contains(diagnostics, d => d.Code == "file-too-large");
    }

    [Fact]
    public void A_single_huge_quoted_field_and_a_million_columns_stay_bounded()
    {
        var path = _temp["wide.csv"];
        File.WriteAllText(path, "unit," + string.Join(",", Enumerable.Range(0, 200_000).Select(i => "c" + i)) + "\n\"" + new string('x', 5_000_000) + "\n");
        Harness.Survives(() => CsvTable.Read(path, ["unit"], []));
    }
}
