using Jeugdhulp.Research.Codebooks;
using Jeugdhulp.Research.Codebooks.Export;
using Jeugdhulp.Research.Interop;
using Jeugdhulp.Research.Tests.Support;

namespace Jeugdhulp.Research.Tests.Codebooks;

public class CodebookExportTests
{
    private static readonly Codebook Book = CodebookLoader.Load(Repo.Codebook);

    [Fact]
    public void Stable_guids_follow_rfc_4122_version_5()
    {
        // Reference vector: uuid5(NAMESPACE_DNS, "python.org") from Python's uuid module.
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), StableGuid.FromName("python.org", new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8")));
    }

    [Fact]
    public void Markdown_html_and_json_exports_contain_every_entry()
    {
        var md = CodebookMarkdownWriter.Write(Book);
        var html = CodebookHtmlWriter.Write(Book);
        var json = System.Text.Json.JsonDocument.Parse(CodebookJsonWriter.Write(Book));
        foreach (var e in Book.Entries)
        {
            Assert.Contains($"`{e.Id}`", md);
            Assert.Contains($"id=\"{e.Id}\"", html);
        }
        Assert.Equal(Book.Roots.Count(), json.RootElement.GetProperty("entries").GetArrayLength());
        Assert.Equal(Book.ContentHash, json.RootElement.GetProperty("content_hash").GetString());
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void Cli_export_writes_the_file_atomically_and_reports_it()
    {
        var dir = Directory.CreateTempSubdirectory("jhr-export-");
        var path = Path.Combine(dir.FullName, "codeboek.qdc");
        var result = Jhr.Run("codebook", "export", "--format", "qdc", "--output", path);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<?xml", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(dir.FullName));
    }
}
