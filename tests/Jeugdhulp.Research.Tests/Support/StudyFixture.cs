using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Comparison;
using Jeugdhulp.Research.Data;

namespace Jeugdhulp.Research.Tests.Support;

/// <summary>The bundled study, loaded once, and throwaway copies of it for tests that edit data.</summary>
public static class StudyFixture
{
    private static readonly Lazy<(Codebook, StudyData)> Loaded = new(() =>
    {
        var book = CodebookLoader.Load(Repo.Codebook);
        return (book, StudyDataLoader.Load(Repo.File("data"), book));
    });

    /// <summary>The bundled codebook.</summary>
    public static Codebook Codebook => Loaded.Value.Item1;
    /// <summary>The bundled study.</summary>
    public static StudyData Study => Loaded.Value.Item2;
    /// <summary>The unit table of the bundled study.</summary>
    public static UnitTable Units => UnitTable.From(Study);
    /// <summary>The vocabulary of the bundled study.</summary>
    public static Vocabulary Vocabulary => new(Codebook, Study);

    /// <summary>A fresh copy of <c>data/</c> (without the reference datasets) in a temporary directory.</summary>
    public static string CopyOfData()
    {
        var target = Directory.CreateTempSubdirectory("jhr-data-").FullName;
        var source = Repo.File("data");
        foreach (var file in Directory.EnumerateFiles(source, "*.csv", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("reference", StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
        return target;
    }

    /// <summary>Replaces exactly one occurrence of <paramref name="oldText"/> in a data file of a copy.</summary>
    public static void Edit(string dataDir, string file, string oldText, string newText)
    {
        var path = Path.Combine(dataDir, file);
        var text = File.ReadAllText(path);
        var index = text.IndexOf(oldText, StringComparison.Ordinal);
        if (index < 0 || text.IndexOf(oldText, index + 1, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException($"'{oldText}' must occur exactly once in {file}.");
        File.WriteAllText(path, text[..index] + newText + text[(index + oldText.Length)..]);
    }
}
