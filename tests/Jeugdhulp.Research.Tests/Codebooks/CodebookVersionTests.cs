using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Codebooks;

/// <summary>
/// codebooks/README.md "Versions": the bundled codebook only grows within a major version, so a reference to an older
/// minor version of the same major is served by the newest bundled codebook of that major; anything else is refused.
/// </summary>
public class CodebookVersionTests
{
    [Theory]
    [InlineData("1.10.0", "1.9.0", 1)]
    [InlineData("1.4", "1.4.0", 0)]
    [InlineData("2.0.0", "1.99.99", 1)]
    [InlineData("1.3.0", "1.4.0", -1)]
    public void Versions_compare_by_number_not_by_text(string a, string b, int sign) =>
        Assert.Equal(sign, Math.Sign(CodebookVersion.TryParse(a)!.Value.CompareTo(CodebookVersion.TryParse(b)!.Value)));

    [Theory]
    [InlineData("1")]
    [InlineData("1.x")]
    [InlineData("1.2.3.4")]
    [InlineData("-1.2")]
    [InlineData("")]
    public void A_version_that_is_not_major_minor_patch_does_not_parse(string text) => Assert.Null(CodebookVersion.TryParse(text));

    /// <summary>A folder with the bundled codebook copied as versions 1.3.0 and 1.4.0 and 2.0.0.</summary>
    private static string Catalog(params string[] versions)
    {
        var folder = Path.Combine(Path.GetTempPath(), "jhr-codebook-versions", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var text = File.ReadAllText(Repo.Codebook);
        var bundled = CodebookLoader.Load(Repo.Codebook).Version;
        foreach (var version in versions)
            File.WriteAllText(Path.Combine(folder, $"jeugdhulp-sturing-{version}.yaml"), text.Replace($"\nversion: {bundled}\n", $"\nversion: {version}\n"));
        return folder;
    }

    [Fact]
    public void An_older_minor_version_gets_the_newest_codebook_of_its_major_and_says_so()
    {
        var folder = Catalog("1.4.0", "1.5.0", "2.0.0");
        var resolved = CodebookCatalog.Resolve(CodebookReference.Bundled("jeugdhulp-sturing", "1.3.0"), folder, "project.yaml", [folder]);
        Assert.Equal(("1.3.0", "1.5.0", true), (resolved.NamedVersion, resolved.FoundVersion, resolved.Upgraded));
        Assert.EndsWith("jeugdhulp-sturing-1.5.0.yaml", resolved.File);

        var exact = CodebookCatalog.Resolve(CodebookReference.Bundled("jeugdhulp-sturing", "1.4.0"), folder, "project.yaml", [folder]);
        Assert.Equal(("1.4.0", false), (exact.FoundVersion, exact.Upgraded));
        Assert.False(CodebookCatalog.Resolve(CodebookReference.Bundled("jeugdhulp-sturing", "1.5"), folder, "project.yaml", [folder]).Upgraded);
    }

    [Theory]
    [InlineData("0.9")]
    [InlineData("3.0.0")]
    [InlineData("1.6.0")]
    public void Another_major_or_a_newer_version_is_refused_naming_the_file_and_the_versions_there_are(string version)
    {
        var folder = Catalog("1.4.0", "1.5.0", "2.0.0");
        var e = Assert.Throws<InputException>(() => CodebookCatalog.Resolve(CodebookReference.Bundled("jeugdhulp-sturing", version), folder, "studie/project.yaml", [folder]));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(("studie/project.yaml", "codebook-version"), (d.File, d.Code));
        Assert.StartsWith($"The project names codebook jeugdhulp-sturing version {version}; this toolkit has version 1.4.0, 1.5.0, 2.0.0.", d.Message);
    }
}
